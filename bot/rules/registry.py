"""Where rules register themselves; `regel` for rules with logic, `feststellung` for fixed statements."""
from __future__ import annotations

from datetime import date
from typing import Callable, Iterable

from bot.rules.core import GUELTIG_AB, Antwort, Entscheidung, Kontext, Modalitaet, Regel
from bot.rules.fakten import FAKTEN

REGELN: dict[str, Regel] = {}


def _registriere(regel_obj: Regel) -> Regel:
    if regel_obj.id in REGELN:
        raise ValueError(f"Regel {regel_obj.id} doppelt registriert")
    unbekannt = [name for name in regel_obj.fakten if name not in FAKTEN]
    if unbekannt:
        raise ValueError(f"Regel {regel_obj.id}: unbekannte Fakten {unbekannt}")
    if not set(regel_obj.einzelfall_ausnahmen) <= set(regel_obj.fakten):
        raise ValueError(f"Regel {regel_obj.id}: Einzelfall-Ausnahme ist kein Fakt der Regel")
    if not regel_obj.normen and not regel_obj.ohne_norm:
        raise ValueError(f"Regel {regel_obj.id}: weder Norm noch Begründung, warum keine")
    REGELN[regel_obj.id] = regel_obj
    return regel_obj


def regel(id: str, frage: str, abschnitte: Iterable[str], normen: Iterable[str] = (),
          fakten: Iterable[str] = (), ohne_norm: str | None = None, thema: str = "",
          gueltig_ab: date = GUELTIG_AB, einzelfall_ausnahmen: Iterable[str] = ()) -> Callable[[Callable[[Kontext], Entscheidung]], Callable]:
    def dekorator(funktion: Callable[[Kontext], Entscheidung]) -> Callable[[Kontext], Entscheidung]:
        _registriere(Regel(id=id, frage=frage, abschnitte=tuple(abschnitte), normen=tuple(normen),
                           fakten=tuple(fakten), funktion=funktion, gueltig_ab=gueltig_ab,
                           ohne_norm=ohne_norm, thema=thema, einzelfall_ausnahmen=tuple(einzelfall_ausnahmen)))
        return funktion
    return dekorator


def feststellung(id: str, frage: str, abschnitte: Iterable[str], kurz: str, erlaeuterung: Iterable[str] = (),
                 antwort: Antwort = Antwort.INFO, modalitaet: Modalitaet = Modalitaet.FESTSTELLUNG,
                 normen: Iterable[str] = (), ohne_norm: str | None = None, thema: str = "",
                 ergebnis: str = "feststellung") -> Regel:
    """A rule whose answer needs no facts: the Weisung states it for every case."""
    zeilen = list(erlaeuterung)

    def funktion(k: Kontext) -> Entscheidung:
        k.schritt(kurz, ", ".join(abschnitte_t))
        return k.entscheidung(antwort, modalitaet, ergebnis, kurz, zeilen)

    abschnitte_t = tuple(abschnitte)
    return _registriere(Regel(id=id, frage=frage, abschnitte=abschnitte_t, normen=tuple(normen), fakten=(),
                              funktion=funktion, ohne_norm=ohne_norm, thema=thema))
