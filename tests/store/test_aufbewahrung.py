"""`python -m bot purge`: deletes what is older than the retention period in both stores; --dry-run only counts."""
from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text

from bot.cli import main
from bot.store import schema
from bot.store.datenbank import engine
from bot.store.protokoll import jetzt
from bot.store.tracker_store import RedigierenderTrackerStore
from tests.store.hilfen import brauche, migriert, pg_erreichbar, pg_schema, sqlite_url

TAG = 24 * 3600


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path, monkeypatch):
    """(our store, tracker store) – both filled with old (100 days) and new (10 days) data."""
    if request.param == "sqlite":
        urls = migriert(sqlite_url(tmp_path / "kp.db")), sqlite_url(tmp_path / "tracker.db")
        _fuelle(*urls)
        _setze(monkeypatch, *urls)
        yield urls
        return
    brauche(pg_erreichbar())
    with pg_schema() as url:  # both stores in one PostgreSQL schema, as in the scaled setup
        _fuelle(migriert(url), url)
        _setze(monkeypatch, url, url)
        yield url, url


def _setze(monkeypatch, db_url: str, tracker_url: str) -> None:
    monkeypatch.setenv("KP_DB_URL", db_url)
    monkeypatch.setenv("KP_TRACKER_DB_URL", tracker_url)
    monkeypatch.delenv("KP_AUFBEWAHRUNG", raising=False)


def _fuelle(db_url: str, tracker_url: str) -> None:
    store = RedigierenderTrackerStore(url=tracker_url)
    jetzt_s = time.time()
    for sender, alter_tage in [("alt", [100, 99]), ("gemischt", [95, 5]), ("neu", [10])]:
        tracker = DialogueStateTracker(sender, [])
        for tage in alter_tage:
            tracker.update(UserUttered(f"MARKER-{sender}-{tage}", timestamp=jetzt_s - tage * TAG))
            tracker.update(ActionExecuted("action_listen", timestamp=jetzt_s - tage * TAG + 1))
        asyncio.run(store.save(tracker))
    store.engine.dispose()
    with engine(db_url).begin() as v:
        for antwort_id, tage in [("alt1", 100), ("alt2", 91), ("neu1", 10)]:
            v.execute(schema.antworten.insert().values(antwort_id=antwort_id, zeitpunkt=jetzt() - timedelta(days=tage)))
            v.execute(schema.antwort_abschnitte.insert().values(antwort_id=antwort_id, abschnitt="4.2"))
        v.execute(schema.rueckmeldungen.insert().values(antwort_id="alt1", bewertung="gut",
                                                        zeitpunkt=jetzt() - timedelta(days=99)))
        v.execute(schema.rueckmeldungen.insert().values(antwort_id="neu1", bewertung="gut",
                                                        zeitpunkt=jetzt() - timedelta(days=9)))
        for tage in (120, 3):
            v.execute(schema.fallback_fragen.insert().values(text=f"MARKER-frage-{tage}",
                                                             zeitpunkt=jetzt() - timedelta(days=tage)))


def _bestand(db_url: str, tracker_url: str) -> dict[str, int]:
    def anzahl(url, tabelle) -> int:
        e = create_engine(url)
        with e.connect() as v:
            ergebnis = v.execute(text(f"SELECT count(*) FROM {tabelle}")).scalar_one()
        e.dispose()
        return ergebnis
    return {t: anzahl(db_url, t) for t in ("kp_antworten", "kp_antwort_abschnitte", "kp_rueckmeldungen",
                                           "kp_fallback_fragen")} | {"events": anzahl(tracker_url, "events")}


VORHER = {"kp_antworten": 3, "kp_antwort_abschnitte": 3, "kp_rueckmeldungen": 2, "kp_fallback_fragen": 2, "events": 10}


def test_probelauf_zaehlt_und_loescht_nichts(stores, capsys):
    assert main(["purge", "--older-than", "90d", "--dry-run"]) == 0
    ausgabe = capsys.readouterr().out
    assert "Probelauf" in ausgabe
    for zeile in ["Gespräche (vollständig):        1", "Gesprächsereignisse:            6",
                  "Antwortprotokoll:               2", "Rückmeldungen:                  1",
                  "Fallback-Fragen:                1"]:
        assert zeile in ausgabe, ausgabe
    assert _bestand(*stores) == VORHER


def test_loescht_nur_was_aelter_ist(stores, capsys):
    assert main(["purge", "--older-than", "90d"]) == 0
    assert "gelöscht wurde alles vor" in capsys.readouterr().out
    assert _bestand(*stores) == {"kp_antworten": 1, "kp_antwort_abschnitte": 1, "kp_rueckmeldungen": 1,
                                 "kp_fallback_fragen": 1, "events": 4}
    e = create_engine(stores[1])
    with e.connect() as v:
        texte = [z[0] for z in v.execute(text("SELECT data FROM events"))]
        sender = {z[0] for z in v.execute(text("SELECT DISTINCT sender_id FROM events"))}
    e.dispose()
    assert sender == {"gemischt", "neu"}
    assert not any("MARKER-alt" in t or "MARKER-gemischt-95" in t for t in texte)
    assert main(["purge", "--older-than", "90d", "--dry-run"]) == 0  # nothing left to delete
    assert "Gesprächsereignisse:            0" in capsys.readouterr().out


def test_sqlite_dateien_enthalten_geloeschtes_nicht_mehr(tmp_path, monkeypatch):
    db_url, tracker_url = migriert(sqlite_url(tmp_path / "kp.db")), sqlite_url(tmp_path / "tracker.db")
    _fuelle(db_url, tracker_url)
    _setze(monkeypatch, db_url, tracker_url)
    assert b"MARKER-alt-100" in (tmp_path / "tracker.db").read_bytes()
    assert main(["purge", "--older-than", "12w"]) == 0
    engine(db_url).dispose()
    assert b"MARKER-alt-100" not in (tmp_path / "tracker.db").read_bytes()
    assert b"MARKER-frage-120" not in (tmp_path / "kp.db").read_bytes()
    assert b"MARKER-frage-3" in (tmp_path / "kp.db").read_bytes()


def test_standard_aus_der_konfiguration(stores, monkeypatch, capsys):
    monkeypatch.setenv("KP_AUFBEWAHRUNG", "4w")
    assert main(["purge", "--dry-run"]) == 0
    ausgabe = capsys.readouterr().out
    assert "Aufbewahrung 28 Tage" in ausgabe and "Antwortprotokoll:               2" in ausgabe


@pytest.mark.parametrize("argumente,teil", [
    (["--older-than", "90"], "ungültiger Zeitraum '90'"),
    (["--older-than", "neunzig Tage"], "erwartet z. B. 90d"),
    (["--older-than=-5d"], "ungültiger Zeitraum"),
    (["--older-than", "0d"], "mindestens 1d"),
    (["--older-than", "3m"], "ungültiger Zeitraum '3m'"),
])
def test_falsche_frist_exit_2_und_nichts_geschrieben(stores, capsys, argumente, teil):
    assert main(["purge", *argumente]) == 2
    assert teil in capsys.readouterr().err
    assert _bestand(*stores) == VORHER


def test_falsche_frist_in_der_konfiguration(stores, monkeypatch, capsys):
    monkeypatch.setenv("KP_AUFBEWAHRUNG", "immer")
    assert main(["purge"]) == 2
    assert "KP_AUFBEWAHRUNG: ungültiger Zeitraum 'immer'" in capsys.readouterr().err
    assert _bestand(*stores) == VORHER


def test_unerreichbare_datenbank(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("KP_DB_URL", sqlite_url(tmp_path / "kp.db"))
    monkeypatch.setenv("KP_TRACKER_DB_URL", "postgresql://kp@127.0.0.1:9/kp")
    assert main(["purge", "--older-than", "90d"]) == 1
    assert "nicht erreichbar – Einstellung KP_TRACKER_DB_URL" in capsys.readouterr().err


def test_ohne_tabellen_gibt_es_nichts_zu_loeschen(tmp_path, monkeypatch, capsys):
    _setze(monkeypatch, sqlite_url(tmp_path / "kp.db"), sqlite_url(tmp_path / "tracker.db"))
    assert main(["purge", "--older-than", "90d"]) == 0
    assert "Gesprächsereignisse:            0" in capsys.readouterr().out

