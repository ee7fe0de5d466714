"""Is a message made of words at all? A vocabulary check that keeps gibberish away from the classifier.

DIET puts every input into some intent, "asdf qwer zxcv" too (seen in CI: goodbye, confidently). A
message is unverständlich when it has letters, no digits, and not one of its words is known. Known is a
word that occurs in the training data, is a form or lemma in the German lookup table of spacy-lookups-data
(some 340,000, read from disk, nothing fetched), or is one typo away from a training word of four letters
or more (one letter left out, added or changed, or two neighbours swapped).
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

WORT = re.compile(r"[A-Za-zÄÖÜäöüß]+")
MIN_TIPPFEHLER_LAENGE = 4


def woerter(text: str) -> list[str]:
    return [w.lower() for w in WORT.findall(text or "")]


def _loeschungen(wort: str) -> set[str]:
    return {wort[:i] + wort[i + 1:] for i in range(len(wort))}


def _vertauscht_oder_ersetzt(a: str, b: str) -> bool:
    """One letter changed, or two neighbours swapped."""
    if len(a) != len(b):
        return False
    anders = [i for i in range(len(a)) if a[i] != b[i]]
    return len(anders) == 1 or (len(anders) == 2 and anders[1] == anders[0] + 1
                                and a[anders[0]] == b[anders[1]] and a[anders[1]] == b[anders[0]])


@lru_cache(maxsize=1)
def deutsche_formen() -> frozenset[str]:
    """Word forms and lemmas of spacy-lookups-data's German table, lowercased; empty if it is not installed."""
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or spec.origin is None:
        return frozenset()
    pfad = Path(spec.origin).parent / "data" / "de_lemma_lookup.json.gz"
    try:
        tabelle = json.loads(gzip.decompress(pfad.read_bytes()))
    except (OSError, ValueError):
        return frozenset()
    # the lemma table leaves out function words ("nichts", "etwas"): spaCy's German stop words fill the gap
    from spacy.lang.de.stop_words import STOP_WORDS
    formen = {k.lower() for k in tabelle} | {v.lower() for v in tabelle.values()} | set(STOP_WORDS)
    # the table spells "Anschluß", "muß": today's spelling ("Anschluss") is no typo
    return frozenset(formen | {f.replace("ß", "ss") for f in formen if "ß" in f})


class Wortschatz:
    def __init__(self, trainingswoerter: Iterable[str], formen: frozenset[str] | None = None):
        self.trainingswoerter = {w.lower() for w in trainingswoerter if w}
        self._formen = deutsche_formen() if formen is None else formen
        lang = [w for w in self.trainingswoerter if len(w) >= MIN_TIPPFEHLER_LAENGE]
        self._geloescht: dict[str, set[str]] = {}
        for w in lang:
            for variante in _loeschungen(w):
                self._geloescht.setdefault(variante, set()).add(w)
        self._lang = set(lang)

    def _ein_tippfehler(self, wort: str) -> bool:
        if len(wort) < MIN_TIPPFEHLER_LAENGE:
            return False
        if wort in self._geloescht:  # a letter of a training word left out
            return True
        for variante in _loeschungen(wort):
            if variante in self._lang:  # one letter too many
                return True
            if any(_vertauscht_oder_ersetzt(wort, k) for k in self._geloescht.get(variante, ())):
                return True
        return False

    def bekannt(self, wort: str) -> bool:
        wort = wort.lower()
        return wort in self.trainingswoerter or wort in self._formen or self._ein_tippfehler(wort)

    def ist_unverstaendlich(self, text: str) -> bool:
        """Letters but no digit and no known word – or neither letters nor digits (only emoji, signs)."""
        if any(z.isdigit() for z in text or ""):
            return False
        return not any(self.bekannt(w) for w in woerter(text))
