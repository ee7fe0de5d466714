"""Weisung Pkt. 6.1 and 6.2.1: checking the KP, and Maßnahmen broken off (assigned without RFB)."""
from __future__ import annotations

from bot.rules.core import Antwort, Kontext, Modalitaet
from bot.rules.fristen import datum, kp_laeuft_bis
from bot.rules.registry import feststellung, regel

THEMA = "Umsetzung des Kooperationsplans"

feststellung(
    "umsetzung.ueberpruefung", "Wie überprüft die IFK, ob die Absprachen aus dem KP eingehalten werden?", ("6.1",),
    modalitaet=Modalitaet.MUSS,
    kurz="Regelmäßig – die IFK überprüft, ob die im KP festgelegten Absprachen eingehalten werden, z. B. durch "
         "bedarfsgerechte Kontakte, Nachhalten von EBs und Rückmeldungen zur Aufnahme/Teilnahme an einer Maßnahme.",
    erlaeuterung=["Ein festes Intervall nennt Pkt. 6.1 nicht; fortgeschrieben wird der KP spätestens nach sechs "
                  "Monaten (Pkt. 6.3)."],
    ohne_norm="Pkt. 6.1 nennt für die Überprüfung keine Norm.", thema=THEMA, ergebnis="regelmaessig")


@regel("umsetzung.massnahmeabbruch",
       "Was ist zu tun, wenn die eLb eine Maßnahme abbricht, in die sie ohne RFB zugewiesen wurde?", ("6.2.1",),
       normen=("§ 15a Abs. 2 SGB II",),
       fakten=("zuweisung_ohne_rfb", "wichtiger_grund", "wiedereinstieg_moeglich", "kp_erstellt_am"), thema=THEMA)
def massnahmeabbruch(k: Kontext):
    ohne_rfb = k.fakt("zuweisung_ohne_rfb")
    if ohne_rfb is False:
        k.schritt("Zuweisung mit RFB (Verpflichtungsbescheid) → nicht Pkt. 6.2.1, sondern Pkt. 6.2", "6.2")
        return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "zuweisung_mit_rfb",
                              "Pkt. 6.2.1 gilt nur für Maßnahmen, in die ohne RFB zugewiesen wurde – beruht die "
                              "Teilnahme auf einem Verpflichtungsbescheid, erfolgt eine Anhörung nach § 24 SGB X für eine "
                              "mögliche Leistungsminderung nach § 31 SGB II.",
                              abschnitte=("6.2.1", "6.2"), normen=("§ 24 SGB X", "§ 31 SGB II"))
    wichtig = k.fakt("wichtiger_grund")
    if wichtig is True and ohne_rfb is True:
        k.schritt("Wichtiger Grund für den Abbruch → Pkt. 6.2.1 sieht keinen Verpflichtungsbescheid vor", "6.2.1")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "wichtiger_grund",
                              "Kein Verpflichtungsbescheid nach Pkt. 6.2.1 – er setzt einen Abbruch ohne wichtigen "
                              "Grund voraus.",
                              ["Die Mitwirkung der eLb wird regelmäßig von der IFK überprüft."])
    if wichtig is True:
        return k.offen("Bei wichtigem Grund sieht Pkt. 6.2.1 keinen Verpflichtungsbescheid vor – das gilt für Maßnahmen, "
                       "in die ohne RFB zugewiesen wurde.",
                       ["Beruht die Teilnahme auf einem Verpflichtungsbescheid, erfolgt eine Anhörung nach § 24 SGB X "
                        "(Pkt. 6.2)."], ergebnis="wichtiger_grund_zuweisung_offen")
    wiedereinstieg = k.fakt("wiedereinstieg_moeglich")
    bescheid = ("Nach Rücksprache mit dem Träger erlässt die IFK einen angepassten, mit RFB versehenen "
                "Verpflichtungsbescheid nach § 15a Abs. 2 SGB II zur abgebrochenen Maßnahme für die Restlaufzeit des KP.")
    gescheitert = ("Ist ein Wiedereinstieg nicht möglich oder nicht sinnvoll, gilt der aktuelle KP als gescheitert: "
                   "die eLb ist mit RFB zu einem neuen KP einzuladen; bei Terminversäumnis ohne wichtigen Grund oder "
                   "ohne neuen KP folgt eine Verpflichtung nach § 15a Abs. 1 bzw. Abs. 3 SGB II.")
    if ohne_rfb is True and wichtig is False and wiedereinstieg is True:
        k.schritt("Abbruch ohne wichtigen Grund, Wiedereinstieg möglich → angepasster VB mit RFB (Abs. 2)", "6.2.1")
        return k.entscheidung(Antwort.JA, Modalitaet.MUSS, "verpflichtung_restlaufzeit", bescheid,
                              [*_restlaufzeit(k), "Die Mitwirkung der eLb wird regelmäßig von der IFK überprüft."],
                              wert=_kp_ende(k))
    if ohne_rfb is True and wichtig is False and wiedereinstieg is False:
        k.schritt("Wiedereinstieg nicht möglich/sinnvoll → KP gescheitert → neue Einladung mit RFB", "6.2.1")
        return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "kp_gescheitert",
                              "Der aktuelle KP gilt als gescheitert – die eLb ist mit RFB einzuladen, um einen neuen KP "
                              "zu erarbeiten.",
                              ["Wird der Termin ohne wichtigen Grund nicht wahrgenommen oder kommt kein neuer KP "
                               "zustande, erfolgt eine Verpflichtung nach § 15a Abs. 1 bzw. Abs. 3 SGB II."],
                              normen=("§ 15a Abs. 1 SGB II", "§ 15a Abs. 3 SGB II"))
    return k.offen("Bei Abbruch ohne wichtigen Grund: " + bescheid[0].lower() + bescheid[1:],
                   [*_restlaufzeit(k), gescheitert, "Bei wichtigem Grund sieht Pkt. 6.2.1 keinen Verpflichtungsbescheid vor."],
                   normen=("§ 15a Abs. 2 SGB II", "§ 15a Abs. 1 SGB II", "§ 15a Abs. 3 SGB II"), modalitaet=Modalitaet.MUSS,
                   ergebnis="offen_wiedereinstieg_moeglich" if wiedereinstieg is True else "offen")


def _kp_ende(k: Kontext):
    """The KP's regular end (Pkt. 4.3: in der Regel 6 Monate) when its date is known; only a hint, never asked for."""
    erstellt = k.falls_bekannt("kp_erstellt_am")
    return kp_laeuft_bis(erstellt) if erstellt else None


def _restlaufzeit(k: Kontext) -> list[str]:
    ende = _kp_ende(k)
    if ende is None:
        return []
    erstellt = k.fakt("kp_erstellt_am")
    k.schritt(f"KP vom {datum(erstellt)} + 6 Monate = {datum(ende)} (Regeldauer)", "4.3")
    return [f"Restlaufzeit des KP: bei Erstellung am {datum(erstellt)} und der Regeldauer von 6 Monaten (Pkt. 4.3) "
            f"bis {datum(ende)}."]


@regel("umsetzung.kp_gescheitert", "Wie geht es weiter, wenn der KP gescheitert ist?", ("6.2.1",),
       normen=("§ 15a Abs. 1 SGB II", "§ 15a Abs. 3 SGB II"),
       fakten=("termin_versaeumt", "wichtiger_grund", "kp_zustande_gekommen"), thema=THEMA)
def kp_gescheitert(k: Kontext):
    einladung = "Die eLb ist mit RFB einzuladen, um einen neuen KP zu erarbeiten."
    wann = ("Als gescheitert gilt der aktuelle KP, wenn nach einem Maßnahmeabbruch ohne wichtigen Grund ein Wiedereinstieg "
            "in die bisherige Maßnahme nicht möglich oder nicht sinnvoll ist.")
    k.schritt("KP gescheitert → Einladung mit RFB zu neuem KP", "6.2.1")
    versaeumt = k.fakt("termin_versaeumt")
    if versaeumt is True:
        wichtig = k.fakt("wichtiger_grund")
        if wichtig is False:
            k.schritt("Termin ohne wichtigen Grund versäumt → Verpflichtung nach § 15a Abs. 1", "6.2.1")
            return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "verpflichtung_abs1",
                                  "Verpflichtung nach § 15a Abs. 1 SGB II – der Termin zum neuen KP wurde ohne wichtigen "
                                  "Grund nicht wahrgenommen.", [einladung, "Vgl. Pkt. 4.2.1 zu Inhalt und Zustellung."],
                                  abschnitte=("6.2.1", "4.2.1"), normen=("§ 15a Abs. 1 SGB II",))
        if wichtig is None:
            return k.offen("Ohne wichtigen Grund: Verpflichtung nach § 15a Abs. 1 SGB II.", [einladung], modalitaet=Modalitaet.MUSS)
    zustande = k.fakt("kp_zustande_gekommen")
    if zustande is False:
        k.schritt("Kein neuer KP zustande gekommen → Verpflichtung nach § 15a Abs. 3", "6.2.1")
        return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "verpflichtung_abs3",
                              "Verpflichtung nach § 15a Abs. 3 SGB II – es ist kein neuer KP zustande gekommen.",
                              [einladung, "Vgl. Pkt. 7."], abschnitte=("6.2.1", "7"), normen=("§ 15a Abs. 3 SGB II",))
    if zustande is True:
        return k.entscheidung(Antwort.INFO, Modalitaet.FESTSTELLUNG, "neuer_kp",
                              "Der neue KP gilt – eine Verpflichtung nach § 15a Abs. 1 oder 3 ist nicht vorgesehen.",
                              ["Die Mitwirkung der eLb wird regelmäßig von der IFK überprüft."])
    if versaeumt is False:
        k.schritt("Termin zum neuen KP wahrgenommen → es kommt darauf an, ob ein neuer KP zustande kam", "6.2.1")
        return k.offen("Kommt kein neuer KP zustande, erfolgt eine Verpflichtung nach § 15a Abs. 3 SGB II; kommt er "
                       "zustande, gilt der neue KP.", ["Vgl. Pkt. 7."], modalitaet=Modalitaet.MUSS)
    return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "neue_einladung",
                          "Neu einladen – die eLb ist mit RFB einzuladen, um einen neuen KP zu erarbeiten.",
                          [wann, "Wird der Termin ohne wichtigen Grund nicht wahrgenommen oder kommt kein neuer KP zustande, "
                           "erfolgt eine Verpflichtung nach § 15a Abs. 1 bzw. Abs. 3 SGB II."])
