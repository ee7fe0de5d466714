"""Text search over the Weisung's sections (TF-IDF on lemmas), for questions the NLU could not place."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from bot.weisung import abschnitte

_STOPP = {"der", "die", "das", "und", "oder", "ein", "eine", "einen", "ist", "sind", "werden", "wird", "zu", "in", "im",
          "mit", "von", "auf", "für", "den", "dem", "des", "bei", "nach", "auch", "nicht", "ich", "wie", "was", "wann",
          "muss", "kann", "soll", "es", "sie", "er", "man", "sich", "an", "als", "bzw", "z", "b", "i", "d", "r", "kp"}


@dataclass(frozen=True)
class Treffer:
    nummer: str
    titel: str
    auszug: str
    wert: float


def _standard_lemmatisierer(text: str) -> str:
    from bot.nlp.fakten import lemmatisiere
    return lemmatisiere(text)


class Suche:
    def __init__(self, lemmatisierer: Callable[[str], str] | None = None):
        self._lemma = lemmatisierer or _standard_lemmatisierer
        self._abschnitte = [a for a in abschnitte().values() if a.text]
        dokumente = [self._lemma(f"{a.titel} {a.titel} {a.text}") for a in self._abschnitte]
        self._vektorisierer = TfidfVectorizer(stop_words=list(_STOPP), sublinear_tf=True,
                                              token_pattern=r"(?u)\b[\wäöüß§.-]{2,}\b")
        self._matrix = self._vektorisierer.fit_transform(dokumente)

    def suche(self, frage: str, anzahl: int = 3, mindestwert: float = 0.05) -> list[Treffer]:
        if not frage or not frage.strip():
            return []
        werte = cosine_similarity(self._vektorisierer.transform([self._lemma(frage[:2000])]), self._matrix)[0]
        rangfolge = sorted(range(len(werte)), key=lambda i: -werte[i])[:anzahl]
        return [Treffer(self._abschnitte[i].nummer, self._abschnitte[i].titel, _auszug(self._abschnitte[i].text),
                        float(werte[i])) for i in rangfolge if werte[i] >= mindestwert]


def _auszug(text: str, laenge: int = 160) -> str:
    erster = " ".join(text.split())
    return erster if len(erster) <= laenge else erster[:laenge].rsplit(" ", 1)[0] + " …"


@lru_cache(maxsize=1)
def standard_suche() -> Suche:
    return Suche()
