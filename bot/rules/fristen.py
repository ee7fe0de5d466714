"""The Weisung's periods as date functions, and the rules that answer "bis wann?".

Counting (chosen here and used everywhere):
- Month periods end on the day of the target month that has the same number as the start day; if the
  target month has no such day, on its last day (like § 188 Abs. 2 and 3 BGB):
  15.08.2026 + 6 Monate = 15.02.2027; 31.08.2026 + 6 Monate = 28.02.2027; 31.08.2027 + 6 Monate = 29.02.2028.
- "Innerhalb der nächsten 8 Wochen" (Pkt. 9.1) covers the reference day up to and including the day
  exactly 8 weeks (56 days) later: from 01.09.2026 that is up to 27.10.2026.
- "Spätestens nach sechs Monaten" (Pkt. 6.3): due on the end day computed above; overdue from the day after.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from bot.rules.core import Antwort, Kontext, Modalitaet
from bot.rules.registry import regel

SECHS_MONATE = 6
ACHT_WOCHEN = timedelta(weeks=8)


def plus_monate(start: date, monate: int) -> date:
    jahr, monat = divmod(start.month - 1 + monate, 12)
    jahr, monat = start.year + jahr, monat + 1
    return date(jahr, monat, min(start.day, calendar.monthrange(jahr, monat)[1]))


def kp_laeuft_bis(erstellt_am: date) -> date:
    """Pkt. 4.3: KP in der Regel für 6 Monate."""
    return plus_monate(erstellt_am, SECHS_MONATE)


def fortschreibung_spaetestens(erstellt_am: date) -> date:
    """Pkt. 6.3: spätestens nach sechs Monaten aktualisieren, anpassen oder fortschreiben."""
    return plus_monate(erstellt_am, SECHS_MONATE)


def ist_ueberfaellig(erstellt_am: date, stichtag: date) -> bool:
    return stichtag > fortschreibung_spaetestens(erstellt_am)


def verpflichtung_gueltig_bis(gueltig_ab: date) -> date:
    """Pkt. 8.1 / 8.2.2: Verpflichtungsbescheide i. d. R. 6 Monate."""
    return plus_monate(gueltig_ab, SECHS_MONATE)


def acht_wochen_ende(stichtag: date) -> date:
    return stichtag + ACHT_WOCHEN


def innerhalb_acht_wochen(einstellung_am: date, stichtag: date) -> bool:
    """Pkt. 9.1: Einstellung innerhalb der nächsten 8 Wochen ab dem Stichtag."""
    return stichtag <= einstellung_am <= acht_wochen_ende(stichtag)


def naechste_pruefung(letzte_pruefung: date) -> date:
    """Pkt. 9.2 / 9.3: erneute Prüfung spätestens sechs Monate nach der letzten."""
    return plus_monate(letzte_pruefung, SECHS_MONATE)


def datum(wert: date) -> str:
    return wert.strftime("%d.%m.%Y")


THEMA = "Fristen"
ZAEHLWEISE = "Gezählt: gleicher Kalendertag sechs Monate später; fehlt er, der Monatsletzte."


@regel("frist.kp_dauer", "Für welche Dauer wird der KP erstellt?", ("4.3",), fakten=("kp_erstellt_am",),
       ohne_norm="Pkt. 4.3 nennt für die Dauer keine Norm.", thema=THEMA)
def kp_dauer(k: Kontext):
    erstellt = k.fakt("kp_erstellt_am")
    k.schritt("Der KP soll in der Regel für 6 Monate erstellt werden", "4.3")
    if erstellt is None:
        return k.entscheidung(Antwort.INFO, Modalitaet.SOLL, "sechs_monate",
                              "In der Regel für 6 Monate – so soll der KP erstellt werden.",
                              ["Spätestens nach sechs Monaten soll er gemeinsam aktualisiert, angepasst oder "
                               "fortgeschrieben werden (Pkt. 6.3)."], abschnitte=("4.3", "6.3"))
    ende = kp_laeuft_bis(erstellt)
    k.schritt(f"{datum(erstellt)} + 6 Monate = {datum(ende)}", "4.3")
    return k.entscheidung(Antwort.INFO, Modalitaet.SOLL, "sechs_monate_bis",
                          f"In der Regel für 6 Monate – bei Erstellung am {datum(erstellt)} also bis {datum(ende)}.",
                          [ZAEHLWEISE, f"Spätestens dann ({datum(ende)}) soll er fortgeschrieben werden (Pkt. 6.3)."],
                          abschnitte=("4.3", "6.3"), wert=ende)


@regel("frist.kp_fortschreibung", "Bis wann ist der KP fortzuschreiben?", ("6.3", "1"), fakten=("kp_erstellt_am",),
       ohne_norm="Pkt. 6.3 nennt für die Fortschreibung keine Norm.", thema=THEMA)
def kp_fortschreibung(k: Kontext):
    erstellt = k.fakt("kp_erstellt_am")
    k.schritt("Der KP soll spätestens nach sechs Monaten aktualisiert, angepasst oder fortgeschrieben werden", "6.3")
    if erstellt is None:
        return k.offen("Spätestens nach sechs Monaten soll der KP gemeinsam aktualisiert, angepasst oder "
                       "fortgeschrieben werden – für ein Datum brauche ich das Erstellungsdatum.", modalitaet=Modalitaet.SOLL)
    faellig = fortschreibung_spaetestens(erstellt)
    k.schritt(f"{datum(erstellt)} + 6 Monate = {datum(faellig)}", "6.3")
    erlaeuterung = [f"Erstellt bzw. zuletzt fortgeschrieben am {datum(erstellt)}. {ZAEHLWEISE}",
                    "Die Fortschreibung erfolgt gemeinsam mit der eLb (Pkt. 6.3)."]
    if ist_ueberfaellig(erstellt, k.stichtag):
        tage = (k.stichtag - faellig).days
        k.schritt(f"Stichtag {datum(k.stichtag)} liegt nach {datum(faellig)} → überfällig", "6.3")
        return k.entscheidung(Antwort.INFO, Modalitaet.SOLL, "ueberfaellig",
                              f"Spätestens am {datum(faellig)} – die Fortschreibung ist seit {tage} Tag"
                              f"{'en' if tage != 1 else ''} überfällig (Stand {datum(k.stichtag)}).",
                              erlaeuterung, wert=faellig)
    return k.entscheidung(Antwort.INFO, Modalitaet.SOLL, "faellig_am",
                          f"Spätestens am {datum(faellig)} soll der KP fortgeschrieben werden.",
                          erlaeuterung, wert=faellig)


@regel("frist.vb_gueltigkeit", "Wie lange gilt ein Verpflichtungsbescheid?", ("8.1",), normen=("§ 15a SGB II",),
       fakten=("vb_erlassen_am",), thema=THEMA)
def vb_gueltigkeit(k: Kontext):
    ab = k.fakt("vb_erlassen_am")
    k.schritt("Verpflichtungsbescheide sollen i. d. R. eine Gültigkeit von 6 Monaten erhalten", "8.1")
    hinweis = ("Ist das genaue Eintrittsdatum einer Maßnahme noch unklar, ist ebenfalls eine Dauer von 6 Monaten zu "
               "wählen; sobald die Teilnahmedaten bekannt sind, ist ein Änderungsbescheid zu erlassen (Pkt. 8.2.2).")
    if ab is None:
        return k.entscheidung(Antwort.INFO, Modalitaet.SOLL, "sechs_monate",
                              "In der Regel 6 Monate – so lange sollen Verpflichtungsbescheide nach § 15a SGB II gelten.",
                              [hinweis])
    bis = verpflichtung_gueltig_bis(ab)
    k.schritt(f"{datum(ab)} + 6 Monate = {datum(bis)}", "8.1")
    return k.entscheidung(Antwort.INFO, Modalitaet.SOLL, "sechs_monate_bis",
                          f"In der Regel 6 Monate – ab {datum(ab)} also bis {datum(bis)}.",
                          [ZAEHLWEISE, hinweis], wert=bis)


@regel("frist.paragraph10_pruefung", "Bis wann sind die Voraussetzungen des § 10 SGB II erneut zu prüfen?", ("9.2",),
       normen=("§ 10 SGB II",), fakten=("letzte_pruefung_am",), thema=THEMA)
def paragraph10_pruefung(k: Kontext):
    letzte = k.fakt("letzte_pruefung_am")
    k.schritt("Die Voraussetzungen des § 10 SGB II sind regelmäßig, jedenfalls alle sechs Monate zu überprüfen", "9.2")
    zweck = ("Zweck: möglichst vorausschauend und spätestens mit dem Wegfall der Voraussetzungen geeignete "
             "Integrationsbemühungen aufnehmen und im KP verankern.")
    if letzte is None:
        return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "alle_sechs_monate",
                              "Regelmäßig, jedenfalls alle sechs Monate – so sind die Voraussetzungen des § 10 SGB II "
                              "zu überprüfen.", [zweck])
    naechste = naechste_pruefung(letzte)
    k.schritt(f"{datum(letzte)} + 6 Monate = {datum(naechste)}", "9.2")
    status = (f" Stand {datum(k.stichtag)} ist die Prüfung überfällig." if k.stichtag > naechste else "")
    return k.entscheidung(Antwort.INFO, Modalitaet.MUSS,
                          "ueberfaellig" if k.stichtag > naechste else "faellig_am",
                          f"Spätestens am {datum(naechste)} sind die Voraussetzungen des § 10 SGB II erneut zu "
                          f"prüfen.{status}", [ZAEHLWEISE, zweck], wert=naechste)


@regel("frist.profillage1_pruefung", "Wann ist die Situation bei Profillage I ohne KP erneut zu prüfen?", ("9.3",),
       fakten=("entscheidung_ohne_kp_am",), ohne_norm="Pkt. 9.3 nennt für die Überprüfung keine Norm.", thema=THEMA)
def profillage1_pruefung(k: Kontext):
    letzte = k.fakt("entscheidung_ohne_kp_am")
    k.schritt("Die Situation sollte spätestens nach sechs Monaten überprüft werden", "9.3")
    grund = ("Durch Entwicklungen in der persönlichen Situation können sich die Chancen auf Verringerung/Beendigung "
             "der Hilfebedürftigkeit verändern. Bei Beschäftigten bzw. Selbstständigen ist regelmäßig zu prüfen und "
             "zu dokumentieren, ob solche Schritte möglich sind.")
    if letzte is None:
        return k.entscheidung(Antwort.INFO, Modalitaet.SOLL, "sechs_monate",
                              "Spätestens nach sechs Monaten sollte die Situation der eLb überprüft werden.", [grund])
    naechste = naechste_pruefung(letzte)
    k.schritt(f"{datum(letzte)} + 6 Monate = {datum(naechste)}", "9.3")
    status = (f" Stand {datum(k.stichtag)} ist die Überprüfung überfällig." if k.stichtag > naechste else "")
    return k.entscheidung(Antwort.INFO, Modalitaet.SOLL, "ueberfaellig" if k.stichtag > naechste else "pruefen_am",
                          f"Spätestens am {datum(naechste)} sollte die Situation der eLb überprüft werden.{status}",
                          [ZAEHLWEISE, grund], wert=naechste)
