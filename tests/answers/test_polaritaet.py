"""The verdict word follows the caseworker's question: reversed questions, modal strength, yes/no on statements."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.answers.polaritaet import fragetyp, verdikt
from bot.answers.render import rendere
from bot.rules import entscheide

FAELLE = yaml.safe_load((Path(__file__).parent / "faelle_polaritaet.yml").read_text(encoding="utf-8"))["faelle"]
STANDARD_KURZ = {"ja": "Ja – die Aussage der Regel.", "nein": "Nein – die Aussage der Regel.", "info": "Der Inhalt."}


@pytest.mark.parametrize("fall", FAELLE, ids=[f["frage"] for f in FAELLE])
def test_verdikt(fall):
    kurz = fall.get("kurz") or STANDARD_KURZ[fall["antwort"]]
    text, antwort = verdikt(fall["regel"], fall["antwort"], fall["modalitaet"], fall.get("ergebnis", "x"), kurz,
                            fall["frage"])
    assert text.startswith(fall["beginnt"]) and antwort == fall["erwartet"]


def test_w_fragen_sind_keine_ja_nein_fragen():
    assert not fragetyp("Wie lange gilt ein Verpflichtungsbescheid?").ja_nein
    assert fragetyp("Gilt der Bescheid sechs Monate?").ja_nein
    assert fragetyp("wie bekomm ich den VB zum Kunden, reicht da normale Post?").ja_nein
    assert not fragetyp("Wie lange gilt der VB, wenn nichts dazwischenkommt?").ja_nein


def test_gerenderte_antwort_traegt_gedrehtes_verdikt_im_payload():
    e = entscheide("einladung.rfb", {"termin_anlass": "wunsch_elb"})
    n = rendere(e, "Darf ich beim Wunschtermin auf die RFB verzichten?")
    assert n.text.startswith("Ja – Termine auf Wunsch der eLb sind ohne RFB zu versenden.")
    assert n.custom["antwort"] == "ja" and n.custom["kurz"].startswith("Ja – ")


def test_kann_frage_ist_ja_wenn_jede_moegliche_antwort_es_erlaubt():
    e = entscheide("ausnahme.paragraph10", {"paragraph10_kennung": True})
    assert e.antwort.value == "bedingt" and [f.name for f in e.fehlende_fakten] == ["ziel_kuenftige_verringerung"]
    n = rendere(e, "Kunde hat eine § 10-Kennung. Kann ich mit ihm einen KP machen?")
    assert n.text.startswith("Ja – ") and n.custom["antwort"] == "ja"
    assert rendere(e, "Kunde hat eine § 10-Kennung. Muss ich mit ihm einen KP machen?").custom["antwort"] != "ja"


def test_regelfall_mit_einzelfall_ausnahme_ist_ja_und_nennt_die_ausnahme():
    e = entscheide("verpflichtung.absprachen_nicht_eingehalten", {"absprachen_eingehalten": False, "leistung_art": "andere"})
    for frage in ("Kunde legt keine Bewerbungen vor. Kann ich ihn verpflichten?",
                  "Kunde legt keine Bewerbungen vor. Wird er verpflichtet?"):
        n = rendere(e, frage)
        assert n.text.startswith("Ja – ") and n.custom["antwort"] == "ja"
        assert "psychischen Erkrankungen" in n.text and "Einzelfall" in n.text


def test_kann_frage_bleibt_offen_wenn_eine_ausnahme_es_ausschliessen_kann():
    e = entscheide("verpflichtung.absprachen_nicht_eingehalten", {"absprachen_eingehalten": False})
    assert rendere(e, "Kann ich ihn verpflichten?").custom["antwort"] == "bedingt"


def test_eigene_aussage_mit_pflicht_traegt_deren_modalitaet():
    e = entscheide("verpflichtung.inhalt", {})
    n = rendere(e, "Spielt der schon vorhandene KP bei der Verpflichtung eine Rolle?")
    assert n.text.startswith("Ja – liegt bereits ein KP vor") and n.custom["modalitaet"] == "muss"



@pytest.mark.parametrize("stichtag,erwartet", [(date(2026, 11, 29), "ja"), (date(2027, 1, 31), "ja"), (date(2027, 2, 1), "nein")])
def test_heute_noch_gueltig_wird_am_stichtag_beurteilt(stichtag, erwartet):
    e = entscheide("frist.vb_gueltigkeit", {"vb_erlassen_am": date(2026, 7, 31)}, stichtag)
    n = rendere(e, "VB v. 31.07.2026, Regel-Gültigkeit – heute noch gültig?")
    assert n.custom["antwort"] == erwartet and "31.01.2027" in n.text


def test_gueltigkeit_ohne_noch_bleibt_eine_auskunft():
    e = entscheide("frist.vb_gueltigkeit", {"vb_erlassen_am": date(2026, 7, 31)}, date(2026, 11, 29))
    assert rendere(e, "Wie lange gilt der VB vom 31.07.2026?").custom["antwort"] == "info"


def test_diktierte_frage_nach_der_gueltigkeit_an_einem_genannten_tag():
    from bot.dialog.ablauf import Zustand, beantworte
    nachrichten, _ = beantworte("frage_vb_gueltigkeit", "vb nach 15a zugegangen am 10.12.2026 mit normaler gültigkeit "
                                "gilt der am 20.06.2027 noch", {}, Zustand(), date(2026, 11, 29))
    assert nachrichten[0].text.startswith("Nein – am 20.06.2027 gilt er bei der Regeldauer nicht mehr")
