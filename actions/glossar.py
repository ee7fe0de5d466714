"""action_glossar: explains an abbreviation from the glossary."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.zustand import nachricht
from bot.answers.nachfragen import glossar


class ActionGlossar(Action):
    def name(self) -> str:
        return "action_glossar"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        _, text, _ = nachricht(tracker)
        dispatcher.utter_message(text=glossar(text))
        return []
