"""Gibberish detection (bot/nlp/wortschatz.py) as a case table, and the Rasa component around it."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.nlp.wortschatz import Wortschatz, deutsche_formen

TABELLE = yaml.safe_load((Path(__file__).parent / "faelle_unverstaendlich.yml").read_text(encoding="utf-8"))
FAELLE = TABELLE["faelle"]


@pytest.fixture(scope="module")
def wortschatz() -> Wortschatz:
    return Wortschatz(TABELLE["trainingswoerter"])


def test_deutsche_formen_sind_da():
    formen = deutsche_formen()
    assert len(formen) > 100_000, "spacy-lookups-data fehlt – ohne es zählen nur Trainingswörter"
    assert {"wetter", "termin", "gebeten"} <= formen


@pytest.mark.parametrize("fall", FAELLE, ids=[f["text"] for f in FAELLE])
def test_unverstaendlich(wortschatz, fall):
    assert wortschatz.ist_unverstaendlich(fall["text"]) is fall["unverstaendlich"], fall["grund"]


def test_ohne_deutsche_formen_zaehlen_nur_trainingswoerter():
    nur_training = Wortschatz(["einladung"], formen=frozenset())
    assert nur_training.ist_unverstaendlich("Wetter heute")
    assert not nur_training.ist_unverstaendlich("Einladung heute")


def test_komponente_setzt_nlu_fallback_ohne_vorschlaege(tmp_path):
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.nlp.unverstaendlich_filter import UnverstaendlichFilter

    speicher = LocalModelStorage(tmp_path)
    ressource = Resource("unverstaendlich")
    filter_ = UnverstaendlichFilter.create({}, speicher, ressource, None)
    filter_.train(TrainingData([Message(data={"text": "Braucht die Einladung eine RFB?", "intent": "frage_rfb"})]))
    geladen = UnverstaendlichFilter.load({}, speicher, ressource, None)

    def nachricht(text: str) -> Message:
        ranking = [{"name": "goodbye", "confidence": 0.9}, {"name": "frage_rfb", "confidence": 0.1}]
        return Message(data={"text": text, "intent": ranking[0], "intent_ranking": ranking})

    kauderwelsch, frage = geladen.process([nachricht("asdf qwer zxcv"), nachricht("RFB bei der Einladung?")])
    assert kauderwelsch.get("intent") == {"name": "nlu_fallback", "confidence": 1.0}
    assert [r["name"] for r in kauderwelsch.get("intent_ranking")] == ["nlu_fallback"]
    assert frage.get("intent")["name"] == "goodbye", "verständliche Nachrichten bleiben unberührt"
