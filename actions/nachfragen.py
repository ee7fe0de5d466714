"""Follow-ups on the last answer: "Warum?" (the trace) and "Originaltext" (the section's wording)."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.zustand import nachricht
from bot.answers.nachfragen import originaltext, warum


class ActionWarum(Action):
    def name(self) -> str:
        return "action_warum"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=warum(tracker.get_slot("letzte_entscheidung")))
        return []


class ActionOriginaltext(Action):
    def name(self) -> str:
        return "action_originaltext"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        _, text, entitaeten = nachricht(tracker)
        n = originaltext(text, entitaeten.get("abschnitt"), tracker.get_slot("letzte_entscheidung"))
        dispatcher.utter_message(text=n.text, buttons=n.buttons or None, json_message=n.custom or None)
        return []
