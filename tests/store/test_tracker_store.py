"""The redacting tracker store on SQLite and PostgreSQL, as Rasa creates it from the endpoint configuration."""
from __future__ import annotations

import asyncio

import pytest
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
from sqlalchemy import create_engine, text

from bot.store.einstellungen import PROJEKT
from bot.store.tracker_store import RedigierenderTrackerStore, TrackerDatenbankFehler
from tests.store.hilfen import brauche, pg_erreichbar, pg_schema, sqlite_url

DOMAIN = Domain.load(str(PROJEKT / "domain.yml"))
ORIGINALE = ["Müller", "0171 1234567", "anna@web.de", "01.02.1990", "1990-02-01", "123A456789", "Musterstraße 12"]
FRAGE = ("Frau Müller (Kd.-Nr. 123A456789, geb. 01.02.1990, anna@web.de, Tel. 0171 1234567, Musterstraße 12): "
         "der KP wurde am 31.08.2026 erstellt – bis wann fortschreiben?")


@pytest.fixture(params=["sqlite", "postgresql"])
def tracker_url(request, tmp_path):
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "tracker.db")
        return
    brauche(pg_erreichbar())
    with pg_schema("kp_tracker_test") as url:
        yield url


def _store(url: str, monkeypatch) -> TrackerStore:
    monkeypatch.setenv("KP_TRACKER_DB_URL", url)
    store = TrackerStore.create(EndpointConfig(type="bot.store.tracker_store.RedigierenderTrackerStore"))
    store.domain = DOMAIN
    return store


def _gespraech(sender: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    parse = {"text": FRAGE, "intent": {"name": "frage_kp_fortschreibung", "confidence": 0.9},
             "entities": [{"entity": "kommentar", "value": "Frau Müller, anna@web.de"}]}
    for ereignis in [ActionExecuted("action_listen"), UserUttered(FRAGE, parse_data=parse),
                     BotUttered("Notiert für Frau Müller: 31.08.2026", data={"custom": {"echo": "Tel. 0171 1234567"}}),
                     BotUttered("Für den 01.02.1990 gilt die Weisung noch nicht."),  # an echo without "geb."
                     SlotSet("letzte_entscheidung", {"stichtag": "1990-02-01", "abschnitte": ["6.3"]}),
                     SlotSet("fakten", {"kp_erstellt_am": "2026-08-31"}), SlotSet("letzte_frage", FRAGE),
                     ActionExecuted("action_listen")]:
        tracker.update(ereignis)
    return tracker


def _rohdaten(url: str) -> str:
    e = create_engine(url)
    with e.connect() as v:
        daten = "\n".join(z[0] for z in v.execute(text("SELECT data FROM events")))
    e.dispose()
    return daten


def test_rasa_laedt_unsere_klasse_nicht_den_speicherersatz(tracker_url, monkeypatch):
    # Rasa silently falls back to the in-memory store when a custom class cannot be imported
    assert isinstance(_store(tracker_url, monkeypatch), RedigierenderTrackerStore)


def test_nichts_persoenliches_wird_gespeichert_fakten_bleiben(tracker_url, monkeypatch):
    store = _store(tracker_url, monkeypatch)
    asyncio.run(store.save(_gespraech("ifk-7")))
    roh = _rohdaten(tracker_url)
    for original in ORIGINALE:
        assert original not in roh
    assert "[Name]" in roh and "[Telefon]" in roh and "31.08.2026" in roh

    gelesen = asyncio.run(store.retrieve("ifk-7"))
    assert gelesen.get_slot("fakten") == {"kp_erstellt_am": "2026-08-31"}
    assert gelesen.latest_message.text.startswith("Frau [Name] (Kd.-Nr. [Kundennummer], geb. [Geburtsdatum]")
    assert "31.08.2026" in gelesen.latest_message.text
    assert gelesen.get_slot("letzte_frage").startswith("Frau [Name]")
    assert len(gelesen.events) == len(_gespraech("x").events)


def test_weitere_nachrichten_werden_angehaengt(tracker_url, monkeypatch):
    store = _store(tracker_url, monkeypatch)
    tracker = _gespraech("ifk-8")
    asyncio.run(store.save(tracker))
    tracker.update(UserUttered("Und Herr Schulz?", parse_data={"text": "Und Herr Schulz?", "intent": {"name": "x"}}))
    asyncio.run(store.save(tracker))
    gelesen = asyncio.run(store.retrieve("ifk-8"))
    assert gelesen.latest_message.text == "Und Herr [Name]?"
    assert len(gelesen.events) == len(tracker.events)


def test_ereignisse_fuer_einen_broker_sind_redigiert(tmp_path, monkeypatch):
    veroeffentlicht: list[dict] = []

    class Broker:
        def publish(self, ereignis: dict) -> None:
            veroeffentlicht.append(ereignis)

    store = _store(sqlite_url(tmp_path / "t.db"), monkeypatch)
    store.event_broker = Broker()
    asyncio.run(store.save(_gespraech("ifk-9")))
    assert veroeffentlicht and all(original not in str(veroeffentlicht) for original in ORIGINALE)


@pytest.mark.timeout(120)  # Rasa's own SQLTrackerStore would retry forever
def test_unerreichbare_datenbank_beendet_den_start_mit_klarer_meldung(monkeypatch):
    monkeypatch.setenv("KP_DB_WARTEZEIT", "1")
    with pytest.raises(TrackerDatenbankFehler) as fehler:
        _store("postgresql://kp:geheim@127.0.0.1:9/kp", monkeypatch)
    meldung = str(fehler.value)
    assert "KP_TRACKER_DB_URL=postgresql://kp:***@127.0.0.1:9/kp" in meldung and "geheim" not in meldung


def test_rasa_optionen_ohne_url_werden_abgelehnt():
    with pytest.raises(ValueError, match="KP_TRACKER_DB_URL"):
        RedigierenderTrackerStore(dialect="postgresql", db="rasa")


def test_ausfall_im_betrieb_kostet_keine_fakten_und_warnt_einmal(tmp_path, monkeypatch, caplog):
    """What was said before the outage sits in the unreachable database; what is said during it stays in memory."""
    pfad = tmp_path / "tracker.db"
    store = _store(sqlite_url(pfad), monkeypatch)
    asyncio.run(store.save(_gespraech("ifk-10")))
    pfad.unlink()  # the next connection finds an empty database: "no such table: events"
    caplog.set_level("WARNING", logger="bot.store.ausfall")
    assert asyncio.run(store.retrieve("ifk-10")) is None  # as Rasa: the conversation starts afresh, no error
    tracker = _gespraech("ifk-10")
    asyncio.run(store.save(tracker))
    for frage in ["Warum?", "Und bei Profillage I?"]:
        gelesen = asyncio.run(store.retrieve("ifk-10"))
        assert gelesen.get_slot("fakten") == {"kp_erstellt_am": "2026-08-31"}
        tracker.update(UserUttered(frage, parse_data={"text": frage, "intent": {"name": "x"}}))
        asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("ifk-10")).latest_message.text == "Und bei Profillage I?"
    assert "ifk-10" in asyncio.run(store.keys())
    warnungen = [r.getMessage() for r in caplog.records]
    assert len(warnungen) == 1 and "KP_TRACKER_DB_URL" in warnungen[0] and "no such table" in warnungen[0]
    assert "Profillage" not in pfad.read_bytes().decode("utf-8", "replace")

    store.Base.metadata.create_all(store.engine)  # the database is back (empty: the earlier file is gone)
    asyncio.run(store.save(tracker))
    assert "wieder erreichbar" in caplog.records[-1].getMessage()
    assert store.ausfall.lies("ifk-10") is None  # written, the memory copy is dropped
    gelesen = asyncio.run(store.retrieve("ifk-10"))
    assert len(gelesen.events) == len(tracker.events) and gelesen.latest_message.text == "Und bei Profillage I?"


def test_ausfallspeicher_behaelt_hoechstens_die_zuletzt_aktiven(monkeypatch):
    from bot.store import ausfall
    monkeypatch.setattr(ausfall, "HOECHSTENS", 2)
    speicher = ausfall.Ausfallspeicher("KP_TRACKER_DB_URL", "sqlite:///x.db")
    for sender in ["a", "b", "a", "c"]:  # "a" is active again before "c" arrives: "b" is the oldest
        speicher.behalte(DialogueStateTracker(sender, DOMAIN.slots))
    assert speicher.schluessel() == ["a", "c"]
