"""Periods on the command line: report days (--von/--bis/--tage, local calendar days) and retention ("90d")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

STANDARD_TAGE = 30
_FRIST = re.compile(r"^\s*(\d{1,5})\s*([dw])\s*$", re.IGNORECASE)


class ZeitraumFehler(ValueError):
    """A malformed date or period; the message is German and names the expected form."""


@dataclass(frozen=True)
class Zeitraum:
    von: date  # first local day, inclusive
    bis: date  # last local day, inclusive

    @property
    def von_utc(self) -> datetime:
        return utc_naiv(datetime.combine(self.von, time.min))

    @property
    def bis_utc(self) -> datetime:
        """Exclusive end: midnight after the last day."""
        return utc_naiv(datetime.combine(self.bis + timedelta(days=1), time.min))

    def __str__(self) -> str:
        return f"{self.von.strftime('%d.%m.%Y')} – {self.bis.strftime('%d.%m.%Y')}"


def utc_naiv(lokal: datetime) -> datetime:
    """A local wall-clock time as naive UTC, the form in which the store keeps times."""
    return lokal.astimezone().astimezone(timezone.utc).replace(tzinfo=None)


def lese_tag(text: str, option: str) -> date:
    text = text.strip()
    for form in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ZeitraumFehler(f"{option} erwartet ein Datum JJJJ-MM-TT oder TT.MM.JJJJ, nicht '{text}'.")


def zeitraum(von: str | None, bis: str | None, tage: int | None, heute: date) -> Zeitraum:
    if tage is not None and (von or bis):
        raise ZeitraumFehler("Entweder --tage oder --von/--bis angeben, nicht beides.")
    if tage is not None:
        if tage < 1:
            raise ZeitraumFehler(f"--tage muss mindestens 1 sein, nicht {tage}.")
        return Zeitraum(heute - timedelta(days=tage - 1), heute)
    ende = lese_tag(bis, "--bis") if bis else heute
    anfang = lese_tag(von, "--von") if von else ende - timedelta(days=STANDARD_TAGE - 1)
    if anfang > ende:
        raise ZeitraumFehler(f"--von ({anfang.strftime('%d.%m.%Y')}) liegt nach --bis ({ende.strftime('%d.%m.%Y')}).")
    return Zeitraum(anfang, ende)


def lese_frist(text: str, quelle: str = "--older-than") -> timedelta:
    """Retention period: "90d" (days) or "12w" (weeks), at least one day."""
    treffer = _FRIST.match(text or "")
    if not treffer:
        raise ZeitraumFehler(f"{quelle}: ungültiger Zeitraum '{text}' – erwartet z. B. 90d (Tage) oder 12w (Wochen).")
    anzahl, einheit = int(treffer.group(1)), treffer.group(2).lower()
    frist = timedelta(days=anzahl * (7 if einheit == "w" else 1))
    if frist < timedelta(days=1):
        raise ZeitraumFehler(f"{quelle}: der Zeitraum muss mindestens 1d sein, nicht '{text}'.")
    return frist
