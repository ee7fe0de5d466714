"""Weisung Pkt. 4.2: invitations (RFB, first meeting in person, travel costs)."""
from __future__ import annotations

from bot.rules.core import Antwort, Kontext, Modalitaet
from bot.rules.registry import feststellung, regel

THEMA = "Einladungen"

_AUSNAHMEN_RFB = "Ohne RFB nur: Termine auf Wunsch der eLb oder im Rahmen eines Widerspruchsvorverfahrens."


@regel("einladung.rfb", "Ist die Einladung mit einer Rechtsfolgenbelehrung (RFB) zu versehen?", ("4.2",),
       fakten=("termin_anlass",), ohne_norm="Pkt. 4.2 nennt für die RFB-Pflicht keine Norm.", thema=THEMA)
def einladung_rfb(k: Kontext):
    anlass = k.fakt("termin_anlass")
    if anlass == "wunsch_elb":
        k.schritt("Ausnahme: Termin auf Wunsch der eLb → ohne RFB zu versenden", "4.2")
        return k.entscheidung(
            Antwort.NEIN, Modalitaet.AUSGENOMMEN, "ohne_rfb_wunsch",
            "Nein – Termine auf Wunsch der eLb sind ohne RFB zu versenden.",
            ["Grundsätzlich sind alle Einladungen mit RFB zu versehen; der Wunschtermin ist eine der zwei Ausnahmen.",
             "Fahrtkosten können trotzdem auf Antrag übernommen werden (§ 59 SGB II)."])
    if anlass == "widerspruchsvorverfahren":
        k.schritt("Ausnahme: Termin im Widerspruchsvorverfahren → ohne RFB zu versenden", "4.2")
        return k.entscheidung(
            Antwort.NEIN, Modalitaet.AUSGENOMMEN, "ohne_rfb_widerspruch",
            "Nein – Termine im Rahmen eines Widerspruchsvorverfahrens sind ohne RFB zu versenden.",
            ["Grundsätzlich sind alle Einladungen mit RFB zu versehen; das Widerspruchsvorverfahren ist eine der "
             "zwei Ausnahmen."])
    if anlass in ("untersuchung", "anderer"):
        k.schritt("Grundsatz: alle Einladungen mit RFB, auch zu ärztlichen/psychologischen Untersuchungen", "4.2")
        zusatz = ("Das gilt ausdrücklich auch für Einladungen zu ärztlichen und psychologischen Untersuchungen."
                  if anlass == "untersuchung" else _AUSNAHMEN_RFB)
        return k.entscheidung(
            Antwort.JA, Modalitaet.MUSS, "mit_rfb",
            "Ja – Einladungen sind grundsätzlich mit einer RFB zu versehen.",
            [zusatz, "Fahrtkosten können unabhängig von der RFB auf Antrag übernommen werden (§ 59 SGB II)."])
    k.schritt("Anlass unbekannt: Grundsatz mit RFB, zwei Ausnahmen ohne RFB", "4.2")
    return k.offen(
        "Grundsätzlich ja – alle Einladungen sind mit RFB zu versehen, auch zu ärztlichen und psychologischen "
        "Untersuchungen.",
        [_AUSNAHMEN_RFB], modalitaet=Modalitaet.MUSS)


feststellung(
    "einladung.erstgespraech", "Muss das erste Gespräch persönlich im Jobcenter stattfinden?", ("4.2",),
    antwort=Antwort.JA, modalitaet=Modalitaet.MUSS,
    kurz="Ja – das erste Gespräch zur Erstellung der Potenzialanalyse und des KP findet persönlich im Jobcenter statt.",
    erlaeuterung=["Davon kann nur in begründeten Ausnahmefällen abgewichen werden."],
    ohne_norm="Pkt. 4.2 nennt für das Erstgespräch keine Norm.", thema=THEMA, ergebnis="persoenlich")


@regel("einladung.erstgespraech_abweichung",
       "Darf vom persönlichen Erstgespräch im Jobcenter abgewichen werden?", ("4.2",), fakten=("begruendeter_ausnahmefall",),
       ohne_norm="Pkt. 4.2 nennt für das Erstgespräch keine Norm.", thema=THEMA)
def erstgespraech_abweichung(k: Kontext):
    ausnahme = k.fakt("begruendeter_ausnahmefall")
    if ausnahme is True:
        k.schritt("Begründeter Ausnahmefall → Abweichung möglich", "4.2")
        return k.entscheidung(
            Antwort.JA, Modalitaet.KANN, "abweichung_moeglich",
            "Ja – in einem begründeten Ausnahmefall kann vom persönlichen Erstgespräch im Jobcenter abgewichen werden.",
            ["Grundsätzlich findet das erste Gespräch persönlich im Jobcenter statt."])
    if ausnahme is False:
        k.schritt("Kein begründeter Ausnahmefall → persönlich im Jobcenter", "4.2")
        return k.entscheidung(
            Antwort.NEIN, Modalitaet.MUSS, "persoenlich",
            "Nein – ohne begründeten Ausnahmefall findet das erste Gespräch persönlich im Jobcenter statt.")
    return k.offen(
        "Nur in begründeten Ausnahmefällen – grundsätzlich findet das erste Gespräch persönlich im Jobcenter statt.", modalitaet=Modalitaet.KANN)


feststellung(
    "einladung.fahrtkosten", "Werden Fahrtkosten zum Termin übernommen?", ("4.2",),
    antwort=Antwort.JA, modalitaet=Modalitaet.KANN,
    kurz="Ja – Fahrtkosten können auf Antrag übernommen werden, unabhängig davon, ob die Einladung mit oder ohne "
         "RFB erfolgt ist.",
    erlaeuterung=["Die Übernahme erfolgt auf Antrag nach § 59 SGB II."],
    normen=("§ 59 SGB II",), thema=THEMA, ergebnis="auf_antrag")
