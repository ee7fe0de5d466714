"""action_fallback: no confident intent → no guess; show the most relevant sections and ask to rephrase."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.zustand import heute, nachricht, sende, slot_events, zustand
from bot.dialog.ablauf import als_verstanden, beantworte, glossarfrage, ist_sachverhalt, zweite_meinung
from bot.answers.nachfragen import fallback
from bot.store import protokoll


class ActionFallback(Action):
    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        _, text, _ = nachricht(tracker)
        if ist_sachverhalt(text, heute()):  # "Der KP wurde am 31.08.2026 erstellt." – note it, don't search
            nachrichten, neu = beantworte("inform", text, {}, zustand(tracker), heute())
            sende(dispatcher, nachrichten)
            return slot_events(neu)
        glossar = glossarfrage(text)  # "Was genau ist mit PZU gemeint?" – whatever the classifier made of it
        if glossar:
            sende(dispatcher, [glossar])
            return []
        rangfolge = [(r.get("name"), r.get("confidence", 0.0))
                     for r in (tracker.latest_message or {}).get("intent_ranking") or []]
        intent = zweite_meinung(text, rangfolge)
        if intent:  # two independent classifiers agree: answer, and say how the question was understood
            nachrichten, neu = beantworte(intent, text, {}, zustand(tracker), heute())
            sende(dispatcher, [als_verstanden(n, intent) for n in nachrichten])
            protokoll.antwort(tracker, nachrichten)
            return slot_events(neu)
        n = fallback(text, rangfolge)
        dispatcher.utter_message(text=n.text, buttons=n.buttons or None, json_message=n.custom or None)
        protokoll.fallback(tracker, n)
        # the question stays available: a click on "Meinten Sie …" answers it with its own facts
        return [UserUtteranceReverted(), SlotSet("unsichere_frage", text)]
