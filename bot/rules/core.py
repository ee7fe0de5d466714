"""The rules engine: facts, three-valued logic, decisions with modality, trace and validity.

A rule is data (id, question, sections, norms, validity, facts) plus a small function that reads facts
through a `Kontext` and returns an `Entscheidung`. A fact that was not given is *unknown* (None),
never defaulted: the function combines facts with Kleene's three-valued logic and, when an unknown fact
could still change the outcome, returns an open decision (`Antwort.BEDINGT`) naming the missing facts
in the order they should be asked.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, Callable, Iterable

GUELTIG_AB = date(2026, 7, 1)


class Modalitaet(str, Enum):
    """How binding a result is, in the Weisung's own strength."""

    MUSS = "muss"  # "ist zu / sind zu", mandatory
    SOLL = "soll"  # the rule, atypical exceptions only
    KANN = "kann"  # discretion of the IFK
    NICHT_ERFORDERLICH = "nicht erforderlich"
    AUSGENOMMEN = "ausgenommen"  # an exception of the Weisung applies
    NICHT_VORGESEHEN = "nicht vorgesehen"  # the Weisung's conditions for this step are not met
    FESTSTELLUNG = "feststellung"  # the Weisung states a fact (e.g. "Der KP ist kein Vertrag.")
    OFFEN = "offen"  # depends on a missing fact, or the Weisung does not apply yet


class Antwort(str, Enum):
    """The answer to the rule's question (`Regel.frage`)."""

    JA = "ja"
    NEIN = "nein"
    BEDINGT = "bedingt"
    INFO = "info"  # a statement or a date, not a yes/no answer


class UngueltigerWert(ValueError):
    """A fact value that cannot be read (wrong type, unknown option)."""


@dataclass(frozen=True)
class Fakt:
    """A fact a rule may need, with the German question to ask when it is missing."""

    name: str
    typ: str  # "bool" | "datum" | "zahl" | "auswahl"
    frage: str
    beschreibung: str
    auswahl: tuple[tuple[str, str], ...] = ()  # (value, label) for typ "auswahl"
    antworten: tuple[tuple[str, str], ...] = ()  # button labels for typ "bool": (("ja", "…"), ("nein", "…"))

    def optionen(self) -> list[tuple[str, str]]:
        """Values and labels a caseworker can pick from (buttons)."""
        if self.typ == "auswahl":
            return list(self.auswahl)
        if self.typ == "bool":
            return list(self.antworten) or [("ja", "Ja"), ("nein", "Nein")]
        return []

    def label(self, wert: Any) -> str:
        if wert is None:
            return "unbekannt"
        if self.typ == "bool":
            return "ja" if wert else "nein"
        if self.typ == "datum":
            return wert.strftime("%d.%m.%Y")
        if self.typ == "auswahl":
            return dict(self.auswahl).get(wert, str(wert))
        return str(wert)

    def lese(self, roh: Any) -> Any:
        """Reads a raw value (CLI string, slot value, JSON) into the fact's type."""
        if roh is None:
            return None
        if self.typ == "bool":
            if isinstance(roh, bool):
                return roh
            text = str(roh).strip().lower()
            if text in {"ja", "j", "true", "wahr", "1", "yes", "y"}:
                return True
            if text in {"nein", "n", "false", "falsch", "0", "no"}:
                return False
            raise UngueltigerWert(f"{self.name}: '{roh}' ist kein Ja/Nein-Wert (erwartet: ja oder nein).")
        if self.typ == "datum":
            return lese_datum(roh, self.name)
        if self.typ == "zahl":
            try:
                zahl = int(str(roh).strip())
            except ValueError:
                raise UngueltigerWert(f"{self.name}: '{roh}' ist keine ganze Zahl.") from None
            if not 0 <= zahl <= 130:
                raise UngueltigerWert(f"{self.name}: {zahl} liegt außerhalb des plausiblen Bereichs 0–130.")
            return zahl
        if self.typ == "auswahl":
            werte = [wert for wert, _ in self.auswahl]
            if str(roh) not in werte:
                raise UngueltigerWert(f"{self.name}: '{roh}' ist keine der Möglichkeiten {', '.join(werte)}.")
            return str(roh)
        raise UngueltigerWert(f"{self.name}: unbekannter Typ {self.typ}")


def lese_datum(roh: Any, name: str = "datum") -> date:
    if isinstance(roh, date):
        return roh
    text = str(roh).strip()
    try:
        if "." in text:
            tag, monat, jahr = (int(teil) for teil in text.split("."))
            return date(jahr, monat, tag)
        return date.fromisoformat(text)
    except (ValueError, TypeError):
        raise UngueltigerWert(f"{name}: '{roh}' ist kein gültiges Datum (JJJJ-MM-TT oder TT.MM.JJJJ).") from None


# --- Kleene's three-valued logic: True, False, None (unknown) -------------------------------------

def und(*werte: bool | None) -> bool | None:
    if any(wert is False for wert in werte):
        return False
    if all(wert is True for wert in werte):
        return True
    return None


def oder(*werte: bool | None) -> bool | None:
    if any(wert is True for wert in werte):
        return True
    if all(wert is False for wert in werte):
        return False
    return None


def nicht(wert: bool | None) -> bool | None:
    return None if wert is None else not wert


# --- decisions ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Schritt:
    """One step of the reasoning, for "Warum?"."""

    text: str
    abschnitt: str | None = None


@dataclass
class Entscheidung:
    regel_id: str
    frage: str
    antwort: Antwort
    modalitaet: Modalitaet
    ergebnis: str  # machine-readable outcome key, stable for tests and logs
    kurz: str  # the verdict sentence, German, verdict first
    erlaeuterung: list[str]
    abschnitte: list[str]
    normen: list[str]
    stichtag: date
    verwendete_fakten: dict[str, Any] = field(default_factory=dict)
    fehlende_fakten: list[Fakt] = field(default_factory=list)
    spur: list[Schritt] = field(default_factory=list)
    wert: date | None = None
    anwendbar: bool = True

    @property
    def quelle(self) -> str:
        teile = ["Weisung Pkt. " + ", ".join(self.abschnitte)] if self.abschnitte else []
        return "; ".join(teile + self.normen)

    def als_dict(self) -> dict[str, Any]:
        return {
            "regel": self.regel_id,
            "frage": self.frage,
            "antwort": self.antwort.value,
            "modalitaet": self.modalitaet.value,
            "ergebnis": self.ergebnis,
            "kurz": self.kurz,
            "erlaeuterung": list(self.erlaeuterung),
            "abschnitte": list(self.abschnitte),
            "normen": list(self.normen),
            "quelle": self.quelle,
            "stichtag": self.stichtag.isoformat(),
            "wert": self.wert.isoformat() if self.wert else None,
            "anwendbar": self.anwendbar,
            "fakten_verwendet": {name: _json_wert(wert) for name, wert in self.verwendete_fakten.items()},
            "fakten_fehlend": [{"name": f.name, "frage": f.frage, "optionen": [
                {"wert": wert, "label": label} for wert, label in f.optionen()]} for f in self.fehlende_fakten],
            "spur": [{"text": s.text, "abschnitt": s.abschnitt} for s in self.spur],
        }


def _json_wert(wert: Any) -> Any:
    return wert.isoformat() if isinstance(wert, date) else wert


class Kontext:
    """What a rule function sees: facts (recorded when read), the reference date and the trace."""

    def __init__(self, regel: "Regel", fakten: dict[str, Any], stichtag: date, katalog: dict[str, Fakt]):
        self.regel = regel
        self.stichtag = stichtag
        self._fakten = fakten
        self._katalog = katalog
        self.verwendet: dict[str, Any] = {}
        self.unbekannt: list[str] = []
        self.spur: list[Schritt] = []

    def _deklariert(self, name: str) -> None:
        if name not in self.regel.fakten:
            raise KeyError(f"Regel {self.regel.id} liest Fakt '{name}', ohne ihn zu deklarieren")

    def fakt(self, name: str) -> Any:
        self._deklariert(name)
        wert = self._fakten.get(name)
        if wert is None:
            wert = self._ableiten(name)
        fakt = self._katalog[name]
        if wert is None:
            if name not in self.unbekannt:
                self.unbekannt.append(name)
        elif name not in self.verwendet:
            self.verwendet[name] = wert
            self.spur.append(Schritt(f"{fakt.beschreibung}: {fakt.label(wert)}"))
        return wert

    def falls_bekannt(self, name: str) -> Any:
        """A fact that only adds a hint to the answer: read when known, never asked for when missing."""
        self._deklariert(name)
        return None if self._fakten.get(name) is None else self.fakt(name)

    def _ableiten(self, name: str) -> Any:
        ableitung = ABLEITUNGEN.get(name)
        if not ableitung:
            return None
        quelle, funktion, erklaerung = ableitung
        roh = self._fakten.get(quelle)
        if roh is None:
            return None
        wert = funktion(roh)
        if wert is None:
            return None
        self.verwendet.setdefault(quelle, roh)
        self.spur.append(Schritt(erklaerung.format(roh)))
        return wert

    def schritt(self, text: str, abschnitt: str | None = None) -> None:
        self.spur.append(Schritt(text, abschnitt))

    def entscheidung(self, antwort: Antwort, modalitaet: Modalitaet, ergebnis: str, kurz: str,
                     erlaeuterung: Iterable[str] = (), abschnitte: Iterable[str] | None = None,
                     normen: Iterable[str] | None = None, wert: date | None = None) -> Entscheidung:
        return Entscheidung(
            regel_id=self.regel.id, frage=self.regel.frage, antwort=antwort, modalitaet=modalitaet,
            ergebnis=ergebnis, kurz=kurz, erlaeuterung=list(erlaeuterung),
            abschnitte=list(abschnitte if abschnitte is not None else self.regel.abschnitte),
            normen=list(normen if normen is not None else self.regel.normen),
            stichtag=self.stichtag, verwendete_fakten=dict(self.verwendet), spur=list(self.spur), wert=wert)

    def offen(self, kurz: str, erlaeuterung: Iterable[str] = (), ergebnis: str = "offen",
              abschnitte: Iterable[str] | None = None, normen: Iterable[str] | None = None,
              antwort: Antwort = Antwort.BEDINGT, modalitaet: Modalitaet = Modalitaet.OFFEN) -> Entscheidung:
        """An answer that depends on facts still unknown; `kurz` states the conditional answer.

        `antwort`/`modalitaet` may state what holds in every case (e.g. "kann, nur im Einzelfall")."""
        if not self.unbekannt:
            raise RuntimeError(f"Regel {self.regel.id}: offen ohne unbekannten Fakt")
        entscheidung = self.entscheidung(antwort, modalitaet, ergebnis, kurz, erlaeuterung, abschnitte, normen)
        entscheidung.fehlende_fakten = [self._katalog[name] for name in self.unbekannt]
        return entscheidung


@dataclass(frozen=True)
class Regel:
    id: str
    frage: str
    abschnitte: tuple[str, ...]
    normen: tuple[str, ...]
    fakten: tuple[str, ...]
    funktion: Callable[[Kontext], Entscheidung]
    gueltig_ab: date = GUELTIG_AB
    ohne_norm: str | None = None  # why no norm is named, where the Weisung names none
    thema: str = ""
    # facts of an exception the Weisung leaves to the single case ("kann im Einzelfall … abgesehen werden"): when
    # unknown, the rule may give the regular verdict and state the exception, instead of asking every time
    einzelfall_ausnahmen: tuple[str, ...] = ()

    def als_dict(self, katalog: dict[str, Fakt]) -> dict[str, Any]:
        return {
            "id": self.id,
            "frage": self.frage,
            "thema": self.thema,
            "sections": list(self.abschnitte),
            "norms": list(self.normen),
            "ohne_norm": self.ohne_norm,
            "valid_from": self.gueltig_ab.isoformat(),
            "facts": [{"name": name, "typ": katalog[name].typ, "frage": katalog[name].frage,
                       "optionen": [wert for wert, _ in katalog[name].optionen()]} for name in self.fakten],
        }


# Derived facts: name -> (source fact, function, trace text). Kept tiny and legal-textbook plain.
ABLEITUNGEN: dict[str, tuple[str, Callable[[Any], Any], str]] = {
    "minderjaehrig": ("alter", lambda alter: alter < 18, "Alter {} Jahre → Volljährigkeit ab 18 (§ 2 BGB)"),
    # Pkt. 9.3: "nicht zu erwarten, dass der Leistungsbezug … verringert … werden kann, d. h. ALLE Möglichkeiten sind
    # ausgeschöpft. Es bestehen aktuell keine weiteren Handlungsbedarfe."
    "konkrete_schritte": ("verringerung_erwartet", lambda erwartet: False if erwartet is False else None,
                          "Keine Verringerung in den nächsten sechs Monaten zu erwarten – d. h. alle Möglichkeiten "
                          "ausgeschöpft, keine weiteren Handlungsbedarfe (Pkt. 9.3) → keine laufenden Schritte"),
}
