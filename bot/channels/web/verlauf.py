"""Tracker events → the conversation the web page shows again after a reload.

The tracker is the single record of the conversation, so the browser stores no chat text itself.
Button payloads (`/inform{…}`) are shown with the button's title, as the caseworker saw them;
feedback messages are not shown but mark the rated answer; a restart starts the history afresh.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from rasa.shared.core.events import BotUttered, Event, Restarted, UserUttered

from bot.channels.web.nachricht import bot_nachricht

MAX_NACHRICHTEN = 300
FEEDBACK = "/feedback"


def _feedback(text: str) -> dict[str, Any] | None:
    try:
        daten = json.loads(text[len(FEEDBACK):] or "{}")
    except json.JSONDecodeError:
        return None
    return daten if isinstance(daten, dict) else None


def _knopf_titel(text: str, letzte_bot_nachricht: dict[str, Any] | None) -> str:
    for knopf in (letzte_bot_nachricht or {}).get("quick_replies", []):
        if knopf["payload"] == text:
            return knopf["title"]
    return text


def verlauf(events: Iterable[Event]) -> list[dict[str, Any]]:
    nachrichten: list[dict[str, Any]] = []
    letzte_bot: dict[str, Any] | None = None
    for event in events:
        if isinstance(event, Restarted):
            nachrichten, letzte_bot = [], None
        elif isinstance(event, UserUttered):
            text = event.text or ""
            if text.startswith(FEEDBACK):
                daten = _feedback(text) or {}
                for n in nachrichten:
                    if n.get("custom", {}).get("antwort_id") == daten.get("antwort_id"):
                        n["bewertung"] = daten.get("bewertung")
            elif text.startswith("/restart"):
                continue
            elif text:
                nachrichten.append({"von": "nutzer", "text": _knopf_titel(text, letzte_bot)})
        elif isinstance(event, BotUttered):
            bot = bot_nachricht(event.message())
            if bot:
                letzte_bot = {"von": "bot", **bot}
                nachrichten.append(letzte_bot)
    return nachrichten[-MAX_NACHRICHTEN:]
