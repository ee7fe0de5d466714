"""action_beantworte_frage: a procedural question (or the answer to a follow-up) → decision → answer."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.zustand import heute, nachricht, sende, slot_events, zustand
from bot.dialog.ablauf import beantworte
from bot.store import protokoll


class ActionBeantworteFrage(Action):
    def name(self) -> str:
        return "action_beantworte_frage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        intent, text, entitaeten = nachricht(tracker)
        nachrichten, neu = beantworte(intent, text, entitaeten, zustand(tracker), heute())
        sende(dispatcher, nachrichten)
        protokoll.antwort(tracker, nachrichten)
        return slot_events(neu)
