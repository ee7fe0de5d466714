"""Tracker ↔ conversation state, and sending our answers through the dispatcher."""
from __future__ import annotations

from datetime import date
import os
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.answers.render import Nachricht
from bot.dialog.ablauf import Zustand


def heute() -> date:
    """Today; KP_HEUTE=YYYY-MM-DD pins it (tests, demonstrations)."""
    fest = os.environ.get("KP_HEUTE")
    return date.fromisoformat(fest) if fest else date.today()


def zustand(tracker: Tracker) -> Zustand:
    return Zustand(
        fakten=dict(tracker.get_slot("fakten") or {}),
        offene_regel=tracker.get_slot("offene_regel"),
        letzte_entscheidung=tracker.get_slot("letzte_entscheidung"),
        letzte_frage=tracker.get_slot("letzte_frage") or "")


def slot_events(neu: Zustand) -> list[dict[str, Any]]:
    return [SlotSet("fakten", neu.fakten), SlotSet("offene_regel", neu.offene_regel),
            SlotSet("letzte_entscheidung", neu.letzte_entscheidung), SlotSet("letzte_frage", neu.letzte_frage)]


def nachricht(tracker: Tracker) -> tuple[str, str, dict[str, Any]]:
    """(intent, text, entities) of the latest message. A bare intent button ("/frage_…") after an uncertain
    question stands for that question, so its text is used."""
    latest = tracker.latest_message or {}
    intent = (latest.get("intent") or {}).get("name") or ""
    entitaeten = {e.get("entity"): e.get("value") for e in latest.get("entities") or [] if e.get("entity")}
    text = latest.get("text") or ""
    if text.strip() == f"/{intent}" and tracker.get_slot("unsichere_frage"):
        text = tracker.get_slot("unsichere_frage")
    return intent, text, entitaeten


def sende(dispatcher: CollectingDispatcher, nachrichten: list[Nachricht]) -> None:
    for n in nachrichten:
        dispatcher.utter_message(text=n.text, buttons=n.buttons or None, json_message=n.custom or None)
