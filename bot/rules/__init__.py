"""The Weisung "Abschluss eines Kooperationsplans (KP)" coded as rules. Imports nothing from Rasa.

    from bot.rules import entscheide
    entscheide("einladung.rfb", {"termin_anlass": "wunsch_elb"})
"""
from __future__ import annotations

from datetime import date
from typing import Any

from bot.rules import ausnahmen, einladung, fristen, grundlagen, inhalte, umsetzung, verpflichtung  # noqa: F401
from bot.rules.core import (GUELTIG_AB, Antwort, Entscheidung, Fakt, Modalitaet, Regel, Schritt,
                            UngueltigerWert, Kontext)
from bot.rules.fakten import FAKTEN
from bot.rules.registry import REGELN


class UnbekannteRegel(KeyError):
    pass


class UnbekannterFakt(KeyError):
    pass


def regel(regel_id: str) -> Regel:
    try:
        return REGELN[regel_id]
    except KeyError:
        raise UnbekannteRegel(regel_id) from None


def lese_fakten(roh: dict[str, Any]) -> dict[str, Any]:
    """Checks names and reads raw values into typed facts; None stays unknown."""
    fakten = {}
    for name, wert in roh.items():
        if name not in FAKTEN:
            raise UnbekannterFakt(name)
        fakten[name] = FAKTEN[name].lese(wert)
    return fakten


def entscheide(regel_id: str, fakten: dict[str, Any] | None = None, stichtag: date | None = None) -> Entscheidung:
    """Evaluates one rule for the given facts on the reference date (default: today)."""
    r = regel(regel_id)
    stichtag = stichtag or date.today()
    gelesen = lese_fakten({name: wert for name, wert in (fakten or {}).items() if wert is not None})
    if stichtag < r.gueltig_ab:
        return _nicht_anwendbar(r, stichtag)
    k = Kontext(r, gelesen, stichtag, FAKTEN)
    k.schritt(f"Regel {r.id}: {r.frage}", ", ".join(r.abschnitte))
    return r.funktion(k)


def _nicht_anwendbar(r: Regel, stichtag: date) -> Entscheidung:
    kurz = (f"Die Weisung gilt erst ab dem {GUELTIG_AB.strftime('%d.%m.%Y')} – für den "
            f"{stichtag.strftime('%d.%m.%Y')} kann ich daraus nichts ableiten.")
    return Entscheidung(
        regel_id=r.id, frage=r.frage, antwort=Antwort.INFO, modalitaet=Modalitaet.OFFEN, ergebnis="nicht_gueltig",
        kurz=kurz, erlaeuterung=["Schlussbestimmung: \"Dieser Verfahrenshinweis ist ab dem 01.07.2026 gültig.\""],
        abschnitte=list(r.abschnitte), normen=list(r.normen), stichtag=stichtag,
        spur=[Schritt(f"Stichtag {stichtag.strftime('%d.%m.%Y')} liegt vor der Gültigkeit ab "
                      f"{r.gueltig_ab.strftime('%d.%m.%Y')}")], anwendbar=False)


def katalog() -> list[dict[str, Any]]:
    return [r.als_dict(FAKTEN) for r in REGELN.values()]


__all__ = ["Antwort", "Entscheidung", "FAKTEN", "Fakt", "GUELTIG_AB", "Modalitaet", "REGELN", "UnbekannteRegel",
           "UnbekannterFakt", "UngueltigerWert", "entscheide", "katalog", "lese_fakten", "regel"]
