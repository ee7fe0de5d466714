"""Weisung Pkt. 9, 9.1, 9.2, 9.3 (and 4.1): when the IFK may do without a KP.

Pkt. 4.1 refers to "Pkt. 8" for the exceptions; they are in Pkt. 9, which is what the rules cite.
"""
from __future__ import annotations

from bot.rules.core import Antwort, Kontext, Modalitaet, nicht, oder, und
from bot.rules.fristen import acht_wochen_ende, datum, innerhalb_acht_wochen
from bot.rules.registry import feststellung, regel

THEMA = "Ausnahmen (optionale Erstellung eines KP)"
_KEINE_NORM = "Pkt. {} regelt eine Ausnahme der Weisung ohne eigene Norm; Grundsatz ist § 15 Abs. 2 SGB II."
_GRUNDSATZ = "Grundsatz: Mit jeder eLb soll unverzüglich ein KP erstellt werden (Pkt. 4.1)."


@regel("ausnahme.verzicht", "Kann auf die Erstellung eines KP verzichtet werden?", ("9", "4.1"),
       normen=("§ 15 Abs. 2 SGB II",), fakten=("ausnahme_fall",), thema=THEMA)
def verzicht(k: Kontext):
    fall = k.fakt("ausnahme_fall")
    k.schritt("Verzicht nur im Einzelfall bei besonderen Umständen (atypische Fälle)", "9")
    faelle = ("Ausnahmetatbestände: feste Einstellungszusage innerhalb der nächsten 8 Wochen ohne weiteren "
              "Förderbedarf (Pkt. 9.1), § 10-Kennung (Pkt. 9.2), Profillage I (Pkt. 9.3).")
    if fall == "anderer":
        return k.entscheidung(Antwort.BEDINGT, Modalitaet.KANN, "einzelfall",
                              "Nur im Einzelfall – von der Erstellung eines KP kann bei Vorliegen besonderer Umstände "
                              "abgesehen werden (atypischer Fall).", [_GRUNDSATZ, faelle])
    if fall is None:
        return k.offen("Nur in atypischen Fällen – im Einzelfall kann bei Vorliegen besonderer Umstände von der "
                       "Erstellung eines KP abgesehen werden.", [faelle, _GRUNDSATZ],
                       antwort=Antwort.INFO, modalitaet=Modalitaet.KANN)
    verweis = {"einstellungszusage": "9.1", "paragraph10": "9.2", "profillage1": "9.3"}[fall]
    return k.entscheidung(Antwort.BEDINGT, Modalitaet.KANN, f"siehe_{verweis}",
                          f"Möglich – die Voraussetzungen regelt Pkt. {verweis}.", [faelle, _GRUNDSATZ],
                          abschnitte=("9", verweis))


@regel("ausnahme.einstellungszusage", "Kann bei einer Einstellungszusage auf den KP verzichtet werden?", ("9.1",),
       fakten=("feste_einstellungszusage", "einstellung_am", "foerderung_erforderlich"),
       ohne_norm=_KEINE_NORM.format("9.1"), thema=THEMA)
def einstellungszusage(k: Kontext):
    fest = k.fakt("feste_einstellungszusage")
    beginn = k.fakt("einstellung_am")
    foerderung = k.fakt("foerderung_erforderlich")
    frist_ende = acht_wochen_ende(k.stichtag)
    in_frist = None if beginn is None else innerhalb_acht_wochen(beginn, k.stichtag)
    if beginn is not None:
        k.schritt(f"8 Wochen ab {datum(k.stichtag)} reichen bis {datum(frist_ende)}; Beginn {datum(beginn)} → "
                  f"{'innerhalb' if in_frist else 'außerhalb'}", "9.1")
    voraussetzungen = und(fest, in_frist, nicht(foerderung))
    bedingung = ("Voraussetzungen: feste Einstellungszusage, Beschäftigungsbeginn innerhalb der nächsten 8 Wochen und "
                 "keine weiteren Unterstützungs- und Förderleistungen zur Aufnahme der Beschäftigung erforderlich.")
    if voraussetzungen is True:
        k.schritt("Alle Voraussetzungen von Pkt. 9.1 erfüllt → kann absehen", "9.1")
        return k.entscheidung(Antwort.JA, Modalitaet.KANN, "kann_absehen",
                              "Ja – von der Erstellung eines KP kann abgesehen werden (Ermessen).",
                              [bedingung, f"Beginn am {datum(beginn)} liegt innerhalb der 8 Wochen bis {datum(frist_ende)}.",
                               "Wird kein KP erstellt, sind in FMG.job (Reiter Allgemeines, Feld Bemerkungen) die "
                               "Kennung KP und der Grund zu vermerken (Pkt. 9.3)."], abschnitte=("9.1", "9.3"))
    if voraussetzungen is False:
        gruende = []
        if fest is False:
            gruende.append("keine feste Einstellungszusage vorliegt")
        if in_frist is False:
            if beginn < k.stichtag:
                gruende.append(f"der Beschäftigungsbeginn ({datum(beginn)}) vor dem Stichtag {datum(k.stichtag)} liegt")
            else:
                gruende.append(f"der Beginn am {datum(beginn)} nach dem Ende der 8 Wochen ({datum(frist_ende)}) liegt")
        if foerderung is True:
            gruende.append("weitere Unterstützungs- oder Förderleistungen erforderlich sind")
        k.schritt("Voraussetzung von Pkt. 9.1 fehlt: " + "; ".join(gruende), "9.1")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "voraussetzung_fehlt",
                              "Nein – die Ausnahme nach Pkt. 9.1 greift nicht, weil " + " und ".join(gruende) + ".",
                              [bedingung, _GRUNDSATZ], abschnitte=("9.1", "4.1"), normen=("§ 15 Abs. 2 SGB II",))
    return k.offen("Kann – wenn eine feste Einstellungszusage für einen Beginn innerhalb der nächsten 8 Wochen "
                   f"(bis {datum(frist_ende)}) vorliegt und keine weiteren Unterstützungs- und Förderleistungen "
                   "erforderlich sind, kann von der Erstellung eines KP abgesehen werden.", [_GRUNDSATZ], modalitaet=Modalitaet.KANN)


_P10_BEISPIELE = ("Beispiele: eLb, die noch der Schulpflicht unterliegen (frühzeitig zu Ausbildung und beruflicher "
                  "Orientierung beraten); eLb in Elternzeit (frühzeitig zum Wiedereinstieg beraten, "
                  "Kinderbetreuung); eLb, deren Pflege eines Angehörigen absehbar endet.")
_P10_PRUEFUNG = "Die Voraussetzungen des § 10 SGB II sind regelmäßig, jedenfalls alle sechs Monate zu überprüfen."


@regel("ausnahme.paragraph10", "Ist mit einer eLb mit § 10-Kennung ein KP zu erstellen?", ("9.2",),
       normen=("§ 10 SGB II",), fakten=("paragraph10_kennung", "ziel_kuenftige_verringerung"), thema=THEMA)
def paragraph10(k: Kontext):
    kennung = k.fakt("paragraph10_kennung")
    if kennung is False:
        k.schritt("Keine § 10-Kennung → Pkt. 9.2 greift nicht, Grundsatz Pkt. 4.1", "9.2")
        return k.entscheidung(Antwort.JA, Modalitaet.SOLL, "keine_kennung",
                              "Ja – ohne § 10-Kennung greift Pkt. 9.2 nicht; der KP soll unverzüglich erstellt werden.",
                              [_GRUNDSATZ], abschnitte=("9.2", "4.1"), normen=("§ 15 Abs. 2 SGB II",))
    ziel = k.fakt("ziel_kuenftige_verringerung")
    if kennung is True and ziel is True:
        k.schritt("§ 10-Kennung und KP zielt auf künftige Beendigung/Verringerung → soll abgeschlossen werden", "9.2")
        return k.entscheidung(Antwort.JA, Modalitaet.SOLL, "soll",
                              "Ja – der KP soll abgeschlossen werden, weil er auf eine künftige Beendigung oder "
                              "Verringerung der Hilfebedürftigkeit abzielt.", [_P10_BEISPIELE, _P10_PRUEFUNG])
    if kennung is True and ziel is False:
        k.schritt("§ 10-Kennung ohne Ziel künftiger Verringerung → KP kann erstellt werden", "9.2")
        return k.entscheidung(Antwort.BEDINGT, Modalitaet.KANN, "kann",
                              "Kann – mit eLb, denen nach § 10 SGB II vorübergehend keine Erwerbstätigkeit oder "
                              "Eingliederungsmaßnahme zumutbar ist, kann ein KP erstellt werden (Ermessen).",
                              ["Er soll insbesondere dann abgeschlossen werden, wenn er auf eine künftige Beendigung "
                               "oder Verringerung der Hilfebedürftigkeit abzielt.", _P10_PRUEFUNG])
    return k.offen("Kann – mit eLb mit § 10-Kennung kann ein KP erstellt werden; er soll insbesondere dann abgeschlossen "
                   "werden, wenn er auf eine künftige Beendigung oder Verringerung der Hilfebedürftigkeit abzielt.",
                   [_P10_BEISPIELE, _P10_PRUEFUNG], modalitaet=Modalitaet.KANN)


_SCHRITTE_FESTHALTEN = ("Laufen bereits konkrete Schritte zur Verringerung der Hilfebedürftigkeit, sollen sie in einem KP "
                        "festgehalten werden.")
_PL1_VERZICHT = ("Verzicht z. B. möglich, wenn die eLb bereits in Vollzeit auf dem 1. Arbeitsmarkt "
                 "sozialversicherungspflichtig beschäftigt, selbstständig oder unter Ausschöpfung ihrer individuellen "
                 "Möglichkeiten erwerbstätig ist UND in den nächsten sechs Monaten keine Verringerung/Beendigung des "
                 "Leistungsbezugs durch Änderung im Beschäftigungsverhältnis, Stellenwechsel, Eingliederungsmaßnahmen "
                 "oder Wechsel aus der Selbstständigkeit zu erwarten ist.")
_KENNUNG = ("Wird kein KP erstellt: in FMG.job auf dem Reiter Allgemeines im Feld Bemerkungen die Kennung KP eintragen "
            "und den Grund aussagekräftig vermerken.")
_PL1_PRUEFUNG = "Die Situation sollte spätestens nach sechs Monaten überprüft werden."


@regel("ausnahme.profillage1", "Kann bei Profillage I auf den KP verzichtet werden?", ("9.3",),
       fakten=("profillage_1", "konkrete_schritte", "erwerbssituation", "verringerung_erwartet"),
       ohne_norm=_KEINE_NORM.format("9.3"), thema=THEMA)
def profillage1(k: Kontext):
    profillage = k.fakt("profillage_1")
    if profillage is False:
        k.schritt("Keine Profillage I → Pkt. 9.3 greift nicht", "9.3")
        return k.entscheidung(Antwort.NEIN, Modalitaet.SOLL, "keine_profillage1",
                              "Nein – Pkt. 9.3 gilt nur für eLb mit Profillage I; sonst soll der KP erstellt werden.",
                              [_GRUNDSATZ], abschnitte=("9.3", "4.1"), normen=("§ 15 Abs. 2 SGB II",))
    schritte = k.fakt("konkrete_schritte")
    if schritte is True:
        k.schritt("Konkrete Schritte zur Verringerung laufen → sollen in einem KP festgehalten werden", "9.3")
        return k.entscheidung(Antwort.NEIN, Modalitaet.SOLL, "schritte_in_kp",
                              "Nein – laufen bereits konkrete Schritte zur Verringerung der Hilfebedürftigkeit, sollen "
                              "diese in einem KP festgehalten werden.", [_PL1_VERZICHT])
    situation = k.fakt("erwerbssituation")
    erwerbstaetig = None if situation is None else situation in ("vollzeit", "selbststaendig", "ausgeschoepft")
    erwartet = k.fakt("verringerung_erwartet")
    verzicht = und(profillage, nicht(schritte), erwerbstaetig, nicht(erwartet))
    if verzicht is True:
        k.schritt("Erwerbstätig wie in Pkt. 9.3 genannt und keine Verringerung in 6 Monaten zu erwarten → Verzicht möglich",
                  "9.3")
        return k.entscheidung(Antwort.JA, Modalitaet.KANN, "kann_verzichten",
                              "Ja – auf die Erstellung eines KP kann verzichtet werden: alle Möglichkeiten sind "
                              "ausgeschöpft, es bestehen aktuell keine weiteren Handlungsbedarfe.",
                              [_KENNUNG, _PL1_PRUEFUNG])
    if verzicht is False:
        grund = ("die eLb nicht in einer der genannten Erwerbssituationen ist" if erwerbstaetig is False else
                 "in den nächsten sechs Monaten eine Verringerung/Beendigung des Leistungsbezugs zu erwarten ist")
        k.schritt(f"Verzichtsvoraussetzung fehlt: {grund}", "9.3")
        return k.entscheidung(Antwort.NEIN, Modalitaet.SOLL, "kein_verzicht",
                              f"Nein – die Verzichtsvoraussetzungen nach Pkt. 9.3 liegen nicht vor, weil {grund}; der KP "
                              "soll erstellt werden.",
                              [_SCHRITTE_FESTHALTEN, _PL1_VERZICHT, _GRUNDSATZ, "Ein Verzicht bleibt nur im atypischen Einzelfall bei "
                               "besonderen Umständen möglich (Pkt. 9)."], abschnitte=("9.3", "4.1", "9"),
                              normen=("§ 15 Abs. 2 SGB II",))
    return k.offen("Kann – bei Profillage I kann z. B. auf den KP verzichtet werden, wenn die eLb bereits Vollzeit "
                   "sv-pflichtig beschäftigt, selbstständig oder unter Ausschöpfung ihrer Möglichkeiten erwerbstätig ist "
                   "und in den nächsten sechs Monaten keine Verringerung des Leistungsbezugs zu erwarten ist.",
                   [_SCHRITTE_FESTHALTEN, _KENNUNG], modalitaet=Modalitaet.KANN)


feststellung(
    "ausnahme.profillage1_schritte_pruefen",
    "Ist bei Beschäftigten mit Profillage I zu prüfen, ob Schritte zur Verringerung der Hilfebedürftigkeit möglich sind?",
    ("9.3",), antwort=Antwort.JA, modalitaet=Modalitaet.MUSS,
    kurz="Ja – ob Schritte zur Beendigung/Verringerung der Hilfebedürftigkeit möglich sind, ist bei Beschäftigten bzw. "
         "Selbstständigen mit Profillage I regelmäßig zu prüfen und zu dokumentieren.",
    erlaeuterung=["Werden bereits konkrete Schritte unternommen, sollen diese in einem KP festgehalten werden."],
    ohne_norm=_KEINE_NORM.format("9.3"), thema=THEMA, ergebnis="pruefen_und_dokumentieren")

feststellung(
    "ausnahme.selbststaendigkeit", "Gehören Bemühungen um eine Selbstständigkeit in den KP?", ("9.3",),
    antwort=Antwort.JA, modalitaet=Modalitaet.SOLL,
    kurz="Ja – zielt die Handlungsstrategie auf eine selbstständige Tätigkeit, sollen diese Bemühungen im KP geregelt "
         "werden (z. B. Finanzierungs- und Geschäftsplan, Infoveranstaltungen).",
    erlaeuterung=["Gleiches gilt für Bemühungen zum Ausbau der Tragfähigkeit einer laufenden Selbstständigkeit."],
    ohne_norm=_KEINE_NORM.format("9.3"), thema=THEMA, ergebnis="im_kp_regeln")

feststellung(
    "ausnahme.kennung_kp", "Was ist zu dokumentieren, wenn kein KP erstellt wird?", ("9.3",),
    modalitaet=Modalitaet.MUSS,
    kurz="In FMG.job ist auf dem Reiter Allgemeines im Feld Bemerkungen die Kennung KP einzutragen und der Grund "
         "aussagekräftig zu vermerken.",
    erlaeuterung=["Die Situation sollte spätestens nach sechs Monaten überprüft werden (Pkt. 9.3)."],
    ohne_norm=_KEINE_NORM.format("9.3"), thema=THEMA, ergebnis="kennung_kp")
