"""Runs every case of the YAML case tables against the rules."""
from __future__ import annotations

from datetime import date

import pytest

from bot.rules import entscheide
from tests.rules.faelle_lader import lade_faelle

FAELLE = lade_faelle()


@pytest.mark.parametrize("fall", FAELLE, ids=[f.id for f in FAELLE])
def test_fall(fall):
    e = entscheide(fall.regel, fall.fakten, fall.stichtag)
    erwartet = fall.erwartet
    text = " ".join([e.kurz, *e.erlaeuterung])
    if "antwort" in erwartet:
        assert e.antwort.value == erwartet["antwort"], e.kurz
    if "modalitaet" in erwartet:
        assert e.modalitaet.value == erwartet["modalitaet"], e.kurz
    if "ergebnis" in erwartet:
        assert e.ergebnis == erwartet["ergebnis"], e.kurz
    if "fehlend" in erwartet:
        assert [f.name for f in e.fehlende_fakten] == erwartet["fehlend"]
    if "wert" in erwartet:
        assert e.wert == (date.fromisoformat(str(erwartet["wert"])) if erwartet["wert"] else None)
    if "abschnitte" in erwartet:
        assert e.abschnitte == [str(a) for a in erwartet["abschnitte"]]
    if "normen" in erwartet:
        assert e.normen == erwartet["normen"]
    for teil in erwartet.get("enthaelt", []):
        assert teil.lower() in text.lower(), f"'{teil}' fehlt in: {text}"
    for teil in erwartet.get("enthaelt_nicht", []):
        assert teil.lower() not in text.lower(), f"'{teil}' darf nicht vorkommen: {text}"
    assert e.abschnitte, "jede Entscheidung nennt ihre Abschnitte"
