"""What a conditional decision means for the question as asked, over every value the missing facts can take.

"Kann ich verpflichten?" is answered "ja" when every completion of the missing facts makes the step
possible (yes with any strength, or the IFK's discretion), even if a "Muss ich?" would stay open.
Only small, enumerable fact sets are completed (yes/no and choice facts, at most three).
"""
from __future__ import annotations

import itertools

from bot.rules import FAKTEN, Antwort, Entscheidung, Modalitaet, entscheide

MAX_FAKTEN = 3


def _werte(name: str) -> list | None:
    fakt = FAKTEN[name]
    if fakt.typ == "bool":
        return [True, False]
    if fakt.typ == "auswahl":
        return [wert for wert, _ in fakt.auswahl]
    return None


def vervollstaendigt(e: Entscheidung) -> list[Entscheidung] | None:
    namen = [f.name for f in e.fehlende_fakten]
    if not namen or len(namen) > MAX_FAKTEN:
        return None
    bereiche = [_werte(name) for name in namen]
    if any(b is None for b in bereiche):
        return None
    ergebnisse = []
    for werte in itertools.product(*bereiche):
        fakten = {**e.verwendete_fakten, **dict(zip(namen, werte))}
        ergebnisse.append(entscheide(e.regel_id, fakten, e.stichtag))
    return ergebnisse


def moeglich(e: Entscheidung) -> bool | None:
    """Is the asked step possible in this outcome? None where the outcome itself is still open."""
    if e.antwort == Antwort.JA:
        return True
    if e.antwort == Antwort.NEIN:
        return False
    if e.antwort == Antwort.BEDINGT and not e.fehlende_fakten and e.modalitaet == Modalitaet.KANN:
        return True  # a decision in the individual case: the step stays possible
    return None


def immer_moeglich(e: Entscheidung) -> bool:
    ergebnisse = vervollstaendigt(e)
    return bool(ergebnisse) and all(moeglich(v) is True for v in ergebnisse)
