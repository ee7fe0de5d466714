"""Typos in domain words, corrected before facts and the direction of a question are read.

The classifier copes with "Kooperatiosplan" (character n-grams); the fact patterns and the yes/no logic
do not: "ärtzlicher Dienst" would not be read as a medical examination, "PA unvollständg" would not be
read as the incomplete Potenzialanalyse. A word is corrected when it is unknown (neither a domain word
nor a German word form of spacy-lookups-data) and exactly one domain word lies one typo away (a letter
left out, added or changed, or two neighbours swapped). Domain words are the Weisung's words and those
training words that are German word forms (the training data holds deliberate typos, which must not
become targets). Words shorter than five letters are left alone: too many neighbours – except the chat
forms and common slips of "nicht"/"nichts" below, which the negation patterns must see ("PA noch nich fertig").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from bot.nlp.wortschatz import _loeschungen, _vertauscht_oder_ersetzt, deutsche_formen, woerter
from bot.weisung.parser import QUELLE

MIN_LAENGE = 5
_WORT = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_NLU = Path(__file__).resolve().parents[2] / "data" / "nlu"
# colloquial separable prefixes ("runterschreiben" is writing down, one letter from "unterschreiben")
UMGANGSSPRACHLICHE_PRAEFIXE = ("runter", "rüber", "rauf", "raus", "rein", "ran")
KURZFORMEN = {"nich": "nicht", "nciht": "nicht", "nihct": "nicht", "nict": "nicht", "nichr": "nicht", "nix": "nichts"}


class Korrektur:
    def __init__(self, domaenenwoerter: set[str], formen: frozenset[str], bevorzugt: set[str] = frozenset()):
        self._ziele = {w for w in domaenenwoerter if len(w) >= MIN_LAENGE}
        self._bevorzugt = bevorzugt
        self._bekannt = self._ziele | formen
        self._geloescht: dict[str, set[str]] = {}
        for w in self._ziele:
            for variante in _loeschungen(w):
                self._geloescht.setdefault(variante, set()).add(w)

    def kandidaten(self, wort: str) -> set[str]:
        gefunden = set(self._geloescht.get(wort, ()))  # a letter left out
        for variante in _loeschungen(wort):
            if variante in self._ziele:  # a letter too many
                gefunden.add(variante)
            gefunden |= {k for k in self._geloescht.get(variante, ()) if _vertauscht_oder_ersetzt(wort, k)}
        return gefunden

    def wort(self, wort: str) -> str:
        klein = wort.lower()
        if klein in KURZFORMEN:
            return _wie(wort, KURZFORMEN[klein])
        if len(klein) < MIN_LAENGE or klein in self._bekannt or klein.startswith(UMGANGSSPRACHLICHE_PRAEFIXE):
            return wort
        kandidaten = self.kandidaten(klein)
        if len({k.replace("ß", "ss") for k in kandidaten}) != 1:
            return wort
        # "Maßnahme" and "Massnahme" are one word: the Weisung's spelling wins
        ersatz = min(kandidaten, key=lambda k: (k not in self._bevorzugt, k))
        return _wie(wort, ersatz)

    def text(self, text: str) -> str:
        return umschreibungen(_WORT.sub(lambda m: self.wort(m.group(0)), text or ""))


# Newcomers paraphrase the terms: "der Plan" is the KP; "dieser Absatz, der erklärt, was passiert, wenn er nicht kommt"
# is the RFB. The patterns and the classifier know the terms, so the paraphrase gets the term.
_UMSCHREIBUNGEN = [
    (re.compile(r"\b(Plan|Plans)\b"), "KP"), (re.compile(r"\b(plan|plans)\b"), "kp"),
    (re.compile(r"\b(Pläne|Plänen)\b"), "KPs"), (re.compile(r"\b(pläne|plänen)\b"), "kps"),
    (re.compile(r"\b(absatz|abschnitt|passus|hinweis|belehrung|teil|text|satz|info|baustein)\w*(\s+\w+){0,2},?\s+(der|die|das|wo|welche[rs]?)\s+"
                r"(\w+\s+){0,2}(erklärt|erklaert|sagt|beschreibt|aufklärt|drinsteht|regelt)\w*,?\s+(was|welche folgen)\b", re.I),
     "RFB, die erklärt, was"),
]


def umschreibungen(text: str) -> str:
    for muster, begriff in _UMSCHREIBUNGEN:
        text = muster.sub(begriff, text)
    return text


def _wie(wort: str, ersatz: str) -> str:
    """The replacement, capitalised like the word it replaces."""
    return ersatz[0].upper() + ersatz[1:] if wort[0].isupper() else ersatz


def _trainingswoerter() -> set[str]:
    gefunden: set[str] = set()
    for pfad in sorted(_NLU.glob("*.yml")):
        for block in (yaml.safe_load(pfad.read_text(encoding="utf-8")) or {}).get("nlu", []):
            gefunden |= set(woerter(block.get("examples", "")))
    return gefunden


@lru_cache(maxsize=1)
def standard() -> Korrektur:
    formen = deutsche_formen()
    weisung = set(woerter(QUELLE.read_text(encoding="utf-8")))
    training = {w for w in _trainingswoerter() if w in formen}
    return Korrektur(weisung | training, formen, weisung)


def korrigiere(text: str) -> str:
    return standard().text(text)
