"""Rasa NLU component: domain-word typos corrected before the classifier sees the message.

"Verpflichtugnsbescheid", "verpfilchtet" and "Einladunegn" are corrected as in bot/nlp/tippfehler.py (one typo
away from exactly one Weisung or training word, and no German word form themselves). Runs first in the
pipeline, at prediction only: the training examples keep their deliberate typos, so the classifier still
learns to cope with the typos the correction leaves alone.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlp.tippfehler import korrigiere


# registered as a non-trainable classifier: the default recipe then runs it in pipeline order at prediction only
@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class TippfehlerKorrektur(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "TippfehlerKorrektur":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text and not text.lstrip().startswith("/"):  # payloads ("/inform{…}") stay as sent
                korrigiert = korrigiere(text)
                if korrigiert != text:
                    message.set(TEXT, korrigiert)
        return messages
