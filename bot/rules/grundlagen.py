"""Weisung Pkt. 1, 2, 3, 4.1 and 6.4: what the Kooperationsplan is, its basis, form and filing."""
from __future__ import annotations

from bot.rules.core import Antwort, Modalitaet
from bot.rules.registry import feststellung

THEMA = "Grundlagen des Kooperationsplans"

feststellung(
    "kp.rechtsnatur", "Ist der KP ein Vertrag mit einklagbaren Rechten?", ("1", "2"),
    antwort=Antwort.NEIN,
    kurz="Nein – der Kooperationsplan ist kein Vertrag und rechtlich unverbindlich.",
    erlaeuterung=[
        "Er begründet auf beiden Seiten keine unmittelbaren Rechte bzw. Ansprüche (Pkt. 1).",
        "Er ist ein wirkungsorientiertes Instrument für Transparenz und Verbindlichkeit im Integrationsprozess "
        "und gibt das gemeinsame Ergebnis des Beratungsgesprächs wieder (Pkt. 1, 2).",
    ],
    normen=("§ 15 SGB II",), thema=THEMA, ergebnis="kein_vertrag")

feststellung(
    "kp.unterschrift", "Muss der KP unterschrieben werden?", ("1", "4.1", "6.4"),
    antwort=Antwort.NEIN, modalitaet=Modalitaet.NICHT_ERFORDERLICH,
    kurz="Nein – der Kooperationsplan bedarf keiner Unterschrift; das Dokument wird nicht unterzeichnet.",
    erlaeuterung=[
        "Der Kooperationsplan ist kein Vertrag (Pkt. 1).",
        "Er bedarf der Textform (Pkt. 4.1).",
        "Er wird automatisiert in d.3 abgelegt (Pkt. 6.4).",
    ],
    normen=("§ 15 Abs. 2 SGB II",), thema=THEMA, ergebnis="keine_unterschrift")

feststellung(
    "kp.form", "In welcher Form wird der KP erstellt?", ("4.1",),
    modalitaet=Modalitaet.MUSS,
    kurz="Der Kooperationsplan bedarf der Textform; er wird gemeinsam mit der eLb erstellt und nicht unterzeichnet.",
    erlaeuterung=["Formuliert wird er in zielgruppengerechter Sprache, im Regelfall in der Ich-Perspektive der eLb (Pkt. 1)."],
    normen=("§ 15 Abs. 2 SGB II",), thema=THEMA, ergebnis="textform")

feststellung(
    "kp.sprache", "In welcher Sprache und Perspektive wird der KP formuliert?", ("1",),
    modalitaet=Modalitaet.SOLL,
    kurz="In zielgruppengerechter Sprache; der Regelfall ist die Ich-Perspektive der eLb.",
    erlaeuterung=["Der KP gibt das gemeinsame Ergebnis des Beratungsgesprächs wieder (Pkt. 1)."],
    ohne_norm="Pkt. 1 nennt für die Sprache des KP keine Norm.", thema=THEMA, ergebnis="ich_perspektive")

feststellung(
    "kp.gemeinsam", "Wird der KP gemeinsam mit der eLb erarbeitet?", ("1", "2", "4.1"),
    antwort=Antwort.JA, modalitaet=Modalitaet.SOLL,
    kurz="Ja – der KP soll mit der eLb gemeinsam erarbeitet werden und gibt das gemeinsame Ergebnis des "
         "Beratungsgesprächs wieder.",
    erlaeuterung=[
        "Pkt. 4.1: Der KP wird gemeinsam mit der eLb erstellt.",
        "Er ist Ausdruck und Mittel einer wertschätzenden Zusammenarbeit (Pkt. 1).",
    ],
    normen=("§ 15 Abs. 2 SGB II",), thema=THEMA, ergebnis="gemeinsam")

feststellung(
    "kp.ziel", "Welches Ziel hat der KP?", ("1", "2"),
    kurz="Ziel ist die nachhaltige Beendigung der Hilfebedürftigkeit, die Integration in Arbeit und die "
         "Verbesserung der gesellschaftlichen Teilhabe.",
    erlaeuterung=[
        "Der KP strukturiert und terminiert die Aktivitäten von eLb und IFK bei Umsetzung und Nachhaltung der "
        "Integration und schafft Transparenz und Verbindlichkeit (Pkt. 2).",
        "Er ist Ausdruck und Mittel einer wertschätzenden Zusammenarbeit; Gesundheit und Reha-Bedarf treten "
        "stärker in den Fokus (Pkt. 1).",
    ],
    normen=("§ 15 SGB II",), thema=THEMA, ergebnis="ziel")

feststellung(
    "kp.ablage", "Wo wird der KP abgelegt?", ("6.4",),
    kurz="Der KP wird automatisiert an der dafür vorgesehenen Stelle (Kooperationsplan) in d.3 abgelegt.",
    erlaeuterung=["Eine Unterschrift ist dafür nicht nötig (Pkt. 6.4)."],
    ohne_norm="Pkt. 6.4 regelt ein internes Verfahren ohne Norm.", thema=THEMA, ergebnis="d3")

feststellung(
    "kp.minderjaehrige", "Darf ein KP mit Minderjährigen ohne Zustimmung der gesetzlichen Vertretung "
    "geschlossen werden?", ("4.1",),
    antwort=Antwort.JA, modalitaet=Modalitaet.KANN,
    kurz="Ja – ein KP darf auch mit Minderjährigen ohne Zustimmung der gesetzlichen Vertretung geschlossen werden.",
    erlaeuterung=[
        "Da alle Einladungen zum Abschluss eines KP mit RFB erfolgen, ist davon auszugehen, dass die gesetzliche "
        "Vertretung i. d. R. beim Abschluss anwesend sein wird (Pkt. 4.1).",
        "Ein Verpflichtungsbescheid ist dagegen an die gesetzliche Vertretung zu richten (Pkt. 4.2.1).",
    ],
    normen=("§ 15 Abs. 2 SGB II",), thema=THEMA, ergebnis="ohne_zustimmung")


feststellung(
    "kp.erstellung", "Ist mit jeder eLb ein KP zu erstellen, und wann?", ("4.1", "9"),
    antwort=Antwort.JA, modalitaet=Modalitaet.SOLL,
    kurz="Ja – mit jeder eLb soll unverzüglich auf Grundlage der Potenzialanalyse ein KP erstellt werden.",
    erlaeuterung=[
        "Voraussetzung ist eine vollständige Potenzialanalyse (Pkt. 3).",
        "Verzichtet werden kann nur in atypischen Fällen (Pkt. 9: Einstellungszusage, § 10-Kennung, Profillage I).",
        "Das erste Gespräch dazu findet persönlich im Jobcenter statt (Pkt. 4.2).",
    ],
    normen=("§ 15 Abs. 2 SGB II",), thema=THEMA, ergebnis="soll_unverzueglich")


feststellung(
    "kp.potenzialanalyse", "Kann der KP ohne vollständige Potenzialanalyse erstellt werden?", ("3",),
    antwort=Antwort.NEIN, modalitaet=Modalitaet.MUSS,
    kurz="Nein – eine vollständige Potenzialanalyse ist die Voraussetzung für die Erstellung eines KP.",
    erlaeuterung=[
        "Im Profiling (Potenzialanalyse) wird eine individuelle Einschätzung durchgeführt; sie ist die Grundlage der "
        "Integrationsprognose für die Vermittlung, die Beratung und den Einsatz von Eingliederungsleistungen.",
        "Auf Basis der PA sind mit der eLb die konkreten Schritte (Integrationsstrategie) zu erörtern und in den KP "
        "aufzunehmen; dabei soll eine konkrete Prozessbeschreibung erfolgen.",
        "Die PA identifiziert Stärken, Unterstützungs- und Handlungsbedarfe der eLb (Pkt. 2, 3).",
    ],
    normen=("§ 15 Abs. 1 SGB II", "§ 15 Abs. 2 Satz 1 SGB II"), thema=THEMA, ergebnis="pa_voraussetzung")
