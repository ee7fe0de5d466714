"""Redaction of client identifiers in free text – applied before anything a user typed is stored or logged.

Replaced by a bracketed label: e-mail addresses, IBANs, BG-Nummern ("12345BG1234567"), Kundennummern
("123A456789"), Rentenversicherungsnummern, numbers after words such as "Kundennummer" or "Telefon",
phone numbers, dates of birth ("geb. 01.02.1990", "geboren am …", "Geburtsdatum", "*01.02.1990"),
birth names ("geb. Meier"), names after Herr/Frau, street addresses with house number, long digit runs.

Dates that are facts of the question ("Der KP wurde am 15.08.2026 erstellt") are kept: only a date
introduced as a date of birth is removed. Section numbers (Pkt. 4.2.1), paragraphs (§ 15a Abs. 1 SGB II),
ages ("17 Jahre") and durations ("in 6 Wochen") are kept too – the assistant's facts depend on them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Callable, Iterable

from bot.nlp.datum import MONATE

_MONAT = "|".join(sorted(MONATE, key=len, reverse=True))
_DATUM = (rf"(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:\d{{4}}|\d{{2}})(?!\d)"
          rf"|\d{{1,2}}\.?\s*(?:{_MONAT})\.?\s+\d{{4}}"
          rf"|\d{{4}}-\d{{2}}-\d{{2}}"
          rf"|(?:19|20)\d{{2}}(?![\d.]))")
_GROSS = r"(?![a-zäöüß])[^\W\d_]"  # a letter that is not lower case: start of a name
_NAME = rf"{_GROSS}[^\W\d_]*(?:['’-][^\W\d_]+)*"
_NAMENSZUSATZ = r"(?:(?:von\s+der|van\s+der|von\s+dem|von|van|de|ter|ten)\s+(?=[A-ZÄÖÜ]))?"
_TITEL = r"(?:(?:Dr|Prof|Dipl\.-\w+|med|rer|nat)\.\s*)*"
# Lower-case words that follow "frau"/"herr" in ordinary sentences, so they are not taken for a name.
_KEIN_NAME = {
    "ist", "hat", "war", "wird", "wurde", "kann", "muss", "soll", "darf", "will", "möchte", "hatte", "kam", "kommt",
    "braucht", "bekommt", "erhält", "erschien", "erscheint", "lebt", "wohnt", "arbeitet", "sagt", "meint", "und",
    "oder", "aber", "sowie", "bzw", "die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "mit", "ohne", "von", "zu", "zum", "zur", "im", "in", "an", "am", "auf", "aus", "bei", "für", "nach", "über",
    "unter", "vor", "seit", "bis", "sich", "sie", "er", "es", "ihr", "ihre", "ihren", "ihrem", "sein", "seine",
    "nicht", "nie", "auch", "noch", "schon", "jetzt", "heute", "morgen", "gestern", "erst", "nur", "sehr", "so",
    "als", "wie", "wenn", "weil", "dass", "ob", "doch", "denn", "also", "dann", "da", "hier", "dort", "selbst",
}


@dataclass(frozen=True)
class Muster:
    name: str
    regex: re.Pattern[str]
    ersetze: Callable[[re.Match[str]], str]


def _label(label: str) -> Callable[[re.Match[str]], str]:
    return lambda _: label


def _gruppe(nummer: int, label: str) -> Callable[[re.Match[str]], str]:
    """Keeps the match except group `nummer`, which becomes the label ("Tel. 0911 …" → "Tel. [Telefon]")."""
    def ersetze(treffer: re.Match[str]) -> str:
        start, ende = treffer.span(nummer)
        anfang = treffer.start()
        return treffer.group(0)[:start - anfang] + label + treffer.group(0)[ende - anfang:]
    return ersetze


def _wenn_ziffern(mindestens: int, label: str) -> Callable[[re.Match[str]], str]:
    def ersetze(treffer: re.Match[str]) -> str:
        ziffern = sum(z.isdigit() for z in treffer.group(0))
        return label if ziffern >= mindestens else treffer.group(0)
    return ersetze


_DATUMSFORM = re.compile(r"^\(?\d{1,2}[-/]\d{1,2}[-/](?:\d{4}|\d{2})\)?$")


def _telefon(treffer: re.Match[str]) -> str:
    nummer = treffer.group(0)
    if _DATUMSFORM.match(nummer.strip()) or sum(z.isdigit() for z in nummer) < 6:
        return nummer
    return "[Telefon]"


def _name(treffer: re.Match[str]) -> str:
    if treffer.group("wort").lower() in _KEIN_NAME:
        return treffer.group(0)
    return treffer.group("titel") + "[Name]"


def _kennung(treffer: re.Match[str]) -> str:
    wort = treffer.group("wort").lower()
    label = "[Kundennummer]" if wort.startswith(("kunde", "kd")) else (
        "[BG-Nummer]" if wort.startswith(("bg", "bedarfs")) else "[Kennung]")
    return _gruppe(3, label)(treffer)


_I = re.IGNORECASE
MUSTER: list[Muster] = [
    Muster("e_mail", re.compile(r"(?<![\w.+-])[\w.+-]+\s?(?:@|\(at\)|\[at\])\s?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", _I),
           _label("[E-Mail]")),
    Muster("iban", re.compile(r"\b(?:[Dd][Ee]\s?\d{2}(?:\s?\d){18}|[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30})\b"),
           _wenn_ziffern(12, "[IBAN]")),
    Muster("bg_nummer", re.compile(r"\b\d{5}\s?BG\s?\d{7}\b", _I), _label("[BG-Nummer]")),
    Muster("kundennummer", re.compile(r"\b\d{3}[A-Z]\d{6}\b", _I), _label("[Kundennummer]")),
    Muster("versicherungsnummer", re.compile(r"\b\d{2}\s?[0-3]\d[01]\d{3}\s?[A-Z]\s?\d{3}\b", _I),
           _label("[Versicherungsnummer]")),
    Muster("kennung_nach_wort", re.compile(
        r"\b(?P<wort>Kunden-?(?:nummer|nr\.?)|Kd\.?-?Nr\.?|BG-?(?:Nummer|Nr\.?)|Bedarfsgemeinschafts-?(?:nummer|nr\.?)"
        r"|Aktenzeichen|Az\.|(?:Renten|Sozial)?versicherungs-?(?:nummer|nr\.?)|RV-?Nr\.?|SV-?(?:Nummer|Nr\.?)"
        r"|Steuer-?ID|Steuer-?Identifikationsnummer|Personalausweis(?:nummer)?|Ausweisnummer|Pass-?nummer)"
        r"(\s*(?:ist|lautet)?\s*[:#]?\s*)(\w[\w/.-]*\d[\w/-]*)", _I), _kennung),
    Muster("geburtsdatum", re.compile(
        rf"(\b(?:geb\.|geboren|Geburtsdatum|Geb\.-?Datum|Geburtstag|Jahrgang)\s*(?:am|:|ist|den)?\s*"
        rf"|(?<![\w*])\*\s?)({_DATUM})", _I), _gruppe(2, "[Geburtsdatum]")),
    Muster("geburtsdatum_nachgestellt", re.compile(
        rf"(?<![\d.])({_DATUM})(\s+(?:Geburtstag|geboren|zur\s+Welt\s+gekommen)\b)", _I),
        _gruppe(1, "[Geburtsdatum]")),
    Muster("geburtsname", re.compile(rf"(\bgeb(?:\.|oren(?:e|er)?)\s+)((?![a-zäöüß])[^\W\d_][^\W\d_-]*(?:-{_NAME})?)"),
           _gruppe(2, "[Name]")),
    Muster("telefon_nach_wort", re.compile(
        r"\b(Tel\.?|Telefon(?:nummer)?|Tel\.-?Nr\.?|Handy(?:nummer)?|Mobil(?:nummer|funknummer)?|Fax|Rufnummer"
        r"|Festnetz(?:nummer)?|erreichbar\s+unter)(\s*(?:ist|lautet)?\s*[:.]?\s*)(\+?\(?\d[\d\s/()-]{3,}\d)", _I),
        _gruppe(3, "[Telefon]")),
    Muster("telefon", re.compile(
        r"(?<![\w+.,/-])(?:(?:\+|00)\d{1,3}[\s/-]?(?:\(0\)[\s/-]?)?\d{1,5}|\(?0\d{2,5}\)?)(?:[\s/-]?\d{2,8}){1,4}"
        r"(?![\w.,]\d)"), _telefon),
    Muster("adresse", re.compile(
        r"(?:\b(?:Am|An\s+der|An\s+den|Auf\s+dem|Auf\s+der|Im|In\s+der|Zum|Zur|Alte[rs]?|Neue[rs]?"
        r"|[A-ZÄÖÜ][a-zäöüß]+(?:er|sche[rn]?))\s+)?"
        r"\b(?:[A-ZÄÖÜ][\wäöüß-]{0,40}?)?(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig"
        r"|stieg|pfad|markt|promenade|zeile|graben|wall|hof)"
        r"\s*\d{1,3}(?:\s?[a-zA-Z](?![\w]))?(?:\s?-\s?\d{1,3})?(?!\d|[.,]\d)"
        r"(?!\s*(?:Tagen?|Tage|Wochen?|Monat(?:en?)?|Jahr(?:en?)?|Std|Stunden|Uhr|Euro|EUR|€|%|Mal|Personen))"
        r"(?:\s*,?\s*\d{5}\s+[A-ZÄÖÜ][\wäöüß-]+)?"), _label("[Adresse]")),
    # "Am Anger 7, 91054 Erlangen" (no street-type word: only with a postcode after it), "in 90402 Nürnberg"
    Muster("anschrift_mit_plz", re.compile(
        r"(?:\b(?:Am|An\s+der|An\s+den|Auf\s+dem|Auf\s+der|Im|In\s+der|Zum|Zur|Unter\s+den|Hinter\s+der)\s+"
        r"[A-ZÄÖÜ][a-zäöüß-]+\s+\d{1,3}(?:\s?[a-zA-Z](?![\w]))?\s*,?\s*)?"
        r"(?<![\w.,/-])\d{5}\s+(?!(?:Euro|EUR|Stunden|Tage|Wochen|Monate|Jahre|Personen|Bewerbungen|Kunden|Fälle|Mal)\b)"
        r"[A-ZÄÖÜ][a-zäöüß]+(?:(?:\s+(?:an\s+der|am|im|bei|in\s+der|ob\s+der)\s+|-)[A-ZÄÖÜ][a-zäöüß]+)?"), _label("[Adresse]")),
    Muster("name", re.compile(
        rf"(?P<titel>\b(?i:Herrn?|Frau|Hr\.|Fr\.)\s+{_TITEL})(?:{_NAMENSZUSATZ}"
        rf"(?P<wort>{_NAME}|[a-zäöüß][\wäöüß-]+|[A-ZÄÖÜ]\.)(?:\s+(?!(?:[A-ZÄÖÜ]{{2,}}|Sie|Ihr|Ihre)\b){_NAME})?)",
        ), _name),
    Muster("ziffernfolge", re.compile(r"(?<![\w.,/-])\d{9,}(?![\w.,/])"), _label("[Nummer]")),
]


@dataclass(frozen=True)
class Fund:
    """An identifier found in a user's text, so that echoes of it elsewhere (bot texts, slots) go too."""
    label: str
    original: str


def _ersetzter_teil(vorher: str, nachher: str) -> str:
    anfang = 0
    while anfang < min(len(vorher), len(nachher)) and vorher[anfang] == nachher[anfang]:
        anfang += 1
    ende = 0
    while ende < min(len(vorher), len(nachher)) - anfang and vorher[-1 - ende] == nachher[-1 - ende]:
        ende += 1
    return vorher[anfang:len(vorher) - ende]


def _anwenden(text: str, funde: list[Fund] | None) -> str:
    for muster in MUSTER:
        def ersetze(treffer: re.Match[str], muster: Muster = muster) -> str:
            ergebnis = muster.ersetze(treffer)
            if funde is not None and ergebnis != treffer.group(0):
                original = _ersetzter_teil(treffer.group(0), ergebnis).strip()
                label = re.search(r"\[[^\]]+\]", ergebnis)
                if original and label:
                    funde.append(Fund(label.group(0), original))
            return ergebnis
        text = muster.regex.sub(ersetze, text)
    return text


def finde(text: str) -> list[Fund]:
    funde: list[Fund] = []
    if text:
        _anwenden(text, funde)
    return funde


def finde_tief(wert: Any) -> list[Fund]:
    """All identifiers in every string inside dicts and lists."""
    if isinstance(wert, str):
        return finde(wert)
    if isinstance(wert, dict):
        return [f for inhalt in wert.values() for f in finde_tief(inhalt)]
    if isinstance(wert, (list, tuple)):
        return [f for inhalt in wert for f in finde_tief(inhalt)]
    return []


@lru_cache(maxsize=1024)
def _schreibweisen(fund: Fund) -> frozenset[str]:
    """How an echo of the identifier may look: a date of birth in every date format, a name word by word."""
    formen = {fund.original}
    if fund.label == "[Geburtsdatum]":
        from bot.nlp.datum import finde_daten
        for datum in finde_daten(fund.original, date.today()):
            d = datum.wert
            formen |= {f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}", d.isoformat(),
                       f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", f"{d.day}.{d.month}.{d.year % 100:02d}"}
    if fund.label == "[Name]":
        formen |= {wort for wort in re.split(r"[\s,]+", fund.original) if len(wort) >= 3 and wort[0].isupper()}
    return frozenset(form for form in formen if len(form) >= 3)


def _echos(text: str, bekannt: Iterable[Fund]) -> str:
    for fund in bekannt:
        for form in sorted(_schreibweisen(fund), key=len, reverse=True):
            text = re.sub(rf"(?<![\w.]){re.escape(form)}(?![\w]|\.\d)", fund.label, text)
    return text


def redigiere(text: str, bekannt: Iterable[Fund] = ()) -> str:
    """The text with every client identifier replaced by its label – and every echo of the `bekannt` ones."""
    if not text:
        return text
    text = _anwenden(text, None)
    bekannt = list(bekannt)
    return _echos(text, bekannt) if bekannt else text


def redigiere_tief(wert: Any, bekannt: Iterable[Fund] = ()) -> Any:
    """Redacts every string inside dicts and lists (dict keys stay: they are field names)."""
    bekannt = list(bekannt)
    if isinstance(wert, str):
        return redigiere(wert, bekannt)
    if isinstance(wert, dict):
        return {schluessel: redigiere_tief(inhalt, bekannt) for schluessel, inhalt in wert.items()}
    if isinstance(wert, (list, tuple)):
        return [redigiere_tief(inhalt, bekannt) for inhalt in wert]
    return wert
