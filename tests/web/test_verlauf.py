"""Tracker events → the history the page shows after a reload; one message format for live and replay."""
from __future__ import annotations

import json

from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, SessionStarted, UserUttered

from bot.channels.web.nachricht import bot_nachricht
from bot.channels.web.verlauf import verlauf

RUECKFRAGE = {"title": "Auf Wunsch der eLb", "payload": '/inform{"fakt": "termin_anlass", "wert": "wunsch_elb"}'}


def _antwort(text: str, antwort_id: str, buttons=None) -> BotUttered:
    return BotUttered(text, {"buttons": buttons, "custom": {"typ": "entscheidung", "antwort_id": antwort_id,
                                                           "abschnitte": ["4.2"]}})


def test_antwort_mit_knoepfen_und_nutzlast_ist_eine_nachricht():
    nachricht = bot_nachricht({"text": "Grundsätzlich ja …", "buttons": [RUECKFRAGE],
                               "custom": {"typ": "entscheidung", "abschnitte": ["4.2"]}, "timestamp": 1.0})
    assert nachricht == {"text": "Grundsätzlich ja …",
                         "quick_replies": [{"content_type": "text", **RUECKFRAGE}],
                         "custom": {"typ": "entscheidung", "abschnitte": ["4.2"]}}


def test_leere_bot_nachricht_wird_nicht_gesendet():
    assert bot_nachricht({"text": None, "buttons": None, "custom": None}) is None
    assert bot_nachricht({"text": "", "custom": {"typ": "x"}}) == {"text": "", "custom": {"typ": "x"}}


def test_knopf_antwort_erscheint_mit_ihrem_titel():
    events = [SessionStarted(), ActionExecuted("action_listen"),
              UserUttered("Braucht die Einladung eine RFB?"),
              _antwort("Grundsätzlich ja", "a1", [RUECKFRAGE]),
              UserUttered(RUECKFRAGE["payload"]),
              _antwort("Nein – ohne RFB", "a2")]
    nachrichten = verlauf(events)
    assert [(n["von"], n["text"]) for n in nachrichten] == [
        ("nutzer", "Braucht die Einladung eine RFB?"), ("bot", "Grundsätzlich ja"),
        ("nutzer", "Auf Wunsch der eLb"), ("bot", "Nein – ohne RFB")]
    assert nachrichten[1]["quick_replies"][0]["payload"] == RUECKFRAGE["payload"]
    assert nachrichten[3]["custom"]["antwort_id"] == "a2"


def test_unbekannte_nutzlast_bleibt_sichtbar():
    nachrichten = verlauf([UserUttered('/inform{"fakt": "x"}')])
    assert nachrichten == [{"von": "nutzer", "text": '/inform{"fakt": "x"}'}]


def test_bewertung_markiert_die_antwort_statt_eine_nachricht_zu_zeigen():
    feedback = "/feedback" + json.dumps({"antwort_id": "a1", "bewertung": "schlecht"})
    events = [UserUttered("Frage"), _antwort("Antwort", "a1"), _antwort("Andere", "a2"),
              UserUttered(feedback), BotUttered("Danke für Ihre Rückmeldung – wir prüfen die Antwort.")]
    nachrichten = verlauf(events)
    assert [n["text"] for n in nachrichten] == ["Frage", "Antwort", "Andere",
                                                "Danke für Ihre Rückmeldung – wir prüfen die Antwort."]
    assert nachrichten[1]["bewertung"] == "schlecht" and "bewertung" not in nachrichten[2]


def test_kaputte_bewertung_wird_ignoriert():
    nachrichten = verlauf([UserUttered("Frage"), _antwort("Antwort", "a1"), UserUttered("/feedback{kaputt")])
    assert len(nachrichten) == 2 and "bewertung" not in nachrichten[1]


def test_neustart_beginnt_den_verlauf_neu():
    events = [UserUttered("alte Frage"), BotUttered("alte Antwort"), UserUttered("/restart"), Restarted(),
              UserUttered("neue Frage"), BotUttered("neue Antwort")]
    assert [n["text"] for n in verlauf(events)] == ["neue Frage", "neue Antwort"]
