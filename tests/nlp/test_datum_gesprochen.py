"""Spoken dates from dictation ("zweiten Juli zweitausendsechsundzwanzig", "erster neunter"), as a case table."""
from __future__ import annotations

from datetime import date

import pytest

from bot.nlp.datum import finde_daten

HEUTE = date(2026, 11, 29)


@pytest.mark.parametrize("text,erwartet", [
    ("der ka pe ist vom zweiten juli zweitausendsechsundzwanzig", ["2026-07-02"]),
    ("verpflichtungsbescheid gilt ab erster neunter zweitausendsechsundzwanzig bis wann", ["2026-09-01"]),
    ("am dreißigsten neunten", ["2026-09-30"]),
    ("am dreissigsten neunten", ["2026-09-30"]),
    ("einunddreißigster Oktober 2026", ["2026-10-31"]),
    ("Zwanzigsten Januar zweitausendsiebenundzwanzig", ["2027-01-20"]),
    ("Erster Neunter", ["2026-09-01"]),
    ("dritten zwölften", ["2026-12-03"]),
    ("am neunzehnten März", ["2027-03-19"]),
    ("dritter des neunten", ["2026-09-03"]),
    ("erster im zwölften zweitausendfünfundzwanzig", ["2025-12-01"]),
    ("ab dem achten achten zweitausendachtundzwanzig", ["2028-08-08"]),
    ("vierter vierter zweitausend sechsundzwanzig", ["2026-04-04"]),
    ("erster erster zweitausendeins", ["2001-01-01"]),
    ("siebenundzwanzigste Mai zweitausendzwanzig", ["2020-05-27"]),
    ("vom 15.08.2026 bis zum ersten neunten", ["2026-08-15", "2026-09-01"]),
    ("am ersten zweiten und am dritten dritten", ["2027-02-01", "2027-03-03"]),
    ("beim ersten Termin", []),
    ("der zweite KP im Juli", []),
    ("zum dritten Mal", []),
    ("zum zweiten Mal im Juli", []),
    ("erster Schritt: Bewerbung", []),
    ("der erste KP", []),
    ("am ersten", []),
    ("einunddreißigster vierter", []),
    ("beim ersten zweiten und dritten Termin", []),
    ("sie ist seit dem ersten im neunten Monat schwanger", []),
    ("in der ersten Juli-Woche", []),
    ("erstens zweitens", []),
])
def test_gesprochene_daten(text, erwartet):
    assert [f.wert.isoformat() for f in finde_daten(text, HEUTE)] == erwartet


@pytest.mark.parametrize("text,stelle", [
    ("der ka pe ist vom zweiten juli zweitausendsechsundzwanzig", "zweiten juli zweitausendsechsundzwanzig"),
    ("gilt ab Erster Neunter 2026 bis wann", "Erster Neunter 2026"),
    ("am dreißigsten neunten, danach", "dreißigsten neunten"),
])
def test_stelle_im_text(text, stelle):
    funde = finde_daten(text, HEUTE)
    assert len(funde) == 1 and funde[0].art == "datum"
    assert text[funde[0].start:funde[0].ende] == stelle
