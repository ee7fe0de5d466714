"""Actions with a Tracker built from a dict and a CollectingDispatcher (no servers)."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.fachfragen import ActionBeantworteFrage
from actions.fallback import ActionFallback
from actions.glossar import ActionGlossar
from actions.nachfragen import ActionOriginaltext, ActionWarum


@pytest.fixture(autouse=True)
def fester_tag(monkeypatch):
    monkeypatch.setenv("KP_HEUTE", "2026-11-27")


def tracker(text: str, intent: str, slots: dict | None = None, entities: list | None = None) -> Tracker:
    return Tracker.from_dict({
        "sender_id": "test", "slots": slots or {}, "events": [], "paused": False, "followup_action": None,
        "active_loop": {}, "latest_action_name": "action_listen",
        "latest_message": {"text": text, "intent": {"name": intent, "confidence": 0.95},
                           "entities": entities or [], "intent_ranking": []}})


def fuehre_aus(action, t: Tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_fachfrage_mit_rueckfrage_setzt_offene_regel():
    nachrichten, slots = fuehre_aus(ActionBeantworteFrage(), tracker("Braucht die Einladung eine RFB?",
                                                                      "frage_einladung_rfb"))
    assert nachrichten[0]["text"].startswith("Grundsätzlich ja")
    assert [b["title"] for b in nachrichten[0]["buttons"]][:2] == ["Auf Wunsch der eLb", "Widerspruchsvorverfahren"]
    assert nachrichten[0]["custom"]["abschnitte"] == ["4.2"]
    assert slots["offene_regel"] == "einladung.rfb"


def test_button_antwort_beantwortet_offene_regel():
    slots = {"offene_regel": "einladung.rfb", "fakten": {}, "letzte_frage": "Braucht die Einladung eine RFB?"}
    t = tracker('/inform{"fakt":"termin_anlass","wert":"widerspruchsvorverfahren"}', "inform", slots,
                [{"entity": "fakt", "value": "termin_anlass"}, {"entity": "wert", "value": "widerspruchsvorverfahren"}])
    nachrichten, neue_slots = fuehre_aus(ActionBeantworteFrage(), t)
    assert nachrichten[0]["text"].startswith("Nein – Termine im Rahmen eines Widerspruchsvorverfahrens")
    assert neue_slots["offene_regel"] is None
    assert neue_slots["fakten"]["termin_anlass"] == "widerspruchsvorverfahren"


def test_bekannte_fakten_werden_weiterverwendet():
    slots = {"fakten": {"kp_erstellt_am": "2026-08-31"}}
    nachrichten, _ = fuehre_aus(ActionBeantworteFrage(), tracker("bis wann fortschreiben?",
                                                                  "frage_kp_fortschreibung", slots))
    assert "28.02.2027" in nachrichten[0]["text"]


def test_ja_auf_bool_rueckfrage():
    slots = {"offene_regel": "verpflichtung.minderjaehrige", "fakten": {}, "letzte_frage": "An wen geht der VB?"}
    nachrichten, _ = fuehre_aus(ActionBeantworteFrage(), tracker("ja", "affirm", slots))
    assert "gesetzliche Vertretung" in nachrichten[0]["text"]


def test_warum_ohne_vorherige_antwort():
    nachrichten, _ = fuehre_aus(ActionWarum(), tracker("warum?", "warum"))
    assert "noch keine Antwort" in nachrichten[0]["text"]


def test_originaltext_nennt_abschnitt():
    nachrichten, _ = fuehre_aus(ActionOriginaltext(), tracker("Zeig mir Pkt. 8.1", "originaltext"))
    assert "Gültigkeitsdauer" in nachrichten[0]["text"] and "6 Monaten" in nachrichten[0]["text"]


def test_originaltext_bleibt_woertlich_und_korrigiert_den_verweis_auf_pkt_8():
    text = fuehre_aus(ActionOriginaltext(), tracker("Zeig mir Pkt. 4.1", "originaltext"))[0][0]["text"]
    zitat, hinweis = text.split("Hinweis:")
    assert "siehe hierzu Pkt. 8" in zitat, "das Zitat bleibt wörtlich"
    assert "Pkt. 9" in hinweis


def test_glossar():
    nachrichten, _ = fuehre_aus(ActionGlossar(), tracker("was ist eine RFB", "glossar"))
    assert nachrichten[0]["text"].startswith("RFB = Rechtsfolgenbelehrung")


def test_fallback_zeigt_abschnitte_statt_zu_raten():
    nachrichten, _ = fuehre_aus(ActionFallback(), tracker("Kinderbetreuung organisieren", "nlu_fallback"))
    assert "5.3" in nachrichten[0]["text"] and nachrichten[0]["buttons"]


def test_fallback_erklaert_eine_abkuerzung_statt_abschnitte_zu_zeigen():
    nachrichten, _ = fuehre_aus(ActionFallback(), tracker("Was ist mit AGH eigentlich gemeint?", "nlu_fallback"))
    assert nachrichten[0]["text"].startswith("AGH = Arbeitsgelegenheit")


def test_fallback_bei_kauderwelsch():
    nachrichten, _ = fuehre_aus(ActionFallback(), tracker("xkcd qwrtz pfft", "nlu_fallback"))
    assert "anders formulieren" in nachrichten[0]["text"]


@pytest.mark.parametrize("bewertung,dank", [("👍", "Danke für Ihre Rückmeldung!"), ("gut", "Danke für Ihre Rückmeldung!"),
                                            ("👎", "Danke für Ihre Rückmeldung – wir prüfen die Antwort.")])
def test_feedback_dankt_passend_zur_bewertung(monkeypatch, bewertung, dank):
    from actions.feedback import ActionFeedback
    from bot.store import protokoll
    monkeypatch.setattr(protokoll, "feedback", lambda tracker: None)
    t = tracker("/feedback", "feedback", entities=[{"entity": "bewertung", "value": bewertung},
                                                   {"entity": "antwort_id", "value": "a1"}])
    nachrichten, _ = fuehre_aus(ActionFeedback(), t)
    assert nachrichten[0]["text"] == dank
