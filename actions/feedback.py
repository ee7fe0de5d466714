"""action_feedback: 👍/👎 on an answer (payload from the channels). Stored by bot.store when configured."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.zustand import nachricht
from bot.store import protokoll


class ActionFeedback(Action):
    def name(self) -> str:
        return "action_feedback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        _, _, entitaeten = nachricht(tracker)
        positiv = str(entitaeten.get("bewertung", "")).strip().lower() in protokoll.GUT
        fehler = protokoll.feedback(tracker)  # None when stored, else a German message why not
        dispatcher.utter_message(text=fehler or ("Danke für Ihre Rückmeldung!" if positiv else
                                                 "Danke für Ihre Rückmeldung – wir prüfen die Antwort."))
        return []
