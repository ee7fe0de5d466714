"""Redaction as a case table (faelle_redaktion.yml), plus two invariants: the Weisung's own text and the
fact-extraction case table come through unchanged, so redaction never costs the assistant a fact."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.nlp.fakten import extrahiere
from bot.privacy.redaktion import MUSTER, Fund, finde, redigiere, redigiere_tief
from bot.weisung import abschnitte

TABELLE = yaml.safe_load((Path(__file__).parent / "faelle_redaktion.yml").read_text(encoding="utf-8"))["muster"]
POSITIV = [(name, block["label"], fall) for name, block in TABELLE.items() for fall in block.get("positiv", [])]
NEGATIV = [(name, text) for name, block in TABELLE.items() for text in block.get("negativ", [])]


@pytest.mark.parametrize("name,label,fall", POSITIV, ids=[f"{n}:{f['text'][:40]}" for n, _, f in POSITIV])
def test_kennung_wird_ersetzt(name, label, fall):
    ergebnis = redigiere(fall["text"])
    for original in fall["weg"]:
        assert original not in ergebnis, f"{original!r} steht noch in {ergebnis!r}"
    assert fall.get("label", label) in ergebnis, ergebnis
    for bleibt in fall.get("bleibt", []):
        assert bleibt in ergebnis, f"{bleibt!r} fehlt in {ergebnis!r}"


@pytest.mark.parametrize("name,text", NEGATIV, ids=[f"{n}:{t[:40]}" for n, t in NEGATIV])
def test_fachtext_bleibt_unveraendert(name, text):
    assert redigiere(text) == text


def test_jedes_muster_hat_positive_und_negative_faelle():
    namen = {m.name for m in MUSTER}
    abgedeckt = set(TABELLE)
    # patterns that share a block with their keyword variant
    abgedeckt |= {"kennung_nach_wort", "telefon_nach_wort", "geburtsdatum_nachgestellt"}
    assert namen <= abgedeckt, f"ohne Falltabelle: {namen - abgedeckt}"
    for name, block in TABELLE.items():
        assert block.get("positiv") and block.get("negativ"), name


def test_weisung_bleibt_unveraendert():
    for nummer, a in abschnitte().items():
        assert redigiere(a.text) == a.text, f"Pkt. {nummer} verändert"
        assert redigiere(a.titel) == a.titel


FAKTEN_FAELLE = yaml.safe_load((Path(__file__).parents[1] / "nlp" / "faelle_fakten.yml").read_text(
    encoding="utf-8"))["faelle"]


@pytest.mark.parametrize("fall", FAKTEN_FAELLE, ids=[f["text"][:40] for f in FAKTEN_FAELLE])
def test_fakten_ueberstehen_die_redaktion(fall):
    heute = date(2026, 11, 27)
    assert extrahiere(redigiere(fall["text"]), heute).fakten == extrahiere(fall["text"], heute).fakten


def test_redigiere_tief_laesst_struktur_und_schluessel():
    ereignis = {"event": "user", "text": "Frau Meier, Tel. 0171 1234567", "timestamp": 1.5,
                "parse_data": {"entities": [{"entity": "kommentar", "value": "an anna@web.de"}],
                               "intent": {"name": "feedback", "confidence": 0.9}},
                "metadata": {"model_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9"}, "liste": ("Herr Kunz", 3)}
    ergebnis = redigiere_tief(ereignis)
    assert ergebnis["text"] == "Frau [Name], Tel. [Telefon]"
    assert ergebnis["parse_data"]["entities"][0] == {"entity": "kommentar", "value": "an [E-Mail]"}
    assert ergebnis["parse_data"]["intent"] == {"name": "feedback", "confidence": 0.9}
    assert ergebnis["metadata"] == ereignis["metadata"] and ergebnis["timestamp"] == 1.5
    assert ergebnis["liste"] == ["Herr [Name]", 3]


@pytest.mark.parametrize("leer", ["", None])
def test_leere_eingabe(leer):
    assert redigiere(leer) == leer


def test_funde_nennen_das_ersetzte_original():
    funde = finde("Frau Kowalski (Kundennummer 962D123456, geb. 07.03.1991), KP am 15.08.2026, Tel. 0171 9876543")
    assert set(funde) == {Fund("[Name]", "Kowalski"), Fund("[Kundennummer]", "962D123456"),
                          Fund("[Geburtsdatum]", "07.03.1991"), Fund("[Telefon]", "0171 9876543")}


def test_echo_eines_geburtsdatums_in_jeder_schreibweise():
    bekannt = finde("Kundin geb. 07.03.1991")
    echo = "Für den 07.03.1991 gilt die Weisung nicht (Stichtag 1991-03-07, auch 7.3.1991); KP vom 17.03.1991."
    assert redigiere(echo, bekannt) == ("Für den [Geburtsdatum] gilt die Weisung nicht (Stichtag [Geburtsdatum], "
                                        "auch [Geburtsdatum]); KP vom 17.03.1991.")
    assert redigiere(echo) == echo  # without the user's message it is an ordinary date


def test_echo_eines_namens_und_tief():
    bekannt = finde("Was gilt für Herrn Ahmadi Rezaei?")
    ergebnis = redigiere_tief({"text": "Notiert für Ahmadi.", "daten": ["Rezaei", "Ahmadiyya"]}, bekannt)
    assert ergebnis == {"text": "Notiert für [Name].", "daten": ["[Name]", "Ahmadiyya"]}
