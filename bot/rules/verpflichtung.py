"""Verpflichtungsbescheide nach § 15a SGB II: Weisung Pkt. 4.2.1, 6.2, 7, 8.2.1, 8.2.2, 8.3.

§ 15a in the sense of the 13th SGB II amendment (from 01.07.2026): Abs. 1 after a missed appointment
without good reason, Abs. 2 when KP agreements are not kept, Abs. 3 when no KP comes about.
"""
from __future__ import annotations

from bot.rules.core import Antwort, Kontext, Modalitaet, nicht, oder, und
from bot.rules.fristen import ZAEHLWEISE, datum, verpflichtung_gueltig_bis
from bot.rules.registry import feststellung, regel

THEMA = "Verpflichtung nach § 15a SGB II"

_INHALT_ABS1 = ("Inhalt: die erforderlichen Mitwirkungshandlungen – Eigenbemühungen, Aufnahme oder Fortführung einer "
                "zumutbaren Maßnahme, Ausbildung oder Arbeit oder Teilnahme an Angeboten der Deutschförderung.")
_ZUSTELLUNG_ABS1 = ("Zustellung per PZU oder Übergabe im persönlichen Termin, sobald die Minderung wegen des "
                    "Meldeversäumnisses festgestellt ist (Feststellungs- oder Minderungsbescheid).")
_AUSGENOMMEN = ("Von einer Verpflichtung mit RFB ausgenommen sind: ganzheitliche Betreuung (§ 16k SGB II), "
                "Leistungen im Reha-Verfahren, kommunale Eingliederungsleistungen (§ 16a SGB II) und die Aufnahme "
                "einer nach § 16i SGB II geförderten Beschäftigung.")
_LEISTUNG_LABEL = {
    "16k": "die Teilnahme an einer ganzheitlichen Betreuung nach § 16k SGB II",
    "reha": "Leistungen im Reha-Verfahren",
    "16a": "die Inanspruchnahme kommunaler Eingliederungsleistungen nach § 16a SGB II",
    "16i": "die Aufnahme einer nach § 16i SGB II geförderten Beschäftigung",
}
_LEISTUNG_NORM = {"16k": "§ 16k SGB II", "16a": "§ 16a SGB II", "16i": "§ 16i SGB II"}


@regel("verpflichtung.terminversaeumnis",
       "Kann die eLb nach einem versäumten Termin per Verpflichtungsbescheid verpflichtet werden?", ("4.2.1",),
       normen=("§ 15a Abs. 1 SGB II",),
       fakten=("termin_versaeumt", "wichtiger_grund", "kp_wegen_versaeumnis_offen", "kp_vorhanden"), thema=THEMA)
def terminversaeumnis(k: Kontext):
    versaeumt = k.fakt("termin_versaeumt")
    wichtig = k.fakt("wichtiger_grund")
    kp_offen = k.fakt("kp_wegen_versaeumnis_offen")
    if versaeumt is False:
        k.schritt("Termin wahrgenommen → kein Fall von Pkt. 4.2.1", "4.2.1")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "kein_versaeumnis",
                              "Nein – Pkt. 4.2.1 setzt voraus, dass die eLb einen Termin nicht wahrgenommen hat.")
    if wichtig is True:
        k.schritt("Wichtiger Grund → Voraussetzung 'ohne wichtigen Grund' fehlt", "4.2.1")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "wichtiger_grund",
                              "Nein – bei einem wichtigen Grund sieht Pkt. 4.2.1 keinen Verpflichtungsbescheid nach "
                              "§ 15a Abs. 1 SGB II vor.",
                              ["Voraussetzung ist ein Terminversäumnis ohne wichtigen Grund, wegen dem der KP nicht "
                               "abgeschlossen werden konnte."])
    if kp_offen is False:
        k.schritt("KP konnte trotzdem abgeschlossen werden → Voraussetzung fehlt", "4.2.1")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "kp_nicht_verhindert",
                              "Nein – Pkt. 4.2.1 greift nur, wenn wegen des Versäumnisses der KP nicht abgeschlossen "
                              "werden konnte.")
    voraussetzungen = und(versaeumt, nicht(wichtig), kp_offen)
    if voraussetzungen is True:
        k.schritt("Termin ohne wichtigen Grund versäumt und KP deshalb nicht abgeschlossen → kann verpflichten",
                  "4.2.1")
        erlaeuterung = [_INHALT_ABS1, _ZUSTELLUNG_ABS1]
        if k.fakt("kp_vorhanden") is True:
            erlaeuterung.append("Der bereits vorliegende KP ist beim Erlass angemessen zu berücksichtigen.")
        else:
            erlaeuterung.append("Liegt bereits ein KP vor, ist er beim Erlass angemessen zu berücksichtigen.")
        erlaeuterung.append("Bei Minderjährigen ist der Bescheid an die gesetzliche Vertretung zu richten.")
        return k.entscheidung(Antwort.JA, Modalitaet.KANN, "kann_verpflichten",
                              "Ja – die eLb kann (Ermessen) per Verwaltungsakt "
                              "(Verpflichtungsbescheid) nach § 15a Abs. 1 SGB II verpflichtet werden.", erlaeuterung)
    erlaeuterung = ["Bei wichtigem Grund: kein Verpflichtungsbescheid nach Pkt. 4.2.1.", _INHALT_ABS1]
    if k.falls_bekannt("kp_vorhanden") is True:
        erlaeuterung.append("Der bereits vorliegende KP ist beim Erlass angemessen zu berücksichtigen.")
    return k.offen("Kann – wenn die eLb den Termin ohne wichtigen Grund nicht wahrgenommen hat und deshalb der KP "
                   "nicht abgeschlossen werden konnte, ist ein Verpflichtungsbescheid nach § 15a Abs. 1 SGB II möglich.",
                   erlaeuterung, modalitaet=Modalitaet.KANN)


feststellung(
    "verpflichtung.inhalt", "Was kann ein Verpflichtungsbescheid nach § 15a SGB II verlangen?", ("4.2.1", "7"),
    kurz="Die erforderlichen Mitwirkungshandlungen: Eigenbemühungen, Aufnahme oder Fortführung einer zumutbaren "
         "Maßnahme, Ausbildung oder Arbeit oder die Teilnahme an Angeboten der Deutschförderung.",
    erlaeuterung=[
        "Liegt bereits ein KP vor, ist er beim Erlass angemessen zu berücksichtigen (Pkt. 4.2.1).",
        "Bei Absprachen aus dem KP: Verpflichtung, sich an die Absprachen zu halten (Pkt. 6.2).",
        _AUSGENOMMEN + " (Pkt. 6.2)",
    ],
    # 4.2.1: the eLb "kann … verpflichtet werden, die erforderlichen Mitwirkungshandlungen … vorzunehmen"
    modalitaet=Modalitaet.KANN, normen=("§ 15a SGB II",), thema=THEMA, ergebnis="mitwirkungshandlungen")


@regel("verpflichtung.zustellung", "Wie wird der Verpflichtungsbescheid bekanntgegeben?",
       ("4.2.1", "6.2", "7", "8.2.2"), normen=("§ 15a SGB II",), fakten=("verpflichtungsgrund", "minderung_festgestellt"),
       thema=THEMA)
def zustellung(k: Kontext):
    grund = k.fakt("verpflichtungsgrund")
    if grund == "abs1":
        k.schritt("Abs. 1 (Terminversäumnis): PZU oder persönlich, sobald Minderung festgestellt", "4.2.1")
        weg = ("Per Postzustellungsurkunde (PZU) zu versenden oder im persönlichen Termin zu übergeben – sobald die "
               "Minderung wegen des Meldeversäumnisses festgestellt ist.")
        zusatz = ["Die Feststellung wird durch Feststellungs- oder Minderungsbescheid bekanntgegeben.",
                  "Bei Minderjährigen ist der Bescheid an die gesetzliche Vertretung zu richten."]
        festgestellt = k.fakt("minderung_festgestellt")
        if festgestellt is False:
            k.schritt("Minderung noch nicht festgestellt → noch nicht versenden", "4.2.1")
            return k.entscheidung(Antwort.NEIN, Modalitaet.MUSS, "abs1_noch_nicht",
                                  "Nein – noch nicht: Der Verpflichtungsbescheid ist erst zu versenden oder zu übergeben, "
                                  "sobald die Minderung wegen des Meldeversäumnisses festgestellt ist.",
                                  [weg, *zusatz], abschnitte=("4.2.1",), normen=("§ 15a Abs. 1 SGB II",))
        if festgestellt is True:
            return k.entscheidung(Antwort.JA, Modalitaet.MUSS, "abs1_jetzt",
                                  "Ja – die Minderung ist festgestellt; der Verpflichtungsbescheid ist per PZU zu versenden "
                                  "oder im persönlichen Termin zu übergeben.", zusatz,
                                  abschnitte=("4.2.1",), normen=("§ 15a Abs. 1 SGB II",))
        return k.offen(weg, zusatz, abschnitte=("4.2.1",), normen=("§ 15a Abs. 1 SGB II",),
                       antwort=Antwort.INFO, modalitaet=Modalitaet.MUSS)
    if grund == "abs2":
        k.schritt("Abs. 2 (Absprachen nicht eingehalten): persönlich (Einladung mit RFB) oder PZU", "6.2")
        return k.entscheidung(Antwort.INFO, Modalitaet.KANN, "abs2_persoenlich_oder_pzu",
                              "Im persönlichen Termin übergeben (Einladung mit RFB) oder per Postzustellungsurkunde (PZU) "
                              "zustellen – beides ist möglich.", abschnitte=("6.2",), normen=("§ 15a Abs. 2 SGB II",))
    if grund == "abs3":
        k.schritt("Abs. 3 (kein KP): persönlich oder PZU", "7")
        return k.entscheidung(Antwort.INFO, Modalitaet.KANN, "abs3_persoenlich_oder_pzu",
                              "Im persönlichen Termin übergeben oder per Postzustellungsurkunde (PZU) zustellen – "
                              "beides ist möglich.", abschnitte=("7",), normen=("§ 15a Abs. 3 SGB II",))
    if grund == "aenderung":
        k.schritt("Änderungsbescheid: ebenfalls per PZU zuzustellen", "8.2.2")
        return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "aenderung_pzu",
                              "Per Postzustellungsurkunde (PZU) – der Änderungsbescheid ist ebenfalls per PZU zuzustellen.",
                              ["Ein Vordruck steht in FMG.job zur Verfügung."], abschnitte=("8.2.2",), normen=())
    return k.offen("Per Postzustellungsurkunde (PZU) oder durch Übergabe im persönlichen Termin – die Einzelheiten "
                   "hängen von der Art des Bescheids ab.",
                   ["§ 15a Abs. 1 (Terminversäumnis): erst, sobald die Minderung festgestellt ist (Pkt. 4.2.1).",
                    "Änderungsbescheid: per PZU (Pkt. 8.2.2)."])


@regel("verpflichtung.minderjaehrige", "Ist der Verpflichtungsbescheid an die gesetzliche Vertretung zu richten?",
       ("4.2.1",), normen=("§ 15a SGB II",), fakten=("minderjaehrig", "alter"), thema=THEMA)
def vb_minderjaehrige(k: Kontext):
    minderjaehrig = k.fakt("minderjaehrig")
    if minderjaehrig is True:
        k.schritt("Minderjährig → Bescheid an die gesetzliche Vertretung", "4.2.1")
        return k.entscheidung(Antwort.JA, Modalitaet.MUSS, "gesetzliche_vertretung",
                              "Ja – bei Minderjährigen ist der Verpflichtungsbescheid an die gesetzliche Vertretung "
                              "zu richten.",
                              ["Den KP selbst darf die minderjährige eLb auch ohne Zustimmung der gesetzlichen "
                               "Vertretung schließen (Pkt. 4.1)."])
    if minderjaehrig is False:
        k.schritt("Volljährig → Sonderregel für Minderjährige greift nicht", "4.2.1")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "volljaehrig",
                              "Nein – die Weisung sieht die Adressierung an die gesetzliche Vertretung nur bei "
                              "Minderjährigen vor.")
    return k.offen("Bei Minderjährigen ja – dann ist der Verpflichtungsbescheid an die gesetzliche Vertretung zu richten.", modalitaet=Modalitaet.MUSS)


@regel("verpflichtung.absprachen_nicht_eingehalten",
       "Wird die eLb verpflichtet, wenn sie sich nicht an die Absprachen aus dem KP hält?", ("6.2",),
       normen=("§ 15a Abs. 2 SGB II",),
       fakten=("absprachen_eingehalten", "leistung_art", "psychische_erkrankung"), thema=THEMA,
       einzelfall_ausnahmen=("psychische_erkrankung",))
def absprachen_nicht_eingehalten(k: Kontext):
    eingehalten = k.fakt("absprachen_eingehalten")
    if eingehalten is True:
        k.schritt("Absprachen werden eingehalten → kein Anlass für eine Verpflichtung", "6.2")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "absprachen_eingehalten",
                              "Nein – solange die eLb die Absprachen aus dem KP einhält, sieht Pkt. 6.2 keine "
                              "Verpflichtung vor.",
                              ["Verpflichtungsbescheide sind grundsätzlich nur zu erlassen, wenn keine ausreichende "
                               "Mitwirkung erfolgt (Pkt. 8.3)."], abschnitte=("6.2", "8.3"))
    leistung = k.fakt("leistung_art")
    if leistung in _LEISTUNG_LABEL:
        k.schritt(f"Gegenstand: {_LEISTUNG_LABEL[leistung]} → von einer Verpflichtung mit RFB ausgenommen", "6.2")
        return k.entscheidung(Antwort.NEIN, Modalitaet.AUSGENOMMEN, f"ausgenommen_{leistung}",
                              f"Nein – {_LEISTUNG_LABEL[leistung]} ist von einer Verpflichtung mit RFB ausgenommen.",
                              [_AUSGENOMMEN],
                              normen=("§ 15a Abs. 2 SGB II",) + ((_LEISTUNG_NORM[leistung],)
                                                                 if leistung in _LEISTUNG_NORM else ()))
    psychisch = k.fakt("psychische_erkrankung")
    if eingehalten is False and psychisch is True and leistung == "andere":
        k.schritt("Psychische Erkrankung/komplexe Handlungsbedarfe → Einzelfallentscheidung, dokumentieren", "6.2")
        return k.entscheidung(Antwort.BEDINGT, Modalitaet.KANN, "einzelfall_psychisch",
                              "Einzelfallentscheidung – bei psychischen Erkrankungen und komplexen Handlungsbedarfen "
                              "kann im Einzelfall von einer Verpflichtung abgesehen werden.",
                              ["Die Entscheidung ist entsprechend zu dokumentieren.",
                               "Sonst: Verpflichtung nach § 15a Abs. 2 SGB II, sich an die Absprachen zu halten."])
    regelfall = und(nicht(eingehalten), leistung == "andere" if leistung else None, nicht(psychisch))
    erlaeuterung = [
        "Typisch: keine bzw. nicht die vereinbarten Eigenbemühungen; keine Vorstellung beim Maßnahme-/Sprachkursträger.",
        "Bekanntgabe: im persönlichen Termin (Einladung mit RFB) oder per PZU.",
        "Hält sich die eLb nicht an die Verpflichtung: Anhörung nach § 24 SGB X für eine mögliche Leistungsminderung "
        "nach § 31 SGB II.",
    ]
    if regelfall is True:
        k.schritt("Absprachen nicht eingehalten, keine Ausnahme → Verpflichtung nach § 15a Abs. 2", "6.2")
        return k.entscheidung(Antwort.JA, Modalitaet.MUSS, "verpflichtung_abs2",
                              "Ja – die eLb wird nach § 15a Abs. 2 SGB II verpflichtet, sich an die Absprachen aus dem "
                              "KP zu halten.", erlaeuterung)
    if eingehalten is False and leistung == "andere" and psychisch is None:  # Einzelfall-Ausnahme stated, not asked
        k.schritt("Absprachen nicht eingehalten, typischer Gegenstand → Verpflichtung nach § 15a Abs. 2; "
                  "Ausnahme bei psychischer Erkrankung/komplexen Handlungsbedarfen im Einzelfall", "6.2")
        return k.entscheidung(Antwort.JA, Modalitaet.MUSS, "verpflichtung_abs2_regelfall",
                              "Ja – die eLb wird nach § 15a Abs. 2 SGB II verpflichtet, sich an die Absprachen aus dem "
                              "KP zu halten.",
                              ["Ausnahme: Bei psychischen Erkrankungen und komplexen Handlungsbedarfen kann im Einzelfall "
                               "von der Verpflichtung abgesehen werden; das ist zu dokumentieren.", *erlaeuterung])
    return k.offen("Grundsätzlich ja – hält sich die eLb nicht an die Absprachen aus dem KP, wird sie nach § 15a Abs. 2 "
                   "SGB II verpflichtet, sich daran zu halten.",
                   [_AUSGENOMMEN, "Bei psychischen Erkrankungen und komplexen Handlungsbedarfen kann im Einzelfall "
                    "davon abgesehen werden (dokumentieren).", erlaeuterung[0]], modalitaet=Modalitaet.MUSS)


@regel("verpflichtung.nicht_befolgt", "Was folgt, wenn die eLb den Verpflichtungsbescheid nicht befolgt?",
       ("6.2", "7"), normen=("§ 24 SGB X", "§ 31 SGB II"), fakten=("verpflichtungsgrund",), thema=THEMA)
def nicht_befolgt(k: Kontext):
    grund = k.fakt("verpflichtungsgrund")
    if grund == "abs3":
        k.schritt("Verpflichtung nach Abs. 3: Leistungsminderung nach § 31 SGB II ist zu prüfen", "7")
        return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "minderung_pruefen",
                              "Eine Leistungsminderung nach § 31 SGB II ist zu prüfen.",
                              ["Ziel bleibt, sich im Rahmen der vertrauensvollen Zusammenarbeit auf einen KP zu "
                               "verständigen (Pkt. 7, 8.3)."], abschnitte=("7",), normen=("§ 31 SGB II",))
    k.schritt("Nichtbefolgung der Verpflichtung → Anhörung nach § 24 SGB X für mögliche Minderung nach § 31", "6.2")
    return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "anhoerung",
                          "Es erfolgt eine Anhörung nach § 24 SGB X für eine mögliche Leistungsminderung nach § 31 SGB II.",
                          ["Bei einer Verpflichtung nach § 15a Abs. 3 (kein KP) formuliert Pkt. 7: eine Minderung nach "
                           "§ 31 SGB II ist zu prüfen."])


feststellung(
    "verpflichtung.psychische_erkrankung",
    "Muss bei psychischer Erkrankung oder komplexen Handlungsbedarfen verpflichtet werden?", ("6.2",),
    antwort=Antwort.NEIN, modalitaet=Modalitaet.KANN,
    kurz="Nein – bei psychischen Erkrankungen und komplexen Handlungsbedarfen kann im Einzelfall "
         "entschieden werden, von einer Verpflichtung abzusehen.",
    erlaeuterung=["Die Entscheidung ist entsprechend zu dokumentieren."],
    normen=("§ 15a Abs. 2 SGB II",), thema=THEMA, ergebnis="einzelfall")

feststellung(
    "verpflichtung.psychische_erkrankung_dokumentation",
    "Ist die Einzelfallentscheidung bei psychischer Erkrankung oder komplexen Handlungsbedarfen zu dokumentieren?",
    ("6.2",),
    antwort=Antwort.JA, modalitaet=Modalitaet.MUSS,
    kurz="Ja – die Entscheidung im Einzelfall, ob von einer Verpflichtung abgesehen wird, ist zu dokumentieren.",
    erlaeuterung=["Bei Menschen mit psychischen Erkrankungen und komplexen Handlungsbedarfen kann im Einzelfall "
                  "entschieden werden, ob von einer Verpflichtung abgesehen werden kann; das Absehen selbst ist "
                  "Ermessen, die Dokumentation ist Pflicht."],
    normen=("§ 15a Abs. 2 SGB II",), thema=THEMA, ergebnis="dokumentieren")


@regel("verpflichtung.ausnahmen_rfb", "Darf zu dieser Leistung mit RFB verpflichtet werden?", ("6.2",),
       normen=("§ 15a Abs. 2 SGB II",), fakten=("leistung_art",), thema=THEMA)
def ausnahmen_rfb(k: Kontext):
    leistung = k.fakt("leistung_art")
    if leistung in _LEISTUNG_LABEL:
        k.schritt(f"{_LEISTUNG_LABEL[leistung]} → ausgenommen", "6.2")
        return k.entscheidung(Antwort.NEIN, Modalitaet.AUSGENOMMEN, f"ausgenommen_{leistung}",
                              f"Nein – {_LEISTUNG_LABEL[leistung]} ist von einer Verpflichtung mit RFB ausgenommen.",
                              [_AUSGENOMMEN],
                              normen=("§ 15a Abs. 2 SGB II",) + ((_LEISTUNG_NORM[leistung],)
                                                                 if leistung in _LEISTUNG_NORM else ()))
    if leistung == "andere":
        k.schritt("Keine der vier Ausnahmen von Pkt. 6.2", "6.2")
        return k.entscheidung(Antwort.JA, Modalitaet.FESTSTELLUNG, "keine_ausnahme",
                              "Ja – die Ausnahmen von Pkt. 6.2 betreffen nur § 16k, Reha-Leistungen, § 16a und § 16i; "
                              "andere Absprachen sind davon nicht ausgenommen.", [_AUSGENOMMEN])
    return k.offen("Nicht bei diesen vier: " + _AUSGENOMMEN[len("Von einer Verpflichtung mit RFB ausgenommen sind: "):],
                   [_AUSGENOMMEN], modalitaet=Modalitaet.AUSGENOMMEN)


@regel("verpflichtung.kein_kp", "Was gilt, wenn kein KP zustande kommt?", ("7",), normen=("§ 15a Abs. 3 SGB II",),
       fakten=("kp_zustande_gekommen",), thema=THEMA)
def kein_kp(k: Kontext):
    zustande = k.fakt("kp_zustande_gekommen")
    if zustande is True:
        k.schritt("KP ist zustande gekommen → keine Verpflichtung nach Abs. 3", "7")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "kp_vorhanden",
                              "Nein – eine Verpflichtung nach § 15a Abs. 3 SGB II kommt nur in Betracht, wenn kein KP "
                              "zustande gekommen oder eine Fortschreibung nicht möglich ist.")
    k.schritt("Kein KP zustande gekommen/Fortschreibung nicht möglich → Verpflichtung nach § 15a Abs. 3", "7")
    erlaeuterung = [
        "Inhalt: die erforderlichen Mitwirkungshandlungen (z. B. Eigenbemühungen, Teilnahme an einer Maßnahme).",
        "Bekanntgabe: im persönlichen Termin übergeben oder per PZU zustellen.",
        "Erfolgt die Mitwirkungshandlung im Nachgang nicht, ist eine Leistungsminderung nach § 31 SGB II zu prüfen.",
        "Ziel bleibt, sich auf einen KP zu verständigen (Pkt. 8.3).",
    ]
    if zustande is False:
        return k.entscheidung(Antwort.JA, Modalitaet.MUSS, "verpflichtung_abs3",
                              "Verpflichtung nach § 15a Abs. 3 SGB II – die eLb wird per Verpflichtungsbescheid "
                              "aufgefordert, die erforderlichen Mitwirkungshandlungen vorzunehmen.", erlaeuterung,
                              normen=("§ 15a Abs. 3 SGB II", "§ 31 SGB II"))
    return k.offen("Kommt im Beratungsgespräch kein KP zustande oder ist eine Fortschreibung nicht möglich, wird die eLb "
                   "mit einer Verpflichtung nach § 15a Abs. 3 SGB II aufgefordert, die erforderlichen "
                   "Mitwirkungshandlungen vorzunehmen.", erlaeuterung[1:], modalitaet=Modalitaet.MUSS)


feststellung(
    "verpflichtung.aufhebung", "Was geschieht mit dem alten Verpflichtungsbescheid, wenn ein neuer erlassen wird?",
    ("8.2.1",), antwort=Antwort.INFO, modalitaet=Modalitaet.MUSS,
    kurz="Der bestehende Verpflichtungsbescheid ist aufzuheben, wenn er durch einen neuen abgeändert werden soll "
         "(z. B. weil sich die Integrationsstrategie ändert).",
    erlaeuterung=["Ein entsprechender Aufhebungsbescheid steht in FMG.job zur Verfügung."],
    normen=("§ 15a SGB II",), thema=THEMA, ergebnis="aufheben")


@regel("verpflichtung.eintritt_unklar",
       "Welche Dauer gilt, wenn das Eintrittsdatum der Maßnahme noch unklar ist, und was folgt, sobald es feststeht?",
       ("8.2.2",), normen=("§ 15a SGB II",), fakten=("eintrittsdatum_bekannt", "vb_erlassen_am", "eintritt_bei_erlass_bekannt"),
       thema=THEMA)
def eintritt_unklar(k: Kontext):
    # 8.2.2 is about Maßnahmen "bei denen das genaue Eintrittsdatum bei Erlass … noch unklar ist"; a date already in the
    # Bescheid leaves nothing to change
    if k.falls_bekannt("eintritt_bei_erlass_bekannt") is True:
        k.schritt("Eintrittsdatum stand bei Erlass fest → der Fall des Pkt. 8.2.2 liegt nicht vor", "8.2.2")
        return k.entscheidung(Antwort.INFO, Modalitaet.NICHT_VORGESEHEN, "kein_aenderungsbescheid",
                              "Kein Änderungsbescheid – Pkt. 8.2.2 sieht ihn nur vor, wenn das genaue Eintrittsdatum bei "
                              "Erlass des Verpflichtungsbescheides noch unklar war und die Teilnahmedaten erst danach "
                              "bekannt werden.")
    bekannt = k.fakt("eintrittsdatum_bekannt")
    erlassen = k.fakt("vb_erlassen_am")
    aenderung = ("Sobald die exakten Teilnahmedaten bekannt sind, ist ein Änderungsbescheid zu erlassen "
                 "(Vordruck in FMG.job); er ist ebenfalls per PZU zuzustellen.")
    if bekannt is True:
        k.schritt("Teilnahmedaten bekannt → Änderungsbescheid erlassen, per PZU", "8.2.2")
        return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "aenderungsbescheid",
                              "Änderungsbescheid – sobald die exakten Teilnahmedaten bekannt sind, ist ein "
                              "Änderungsbescheid zu erlassen und per PZU zuzustellen.",
                              ["Ein entsprechender Vordruck steht in FMG.job zur Verfügung."])
    k.schritt("Eintrittsdatum unklar → ebenfalls eine Dauer von 6 Monaten wählen", "8.2.2")
    if erlassen is not None:
        bis = verpflichtung_gueltig_bis(erlassen)
        k.schritt(f"{datum(erlassen)} + 6 Monate = {datum(bis)}", "8.2.2")
        return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "sechs_monate_bis",
                              f"6 Monate – ist das genaue Eintrittsdatum bei Erlass noch unklar, ist ebenfalls eine Dauer "
                              f"von 6 Monaten zu wählen: ab {datum(erlassen)} also bis {datum(bis)}.",
                              [aenderung, ZAEHLWEISE], wert=bis)
    return k.entscheidung(Antwort.INFO, Modalitaet.MUSS, "sechs_monate",
                          "6 Monate – ist das genaue Eintrittsdatum bei Erlass noch unklar, ist ebenfalls eine Dauer "
                          "von 6 Monaten zu wählen.", [aenderung])


@regel("verpflichtung.rueckkehr", "Kann auf einen weiteren Verpflichtungsbescheid verzichtet werden?", ("8.3",),
       fakten=("pflichten_erfuellt", "bereit_neuer_kp"),
       ohne_norm="Pkt. 8.3 beschreibt das Ermessen der IFK ohne eigene Norm; Grundlage bleibt § 15a SGB II.",
       normen=("§ 15a SGB II",), thema=THEMA)
def rueckkehr(k: Kontext):
    erfuellt = k.fakt("pflichten_erfuellt")
    bereit = k.fakt("bereit_neuer_kp")
    beide = und(erfuellt, bereit)
    ermessen = "Die Entscheidung obliegt dem pflichtgemäßen Ermessen der zuständigen IFK."
    ziel = ("Verpflichtungsbescheide sind grundsätzlich nur zu erlassen, wenn keine ausreichende Mitwirkung erfolgt; "
            "Ziel bleibt die Rückkehr zur Zusammenarbeit auf freiwilliger Basis.")
    if beide is True:
        k.schritt("Pflichten zuverlässig erfüllt und bereit zu neuem KP → i. d. R. Verzicht möglich", "8.3")
        return k.entscheidung(Antwort.JA, Modalitaet.KANN, "verzicht_moeglich",
                              "Ja – in der Regel kann auf einen weiteren Verpflichtungsbescheid verzichtet werden.",
                              [ermessen, ziel])
    if beide is False:
        fehlt = "die Pflichten nicht zuverlässig erfüllt werden" if erfuellt is False else \
            "die eLb nicht bereit ist, einen neuen KP zu schließen"
        k.schritt(f"Voraussetzung von Pkt. 8.3 fehlt: {fehlt}", "8.3")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_VORGESEHEN, "voraussetzung_fehlt",
                              f"Nein – der Verzicht nach Pkt. 8.3 setzt voraus, dass die Pflichten zuverlässig erfüllt "
                              f"werden und die eLb zu einem neuen KP bereit ist; hier fehlt das, weil {fehlt}.",
                              [ziel])
    return k.offen("Kann – in der Regel kann auf einen weiteren Verpflichtungsbescheid verzichtet werden, wenn die "
                   "Pflichten zuverlässig erfüllt werden und die eLb bereit ist, einen neuen KP zu schließen.",
                   [ermessen, ziel], modalitaet=Modalitaet.KANN)


feststellung(
    "verpflichtung.ziel_kp", "Bleibt nach einem Verpflichtungsbescheid der KP das Ziel?", ("7", "8.3"),
    antwort=Antwort.JA,
    kurz="Ja – es bleibt das Ziel, sich im Rahmen der vertrauensvollen Zusammenarbeit auf einen KP zu verständigen.",
    erlaeuterung=["Verpflichtungsbescheide sind grundsätzlich nur zu erlassen, wenn keine ausreichende Mitwirkung "
                  "erfolgt (Pkt. 8.3)."],
    normen=("§ 15a SGB II",), thema=THEMA, ergebnis="kp_bleibt_ziel")
