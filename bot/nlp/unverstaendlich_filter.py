"""Rasa NLU component: a message without a single known word becomes nlu_fallback, whatever DIET says.

Runs after the FallbackClassifier. Learns the training words at training time (stored with the model);
the German lookup table comes from spacy-lookups-data at load time. See bot/nlp/wortschatz.py.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.wortschatz import Wortschatz, woerter

DATEI = "trainingswoerter.json"
logger = logging.getLogger(__name__)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class UnverstaendlichFilter(GraphComponent):
    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 trainingswoerter: set[str] | None = None) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._wortschatz = Wortschatz(trainingswoerter or set())

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "UnverstaendlichFilter":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        gesehen = {w for m in training_data.training_examples for w in woerter(m.get(TEXT) or "")}
        for tabelle in training_data.lookup_tables:
            gesehen |= {w for eintrag in tabelle.get("elements", []) for w in woerter(str(eintrag))}
        gesehen |= {w for quelle, ziel in training_data.entity_synonyms.items() for w in woerter(f"{quelle} {ziel}")}
        with self._model_storage.write_to(self._resource) as ordner:
            (ordner / DATEI).write_text(json.dumps(sorted(gesehen), ensure_ascii=False), encoding="utf-8")
        self._wortschatz = Wortschatz(gesehen)
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "UnverstaendlichFilter":
        try:
            with model_storage.read_from(resource) as ordner:
                gesehen = set(json.loads((ordner / DATEI).read_text(encoding="utf-8")))
        except (ValueError, OSError):
            logger.warning("UnverstaendlichFilter: keine Trainingswörter im Modell, nur das Lookup-Wörterbuch zählt.")
            gesehen = set()
        return cls(config, model_storage, resource, gesehen)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.strip() and self._wortschatz.ist_unverstaendlich(text):
                # only the fallback in the ranking: no "Meinten Sie …?" suggestions for gibberish
                fallback = {INTENT_NAME_KEY: DEFAULT_NLU_FALLBACK_INTENT_NAME, PREDICTED_CONFIDENCE_KEY: 1.0}
                message.set(INTENT, fallback, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [fallback], add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
