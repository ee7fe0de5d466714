"""The Weisung's text parsed into its numbered sections."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.weisung import ERWARTETE_ABSCHNITTE, abschnitte
from bot.weisung.glossar import begriffe, finde
from bot.weisung.parser import QUELLE, parse

MIT_TEXT = ("1", "2", "3", "4.1", "4.2", "4.2.1", "4.3", "5", "5.1", "5.2", "5.3", "6.1", "6.2", "6.2.1", "6.3", "6.4",
            "7", "8.1", "8.2.1", "8.2.2", "8.3", "9", "9.1", "9.2", "9.3")
GETEILT = QUELLE.parent.parents[2] / ".." / "shared" / "weisung" / "verfahrenshinweis-kooperationsplan.txt"


def test_alle_abschnitte_in_reihenfolge():
    assert tuple(abschnitte()) == ERWARTETE_ABSCHNITTE


@pytest.mark.parametrize("nummer", MIT_TEXT)
def test_abschnitt_hat_titel_und_text(nummer):
    a = abschnitte()[nummer]
    assert a.titel and a.text.strip()


def test_inhaltsverzeichnis_wird_uebersprungen():
    assert not re.search(r"\t\d+\s*$", abschnitte()["1"].text, re.M)
    assert abschnitte()["1"].text.startswith("- Der Kooperationsplan ist kein Vertrag")


def test_nummerierte_listen_sind_keine_ueberschriften():
    assert "6. Ob und wie Leistungen anderer Leistungsträger" in abschnitte()["5"].text
    assert abschnitte()["6"].titel == "Umsetzung des Kooperationsplans"


def test_geteilte_ueberschrift_6_2_wird_repariert():
    assert abschnitte()["6.2"].titel.endswith("(Verpflichtung nach § 15a Abs. 2 SGB II)")
    text = "1. Eins\nA\n2. Zwei (Verpflichtung nach § 15a Abs. 2\nSGB II)\nB"
    assert parse(text)["2"].titel == "Zwei (Verpflichtung nach § 15a Abs. 2 SGB II)"
    assert parse(text)["2"].text == "B"


def test_markdown_reste_sind_entfernt():
    for a in abschnitte().values():
        assert "**" not in a.text and "](#" not in a.text
    assert "Reiter Allgemeines im Feld Bemerkungen" in abschnitte()["9.3"].text


def test_schlussformel_gehoert_zu_keinem_abschnitt():
    assert "Degener" not in abschnitte()["9.3"].text


@pytest.mark.skipif(not GETEILT.exists(), reason="../shared nicht vorhanden (sauberer Klon)")
def test_kopie_entspricht_der_quelle():
    assert QUELLE.read_text(encoding="utf-8") == GETEILT.read_text(encoding="utf-8")


def test_glossar_deckt_domain_abkuerzungen_ab():
    kurz = {b.kurz for b in begriffe()}
    assert {"eLb", "IFK", "JC", "KP", "PA", "RFB", "RBB", "PZU", "VA", "EB", "VB", "AGH", "BG", "Reha", "ÄD", "BPS",
            "FMG.job", "d.3", "Profillage I"} <= kurz


@pytest.mark.parametrize("frage,kurz", [("Was ist eine PZU?", "PZU"), ("was heißt rbb", "RBB"),
                                        ("Wofür steht eLb?", "eLb"), ("was bedeutet d.3", "d.3"),
                                        ("Was ist mit AGH gemeint?", "AGH"), ("Was ist FMG.job?", "FMG.job"),
                                        ("Der Kunde fragt, was eine PZU ist.", "PZU")])
def test_glossar_findet_begriff(frage, kurz):
    assert finde(frage).kurz == kurz
