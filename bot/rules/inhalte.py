"""Weisung Pkt. 5, 5.1, 5.2, 5.3: contents of the KP, Infoschreiben, Eigenbemühungen, further contents."""
from __future__ import annotations

from bot.rules.core import Antwort, Kontext, Modalitaet
from bot.rules.registry import feststellung, regel

THEMA = "Inhalte des Kooperationsplans"
_KEINE_NORM = "Pkt. {} nennt für die Inhalte des KP keine Norm."

SOLL_INHALTE = (
    "Persönliches Angebot der Beratung, Unterstützung oder Vermittlung",
    "Angaben zur geplanten Ausbildung, Tätigkeit oder Tätigkeitsbereiche",
    "Eigenbemühungen (eLb, Schritte) – siehe Pkt. 5.2",
    "Geplante Eingliederungsleistungen – siehe Pkt. 5.1",
    "Integrationskurs oder Deutschsprachförderung (wenn relevant)",
    "Ob und wie Leistungen anderer Leistungsträger einbezogen werden",
    "Hinwirkung auf Antragstellung beim Reha-Träger (sofern ein Bedarf besteht)",
    "Vermittlungsziel (übergeordnetes Ziel)",
)
KANN_INHALTE = (
    "Maßnahmen, Leistungen und Träger bei gesundheitlichen Beeinträchtigungen",
    "Leistungen für weitere Personen in der Bedarfsgemeinschaft",
)


@regel("inhalte.kp", "Was gehört in den KP?", ("5",), fakten=("deutschfoerderung_relevant", "reha_bedarf"),
       ohne_norm=_KEINE_NORM.format("5"), thema=THEMA)
def inhalte_kp(k: Kontext):
    deutsch = k.fakt("deutschfoerderung_relevant")
    reha = k.fakt("reha_bedarf")
    soll = list(SOLL_INHALTE)
    if deutsch is not None:
        soll[4] = "Integrationskurs oder Deutschsprachförderung" + (" (relevant)" if deutsch else " – entfällt, nicht relevant")
    if reha is not None:
        soll[6] = "Hinwirkung auf Antragstellung beim Reha-Träger" + (" (Bedarf besteht)" if reha else " – entfällt, kein Bedarf")
    k.schritt("Soll- und Kann-Inhalte nach Pkt. 5", "5")
    return k.entscheidung(
        Antwort.INFO, Modalitaet.SOLL, "soll_und_kann_inhalte",
        "Im KP werden das nächste Ziel, die nächsten Schritte, die Unterstützung durch das JC (Integrationsleistungen und "
        "Eigenbemühungen), die Unterstützung durch Dritte und das übergeordnete Ziel festgehalten.",
        ["Soll-Inhalte: " + "; ".join(f"{nr}. {text}" for nr, text in enumerate(soll, 1)) + ".",
         "Kann-Inhalte: " + "; ".join(f"{nr}. {text}" for nr, text in enumerate(KANN_INHALTE, 1)) + ".",
         "Weitere Aktivitäten können vereinbart werden, z. B. Kinderbetreuung, Reha-Mitwirkung, Maßnahmen Dritter (Pkt. 5.3)."])


@regel("inhalte.deutschfoerderung", "Gehört ein Integrationskurs bzw. eine Deutschsprachförderung in den KP?", ("5",),
       fakten=("deutschfoerderung_relevant",), ohne_norm=_KEINE_NORM.format("5"), thema=THEMA)
def deutschfoerderung(k: Kontext):
    relevant = k.fakt("deutschfoerderung_relevant")
    if relevant is True:
        k.schritt("Soll-Inhalt Nr. 5, da relevant", "5")
        return k.entscheidung(Antwort.JA, Modalitaet.SOLL, "soll_inhalt",
                              "Ja – ist er relevant, ist der Integrationskurs bzw. die Deutschsprachförderung ein "
                              "Soll-Inhalt des KP.")
    if relevant is False:
        k.schritt("Soll-Inhalt Nr. 5 nur wenn relevant → hier nicht", "5")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_ERFORDERLICH, "nicht_relevant",
                              "Nein – Integrationskurs oder Deutschsprachförderung gehören nur in den KP, wenn sie "
                              "relevant sind.")
    return k.offen("Wenn relevant – dann sind Integrationskurs oder Deutschsprachförderung ein Soll-Inhalt des KP.", modalitaet=Modalitaet.SOLL)


@regel("inhalte.reha", "Gehört das Hinwirken auf einen Reha-Antrag in den KP?", ("5",), fakten=("reha_bedarf",),
       ohne_norm=_KEINE_NORM.format("5"), thema=THEMA)
def reha(k: Kontext):
    bedarf = k.fakt("reha_bedarf")
    if bedarf is True:
        k.schritt("Soll-Inhalt Nr. 7, da Reha-Bedarf besteht", "5")
        return k.entscheidung(Antwort.JA, Modalitaet.SOLL, "soll_inhalt",
                              "Ja – besteht ein Reha-Bedarf, ist die Hinwirkung auf die Antragstellung beim Reha-Träger "
                              "ein Soll-Inhalt des KP.",
                              ["Auch die aktive Mitwirkung bei einem Reha-Verfahren kann vereinbart werden (Pkt. 5.3).",
                               "Leistungen im Reha-Verfahren sind von einer Verpflichtung mit RFB ausgenommen (Pkt. 6.2)."],
                              abschnitte=("5", "5.3"))
    if bedarf is False:
        k.schritt("Soll-Inhalt Nr. 7 nur sofern Bedarf → hier keiner", "5")
        return k.entscheidung(Antwort.NEIN, Modalitaet.NICHT_ERFORDERLICH, "kein_bedarf",
                              "Nein – die Hinwirkung auf einen Reha-Antrag gehört nur in den KP, sofern ein Bedarf besteht.")
    return k.offen("Sofern ein Reha-Bedarf besteht – dann ist die Hinwirkung auf die Antragstellung beim Reha-Träger "
                   "ein Soll-Inhalt des KP.", modalitaet=Modalitaet.SOLL)


feststellung(
    "inhalte.weitere", "Welche weiteren Inhalte können im KP vereinbart werden?", ("5.3", "5"),
    antwort=Antwort.JA, modalitaet=Modalitaet.KANN,
    kurz="Ja – es können weitere Aktivitäten vereinbart werden, z. B. das Bemühen um eine Kinderbetreuung, die aktive Mitwirkung bei einem "
         "Reha-Verfahren oder die Teilnahme an Maßnahmen Dritter.",
    erlaeuterung=[
        "Ergänzende Informationen können z. B. als Flyer beigelegt werden (Pkt. 5.3).",
        "Kann-Inhalte nach Pkt. 5: Maßnahmen, Leistungen und Träger bei gesundheitlichen Beeinträchtigungen; "
        "Leistungen für weitere Personen in der Bedarfsgemeinschaft.",
    ],
    ohne_norm=_KEINE_NORM.format("5.3"), thema=THEMA, ergebnis="kann_vereinbart_werden")

feststellung(
    "inhalte.infoschreiben", "Was gilt, wenn im KP eine Maßnahme oder AGH festgehalten wird?", ("5.1",),
    modalitaet=Modalitaet.MUSS,
    kurz="Die eLb erhält zunächst ein Infoschreiben (\"Infoschreiben AGH\" bzw. \"Infoschreiben Maßnahme zur "
         "beruflichen Aktivierung\") mit allen notwendigen Informationen.",
    erlaeuterung=[
        "Darin sind die geplante Eingliederungsleistung und der Termin bzw. die Frist zur Vorstellung/Rückmeldung zum "
        "Antritt aufzunehmen, außerdem Kontaktdaten des Trägers, Maßnahmeinhalte, Dauer usw.",
        "Das Schreiben hat rein informellen Charakter: keine RFB und keine RBB.",
    ],
    ohne_norm=_KEINE_NORM.format("5.1"), thema=THEMA, ergebnis="infoschreiben")

feststellung(
    "inhalte.infoschreiben_rfb", "Enthält das Infoschreiben eine RFB oder RBB?", ("5.1",),
    antwort=Antwort.NEIN,
    kurz="Nein – das Infoschreiben hat rein informellen Charakter; es beinhaltet keine RFB und keine RBB.",
    erlaeuterung=["Es enthält die geplante Eingliederungsleistung, den Termin bzw. die Frist zur Vorstellung/Rückmeldung "
                  "und alle weiteren Informationen zur Maßnahme (Träger, Inhalte, Dauer)."],
    ohne_norm=_KEINE_NORM.format("5.1"), thema=THEMA, ergebnis="keine_rfb_rbb")

feststellung(
    "inhalte.eigenbemuehungen", "Wie werden Eigenbemühungen im KP festgelegt?", ("5.2",),
    modalitaet=Modalitaet.SOLL,
    kurz="Individuell – im KP wird festgelegt, welche angemessenen Eigenbemühungen die eLb mindestens unternehmen "
         "und nachweisen soll.",
    erlaeuterung=["Eine feste Anzahl (z. B. von Bewerbungen) nennt die Weisung nicht.",
                  "Im Beratungsgespräch ist zu erläutern, welche Leistungen aus dem Vermittlungsbudget möglich sind; "
                  "das Info-Blatt \"VB-Eigenbemühungen/Vorstellungsgespräche\" wird ausgehändigt."],
    ohne_norm=_KEINE_NORM.format("5.2"), thema=THEMA, ergebnis="individuell")

feststellung(
    "inhalte.vermittlungsbudget", "Was ist zum Vermittlungsbudget und zum Info-Blatt zu tun?", ("5.2",),
    modalitaet=Modalitaet.MUSS,
    kurz="Im Beratungsgespräch ist der eLb zu erläutern, welche Leistungen sie aus dem Vermittlungsbudget erhalten kann; "
         "ggf. ist direkt eine Antragstellung zu dokumentieren.",
    erlaeuterung=["Zusätzlich wird das Info-Blatt \"VB-Eigenbemühungen/Vorstellungsgespräche\" ausgehändigt; es kann "
                  "beim Druck des KP generiert werden.",
                  "Die Aushändigung des Info-Blatts ist im Beratungsvermerk zu dokumentieren."],
    ohne_norm=_KEINE_NORM.format("5.2"), thema=THEMA, ergebnis="erlaeutern_und_dokumentieren")
