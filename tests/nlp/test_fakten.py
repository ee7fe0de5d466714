"""Fact extraction and date parsing, as case tables."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.nlp.datum import finde_abschnitte, finde_alter, finde_daten
from bot.nlp.fakten import Befund, extrahiere, ordne_daten_zu

HEUTE = date(2026, 11, 27)
FAELLE = yaml.safe_load((Path(__file__).parent / "faelle_fakten.yml").read_text(encoding="utf-8"))["faelle"]


@pytest.mark.parametrize("fall", FAELLE, ids=[f["text"][:50] for f in FAELLE])
def test_fakten_aus_text(fall):
    befund = extrahiere(fall["text"], HEUTE)
    for name, wert in (fall.get("fakten") or {}).items():
        assert befund.fakten.get(name) == wert, f"{name}: {befund.fakten}"
    for name in fall.get("nicht", []):
        assert name not in befund.fakten, f"{name} fälschlich gesetzt: {befund.fakten}"


@pytest.mark.parametrize("text,erwartet", [
    ("KP am 15.08.2026 erstellt", [date(2026, 8, 15)]),
    ("3. Juli 2026", [date(2026, 7, 3)]),
    ("Zusage zum 1.12.", [date(2026, 12, 1)]),
    ("am 5. März", [date(2027, 3, 5)]),
    ("in 6 Wochen", [date(2027, 1, 8)]),
    ("Arbeitsbeginn in 6 Wo., keine Förderung", [date(2027, 1, 8)]),
    ("in drei Monaten", [date(2027, 2, 27)]),
    ("heute", [HEUTE]),
    ("2026-09-01 und 15.8.26", [date(2026, 9, 1), date(2026, 8, 15)]),
    ("31.02.2026", []),
    ("§ 15a Abs. 2 SGB II", []),
])
def test_daten(text, erwartet):
    assert [f.wert for f in finde_daten(text, HEUTE)] == erwartet


@pytest.mark.parametrize("text,alter", [("Kundin ist 17", 17), ("17 Jahre alt", 17), ("ein 16jähriger", 16),
                                        ("Kunde 45 J.", 45), ("Pkt. 4.2", None), ("§ 10 SGB II", None),
                                        ("hab mit jonas (17) den kp gemacht", 17), ("Frau K. (36) war da", 36),
                                        ("§ 15a (2) SGB II", None),
                                        # until the birthday named, the client is a year younger
                                        ("Kunde wird am 15.12.2026 18 Jahre alt", 17), ("sie wird nächsten Monat 18 J.", 17)])
def test_alter(text, alter):
    assert finde_alter(text) == alter


def test_abschnittsnummern():
    bekannt = {"6.2", "9", "4.2.1"}
    assert finde_abschnitte("Zeig mir Pkt. 6.2 und Punkt 9", bekannt) == ["6.2", "9"]
    assert finde_abschnitte("was steht in 4.2.1", bekannt) == ["4.2.1"]


def test_datum_wird_dem_passenden_fakt_zugeordnet():
    text = "KP erstellt am 01.09.2026, Stand 15.01.2027"
    befund = Befund(daten=finde_daten(text, HEUTE))
    fakten, stichtag = ordne_daten_zu(befund, ["kp_erstellt_am"], text)
    assert fakten == {"kp_erstellt_am": date(2026, 9, 1)} and stichtag == date(2027, 1, 15)


@pytest.mark.parametrize("text,beginn,stichtag", [
    # the cue nearest to a date decides; the other date is the day the question is about
    ("Der Kunde war am 03.08.2026 bei mir und hat eine feste Einstellungszusage mit Arbeitsbeginn am 28.09.2026.",
     date(2026, 9, 28), date(2026, 8, 3)),
    ("Am 01.07.2026 legt mir die Kundin eine feste Einstellungszusage zum 20.08.2026 vor.", date(2026, 8, 20),
     date(2026, 7, 1)),
    ("Zusage zum 01.10.2026, heute ist der 15.08.2026", date(2026, 10, 1), date(2026, 8, 15)),
])
def test_beginn_und_stichtag_nach_naechstem_hinweis(text, beginn, stichtag):
    befund = Befund(daten=finde_daten(text, HEUTE))
    fakten, tag = ordne_daten_zu(befund, ["einstellung_am"], text)
    assert fakten == {"einstellung_am": beginn} and tag == stichtag


@pytest.mark.parametrize("text,fakt,erwartet", [
    # the six months run from the last update (6.3); a later date in the next sentence dates something else
    ("Den KP haben wir am 14.07.2026 erstellt und am 30.09.2026 nach dem Ende seiner Maßnahme gemeinsam fortgeschrieben. "
     "Am 12.10.2026 hat er Bewerbungskosten beantragt.", "kp_erstellt_am", date(2026, 9, 30)),
    ("KP vom 03.07.2026, fortgeschrieben am 02.10.2026", "kp_erstellt_am", date(2026, 10, 2)),
    ("KP vom 03.07.2026, muss bis 03.01.2027 fortgeschrieben werden?", "kp_erstellt_am", date(2026, 7, 3)),
    # a cue later in the same sentence ("…, auf den KP verzichtet") still dates the decision
    ("Seit 01.07.2026 in Vollzeit. Am 31.08.2026 habe ich festgestellt, dass alle Möglichkeiten ausgeschöpft sind, "
     "auf den KP verzichtet und die Kennung eingetragen.", "entscheidung_ohne_kp_am", date(2026, 8, 31)),
    # a past fact never takes a future date that has no cue
    ("§ 10-Kennung wegen Pflege der Mutter. Die Mutter zieht am 01.02.2027 ins Pflegeheim.", "letzte_pruefung_am", None),
    # the date of another event, and "im KP vereinbart" names the KP, not its date
    ("Der Träger hat die Kundin am 10.11.2026 aus der im KP vereinbarten Maßnahme genommen.", "kp_erstellt_am", None),
    ("KP-Verzicht am 31.10.2026 → wann wieder prüfen?", "entscheidung_ohne_kp_am", date(2026, 10, 31)),
])
def test_datum_des_letzten_ereignisses(text, fakt, erwartet):
    befund = Befund(daten=finde_daten(text, date(2026, 11, 29)))
    fakten, _ = ordne_daten_zu(befund, [fakt], text, date(2026, 11, 29))
    assert fakten.get(fakt) == erwartet
