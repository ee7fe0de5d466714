"""German dates, durations, ages and section numbers from free text.

Dates: "15.08.2026", "15.8.26", "15.08." (next such day from today), "3. Juli 2026", "3. Juli",
"2026-08-15", "heute", "gestern", "morgen". Spoken dates from dictation, day and month as ordinal words:
"zweiten Juli zweitausendsechsundzwanzig", "erster neunter" (01.09.), "dritter des neunten", "einunddreißigster
Oktober 2026". Days named relative to today: "letzten Dienstag", "nächsten Donnerstag", "vorgestern", "am letzten
Julitag". Durations relative to today: "in 6 Wochen",
"in drei Monaten", "in 10 Tagen". Every result keeps its position in the text, so callers can tell
which date belongs to which word ("erstellt am …", "Zusage zum …").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.rules.fristen import plus_monate

MONATE = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3, "april": 4,
    "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}
ZAHLWOERTER = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12,
    "vierzehn": 14, "zwanzig": 20, "dreißig": 30,
}
_ZAHL = r"(\d{1,3}|" + "|".join(sorted(ZAHLWOERTER, key=len, reverse=True)) + r")"
_MONATSNAME = "|".join(sorted(MONATE, key=len, reverse=True))

_EINER = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8,
          "neun": 9}
_ZEHNER = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50, "sechzig": 60,
           "siebzig": 70, "achtzig": 80, "neunzig": 90}
_BIS_NEUNZEHN = {"eins": 1, **{wort: wert for wort, wert in _EINER.items() if wort != "ein"}, "zehn": 10, "elf": 11,
                 "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "fuenfzehn": 15,
                 "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
# Stems of the ordinals 1–31; spoken they carry a case ending: "erst-er", "zweit-en", "einunddreißigst-e".
ORDNUNGSZAHLEN = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "fuenft": 5, "sechst": 6, "siebt": 7, "siebent": 7,
    "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "zwoelft": 12, "dreizehnt": 13, "vierzehnt": 14,
    "fünfzehnt": 15, "fuenfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19,
    "zwanzigst": 20, "dreißigst": 30, "dreissigst": 30,
    **{f"{einer}undzwanzigst": 20 + wert for einer, wert in _EINER.items()},
    "einunddreißigst": 31, "einunddreissigst": 31,
}
_ORDINAL = "|".join(sorted(ORDNUNGSZAHLEN, key=len, reverse=True))
_ORDINAL_MONAT = "|".join(sorted((stamm for stamm, wert in ORDNUNGSZAHLEN.items() if wert <= 12), key=len,
                                 reverse=True))
_ENDUNG = r"e[mnrs]?(?![\w-])"
_JAHR_WORT = (r"zweitausend(?:[\s-]?(?:(?:" + "|".join(sorted(_EINER, key=len, reverse=True)) + r")und(?:"
              + "|".join(sorted(_ZEHNER, key=len, reverse=True)) + r")|"
              + "|".join(sorted([*_ZEHNER, *_BIS_NEUNZEHN], key=len, reverse=True)) + r"))?")

_NUMERISCH = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(\s?(\d{4}|\d{2}))?(?![\d])")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TEXTMONAT = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s*({_MONATSNAME})\.?(\s+(\d{{4}}))?(?![a-zäöü])", re.I)
# "zweiten Juli zweitausendsechsundzwanzig", "erster neunter", "dritter des neunten 2026"
_GESPROCHEN = re.compile(rf"\b({_ORDINAL}){_ENDUNG}\s+"
                         rf"(?:({_MONATSNAME})(?![\w-])|(?:(?:des|im)\s+)?({_ORDINAL_MONAT}){_ENDUNG})"
                         rf"(?:\s+(\d{{4}}|{_JAHR_WORT})(?![\w-]))?", re.I)
# Without a year, a second ordinal may count something else: "im neunten Monat", and dictation drops the commas of
# "beim ersten, zweiten und dritten Termin".
_ZAEHLT_WEITER = re.compile(rf"\s+(?:mal|monat|woche|tag|jahr|quartal|halbjahr|(?:und|oder)\s+(?:{_ORDINAL}){_ENDUNG}"
                            rf"(?!\s+(?:(?:{_ORDINAL_MONAT}){_ENDUNG}|(?:{_MONATSNAME})(?![\w-]))))", re.I)
_RELATIV = re.compile(r"\b(heute|vorgestern|gestern|morgen|übermorgen)\b", re.I)
WOCHENTAGE = {"montag": 0, "mo": 0, "dienstag": 1, "di": 1, "mittwoch": 2, "mi": 2, "donnerstag": 3, "do": 3,
              "freitag": 4, "fr": 4, "samstag": 5, "sonnabend": 5, "sa": 5, "sonntag": 6, "so": 6}
_WOCHENTAG = r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|(?:mo|di|mi|do|fr|sa|so)\.)"
# "letzten Dienstag", "nächsten Mi.", "Donnerstag letzter Woche", "letzte Woche Freitag"
_WOCHENTAG_RELATIV = re.compile(rf"\b(?:(?P<richtung>letzte[nr]?|vergangene[nr]?|vorige[nr]?|nächste[nr]?|kommende[nr]?)\s+{_WOCHENTAG}(?!\s+(?:im|des)\s+monat)"
                                rf"|(?P<tag2>{_WOCHENTAG[1:-1]})\s+(?P<woche2>letzter|vergangener|voriger|nächster|kommender)\s+woche\b"
                                rf"|(?P<woche3>letzte|vergangene|vorige|nächste|kommende)\s+woche\s+(?P<tag3>{_WOCHENTAG[1:-1]}))", re.I)
# "Anfang September", "Mitte Januar", "Ende Mai 2027": a part of a month, days 1–10, 11–20, 21–last
_MONATSTEIL = re.compile(rf"\b(anfang|mitte|ende)\s+({_MONATSNAME})\b\.?(\s+(\d{{4}}))?", re.I)
_TEILE = {"anfang": (1, 10), "mitte": (11, 20), "ende": (21, 31)}
# "am letzten Julitag", "letzter Tag im August"
_MONATSLETZTER = re.compile(rf"\bletzte[nmr]?\s+(?:({_MONATSNAME})-?tag\b|tag\s+(?:im|des)\s+({_MONATSNAME})\b)", re.I)
_DAUER = re.compile(rf"\b(?:in|innerhalb\s+(?:von|der\s+nächsten)?|nach|binnen)\s+{_ZAHL}\s+"
                    r"(tag(?:en|e)?|woche(?:n)?|wo(?=\.)|monat(?:en|e)?)\b", re.I)
_ALTER = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:-\s*)?(?:jahre?\b|jährig\w*|j\.(?=[\s,)\]]|$)|jahren\b|yo\b)", re.I)
_IST_ALTER = re.compile(r"\b(?:ist|sie|er|kunde|kundin|elb)\s+(?:erst\s+|gerade\s+|noch\s+)?(\d{1,2})\b(?![.\d])", re.I)
# "Jonas (17)", "Frau K. (36)": a number in brackets right after a name
_KLAMMER_ALTER = re.compile(r"[A-Za-zÄÖÜäöüß.]\s*\((\d{2})\)")
# "Tim, 17, hat …", "Frau K., 52, pflegt …", "kundin, 31, …": a number between commas right after a name
_KOMMA_ALTER = re.compile(r"(?:\b[A-ZÄÖÜ][\wäöüß]*\.?|\b(?:kunde|kundin|elb|sohn|tochter))\s*,\s*(\d{2})\s*,", re.I)
_MIT_WORT = re.compile(r"\b(?:pkt|punkt|ziffer|ziff|abschnitt|nr|nummer|kapitel|kap)\.?\s*(\d(?:\.\d){0,2})(?![\d])", re.I)
_GEPUNKTET = re.compile(r"(?<![\d.])(\d\.\d(?:\.\d)?)(?![\d]|\.\d)")
_NUR_ZAHL = re.compile(r"^\d(?:\.\d){0,2}\.?$")


@dataclass(frozen=True)
class Fund:
    wert: date
    start: int
    ende: int
    art: str  # "datum" | "relativ" | "dauer" | "zeitraum"
    bis: date | None = None  # a "zeitraum" ("Mitte Januar") runs from `wert` to `bis`
    text: str = ""


def _jahr(roh: str | None, tag: int, monat: int, heute: date) -> int | None:
    if roh:
        jahr = int(roh)
        return jahr + 2000 if jahr < 100 else jahr
    try:
        kandidat = date(heute.year, monat, tag)
    except ValueError:
        return None
    return heute.year if kandidat >= heute - timedelta(days=183) else heute.year + 1


def _baue(jahr: int | None, monat: int, tag: int) -> date | None:
    if jahr is None:
        return None
    try:
        return date(jahr, monat, tag)
    except ValueError:
        return None


def _zahl(roh: str) -> int:
    return int(roh) if roh.isdigit() else ZAHLWOERTER[roh.lower()]


def _gesprochenes_jahr(roh: str) -> str:
    """The year as digits: "zweitausendsechsundzwanzig" -> "2026"; "2026" stays."""
    if roh.isdigit():
        return roh
    rest = re.sub(r"[\s-]", "", roh.lower()).removeprefix("zweitausend")
    einer, _, zehner = rest.rpartition("und")
    if zehner in _ZEHNER:
        return str(2000 + _EINER.get(einer, 0) + _ZEHNER[zehner])
    return str(2000 + _BIS_NEUNZEHN.get(rest, 0))


def _wochentag(m: re.Match, heute: date) -> date:
    """The weekday named: "letzten Dienstag" the last one before today, "nächsten Dienstag" the next one after today;
    "Dienstag letzter Woche" the one in the calendar week before this one."""
    if m.group("richtung"):
        tag = WOCHENTAGE[m.group(2).lower().rstrip(".")]
        if m.group("richtung").lower().startswith(("nächst", "kommend")):
            return heute + timedelta(days=(tag - heute.weekday() - 1) % 7 + 1)
        return heute - timedelta(days=(heute.weekday() - tag - 1) % 7 + 1)
    tag = WOCHENTAGE[(m.group("tag2") or m.group("tag3")).lower().rstrip(".")]
    woche = (m.group("woche2") or m.group("woche3")).lower()
    montag = heute - timedelta(days=heute.weekday()) + timedelta(weeks=1 if woche.startswith(("nächst", "kommend")) else -1)
    return montag + timedelta(days=tag)


def finde_daten(text: str, heute: date) -> list[Fund]:
    """All dates in the text, in order of appearance. Impossible dates (31.02.) are skipped."""
    funde: list[Fund] = []
    belegt: list[range] = []

    def neu(start: int, ende: int) -> bool:
        return not any(start in bereich or ende - 1 in bereich for bereich in belegt)

    for m in _ISO.finditer(text):
        wert = _baue(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if wert:
            funde.append(Fund(wert, m.start(), m.end(), "datum"))
        belegt.append(range(m.start(), m.end()))
    for m in _NUMERISCH.finditer(text):
        if not neu(m.start(), m.end()):
            continue
        tag, monat = int(m.group(1)), int(m.group(2))
        if not (1 <= monat <= 12):
            continue
        wert = _baue(_jahr(m.group(4), tag, monat, heute), monat, tag)
        if wert:
            funde.append(Fund(wert, m.start(), m.end(), "datum"))
            belegt.append(range(m.start(), m.end()))
    for m in _TEXTMONAT.finditer(text):
        if not neu(m.start(), m.end()):
            continue
        tag, monat = int(m.group(1)), MONATE[m.group(2).lower()]
        wert = _baue(_jahr(m.group(4), tag, monat, heute), monat, tag)
        if wert:
            funde.append(Fund(wert, m.start(), m.end(), "datum"))
            belegt.append(range(m.start(), m.end()))
    for m in _GESPROCHEN.finditer(text):
        if not neu(m.start(), m.end()):
            continue
        if m.group(3) and not m.group(4) and _ZAEHLT_WEITER.match(text, m.end()):
            continue
        tag = ORDNUNGSZAHLEN[m.group(1).lower()]
        monat = MONATE[m.group(2).lower()] if m.group(2) else ORDNUNGSZAHLEN[m.group(3).lower()]
        roh_jahr = _gesprochenes_jahr(m.group(4)) if m.group(4) else None
        wert = _baue(_jahr(roh_jahr, tag, monat, heute), monat, tag)
        if wert:
            funde.append(Fund(wert, m.start(), m.end(), "datum"))
            belegt.append(range(m.start(), m.end()))
    for m in _WOCHENTAG_RELATIV.finditer(text):
        if neu(m.start(), m.end()):
            funde.append(Fund(_wochentag(m, heute), m.start(), m.end(), "datum"))
            belegt.append(range(m.start(), m.end()))
    for m in _MONATSTEIL.finditer(text):
        monat = MONATE[m.group(2).lower()]
        von, bis = _TEILE[m.group(1).lower()]
        jahr = _jahr(m.group(4), 15, monat, heute)
        letzter = calendar.monthrange(jahr, monat)[1] if jahr else 31
        anfang, ende = _baue(jahr, monat, von), _baue(jahr, monat, min(bis, letzter))
        if anfang and ende and neu(m.start(), m.end()):
            funde.append(Fund(anfang, m.start(), m.end(), "zeitraum", ende, m.group(0).strip()))
            belegt.append(range(m.start(), m.end()))
    for m in _MONATSLETZTER.finditer(text):
        monat = MONATE[(m.group(1) or m.group(2)).lower()]
        letzter = calendar.monthrange(heute.year, monat)[1]
        wert = _baue(_jahr(None, letzter, monat, heute), monat, letzter)
        if wert and neu(m.start(), m.end()):
            funde.append(Fund(wert, m.start(), m.end(), "datum"))
            belegt.append(range(m.start(), m.end()))
    for m in _RELATIV.finditer(text):
        if re.match(r"\s*(ist|war)?\s*(der|den)?\s*\d|\s*,\s*(am|also|dem|den|der)?\s*\d", text[m.end():]):
            continue  # "heute ist der 15.09.2026", "heute, am 29.11.2026": the explicit date counts
        versatz = {"heute": 0, "vorgestern": -2, "gestern": -1, "morgen": 1, "übermorgen": 2}[m.group(1).lower()]
        funde.append(Fund(heute + timedelta(days=versatz), m.start(), m.end(), "relativ"))
    for m in _DAUER.finditer(text):
        anzahl, einheit = _zahl(m.group(1)), m.group(2).lower()
        if einheit.startswith("tag"):
            wert = heute + timedelta(days=anzahl)
        elif einheit.startswith("wo"):
            wert = heute + timedelta(weeks=anzahl)
        else:
            wert = plus_monate(heute, anzahl)
        funde.append(Fund(wert, m.start(), m.end(), "dauer"))
    return sorted(funde, key=lambda f: f.start)


# "Kunde wird am 15.12.2026 18 Jahre alt": until that birthday he is 17
# "eLb wird erst im März 18, …": a birthday still to come, named without "Jahre"
_WIRD_ALT = re.compile(r"\bwird\b[^?!]{0,30}?\b(1[0-9]|[2-9][0-9])\s*(jahre\b|jahr\b|j\.)|"
                       r"\bwird (erst |noch )?(im|in|am|zum|nächste\w*|kommende\w*|ende|anfang|mitte) (?!(?:[^?!,.\d]*)\b(raum|zimmer|stock|etage|haus|gebäude|"
                       r"nr|nummer|kw|kalenderwoche|tag|tagen|wochen|monaten)\b)[^?!,.\d]{0,25}\b(?P<zahl>1[4-9]|2[0-7])"
                       r"(?=\s*[,;.!?–-]|\s+(und|aber|hat|ist|war)\b|\s*$)", re.I)


def finde_alter(text: str) -> int | None:
    wird = _WIRD_ALT.search(text)
    if wird:
        return int(wird.group(1) or wird.group("zahl")) - 1
    for muster in (_ALTER, _IST_ALTER, _KLAMMER_ALTER, _KOMMA_ALTER):
        m = muster.search(text)
        if m and 10 <= int(m.group(1)) <= 99:
            return int(m.group(1))
    return None


def finde_abschnitte(text: str, bekannt: set[str]) -> list[str]:
    """Section numbers of the Weisung named in the text ("Pkt. 6.2", "Punkt 4.2.1", "Ziffer 9", "zu 6.2.1")."""
    gefunden: list[str] = []
    kandidaten = [m.group(1) for m in _MIT_WORT.finditer(text)] + [m.group(1) for m in _GEPUNKTET.finditer(text)]
    if _NUR_ZAHL.match(text.strip()):
        kandidaten.append(text.strip().rstrip("."))
    for nummer in sorted(kandidaten, key=lambda n: text.find(n)):
        if nummer in bekannt and nummer not in gefunden:
            gefunden.append(nummer)
    return gefunden
