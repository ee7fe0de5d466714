"""action_fallback: no confident intent → no guess; show the most relevant sections and ask to rephrase."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.zustand import nachricht
from bot.answers.nachfragen import fallback


class ActionFallback(Action):
    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        _, text, _ = nachricht(tracker)
        n = fallback(text)
        dispatcher.utter_message(text=n.text, buttons=n.buttons or None, json_message=n.custom or None)
        return [UserUtteranceReverted()]
