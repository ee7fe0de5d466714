"""`python -m bot report`: counts per rule/section, feedback ratio, frequent fallback questions; text and HTML."""
from __future__ import annotations

import base64
import re
from datetime import date, datetime, timedelta

import pytest

from bot.cli import main
from bot.store import schema
from bot.store.bericht import als_text, erstelle
from bot.store.bericht_html import als_html
from bot.store.datenbank import engine
from bot.store.zeitraum import Zeitraum, utc_naiv

TAG = date(2026, 11, 10)


def _zeit(tag: date, stunde: int = 12) -> datetime:
    return utc_naiv(datetime(tag.year, tag.month, tag.day, stunde))


def fuelle(url: str) -> None:
    """Inside 01.11.–15.11.2026: 3× einladung.rfb (4.2), 1× frist.kp_fortschreibung (6.3, 1); outside: 2 more."""
    antworten = [("a1", TAG, "einladung.rfb", ["4.2"]), ("a2", TAG, "einladung.rfb", ["4.2"]),
                 ("a3", TAG - timedelta(days=9), "einladung.rfb", ["4.2"]),
                 ("a4", TAG, "frist.kp_fortschreibung", ["6.3", "1"]),
                 ("alt", TAG - timedelta(days=60), "einladung.rfb", ["4.2"]),
                 ("neu", TAG + timedelta(days=30), "ausnahme.verzicht", ["9"])]
    with engine(url).begin() as v:
        for antwort_id, tag, regel, abschnitte in antworten:
            v.execute(schema.antworten.insert().values(antwort_id=antwort_id, zeitpunkt=_zeit(tag), kanal="rest",
                                                       intent="frage", regel=regel, verdikt="ja"))
            v.execute(schema.antwort_abschnitte.insert(),
                      [{"antwort_id": antwort_id, "abschnitt": a} for a in abschnitte])
        for antwort_id, bewertung in [("a1", "gut"), ("a2", "schlecht"), ("a3", "gut"), ("a4", "schlecht"),
                                      ("alt", "gut")]:
            tag = TAG - timedelta(days=60) if antwort_id == "alt" else TAG
            v.execute(schema.rueckmeldungen.insert().values(antwort_id=antwort_id, zeitpunkt=_zeit(tag),
                                                            bewertung=bewertung))
        for text, anzahl in [("Wie hoch ist der Regelbedarf?", 3), ("wie hoch ist der regelbedarf", 1),
                             ("<script>alert(1)</script> Frau [Name]", 2), ("Einzelfrage", 1)]:
            for _ in range(anzahl):
                v.execute(schema.fallback_fragen.insert().values(zeitpunkt=_zeit(TAG), text=text))
        v.execute(schema.fallback_fragen.insert().values(zeitpunkt=_zeit(TAG - timedelta(days=60)), text="alt"))


ZEITRAUM = Zeitraum(date(2026, 11, 1), date(2026, 11, 15))


def test_zahlen_im_zeitraum(db_url):
    fuelle(db_url)
    b = erstelle(db_url, ZEITRAUM, anzahl_fragen=2)
    assert b.antworten == 4
    assert b.je_regel == [("einladung.rfb", 3), ("frist.kp_fortschreibung", 1)]
    assert b.je_abschnitt == [("1", 1), ("4.2", 3), ("6.3", 1)]
    [rfb, frist] = b.rueckmeldungen
    assert (rfb.regel, rfb.gut, rfb.schlecht) == ("einladung.rfb", 2, 1) and rfb.anteil_gut == pytest.approx(2 / 3)
    assert (frist.gut, frist.schlecht, frist.anteil_gut) == (0, 1, 0.0)
    assert b.fallbacks == 7
    assert b.haeufigste_fallbacks == [("Wie hoch ist der Regelbedarf?", 4),
                                      ("<script>alert(1)</script> Frau [Name]", 2)]
    assert b.je_kanal == [("rest", 4)]


def test_tagesgrenzen_sind_lokale_kalendertage(sqlite_db):
    with engine(sqlite_db).begin() as v:
        for antwort_id, zeitpunkt in [("vorher", datetime(2026, 11, 9, 23, 59)),
                                      ("erste", datetime(2026, 11, 10, 0, 0)),
                                      ("letzte", datetime(2026, 11, 10, 23, 59)), ("danach", datetime(2026, 11, 11))]:
            v.execute(schema.antworten.insert().values(antwort_id=antwort_id, zeitpunkt=utc_naiv(zeitpunkt)))
    assert erstelle(sqlite_db, Zeitraum(TAG, TAG)).antworten == 2


def test_text_enthaelt_alle_teile(sqlite_db):
    fuelle(sqlite_db)
    text = als_text(erstelle(sqlite_db, ZEITRAUM))
    assert "Bericht 01.11.2026 – 15.11.2026" in text and "Antworten: 4" in text
    assert re.search(r"einladung\.rfb\s+2\s+1\s+67%", text)
    assert re.search(r"Pkt\. 4\.2\s+3", text) and "4 × Wie hoch ist der Regelbedarf?" in text


def test_html_ist_eigenstaendig_und_maskiert(sqlite_db):
    fuelle(sqlite_db)
    seite = als_html(erstelle(sqlite_db, ZEITRAUM))
    assert seite.startswith("<!DOCTYPE html>") and '<html lang="de">' in seite
    assert "<script>" not in seite and "&lt;script&gt;alert(1)&lt;/script&gt;" in seite
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:|//)", seite) and "@import" not in seite
    bilder = re.findall(r'<img alt="[^"]*" src="data:image/png;base64,([A-Za-z0-9+/=]+)">', seite)
    assert len(bilder) == 3
    assert all(base64.b64decode(b).startswith(b"\x89PNG\r\n\x1a\n") for b in bilder)
    assert re.findall(r"src=", seite) == ["src="] * 3


def test_leerer_zeitraum(sqlite_db):
    b = erstelle(sqlite_db, ZEITRAUM)
    assert b.antworten == 0 and "–" in als_text(b)
    assert "Keine Daten im Zeitraum" in als_html(b) and "<img" not in als_html(b)


def test_kommandozeile_schreibt_html(sqlite_db, tmp_path, monkeypatch, capsys):
    fuelle(sqlite_db)
    monkeypatch.setenv("KP_DB_URL", sqlite_db)
    ziel = tmp_path / "bericht" / "kp.html"
    assert main(["report", "--von", "01.11.2026", "--bis", "2026-11-15", "--html", str(ziel)]) == 0
    ausgabe = capsys.readouterr().out
    assert "Antworten: 4" in ausgabe and str(ziel) in ausgabe
    assert "data:image/png;base64," in ziel.read_text(encoding="utf-8")


@pytest.mark.parametrize("argumente,teil", [
    (["--von", "2026-13-01"], "--von erwartet ein Datum"),
    (["--von", "2026-11-15", "--bis", "2026-11-01"], "liegt nach --bis"),
    (["--tage", "7", "--von", "2026-11-01"], "Entweder --tage"),
    (["--tage", "0"], "mindestens 1"),
])
def test_falsche_zeitraeume(sqlite_db, monkeypatch, capsys, argumente, teil):
    monkeypatch.setenv("KP_DB_URL", sqlite_db)
    assert main(["report", *argumente]) == 2
    assert teil in capsys.readouterr().err


def test_fehlende_tabellen_und_unerreichbare_datenbank(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KP_DB_URL", f"sqlite:///{tmp_path / 'leer.db'}")
    assert main(["report"]) == 1 and "make migrate" in capsys.readouterr().err
    monkeypatch.setenv("KP_DB_URL", "postgresql://kp@127.0.0.1:9/kp")
    assert main(["report"]) == 1 and "nicht erreichbar – Einstellung KP_DB_URL" in capsys.readouterr().err
