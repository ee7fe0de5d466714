"""Days named relative to today ("letzten Dienstag", "am letzten Julitag"), as a case table. HEUTE is a Monday."""
from __future__ import annotations

from datetime import date

import pytest

from bot.nlp.datum import finde_alter, finde_daten

HEUTE = date(2026, 11, 30)


@pytest.mark.parametrize("text,erwartet", [
    ("KP letzten Dienstag erstellt", ["2026-11-24"]),
    ("Meldeversäumnis letzten Mi. ohne wichtigen Grund", ["2026-11-25"]),
    ("Termin am vergangenen Montag", ["2026-11-23"]),  # today is Monday: the one a week ago
    ("Einladung für nächsten Donnerstag", ["2026-12-03"]),
    ("kommenden Montag kommt sie", ["2026-12-07"]),
    ("am Montag letzter Woche", ["2026-11-23"]),
    ("letzte Woche Freitag übergeben", ["2026-11-27"]),
    ("am letzten Julitag erstellt", ["2026-07-31"]),
    ("am letzten Augusttag persönlich übergeben", ["2026-08-31"]),
    ("letzter Tag im Februar", ["2027-02-28"]),
    ("vorgestern zugestellt", ["2026-11-28"]),
    ("der letzte Montag im Monat ist Teamtag", []),
    ("in den letzten Monaten kam nichts", []),
])
def test_relative_tage(text, erwartet):
    assert [f.wert.isoformat() for f in finde_daten(text, HEUTE)] == erwartet


@pytest.mark.parametrize("text,alter", [
    ("eLb wird erst im März 18, hat letzte Woche einen Termin versäumt", 17),
    ("er wird nächsten Monat 18 und will keinen KP", 17),
    ("Termin wird im Raum 15, bitte pünktlich", None),
])
def test_geburtstag_ohne_jahre(text, alter):
    assert finde_alter(text) == alter


@pytest.mark.parametrize("text,von,bis", [
    ("seit Anfang September in Elternzeit", "2026-09-01", "2026-09-10"),
    ("Arbeitsbeginn Mitte Januar", "2027-01-11", "2027-01-20"),
    ("die Elternzeit geht bis Ende Februar", "2027-02-21", "2027-02-28"),
])
def test_monatsteil_ist_ein_zeitraum(text, von, bis):
    (fund,) = finde_daten(text, HEUTE)
    assert (fund.art, fund.wert.isoformat(), fund.bis.isoformat()) == ("zeitraum", von, bis)
