"""One bot answer as the web page receives it: text, buttons and structured payload in one message.

Used for live answers and for the history after a reload, so both render identically.
"""
from __future__ import annotations

from typing import Any


def bot_nachricht(message: dict[str, Any]) -> dict[str, Any] | None:
    """Rasa's bot message dict (text, buttons/quick_replies, custom, …) → one `bot_uttered` payload."""
    text = message.get("text") or ""
    knoepfe = message.get("quick_replies") or message.get("buttons") or []
    custom = message.get("custom")
    if not text and not knoepfe and not custom:
        return None
    ergebnis: dict[str, Any] = {"text": text}
    if knoepfe:
        ergebnis["quick_replies"] = [{"content_type": "text", "title": str(k.get("title", "")),
                                      "payload": str(k.get("payload", ""))}
                                     for k in knoepfe if isinstance(k, dict)]
    if isinstance(custom, dict):
        ergebnis["custom"] = custom
    return ergebnis
