"""The actions' log on SQLite and PostgreSQL: answers, fallback questions, feedback – and degradation."""
from __future__ import annotations

import asyncio
import logging

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select

from bot.answers.render import Nachricht
from bot.store import protokoll, schema
from bot.store.datenbank import engine
from bot.store.protokoll import (MELDUNG_BEWERTUNG, MELDUNG_OHNE_ID, MELDUNG_STOERUNG, MELDUNG_UNBEKANNT,
                                 MELDUNG_ZU_LANG, Protokoll)
from tests.store.hilfen import migriert, sqlite_url

MODELL = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"


def tracker(text: str = "Braucht die Einladung eine RFB?", intent: str = "frage_einladung_rfb",
            entitaeten: dict | None = None, kanal: str | None = "rest", konfidenz: float = 0.93) -> Tracker:
    entities = [{"entity": k, "value": v} for k, v in (entitaeten or {}).items()]
    letzte = {"text": text, "intent": {"name": intent, "confidence": konfidenz}, "entities": entities}
    return Tracker.from_dict({"sender_id": "ifk-1", "slots": {}, "latest_message": letzte, "events": [
        {"event": "user", "text": text, "input_channel": kanal, "parse_data": letzte,
         "metadata": {"model_id": MODELL}}]})


def antwort(antwort_id: str = "a" * 32, regel: str = "einladung.rfb", abschnitte=("4.2",)) -> Nachricht:
    return Nachricht("Grundsätzlich ja …", custom={"typ": "entscheidung", "antwort_id": antwort_id, "regel": regel,
                                                   "antwort": "bedingt", "modalitaet": "muss",
                                                   "abschnitte": list(abschnitte)})


def zeilen(url: str, tabelle) -> list[dict]:
    with engine(url).connect() as v:
        return [dict(z._mapping) for z in v.execute(select(tabelle))]


def anzahl(url: str, tabelle) -> int:
    with engine(url).connect() as v:
        return v.execute(select(func.count()).select_from(tabelle)).scalar_one()


def test_antwort_wird_ohne_text_protokolliert(db_url):
    Protokoll(db_url).antwort(tracker(), [antwort(abschnitte=("6.2", "4.2")), Nachricht("ohne Nutzlast")])
    [zeile] = zeilen(db_url, schema.antworten)
    assert zeile["antwort_id"] == "a" * 32 and zeile["kanal"] == "rest" and zeile["intent"] == "frage_einladung_rfb"
    assert (zeile["regel"], zeile["verdikt"], zeile["modalitaet"], zeile["modell"]) == (
        "einladung.rfb", "bedingt", "muss", MODELL)
    assert sorted(z["abschnitt"] for z in zeilen(db_url, schema.antwort_abschnitte)) == ["4.2", "6.2"]
    assert "Grundsätzlich" not in str(zeile)


def test_fallback_frage_wird_redigiert_und_gekuerzt(db_url):
    text = "Frau Meier (geb. 01.02.1990, Tel. 0171 1234567) fragt nach dem KP vom 15.08.2026 " + "x" * 900
    nachricht = Nachricht("…", custom={"typ": "fallback", "abschnitte": ["4.3", "6.3"]})
    Protokoll(db_url).fallback(tracker(text, "nlu_fallback", konfidenz=0.31), nachricht)
    [zeile] = zeilen(db_url, schema.fallback_fragen)
    assert zeile["text"].startswith(
        "Frau [Name] (geb. [Geburtsdatum], Tel. [Telefon]) fragt nach dem KP vom 15.08.2026")
    assert len(zeile["text"]) == schema.MAX_FRAGE
    assert zeile["abschnitte"] == "4.3,6.3" and zeile["intent"] == "nlu_fallback" and zeile["konfidenz"] == 0.31


def test_leere_fallback_frage_wird_nicht_gespeichert(sqlite_db):
    Protokoll(sqlite_db).fallback(tracker("   ", "nlu_fallback"), Nachricht("…"))
    assert anzahl(sqlite_db, schema.fallback_fragen) == 0


def _rueckmeldung(log: Protokoll, **entitaeten) -> str | None:
    return log.feedback(tracker("/feedback", "feedback", entitaeten))


def test_rueckmeldung_wird_gespeichert_und_ersetzt(db_url):
    log = Protokoll(db_url)
    log.antwort(tracker(), [antwort()])
    assert _rueckmeldung(log, antwort_id="a" * 32, bewertung="schlecht",
                         kommentar="Laut Herrn Krause (krause@jc.example.de) falsch") is None
    [zeile] = zeilen(db_url, schema.rueckmeldungen)
    assert zeile["bewertung"] == "schlecht" and zeile["kommentar"] == "Laut Herrn [Name] ([E-Mail]) falsch"
    assert _rueckmeldung(log, antwort_id="a" * 32, bewertung="gut") is None
    [zeile] = zeilen(db_url, schema.rueckmeldungen)
    assert zeile["bewertung"] == "gut" and zeile["kommentar"] is None


@pytest.mark.parametrize("entitaeten,meldung", [
    ({"antwort_id": "f" * 32, "bewertung": "gut"}, MELDUNG_UNBEKANNT),
    ({"antwort_id": "x" * 500, "bewertung": "gut"}, MELDUNG_UNBEKANNT),
    ({"bewertung": "gut"}, MELDUNG_OHNE_ID),
    ({"antwort_id": "a" * 32, "bewertung": "super"}, MELDUNG_BEWERTUNG),
    ({"antwort_id": "a" * 32, "bewertung": "gut", "kommentar": "ä" * 100_000}, MELDUNG_ZU_LANG),
])
def test_falsche_rueckmeldung_bekommt_deutsche_meldung_und_nichts_wird_geschrieben(db_url, entitaeten, meldung):
    log = Protokoll(db_url)
    log.antwort(tracker(), [antwort()])
    assert _rueckmeldung(log, **entitaeten) == meldung
    assert anzahl(db_url, schema.rueckmeldungen) == 0


def test_feedback_action_zeigt_meldung_statt_dank(sqlite_db, monkeypatch):
    from actions.feedback import ActionFeedback
    monkeypatch.setenv("KP_DB_URL", sqlite_db)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionFeedback().run(dispatcher, tracker("/feedback", "feedback",
                                                         {"antwort_id": "f" * 32, "bewertung": "gut"}), {}))
    assert [n["text"] for n in dispatcher.messages] == [MELDUNG_UNBEKANNT]


def test_actions_schreiben_ins_protokoll(sqlite_db, monkeypatch):
    from actions.fachfragen import ActionBeantworteFrage
    from actions.fallback import ActionFallback
    monkeypatch.setenv("KP_DB_URL", sqlite_db)
    monkeypatch.setenv("KP_HEUTE", "2026-11-27")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionBeantworteFrage().run(dispatcher, tracker(), {}))
    asyncio.run(ActionFallback().run(CollectingDispatcher(), tracker("Frau Kunz hat Ärger", "nlu_fallback"), {}))
    [zeile] = zeilen(sqlite_db, schema.antworten)
    assert zeile["antwort_id"] == dispatcher.messages[0]["custom"]["antwort_id"]
    assert [z["text"] for z in zeilen(sqlite_db, schema.fallback_fragen)] == ["Frau [Name] hat Ärger"]


def test_ausfall_bremst_nicht_warnt_einmal_und_holt_nach(tmp_path, monkeypatch, caplog):
    url = sqlite_url(tmp_path / "spaeter.db")  # exists, but without tables until migrated below
    log = Protokoll(url)
    caplog.set_level(logging.WARNING, logger="bot.store.protokoll")
    for nummer in range(3):
        log.antwort(tracker(), [antwort(f"{nummer:032d}")])
    log.fallback(tracker("was ist mit x", "nlu_fallback"), Nachricht("…"))
    assert log.wartend == 4
    warnungen = [r for r in caplog.records if "nicht verfügbar" in r.getMessage()]
    assert len(warnungen) == 1 and "KP_DB_URL" in warnungen[0].getMessage()
    assert _rueckmeldung(log, antwort_id="0" * 32, bewertung="gut") == MELDUNG_STOERUNG

    migriert(url)
    monkeypatch.setattr(log, "_naechster_versuch", 0.0)  # skip the pause after the failure
    log.antwort(tracker(), [antwort("f" * 32)])
    assert log.wartend == 0
    assert anzahl(url, schema.antworten) == 4 and anzahl(url, schema.fallback_fragen) == 1
    assert any("wieder verfügbar" in r.getMessage() for r in caplog.records)


def test_nach_einem_fehlschlag_keine_weiteren_verbindungsversuche(monkeypatch):
    versuche = []

    def zaehlende_engine(url, *argumente):
        versuche.append(url)
        return engine(url, *argumente)

    monkeypatch.setattr(protokoll, "engine", zaehlende_engine)
    log = Protokoll("postgresql://kp@127.0.0.1:9/kp")
    for nummer in range(50):
        log.antwort(tracker(), [antwort(f"{nummer:032d}")])
    assert len(versuche) == 1  # then the pause: answers are not slowed down by 49 more connection timeouts
    assert log.wartend == 50


def test_unerwarteter_fehler_erreicht_die_action_nicht(monkeypatch, caplog):
    def kaputt(*_):
        raise RuntimeError("Programmierfehler")
    monkeypatch.setattr(Protokoll, "antwort", kaputt)
    monkeypatch.setattr(Protokoll, "feedback", kaputt)
    protokoll.antwort(tracker(), [antwort()])
    assert protokoll.feedback(tracker()) == MELDUNG_STOERUNG
    assert "Programmierfehler" in caplog.text
