"""The Weisung "Abschluss eines Kooperationsplans (KP)" as data: numbered sections and glossary."""
from __future__ import annotations

from functools import lru_cache

from bot.weisung.parser import QUELLE, Abschnitt, parse

ERWARTETE_ABSCHNITTE = (
    "1", "2", "3", "4", "4.1", "4.2", "4.2.1", "4.3", "5", "5.1", "5.2", "5.3",
    "6", "6.1", "6.2", "6.2.1", "6.3", "6.4", "7", "8", "8.1", "8.2", "8.2.1", "8.2.2", "8.3",
    "9", "9.1", "9.2", "9.3",
)
TITEL = 'Weisung "Abschluss eines Kooperationsplans (KP)"'

# Known faults of the text (DOMAIN.md), shown below a literal quote of the section; the quote stays as written.
HINWEISE_ZUM_TEXT = {
    "4.1": "Hinweis: Der Verweis „siehe hierzu Pkt. 8“ ist ein Fehler im Text – die Ausnahmen vom KP stehen in "
           "Pkt. 9 (9.1 Einstellungszusage, 9.2 § 10-Kennung, 9.3 Profillage I).",
}


@lru_cache(maxsize=1)
def abschnitte() -> dict[str, Abschnitt]:
    return parse(QUELLE.read_text(encoding="utf-8"))


def abschnitt(nummer: str) -> Abschnitt | None:
    return abschnitte().get(nummer.strip().rstrip("."))


__all__ = ["Abschnitt", "ERWARTETE_ABSCHNITTE", "HINWEISE_ZUM_TEXT", "TITEL", "abschnitt", "abschnitte"]
