"""A second, independent opinion on the intent: the nearest training examples (character n-gram TF-IDF).

Used only when the main classifier is unsure: if both name the same procedural intent, the question is
answered (marked as uncertain) instead of falling back.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from bot.nlp.fakten import normalisiere

DATEN = Path(__file__).resolve().parents[2] / "data" / "nlu"


def _beispiele(ordner: Path) -> tuple[list[str], list[str]]:
    texte, intents = [], []
    for pfad in sorted(ordner.glob("*.yml")):
        for block in (yaml.safe_load(pfad.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if "intent" in block:
                for zeile in block["examples"].splitlines():
                    if zeile.strip().startswith("- "):
                        texte.append(normalisiere(zeile.strip()[2:]))
                        intents.append(block["intent"])
    return texte, intents


class Beispielsuche:
    def __init__(self, ordner: Path = DATEN):
        self._texte, self._intents = _beispiele(ordner)
        self._vektorisierer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        self._matrix = self._vektorisierer.fit_transform(self._texte)

    def vorhersage(self, text: str, nachbarn: int = 5) -> tuple[str | None, float]:
        """The intent with the highest summed similarity among the nearest examples, and its best similarity."""
        if not text or not text.strip():
            return None, 0.0
        werte = cosine_similarity(self._vektorisierer.transform([normalisiere(text[:2000])]), self._matrix)[0]
        beste = sorted(range(len(werte)), key=lambda i: -werte[i])[:nachbarn]
        summen: dict[str, float] = {}
        for i in beste:
            summen[self._intents[i]] = summen.get(self._intents[i], 0.0) + float(werte[i])
        intent = max(summen, key=summen.get)
        return intent, max(float(werte[i]) for i in beste if self._intents[i] == intent)


@lru_cache(maxsize=1)
def standard() -> Beispielsuche:
    return Beispielsuche()
