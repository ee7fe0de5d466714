"""Where the web chat page is, for the addresses `make run` prints (kept free of heavy imports)."""
from __future__ import annotations

from typing import Any

PFAD = "/webhooks/web/"


def web_chat_adresse(dienste: Any) -> str:
    return f"  Web-Chat: {dienste.rasa_url}{PFAD}"
