"""The linear intent classifier blended with DIET's ranking (bot/nlp/linearer_klassifikator.py)."""
from __future__ import annotations

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.linearer_klassifikator import LinearerKlassifikator, mische

BEISPIELE = {
    "frage_einladung_rfb": ["Braucht die Einladung eine RFB?", "muss in die einladung eine rechtsfolgenbelehrung",
                            "Einladung mit oder ohne RFB?", "RFB bei Wunschtermin nötig?"],
    "frage_kp_dauer": ["Für wie lange wird der KP erstellt?", "wie lange gilt ein kooperationsplan",
                       "Laufzeit des KP?", "Dauer Kooperationsplan"],
    "greet": ["Hallo", "Guten Morgen", "moin", "Hi zusammen"],
}


def _ranking(*paare):
    return [{"name": name, "confidence": wert} for name, wert in paare]


def test_mische_gewichtet_beide_modelle():
    rangfolge = mische(_ranking(("a", 0.9), ("b", 0.1)), {"a": 0.2, "b": 0.8}, gewicht=0.7)
    assert [r["name"] for r in rangfolge] == ["b", "a"]
    assert rangfolge[0]["confidence"] == pytest.approx(0.7 * 0.8 + 0.3 * 0.1)
    assert rangfolge[1]["confidence"] == pytest.approx(0.7 * 0.2 + 0.3 * 0.9)


@pytest.mark.parametrize("gewicht, erwartet", [(0.0, "a"), (1.0, "b")])
def test_gewicht_null_ist_diet_und_eins_ist_linear(gewicht, erwartet):
    assert mische(_ranking(("a", 0.6), ("b", 0.4)), {"a": 0.1, "b": 0.9}, gewicht)[0]["name"] == erwartet


def test_mische_kuerzt_die_rangfolge():
    linear = {f"i{n}": 1 / 20 for n in range(20)}
    assert len(mische([], linear, 0.5, laenge=10)) == 10


@pytest.fixture(scope="module")
def gespeichert(tmp_path_factory):
    speicher = LocalModelStorage(tmp_path_factory.mktemp("modell"))
    ressource = Resource("linear")
    klassifikator = LinearerKlassifikator.create({"gewicht": 1.0}, speicher, ressource, None)
    klassifikator.train(TrainingData([Message(data={"text": t, "intent": i})
                                      for i, texte in BEISPIELE.items() for t in texte]))
    return speicher, ressource


def _klassifiziere(klassifikator, text, diet=None):
    nachricht = Message(data={"text": text, "intent_ranking": diet or []})
    klassifikator.process([nachricht])
    return nachricht


def test_geladenes_modell_erkennt_neue_formulierung(gespeichert):
    klassifikator = LinearerKlassifikator.load({"gewicht": 1.0}, *gespeichert, None)
    nachricht = _klassifiziere(klassifikator, "brauch ich ne rfb in der einladung?")
    assert nachricht.get("intent")["name"] == "frage_einladung_rfb"
    assert nachricht.get("intent_ranking")[0] == nachricht.get("intent")
    assert sum(r["confidence"] for r in nachricht.get("intent_ranking")) == pytest.approx(1.0)


def test_button_payload_behaelt_seinen_intent(gespeichert):
    klassifikator = LinearerKlassifikator.load({}, *gespeichert, None)
    nachricht = Message(data={"text": "/greet", "intent": {"name": "greet", "confidence": 1.0}})
    klassifikator.process([nachricht])
    assert nachricht.get("intent") == {"name": "greet", "confidence": 1.0}


def test_ohne_gespeichertes_modell_entscheidet_diet(tmp_path):
    klassifikator = LinearerKlassifikator.load({}, LocalModelStorage(tmp_path), Resource("fehlt"), None)
    diet = _ranking(("greet", 0.8))
    nachricht = Message(data={"text": "Hallo", "intent": diet[0], "intent_ranking": diet})
    klassifikator.process([nachricht])
    assert nachricht.get("intent") == diet[0]


def test_zu_wenig_intents_wird_nicht_trainiert(tmp_path):
    klassifikator = LinearerKlassifikator.create({}, LocalModelStorage(tmp_path), Resource("x"), None)
    klassifikator.train(TrainingData([Message(data={"text": "Hallo", "intent": "greet"})]))
    nachricht = _klassifiziere(klassifikator, "Hallo", _ranking(("greet", 0.9)))
    assert nachricht.get("intent") is None  # untouched: DIET's intent was not set on this message
