"""The abbreviations as data (glossar.yml), and finding the one a question asks about."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

QUELLE = Path(__file__).parent / "glossar.yml"


@dataclass(frozen=True)
class Begriff:
    kurz: str
    lang: str
    erklaerung: str
    varianten: tuple[str, ...]


@lru_cache(maxsize=1)
def begriffe() -> list[Begriff]:
    daten = yaml.safe_load(QUELLE.read_text(encoding="utf-8"))
    return [Begriff(e["kurz"], e["lang"], e["erklaerung"], tuple(e.get("varianten", []))) for e in daten]


def _muster(wort: str) -> re.Pattern:
    return re.compile(rf"(?<![\w.]){re.escape(wort.lower())}(?![\w])")


def finde(text: str) -> Begriff | None:
    """The glossary entry named in the text; abbreviations before long forms, longest match first."""
    klein = text.lower()
    kandidaten = []
    for begriff in begriffe():
        for wort in (begriff.kurz, *begriff.varianten, begriff.lang):
            m = _muster(wort).search(klein)
            if m:
                kandidaten.append((m.start(), -len(wort), begriff))
                break
    if not kandidaten:
        return None
    # the last term named is usually the one asked about ("Was ist bei der RFB eine PZU?" is rare);
    # prefer the one right after "ist/heißt/bedeutet"
    # "Die Kundin fragt, was eine RBB ist": failing that, the term after the question word
    for frage in (re.search(r"(ist|sind|heißt|heisst|bedeutet|steht|meint|versteht)\b(.*)$", klein),
                  re.search(r"\b(was|wofür|wo für|welche\w*)\b(.*)$", klein)):
        nach = [k for k in kandidaten if frage and k[0] >= frage.start(2)]
        if nach:
            return sorted(nach, key=lambda k: (k[0], k[1]))[0][2]
    return sorted(kandidaten, key=lambda k: (k[0], k[1]))[0][2]


# "wofür steht eLb und was ist eine RBB?", "Was heißen PZU und RBB?": two terms asked in one message
_ZWEITE_FRAGE = re.compile(r"\?|\b(?:und|sowie|außerdem|ausserdem)\s+(?=(?:was|wofür|wo für|wie|welche\w*)\b)|"
                           r"\s(?:und|sowie|,)\s(?=(?:eine?[rn]?\s|die\s|der\s|das\s)?\S{1,12}\s*\??\s*$)", re.I)


def finde_alle(text: str) -> list[Begriff]:
    """Every term asked about, in order; one per question part."""
    gefunden: list[Begriff] = []
    for teil in _ZWEITE_FRAGE.split(text):
        begriff = finde(teil) if teil and teil.strip() else None
        if begriff and begriff not in gefunden:
            gefunden.append(begriff)
    return gefunden or ([b] if (b := finde(text)) else [])


def erklaere(begriff: Begriff) -> str:
    return f"{begriff.kurz} = {begriff.lang}. {begriff.erklaerung}"
