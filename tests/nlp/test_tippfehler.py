"""Typo correction before facts and yes/no direction are read: only unknown words, only one candidate."""
from __future__ import annotations

import pytest

from bot.nlp.tippfehler import Korrektur, korrigiere


@pytest.mark.parametrize("text, erwartet", [
    ("einladung zum ärtzlichen dienst", "einladung zum ärztlichen dienst"),      # neighbours swapped
    ("PA noch unvollständg", "PA noch unvollständig"),                          # letter left out
    ("Profilage I, Vollzeit", "Profillage I, Vollzeit"),                         # capital kept
    ("kp mit minderjärigen", "kp mit minderjährigen"),
    ("Verpfichtung mit RFB", "Verpflichtung mit RFB"),
    ("masnahme abgebrochen", "maßnahme abgebrochen"),
    ("PA noch nich vollständig", "PA noch nicht vollständig"),                  # chat form of a negation
    ("Nix vorgelegt, ist das nciht schlimm?", "Nichts vorgelegt, ist das nicht schlimm?"),
])
def test_tippfehler_in_fachwoertern_werden_korrigiert(text, erwartet):
    assert korrigiere(text) == erwartet


@pytest.mark.parametrize("text", [
    "Die Kundin hat selbst um einen Termin gebeten.",   # correct German stays
    "Schuldnerberatung nach § 16a, Termin am 15.08.2026",
    "RFB? KP? AGH?",                                      # short words are never touched
    "Muss ich einen Anschluss-Verpflichtungsbescheid erlassen?",  # today's spelling of the table's "Anschluß"
    "Für Oktober liegt nichts vor.",                     # a function word the lemma table leaves out
    "Darf ich die KPs vorab runterschreiben?",            # colloquial "write down", not "unterschreiben"
    "",
])
def test_richtige_woerter_bleiben(text):
    assert korrigiere(text) == text


def test_bei_zwei_kandidaten_wird_nicht_geraten():
    korrektur = Korrektur({"erschienen", "erscheinen"}, frozenset())
    assert korrektur.wort("erschinen") == "erschinen"
    assert Korrektur({"erschienen"}, frozenset()).wort("erschinen") == "erschienen"


def test_tippfehler_der_trainingsdaten_sind_keine_ziele():
    korrektur = Korrektur({"kooperationsplan"}, frozenset({"plan"}))
    assert korrektur.wort("kooperatiosplan") == "kooperationsplan"


def test_komponente_korrigiert_vor_dem_klassifikator_aber_keine_payloads():
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlp.tippfehler_komponente import TippfehlerKorrektur

    komponente = TippfehlerKorrektur.create({}, None, None, None)
    tippfehler, payload, richtig = komponente.process([
        Message(data={"text": "Verpflichtugnsbescheid wegen verpasstem Termin – muss ich den erlassen?"}),
        Message(data={"text": '/inform{"fakt": "alter", "wert": 17}'}),
        Message(data={"text": "Braucht die Einladung eine RFB?"})])
    assert tippfehler.get("text").startswith("Verpflichtungsbescheid wegen verpasstem Termin")
    assert payload.get("text") == '/inform{"fakt": "alter", "wert": 17}'
    assert richtig.get("text") == "Braucht die Einladung eine RFB?"


@pytest.mark.parametrize("text, erwartet", [
    ("Soll ich jetzt schon einen Plan mit ihr machen?", "Soll ich jetzt schon einen KP mit ihr machen?"),
    ("wo wir den plan überarbeiten", "wo wir den kp überarbeiten"),
    ("Geschäftsplan und Finanzierungsplan", "Geschäftsplan und Finanzierungsplan"),
    ("braucht die einladung den hinweis, der sagt, was passiert, wenn sie nicht kommt",
     "braucht die einladung den RFB, die erklärt, was passiert, wenn sie nicht kommt"),
])
def test_umschreibungen_bekommen_den_fachbegriff(text, erwartet):
    assert korrigiere(text) == erwartet
