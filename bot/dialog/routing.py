"""Which rule answers which intent, and what the question itself already says.

`implizit`: facts the intent's question states by its nature ("Kunde hat die Absprachen nicht
eingehalten, was nun?" → absprachen_eingehalten = nein). They are used only when the message and the
conversation do not say otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.answers.polaritaet import SPAETER_ALS_UNVERZUEGLICH, VORSORGLICHER_BESCHEID, letzte_frage


@dataclass(frozen=True)
class Route:
    regel: str
    implizit: dict[str, Any] = field(default_factory=dict)


ROUTEN: dict[str, Route] = {
    "frage_kp_rechtsnatur": Route("kp.rechtsnatur"),
    "frage_kp_unterschrift": Route("kp.unterschrift"),
    "frage_kp_form": Route("kp.form"),
    "frage_kp_sprache": Route("kp.sprache"),
    "frage_kp_gemeinsam": Route("kp.gemeinsam"),
    "frage_kp_ziel": Route("kp.ziel"),
    "frage_potenzialanalyse": Route("kp.potenzialanalyse"),
    "frage_kp_erstellung": Route("kp.erstellung"),
    "frage_kp_minderjaehrige": Route("kp.minderjaehrige"),
    "frage_kp_ablage": Route("kp.ablage"),
    "frage_einladung_rfb": Route("einladung.rfb"),
    "frage_erstgespraech": Route("einladung.erstgespraech"),
    "frage_fahrtkosten": Route("einladung.fahrtkosten"),
    "frage_terminversaeumnis": Route("verpflichtung.terminversaeumnis", {"termin_versaeumt": True}),
    "frage_verpflichtung_inhalt": Route("verpflichtung.inhalt"),
    "frage_vb_zustellung": Route("verpflichtung.zustellung"),
    "frage_vb_minderjaehrige": Route("verpflichtung.minderjaehrige"),
    "frage_kp_dauer": Route("frist.kp_dauer"),
    "frage_kp_inhalte": Route("inhalte.kp"),
    "frage_deutschfoerderung_im_kp": Route("inhalte.deutschfoerderung"),
    "frage_reha_im_kp": Route("inhalte.reha"),
    "frage_weitere_inhalte": Route("inhalte.weitere"),
    "frage_infoschreiben": Route("inhalte.infoschreiben"),
    "frage_eigenbemuehungen": Route("inhalte.eigenbemuehungen"),
    "frage_vermittlungsbudget": Route("inhalte.vermittlungsbudget"),
    "frage_kp_ueberpruefung": Route("umsetzung.ueberpruefung"),
    "frage_absprachen_nicht_eingehalten": Route("verpflichtung.absprachen_nicht_eingehalten",
                                                {"absprachen_eingehalten": False}),
    "frage_verpflichtung_nicht_befolgt": Route("verpflichtung.nicht_befolgt"),
    "frage_psychische_erkrankung": Route("verpflichtung.psychische_erkrankung"),
    "frage_ausnahme_verpflichtung_rfb": Route("verpflichtung.ausnahmen_rfb"),
    "frage_massnahmeabbruch": Route("umsetzung.massnahmeabbruch"),
    "frage_kp_gescheitert": Route("umsetzung.kp_gescheitert"),
    "frage_kp_fortschreibung": Route("frist.kp_fortschreibung"),
    "frage_kein_kp_zustande": Route("verpflichtung.kein_kp", {"kp_zustande_gekommen": False}),
    "frage_vb_gueltigkeit": Route("frist.vb_gueltigkeit"),
    "frage_vb_aufhebung": Route("verpflichtung.aufhebung"),
    "frage_vb_aenderung": Route("verpflichtung.eintritt_unklar"),
    "frage_rueckkehr_ohne_vb": Route("verpflichtung.rueckkehr"),
    "frage_verzicht_kp": Route("ausnahme.verzicht"),
    "frage_einstellungszusage": Route("ausnahme.einstellungszusage"),
    "frage_paragraph10": Route("ausnahme.paragraph10", {"paragraph10_kennung": True}),
    "frage_paragraph10_pruefung": Route("frist.paragraph10_pruefung"),
    "frage_profillage1": Route("ausnahme.profillage1", {"profillage_1": True}),
    "frage_profillage1_pruefung": Route("frist.profillage1_pruefung"),
    "frage_selbststaendigkeit": Route("ausnahme.selbststaendigkeit"),
    "frage_kennung_kp": Route("ausnahme.kennung_kp"),
}

_FERN = re.compile(r"telefon|video|online|digital|zoom|teams|skype|per mail|schriftlich|fernmündlich|"
                   r"abweich|ausnahme|ohne (persönlich|dass)|nicht persönlich|remote|von zu ?hause", re.I)
_RFB = re.compile(r"\brfb\b|\brbb\b|rechtsfolgen|rechtsbehelf", re.I)
_VERZICHT_FALL = {"einstellungszusage": "ausnahme.einstellungszusage", "paragraph10": "ausnahme.paragraph10",
                  "profillage1": "ausnahme.profillage1"}


def ist_frage_intent(intent: str | None) -> bool:
    return intent in ROUTEN


class NurInDerFrage:
    """A pattern that counts only in the question itself, not in the facts told before it
    ("VB per PZU erhalten, legt trotzdem keine EB vor – wie weiter?" does not ask how to deliver)."""

    def __init__(self, muster: re.Pattern):
        self._muster = muster

    def search(self, text: str) -> re.Match | None:
        return self._muster.search(letzte_frage(text))


class OhneBehauptung(NurInDerFrage):
    """A pattern that does not count inside a colleague's claim the IFK asks about ("Ein Kollege meint, ich müsse nach
    Abs. 3 verpflichten. Stimmt das?" is about the case told before, not about Abs. 3)."""

    _BEHAUPTUNG = re.compile(r"\b(kolleg\w*|teamleit\w*|jemand|man|die anderen)\b (\w+ )?(meint|meinte|sagt|sagte|behauptet|"
                             r"erzählt|hat gesagt|ist der meinung)\b[^.?!]*", re.I)

    def search(self, text: str) -> re.Match | None:
        return self._muster.search(self._BEHAUPTUNG.sub(" ", text))


class OhneFeststellung:
    """A pattern that does not count in the Minderung's own Bescheid told as a fact ("Seit dem 26.11. ist der
    Minderungsbescheid bekanntgegeben. Kann ich ihn jetzt verpflichten?" does not ask how to deliver the VB)."""

    _FESTSTELLUNG = re.compile(r"\b(minderungs|feststellungs)bescheid\w*\b(?:[^.?!]|(?<=\d)\.){0,60}?\bbekannt ?gegeben\b(?! ?\?)|"
                               r"\bbekannt ?gegeben\w* (\w+ ){0,2}(minderungs|feststellungs)bescheid\w*", re.I)

    def __init__(self, muster: re.Pattern):
        self._muster = muster

    def search(self, text: str) -> re.Match | None:
        return self._muster.search(self._FESTSTELLUNG.sub(" ", text))


# Terms so specific that they name the topic whatever the classifier says (checked in this order).
_EINDEUTIG: list[tuple[re.Pattern, str]] = [
    (re.compile(r"kennung kp|feld bemerkung|bemerkungsfeld|reiter allgemeines", re.I), "frage_kennung_kp"),
    # 8.3: a Bescheid "zur Sicherheit" for a client who cooperates
    (VORSORGLICHER_BESCHEID, "frage_rueckkehr_ohne_vb"),
    # "Widerspruch gegen ihren Aufhebungsbescheid" is a benefits decision, not the Verpflichtungsbescheid's (8.2.1)
    (re.compile(r"^(?!.*\bgegen (\w+ ){0,2}aufhebungsbescheid)(?=.*aufhebungsbescheid)", re.I | re.S), "frage_vb_aufhebung"),
    # how the Änderungsbescheid is delivered (8.2.2: PZU) is a question of delivery
    (re.compile(r"^(?=.*änderungsbescheid)(?=.*(\bpzu\b|postzustell|zustell|\bbrief\b|\bpost\b|übergeb|bekannt ?zu ?geben|bekanntgabe|bekanntgeben|"
                r"\bgeb\w* (\w+ ){0,3}bekannt\b))", re.I | re.S),
     "frage_vb_zustellung"),
    # "eLb 16 J., VA nach Abs. 3 – an wen richte ich den?" asks for the addressee (4.2.1)
    (re.compile(r"^(?=.*\ban wen\b[^?]{0,40}\b(richt|adressier|schick|send|geht|gehen|zustell|versend))"
                r"(?=.*\b(vb|va|bescheid\w*|verpflicht\w*)\b)", re.I | re.S), "frage_vb_minderjaehrige"),
    (re.compile(r"änderungsbescheid|eintrittsdatum|teilnahmedaten|(maßnahme|massnahme)\w*(beginn|start)\w* (\w+ ){0,2}(offen|unklar|"
                r"unbekannt|nicht (fest|bekannt|klar))", re.I), "frage_vb_aenderung"),
    # named in the question itself, not only in the facts ("… (nur Infoschreiben). Seitdem erscheint er nicht mehr.")
    (re.compile(r"\binfoschreiben\b[^.!]*(\?\s*$|$)", re.I), "frage_infoschreiben"),
    # "Unterschrift, bevor der KP in die E-Akte geht?" asks for the signature (6.4 answers both)
    (re.compile(r"^(?=.*((?<!\br)unterschr(ei|ie)b|unterschrift|unterzeichn|signier))(?=.*(\bd\.?3\b|e-?akte))", re.I | re.S),
     "frage_kp_unterschrift"),
    (re.compile(r"\bd\.?3\b|e-?akte", re.I), "frage_kp_ablage"),
    # 4.1 sends the reader to "Pkt. 8" for the exceptions; they are in Pkt. 9 (DOMAIN.md)
    (re.compile(r"^(?=.*\b(pkt|punkt|ziffer|nr|abschnitt)\.?\s*8\b(?!\.\d))(?=.*(ausnahm|verzicht|atypisch|absehen))",
                re.I | re.S), "frage_verzicht_kp"),
]
# "Kennung KP ist gesetzt – wann prüfe ich wieder?" asks for the re-check, not for the entry
_WIEDERVORLAGE = {"frage_kennung_kp": ("frage_profillage1_pruefung", "frage_paragraph10_pruefung")}
_KEIN_KP = r"(kein\w*|ohne) (kp|kooperationsplan)"
_FMG_EINTRAG = re.compile(r"^(?=.*\bfmg)(?=.*(eintrag|\btrag\w* .{0,50}\bein\b|vermerk|dokumentier|hinterleg|notier|festhalt))",
                          re.I | re.S)
# "(d)runterschreiben" is signing, "runterschreiben" (write down) is not
_UNTERSCHRIFT = re.compile(r"(?<!\br)unterschr(ei|ie)b|unterschrift|unterzeichn|signier", re.I)
_VERZICHT_ZULAESSIG = re.compile(r"\b((kp|kooperationsplan)-?verzicht|verzicht auf (den |einen )?(kp|kooperationsplan)|"
                                 r"auf (den |einen )?(kp|kooperationsplan) (\w+ ){0,2}verzicht\w*)\b[^?]{0,60}"
                                 r"\b(zulässig|erlaubt|möglich|okay|ok|in ordnung|statthaft|vertretbar|geht das|darf)\b", re.I)
_KP_VERZICHT = re.compile(r"(kp|kooperationsplan)\w* ((auch|mal|einfach|ganz|komplett|gleich|nicht|hier|da|dann|bei ihm|bei ihr) ){0,3}(weglassen|sparen|"
                          r"auslassen|entfallen lassen|verzichten)|"
                          r"\b(kann|darf|muss) (ich|man|wir)\b[^?]{0,60}\bkein\w* (kps?|kooperationspl\w*) (mehr )?(zu )?(machen|"
                          r"erstellen|abschließen|aufsetzen)|"
                          r"\bkein\w* (kps?|kooperationspl\w*) (mehr )?(zu )?(machen|erstellen|abschließen|aufsetzen)\b[^?.]{0,40}"
                          r"\b(kann|darf|dürfen|können|geht|okay|ok|erlaubt)\b|"
                          r"(auf|ohne) (den |einen |das )?(kp|kooperationsplan)\b(?! zustande)|verzicht\w* auf (den |einen )?(kp|kooperationsplan)|"
                          r"\b(kp|kooperationsplan)-?verzicht|"
                          # "wie streng is das mit dem kp – kann ich da einfach drauf verzichten?"
                          r"\b(kp|kooperationsplan)\b[^?]{0,40}\b(kann|darf) (ich|man|wir) (\w+ ){0,3}(darauf|drauf|auf ihn) verzichten",
                          re.I)
# "what may the Verpflichtungsbescheid demand?" – its content (4.2.1, 7), whatever paragraph it is issued under
_VB_INHALT = re.compile(r"welche (mitwirkungshandlung|pflichten|auflagen)|was (kann|darf|soll) .{0,60}(verlangen|fordern|"
                        r"auferlegen|festlegen|festgelegt|enthalten|stehen|aufgeben|vorschreiben)|\binhalt\w* (des|eines|vom|im) "
                        r"(vb|verpflichtungsbescheid)|was steht (in|im) (dem |einem )?(vb|verpflichtungsbescheid)", re.I)
# how the Verpflichtungsbescheid reaches the eLb (PZU or in person) – whatever ground it was issued on
_ZUSTELLWEG = re.compile(r"\bpzu\b|postzustellung|zustell|persönlich (\w+ ){0,3}(übergeb|aushändig|überreich)|übergabe|"
                         r"bekanntgabe|bekannt ?zu ?geben|bekannt ?gegeben|bekanntgeben|\bgeb\w* (\w+ ){0,3}bekannt\b|in die hand|im termin (\w+ ){0,2}(übergeb|aushändig|"
                         r"mitgeb|überreich)|(einfache\w*|normale\w*|per|mit der) post\b|einschreiben|"
                         r"(einfache\w*|normale\w*) brief\b|\bper brief\b|(reicht|genügt) (\w+ ){0,2}brief\b|"
                         r"(ab wann|wann)\b.{0,90}\b(rausschick|raus ?schick|versend|verschick|zuschick|rausgeh|raus\b)|"
                         # "auf welchem Weg darf ich ihn ihr zukommen lassen?"
                         r"auf welchem weg|zukommen lassen|"
                         # "Darf der Verpflichtungsbescheid schon jetzt raus?"
                         r"\b(schon|jetzt|sofort|gleich|bereits)\b (\w+ ){0,2}(raus|rausschicken|rausgehen|verschicken|versenden|"
                         r"losschicken)\b", re.I | re.S)
# "bis wann muss ich den KP überarbeiten?" asks for the Fortschreibung date, whatever else the question mentions
_FORTSCHREIBUNG = re.compile(r"(bis wann|spätestens|wann)\b.{0,60}(überarbeit|fortschreib|fortgeschrieben|aktualisier|"
                             r"anpass|angepasst|erneuer|updaten)", re.I | re.S)
# "Darf ich die KPs vorab allein runterschreiben und nur abnicken lassen?" – joint elaboration (4.1), not the signature
_ALLEIN_VORSCHREIBEN = re.compile(r"^(?!.*((?<!\br)unterschr|unterzeichn|signatur|signier))(?=.*\b(kps?|kooperationspl\w*)\b)(?=.*\b(allein|alleine|vorab|im voraus|ohne (die |den )?"
                                  r"(kundin|kunden|elb|leute))\b[^?]{0,40}\b(\w*schreib\w*|erstell\w*|tipp\w*|formulier\w*|"
                                  r"vorbereit\w*|fertig\w*|ausfüll\w*))", re.I | re.S)
# "kunde fragt ob er die eigenbemühungen auch nachweisen muss" – what the KP asks of the eLb (5.2), not how the IFK checks (6.1)
_EB_NACHWEIS_PFLICHT = re.compile(r"\b(er|sie|kunde|kundin|elb|man)\b (\w+ ){0,6}(nachweisen|belegen|vorlegen|vorzeigen) "
                                  r"(muss|müssen|soll|sollen|braucht)\b|\b(muss|müssen|soll|sollen)\b (er|sie|der kunde|die kundin|die elb|man) "
                                  r"(\w+ ){0,6}(nachweisen|belegen|vorlegen|vorzeigen)\b", re.I)
# "steht im KP nur, was das Jobcenter will, oder das, was wir besprochen haben?" – the joint result of the talk (1, 4.1)
_VORGABE = r"(jobcenter|\bjc\b|\bifk\b|\bamt\b|\bich\b)\s(\w+ ){0,5}(will|möchte|vorgibt|vorschreibt|festlegt|bestimmt|überlegt|ausgedacht)\b"
_GEMEINSAM = r"(besprochen|abgesprochen|vereinbart|erarbeitet|gemeinsam|zusammen|ausgemacht|was anderes|etwas anderes)"
_VORGABE_ODER_GEMEINSAM = re.compile(_VORGABE + r".{0,80}\boder\b.{0,80}" + _GEMEINSAM + "|" + _GEMEINSAM + r".{0,80}\boder\b.{0,80}"
                                     + _VORGABE, re.I | re.S)
_KP_VORGABE_ODER_GEMEINSAM = re.compile(r"^(?=.*\b(kp|kooperationsplan|plan)\b)(?=.*(" + _VORGABE_ODER_GEMEINSAM.pattern + r"))",
                                        re.I | re.S)
# "KP ist seit drei Wochen über die 6 Monate drüber" – the update of 6.3 is overdue, not the first KP of 4.1
_SECHS_MONATE_UM = re.compile(r"über (die |den )?(6|sechs) monat|(6|sechs) monate (\w+ ){0,3}(um|vorbei|rum|abgelaufen|"
                              r"überschritten|drüber)\b|halbe\w* jahr (\w+ ){0,3}(um|vorbei|rum)\b|überfällig", re.I)
# "Kann ich ihn nach Abs. 2 verpflichten?" after a breach of the KP asks for the Verpflichtung, not for what follows
# when a Verpflichtung is not obeyed
_VERPFLICHTEN_WEGEN_KP = re.compile(r"^(?!.*\b(bescheid\w*|vb|va|verpflichtung)\b.{0,40}\b(nicht|ignor|missacht|verstoß|"
                                    r"verstoss)|.*trotz (des |dem |der )?(bescheid|vb|va|verpflichtung)|.*\b(aus dem|im) "
                                    r"(bescheid|vb|va|verpflichtungsbescheid)\b|.*\b(bescheid|vb|va)\w* (erhalten|bekommen|zugestellt))"
                                    r"(?=.*(\bkp\b|kooperationsplan|absprache|vereinbart))(?=.*(\bverpflichte[nt]?\b|"
                                    r"(bescheid|\bvb|\bva)\w* (erlassen|machen|schicken|raus)|\berlasse\b))", re.I | re.S)
# "bei § 10-Kennung überhaupt KP?" asks for 9.2, not for the entry "Kennung KP"
_PARAGRAPH10 = re.compile(r"^(?!.*(kennung kp|bemerkung|reiter|\bfmg|eintrag|\btrag\w* .{0,50}\bein\b|vermerk|dokumentier|prüf|wiedervorlage))(?=.*(§ ?10\b|paragraf(en)? 10\b|"
                          r"paragraph(en)? 10\b|10er))", re.I | re.S)


# "wie lege ich die EB im KP fest?" asks for 5.2, not for the list of contents
_EB_FESTLEGEN = re.compile(r"(wie|nach welche\w*|maßstab|anzahl|wie viele)\b.{0,40}\b(eb|ebs|eigenbemühung\w*|bewerbung\w*)\b|"
                           r"\b(eb|ebs|eigenbemühung\w*|bewerbung\w*)\b.{0,40}(festleg|festgeleg|\bfest\b|maßstab|bemess)", re.I | re.S)
# "wann schaue ich wieder drauf?" after a decision without KP asks for the re-check
_WIEDER_PRUEFEN = re.compile(r"wieder (drauf|nach|prüf|überprüf|anschau|schau|guck)|wie oft|regelmäßig|wiedervorlage|"
                             r"(wann|bis wann)\b.{0,40}\b(erneut|wieder|nochmal|noch mal)\b", re.I | re.S)
# "Kein KP wegen Zusage – wie und wo dokumentiere ich das?" asks for the Kennung KP (9.3)
_DOKU_KEIN_KP = re.compile(r"^(?=.*(\b(kein\w*|ohne|verzicht\w*)\b.{0,30}\b(kp|kooperationsplan)\b|\b(kp|kooperationsplan) (\w+ ){0,2}"
                           r"verzicht))(?=.*(?<!kein )(?<!keinen )(?<!keine )(?<!ohne )(dokumentier|vermerk|festhalt|"
                           r"eintrag|\btrag\w* .{0,40}\bein\b|festhalten))", re.I | re.S)
# "Kunde hält sich nicht an den KP – kann ich was machen, der ist doch unverbindlich?" asks for 6.2
_NICHT_EINGEHALTEN = re.compile(r"(hält|halten|hielt)\w* sich (\w+ ){0,2}nicht an|nicht eingehalten|einhält|verstößt|verstoß|"
                                r"\bsich (\w+ ){0,3}nicht an (die|den|das|seine|ihre|unsere) .{0,60}\b(hält|halten|hielt|gehalten)\b",
                                re.I | re.S)
# "nicht zum Termin gekommen – was ist mit dem KP, wenn ich verpflichte?" is the missed appointment of 4.2.1, not 7
_TERMIN_VERSAEUMT = re.compile(r"\b(nicht|nie)\b (\w+ ){0,3}(zum|zu dem|zu seinem|zu ihrem|zu einem|beim|im) (\w+ ){0,2}\w*termin\w* "
                               r"(\w+ ){0,4}(gekommen|erschienen|aufgetaucht)|"
                               r"\b(kam|kommt|erschien|erscheint)\b (\w+ ){0,4}(nicht|nie)\b (\w+ ){0,2}(zum|zu dem|zu seinem|zu ihrem|"
                               r"zu einem|beim|im) (\w+ ){0,2}\w*termin|termin\w* (\w+ ){0,3}(versäumt|verpasst|"
                               r"geschwänzt|nicht wahrgenommen|platzen lassen)|meldeversäumnis|terminversäumnis|"
                               # "mit RFB für den 20.10. eingeladen. Er ist ohne wichtigen Grund nicht erschienen"
                               r"\b(eingeladen|einladung)\b(?:(?!maßnahme|massnahme|kurs|agh|träger)[^?]){0,120}\bnicht "
                               r"(erschienen|gekommen|aufgetaucht)", re.I)
# "Kd. will keinen KP, VA nach Abs. 3 ist raus – Thema erledigt?" is Pkt. 7, not the broken agreements of 6.2
# ("Abs. 2 oder Abs. 3?" names both: the facts decide, not the number)
_KEIN_KP_ZUSTANDE = re.compile(r"^(?!.*\babs(atz|\.)?\s*2\b).*\babs(atz|\.)?\s*3\b|kein\w* (kp|kooperationsplan) (zustande|gekommen|geschlossen)|"
                               r"(kp|kooperationsplan) (ist |wurde )?(\w+ )?nicht zustande|"
                               r"(will|möchte)\w* (\w+ )?(keinen|kein) (kp|kooperationsplan)|lehnt (\w+ ){0,2}(kp|kooperationsplan) ab|"
                               # "die Fortschreibung ist gescheitert, weil er keinen der Schritte mittragen wollte"
                               r"fortschreibung\w* (\S+ ){0,4}(gescheitert|geplatzt|nicht zustande)|"
                               r"kein\w* (\w+ ){0,3}(schritte?|vorschläge?|vorschlag) (\w+ ){0,2}mit(tragen|machen)|"
                               r"kein\w* (kp|kooperationsplan) (zu machen|hinzukriegen|hinzubekommen|möglich)|"
                               # "wir sind uns null einig geworden", "konnten uns auf keinen KP einigen"
                               r"\b(nicht|null|gar nicht|überhaupt nicht) (\w+ )?einig (geworden|werden)|keine einigung|"
                               r"auf kein\w* (kp|kooperationsplan) (\w+ )?einig", re.I | re.S)
_FORTSCHREIBUNG_GESCHEITERT = re.compile(r"fortschreibung\w* (\S+ ){0,4}(gescheitert|geplatzt|nicht zustande)", re.I)
# "Worauf muss ich bei der Formulierung achten?" (A2-Deutsch) asks for the KP's language (1), not for Deutschförderung
_FORMULIERUNG = re.compile(r"formulier|wie schreib|ausdrück|verständlich|einfache\w* sprache|leichte\w* sprache|"
                           r"ich-(form|perspektive)|wortwahl", re.I)
_ABBRUCH = re.compile(r"abgebrochen|abbruch|abbricht|bricht .{0,40}ab\b|(hin)?geschmissen|schmeißt .{0,30}hin|nicht mehr hin|"
                      r"(erscheint|kommt|geht) (\w+ ){0,5}nicht mehr\b", re.I)
# "KP gescheitert nach dem Abbruch. Ich hab sie mit RFB eingeladen – sie ist nicht gekommen": the next step of 6.2.1
_NACH_NEUER_EINLADUNG = re.compile(r"\b(ein)?(ge)?lad\w*\b[^?]{0,120}\b(nicht (\w+ ){0,2}(gekommen|erschienen|aufgetaucht|da)\b|"
                                   r"versäumt|verpasst|geschwänzt|ferngeblieben)", re.I)
# "Wie halte ich nach, ob sie sich an den KP hält?" asks how the IFK checks (6.1)
_NACHHALTEN = re.compile(r"^\s*(wie|wie oft|womit|auf welche\w* (art|weise))\b.{0,40}(nachhalt|halte\w* .{0,30}\bnach\b|prüf|überprüf|"
                         r"kontrollier|überwach|checke)", re.I | re.S)
_ZWECK = re.compile(r"zwe(c)?k|\bziel\b|wozu|wofür|sinn und zweck|welche\w* sinn", re.I)
_PROFILLAGE1_WORT = re.compile(r"profillage\s*(1|i|eins)\b|\bpl\s?(1|i)\b", re.I)
_PARAGRAPH10_WORT = re.compile(r"§\s*10\b|paragra(f|ph)(en)? 10\b|10er", re.I)
# "am 03.09. nach Abs. 3 zur Maßnahme verpflichtet – dort nie erschienen": the Verpflichtung is not followed (6.2, 7),
# not a missed appointment that could lead to one (4.2.1)
_BESCHEID_NICHT_BEFOLGT = re.compile(r"\b(verpflichtet|(verpflichtungs)?bescheid\w* (\S+ ){0,6}(erlassen|zugestellt|erhalten|bekommen|"
                                     r"übergeben)|verpflichtung\w* (\S+ ){0,12}(erlassen|zugestellt|übergeben)|"
                                     r"(vb|va) (ist |wurde |war )?(raus|erlassen|zugestellt))\b[^?]{0,160}"
                                     r"\b(nicht|nie|kein einziges mal|keinmal|gar nicht)\b (\w+ ){0,4}(erschienen|teilgenommen|"
                                     r"angetreten|hingegangen|aufgetaucht|(dort|da|hin|im kurs|beim träger) (war|gewesen|ist))\b|"
                                     # "eLb hält VA nach § 15a Abs. 1 nicht ein"
                                     r"\b(hält|halten|befolgt|befolgen|erfüllt|erfüllen)\w* (den |die |das |seinen |ihren )?(vb|va|"
                                     r"verpflichtungsbescheid\w*|bescheid\w*)\b[^?]{0,70}\bnicht\b", re.I)
# "VB nach Abs. 3 (kein KP zustande), eLb erbringt die EB trotzdem nicht" – after a Verpflichtung, not whether to issue one
_NACH_BESCHEID_NICHT_ERBRACHT = re.compile(
    r"\b(verpflichtet|bescheid\w*|vb|va)\b[^?]{0,160}(\b(erbringt|erbracht|legt|reicht|weist|befolgt|kommt)\b (\w+ ){0,4}"
    r"(trotzdem |dennoch |weiterhin |immer noch )?nicht\b|\bnicht (\w+ ){0,2}(erbracht|vorgelegt|eingereicht|nachgewiesen|"
    r"befolgt|nachgekommen)\b)", re.I)
# "VB per PZU bekommen, wieder keine Bewerbungen nachgewiesen. Kann ich jetzt sofort mindern?" – after the Bescheid (6.2)
_MINDERUNG_NACH_BESCHEID = re.compile(
    r"^(?=.*(bescheid\w*|\bvb|\bva)\b[^?]{0,200}\b(nicht|kein\w*)\b (\w+ ){0,3}(nachgewiesen|vorgelegt|eingereicht|erbracht|"
    r"befolgt|erschienen|teilgenommen))(?=.*\b(minder\w*|kürz\w*|sanktion\w*)\b[^?]*\?\s*$)", re.I | re.S)
# "kann mich der Kunde auf das verklagen, was im KP steht?" asks whether the KP binds (1, 2), not what it contains
_RECHTSWIRKUNG = NurInDerFrage(re.compile(r"verklag|einklag|\bklage\b|\bklagen\b|(rechts)?anspr(u|ü)ch\w*|rechtlich (\w+ )?(bindend|verbindlich|"
                                          r"gebunden|durchsetzbar)|rechtsverbindlich|bindungswirkung|durchsetzbar|sozialgericht", re.I))
# "Im KP 5 Bewerbungen zugesagt, nichts liegt vor – nächster Schritt?": agreements of the KP, no Bescheid named (6.2)
_NUR_KP_KEIN_BESCHEID = re.compile(r"^(?!.*\b(bescheid\w*|vb|va|verpflichtet|verpflichtung\w*)\b)(?=.*\b(kp|kooperationsplan)\b)",
                                   re.I | re.S)
# "Geht dann auch der Verpflichtungsbescheid direkt an ihn?" (17-Jähriger): the addressee (4.2.1)
_VB_AN_MINDERJAEHRIGE = NurInDerFrage(re.compile(
    r"^(?=.*\b(vb|va|bescheid\w*|verpflichtungsbescheid\w*)\b)(?=.*\b(direkt|selbst|persönlich|unmittelbar|auch|nur)?\s*an "
    r"(ihn|sie|den jugendlichen|die jugendliche|den minderjährigen|die minderjährige|die eltern|seine eltern|ihre eltern|"
    r"die mutter|den vater)\b)", re.I | re.S))
# "VB … hab ich an ihn selbst adressiert – passt das so?" (4.2.1: to the gesetzliche Vertretung)
_VB_SELBST_ADRESSIERT = re.compile(r"\b(vb|va|bescheid\w*|verpflichtungsbescheid\w*)\b(?:[^.?!]|(?<=abs)\.){0,60}\ban (ihn|sie|den jugendlichen|die jugendliche|"
                                   r"den minderjährigen|die minderjährige)( selbst| direkt| persönlich)? (adressiert|gerichtet)\b", re.I)
# "KP-Absprachen erst bei der Fortschreibung checken?" asks how often the agreements are checked (6.1)
_ABSPRACHEN_PRUEFEN = re.compile(r"^(?=.*\b(erst|vorher|zwischendurch|wie oft|wann|regelmäßig|laufend)\b)(?=.*(\b(check|prüf|kontrollier|schau|nachhalt|überprüf|überwach)\w*\b[^?]{0,60}\b(absprachen|ebs?|"
                                 r"eigenbemühung\w*|bewerbung\w*|eingehalten|gemacht|umgesetzt)\b|\b(absprachen|ebs?|"
                                 r"eigenbemühung\w*)\b[^?]{0,40}\b(check|prüf|kontrollier|nachhalt|überprüf|schau)\w*))", re.I | re.S)
# "kp nach 3 monaten schon neu machen – pflicht?" asks for the Fortschreibung (6.3)
_NEU_MACHEN = re.compile(r"nach (\d+|zwei|drei|vier|fünf|sechs) monat\w*\b[^?]{0,40}\b(neu|erneut|nochmal|wieder)\b|"
                         r"\b(neu (machen|erstellen|aufsetzen|schreiben)|erneuern)\b[^?]{0,30}\bnach (\d+|zwei|drei|vier|fünf|sechs) monat",
                         re.I)
# "FK nach § 59 nur bei Einladung mit RFB?", "will ihr Busticket erstattet haben" – travel costs (4.2)
_FAHRTKOSTEN = re.compile(r"fahrtkost|reisekost|fahrgeld|fahrtgeld|spritgeld|benzingeld|kilometergeld|§\s*59\b|\bfk\b(?=.{0,40}(erstatt|übernomm|übernehm|antrag|zahl))|"
                          r"(bus|bahn|zug|öpnv|monats)?(ticket|fahrkarte|fahrschein)\w*\b.{0,60}(erstatt|übernomm|übernehm|bezahl|zahl)|"
                          r"(erstatt|übernehm|bezahl)\w* (\w+ ){0,4}(ticket|fahrkarte|fahrschein|fahrt)", re.I | re.S)
# "Wie bekomme ich mit, ob sie da wirklich hingeht?" – checking the agreements (6.1)
_OB_ER_MITMACHT = re.compile(r"wie (bekomm|krieg|erfahr|merk|seh|weiß|weiss|prüf|kontrollier|überprüf|check)\w* (ich|man|wir)\b"
                             r"(\s+\w+){0,2}\s*,?\s*ob\b", re.I)
# agreements of the KP not kept (6.2): fewer or no Eigenbemühungen than agreed
_ABSPRACHEN_VERLETZT = re.compile(
    r"^(?=.*(\b(nur|bloß|lediglich|jeweils nur) (noch )?(\d+|eine?|zwei|drei|vier)\b|statt der (\d+ )?vereinbarten|nicht (nachgewiesen|erbracht|"
    r"vorgelegt|eingereicht)|\bnichts (\w+ )?(vorgelegt|nachgewiesen|eingereicht|abgegeben|gebracht)|zu wenig\w* (bewerbung|eb|"
    r"eigenbemühung)|kein\w* (eigenbemühung|bewerbung|eb|nachweis)\w* (mehr )?(vor|nach|ein|ab)\b|obwohl (wir )?.{0,40}"
    r"(vereinbart|festgehalten|abgesprochen)|\b(ebs?|eigenbemühung\w*|bewerbung\w*|nachweis\w*)\b[^?]{0,30}\b(fehlen|fehlt|fehlten|"
    r"ausgeblieben|stehen aus|steht aus)\b|\bfehlen (\w+ ){0,3}(ebs?|nachweise|bewerbungen|eigenbemühungen)\b|"
    # "4 Bewerbungen pro Monat zugesagt, seit Oktober kommt nichts mehr"
    r"\b(kommt|kam|kommen|kamen)\b (\w+ ){0,2}(gar |überhaupt )?(nichts|nix) mehr\b|\b(nichts|nix) mehr (gekommen|eingegangen|eingereicht)))"
    r"(?=.*(\bkp\b|kooperationsplan|vereinbart|festgehalten|abgesprochen))", re.I | re.S)
# "… nur zwei Bewerbungen vorgelegt. Wie gehe ich jetzt vor?" asks what follows, not how many to agree
_WAS_NUN = re.compile(r"wie (gehe|geh) (ich|man|wir) (\w+ )?vor|was (mache|mach|tue|tu|kann) (ich|man|wir) (\w+ ){0,2}(jetzt|nun|da|dann)|"
                      r"nächste\w* schritt|was jetzt|wie weiter|was ist (jetzt |nun )?zu tun|wie reagier", re.I)
# neighbours a classifier confuses, and the word that decides between them
_NACHBARN: dict[str, list[tuple[re.Pattern, str]]] = {
    "frage_kp_gemeinsam": [(_FORTSCHREIBUNG, "frage_kp_fortschreibung")],
    "frage_verpflichtung_inhalt": [(VORSORGLICHER_BESCHEID, "frage_rueckkehr_ohne_vb")],
    "frage_kp_erstellung": [(_FORTSCHREIBUNG, "frage_kp_fortschreibung"), (_NEU_MACHEN, "frage_kp_fortschreibung"), (_SECHS_MONATE_UM, "frage_kp_fortschreibung"),
                            (_PARAGRAPH10, "frage_paragraph10")],
    # "Die PA ist endlich durch – was davon muss jetzt alles in den KP rein?" (3: auf Basis der PA in den KP aufnehmen)
    "frage_kp_inhalte": [(_EB_FESTLEGEN, "frage_eigenbemuehungen"), (_RECHTSWIRKUNG, "frage_kp_rechtsnatur"),
                         (re.compile(r"(potenzialanalyse|\bpa\b|profiling)\b[^?]{0,80}\b(davon|daraus|ergebnisse?)\b[^?]{0,40}\b(kp|kooperationsplan)\b|"
                                     r"\b(aus|von) (der|dem) (potenzialanalyse|\bpa\b|profiling)\b[^?]{0,40}\b(in den|im|in dem) (kp|kooperationsplan)\b",
                                     re.I), "frage_potenzialanalyse")],
    "frage_kp_form": [(_FORTSCHREIBUNG, "frage_kp_fortschreibung"), (_ALLEIN_VORSCHREIBEN, "frage_kp_gemeinsam"),
                      (_UNTERSCHRIFT, "frage_kp_unterschrift")],
    "frage_kp_unterschrift": [(_ALLEIN_VORSCHREIBEN, "frage_kp_gemeinsam")],
    # "KP mit 17-Jähriger ohne Eltern geschlossen – VB dann auch direkt an sie?" asks for the addressee of the VB (4.2.1)
    "frage_kp_minderjaehrige": [(NurInDerFrage(re.compile(r"\b(vb|va|bescheid\w*|verpfl\w*)\b", re.I)), "frage_vb_minderjaehrige"),
                                # "Weil er noch minderjährig ist: Versende ich die Einladung mit oder ohne RFB?" (4.2)
                                (NurInDerFrage(re.compile(r"^(?=.*\beinladung\w*)(?=.*\b(rfb|rechtsfolgenbelehrung)\b)", re.I)),
                                 "frage_einladung_rfb")],
    # "am letzten Augusttag persönlich übergeben. Bis wann gilt der im Regelfall?" asks for the validity (8.1)
    "frage_vb_zustellung": [(_MINDERUNG_NACH_BESCHEID, "frage_verpflichtung_nicht_befolgt"),
                            (NurInDerFrage(re.compile(r"\b(bis wann|wie lange|bis zu welchem (datum|tag))\b[^?]{0,30}\b(gilt|gelten|gültig|"
                                                      r"läuft|wirksam)|\b(gültigkeit|laufzeit|geltungsdauer)\b", re.I)),
                             "frage_vb_gueltigkeit")],
    "frage_verpflichtung_nicht_befolgt": [(NurInDerFrage(_ZUSTELLWEG), "frage_vb_zustellung"), (_ABBRUCH, "frage_massnahmeabbruch"),
                                          (_VERPFLICHTEN_WEGEN_KP, "frage_absprachen_nicht_eingehalten"),
                                          (_NUR_KP_KEIN_BESCHEID, "frage_absprachen_nicht_eingehalten")],
    # "Ist diese Maßnahme von der Verpflichtung mit RFB ausgenommen?" asks for the exclusions of 6.2
    "frage_infoschreiben": [(re.compile(r"^(?=.*(ausgenommen|ausnahme))(?=.*verpflicht)", re.I | re.S),
                             "frage_ausnahme_verpflichtung_rfb"), (_ABBRUCH, "frage_massnahmeabbruch"),
                            (NurInDerFrage(_OB_ER_MITMACHT), "frage_kp_ueberpruefung")],
    "frage_kennung_kp": [(_PARAGRAPH10, "frage_paragraph10")],
    "frage_einstellungszusage": [(_DOKU_KEIN_KP, "frage_kennung_kp")],
    "frage_selbststaendigkeit": [(_DOKU_KEIN_KP, "frage_kennung_kp")],
    "frage_profillage1": [(_DOKU_KEIN_KP, "frage_kennung_kp"), (_WIEDER_PRUEFEN, "frage_profillage1_pruefung")],
    "frage_paragraph10": [(_DOKU_KEIN_KP, "frage_kennung_kp"), (_WIEDER_PRUEFEN, "frage_paragraph10_pruefung")],
    # "Wenn's keinen KP gibt und ich den Bescheid gemacht hab, ist das Thema dann durch?" – after Pkt. 7
    # "gibt es fälle in denen ich gar nicht mit rfb verpflichten darf" – the exclusions of 6.2, not a Verzicht on the KP
    "frage_verzicht_kp": [(re.compile(r"^(?=.*\bverpflicht\w*)(?=.*\b(rfb|rechtsfolgenbelehrung)\b)(?!.*\b(kp|kooperationsplan)\b)",
                                      re.I | re.S), "frage_ausnahme_verpflichtung_rfb"),
                          (_DOKU_KEIN_KP, "frage_kennung_kp"), (NurInDerFrage(_ZWECK), "frage_kp_ziel"),
                          (re.compile(r"^(?=.*\b(bescheid\w*|vb|va|verpflicht\w*)\b)(?=.*\b(kein\w*|ohne) (kp|kooperationsplan)\b)",
                                      re.I | re.S), "frage_kein_kp_zustande")],
    # "worauf baut der KP eigentlich auf?" – on the Potenzialanalyse (1, 3, 4.1), not its aim
    "frage_kp_ziel": [(NurInDerFrage(re.compile(r"\b(worauf|auf was|auf welche\w* (grundlage|basis))\b (\w+ ){0,4}(baut|basiert|"
                                                r"beruht|stützt|aufgebaut|gestützt)|\b(baut|basiert|beruht)\b (\w+ ){0,4}(worauf|auf was)",
                                                re.I)), "frage_potenzialanalyse")],
    # "kann man sich den KP auch mal sparen?" – a waiver, not a further content
    # "Was vereinbare ich mit Schulpflichtigen im KP?" – the § 10 group of 9.2
    "frage_weitere_inhalte": [(NurInDerFrage(_KP_VERZICHT), "frage_verzicht_kp"), (_RECHTSWIRKUNG, "frage_kp_rechtsnatur"),
                              (re.compile(r"schulpflicht|elternzeit|§\s*10\b", re.I), "frage_paragraph10")],
    "frage_kp_rechtsnatur": [(_UNTERSCHRIFT, "frage_kp_unterschrift"), (_NICHT_EINGEHALTEN, "frage_absprachen_nicht_eingehalten"),
                             (NurInDerFrage(re.compile(r"\b(rfb|rechtsfolgenbelehrung)\b", re.I)), "frage_einladung_rfb")],
    # "den Bescheid habe ich ihr im Termin übergeben. Ist das Thema KP damit erledigt?" asks after Pkt. 7, not the delivery
    # "KP-Verzicht, nur weil Kunde keinen KP will – zulässig?" asks whether 9 allows it, not what follows (7)
    "frage_kein_kp_zustande": [(_VERZICHT_ZULAESSIG, "frage_verzicht_kp"),
                               (_VB_INHALT, "frage_verpflichtung_inhalt"), (NurInDerFrage(_ZUSTELLWEG), "frage_vb_zustellung"),
                               (_TERMIN_VERSAEUMT, "frage_terminversaeumnis"),
                               (_NACH_BESCHEID_NICHT_ERBRACHT, "frage_verpflichtung_nicht_befolgt")],
    "frage_absprachen_nicht_eingehalten": [(NurInDerFrage(_ZUSTELLWEG), "frage_vb_zustellung"), (_BESCHEID_NICHT_BEFOLGT, "frage_verpflichtung_nicht_befolgt"), (OhneBehauptung(_KEIN_KP_ZUSTANDE), "frage_kein_kp_zustande"),
                                           (NurInDerFrage(_NACHHALTEN), "frage_kp_ueberpruefung")],
    # "VB nach Abs. 1 per PZU zugestellt … er war nicht ein einziges Mal dort. Was nun?" – after the Bescheid (6.2)
    "frage_terminversaeumnis": [(_BESCHEID_NICHT_BEFOLGT, "frage_verpflichtung_nicht_befolgt"),
                                (OhneFeststellung(_ZUSTELLWEG), "frage_vb_zustellung"),
                                (_VB_AN_MINDERJAEHRIGE, "frage_vb_minderjaehrige"), (_VB_SELBST_ADRESSIERT, "frage_vb_minderjaehrige"),
                                (NurInDerFrage(_KP_VERZICHT), "frage_verzicht_kp")],
    # "wie oft prüfe ich, ob § 10 noch vorliegt?" is the § 10 check (9.2), not the check of the agreements (6.1)
    "frage_kp_ueberpruefung": [(_PARAGRAPH10_WORT, "frage_paragraph10_pruefung"),
                               (_PROFILLAGE1_WORT, "frage_profillage1_pruefung"), (_EB_NACHWEIS_PFLICHT, "frage_eigenbemuehungen")],
    "frage_kp_ablage": [(_UNTERSCHRIFT, "frage_kp_unterschrift")],
    "frage_kp_fortschreibung": [(_ABSPRACHEN_PRUEFEN, "frage_kp_ueberpruefung"), (_KEIN_KP_ZUSTANDE, "frage_kein_kp_zustande"),
                                (re.compile(r"fortschreibung\w* (\w+ ){0,3}nicht möglich|verweiger|lehnt .{0,30}\bab\b|"
                                            r"kein\w* (neue\w* )?(kp|kooperationsplan) (zustande|gekommen)", re.I), "frage_kein_kp_zustande")],
    # "PA noch nicht vollständig – kann ich den KP trotzdem abschließen?" asks for the prerequisite (3)
    "frage_erstgespraech": [(re.compile(r"(potenzialanalyse|\bpa\b)\b.{0,60}(nicht (vollständig|abgeschlossen|fertig)|unvollständig|"
                                        r"noch nicht|zur hälfte|teilweise)", re.I | re.S), "frage_potenzialanalyse")],
    "frage_deutschfoerderung_im_kp": [(NurInDerFrage(_FORMULIERUNG), "frage_kp_sprache")],
    "frage_vb_aufhebung": [(re.compile(r"teilnahmedaten|eintrittsdatum|maßnahmebeginn|genaue\w* (maßnahme)?daten", re.I),
                            "frage_vb_aenderung")],
    "frage_fahrtkosten": [(_KP_VERZICHT, "frage_verzicht_kp")],
    # "nach dem VA nach Abs. 3 – ist das Thema KP dann durch?" follows Pkt. 7, not a failed KP (6.2.1)
    "frage_kp_gescheitert": [(re.compile(r"^(?!.*scheiter)(?=.*(?:" + _KEIN_KP_ZUSTANDE.pattern + r"))", re.I | re.S),
                              "frage_kein_kp_zustande")],
    # "FK nach § 59 nur bei Einladung mit RFB?" asks for the travel costs (4.2), not for the RFB itself
    "frage_einladung_rfb": [(_FAHRTKOSTEN, "frage_fahrtkosten")],
    "frage_potenzialanalyse": [(NurInDerFrage(re.compile(r"^\s*(wann|ab wann|bis wann)\b|\b(kp|kooperationsplan)\b (\w+ ){0,2}"
                                                         r"(wann|ab wann|bis wann)\b", re.I)), "frage_kp_erstellung"),
                               (re.compile(r"\bwarten\b|später|aufschieben|verschieben|unverzüglich|bis wann|wie (schnell|fix|zügig|zeitnah|bald)|"
                                           r"\b(erst|eigentlich erst) (im|in|nach|ab|zum|am|nächste\w*|ende)\b|"
                                           r"(hab|habe|haben) (ich|wir|man) (\w+ )?zeit|wie viel zeit|"
                                           r"\bfrist\b|zeit lassen|" + SPAETER_ALS_UNVERZUEGLICH, re.I), "frage_kp_erstellung")],
    "frage_vermittlungsbudget": [(_KP_VERZICHT, "frage_verzicht_kp")],
    "frage_eigenbemuehungen": [(_KP_VERZICHT, "frage_verzicht_kp"),
                               (re.compile(f"(?=(?s:{_ABSPRACHEN_VERLETZT.pattern}))(?=(?s:.*)(?:{_WAS_NUN.pattern}))", re.I),
                                "frage_absprachen_nicht_eingehalten")],
}
# "Wann kommt ein VB nach § 15a Abs. 1 in Frage?" asks for the ground that paragraph serves
_GRUND_NACH_ABSATZ = {"1": "frage_terminversaeumnis", "2": "frage_absprachen_nicht_eingehalten", "3": "frage_kein_kp_zustande"}
_WANN_ABSATZ = re.compile(r"^(?=.*\b(wann|in welchen fällen|welche\w* fälle|unter welchen|welche voraussetzung\w*|"
                          r"wofür|in betracht|in frage)\b)(?=.*\babs(?:atz|\.)?\s*([123])\b)", re.I | re.S)
# "what do I have to do then?" asks for the duty that follows a discretionary decision
_PFLICHT_DANACH = re.compile(r"was (muss|müssen|sollte|soll) (ich|man|wir) .{0,30}(tun|machen|beachten|veranlassen)|"
                             r"was ist (dann |dabei )?zu (tun|beachten|veranlassen)", re.I)
_DOKUMENTATION = re.compile(r"dokumentier|festhalten|vermerk", re.I)
# "Gibt's da ne Ausnahme von der Verpflichtung, und was muss ich dann machen?" – the exception itself is asked first
# ("Was muss ich machen, wenn ich … auf die Verpflichtung verzichte?" takes the exception as given: documentation)
_AUSNAHME_GEFRAGT = re.compile(r"\b(gibt|gibt's|gibts|besteht|existiert)\b (es |da )?(\w+ ){0,4}ausnahme|ausnahme\w*\s*\?|"
                               r"\b(kann|darf|muss|soll) (ich|man) (\w+ ){0,4}(absehen|verzichten)|"
                               r"\b(muss|kann|darf|soll) (ich|man) (\w+ ){0,3}(trotzdem |überhaupt )?verpflicht", re.I)


_VOR_DER_WIEDERVORLAGE = {"frage_profillage1", "frage_paragraph10", "frage_kennung_kp", "frage_verzicht_kp"}


def schaerfe_intent(intent: str, text: str) -> str:
    """A classifier's procedural intent, corrected where the question names an unmistakable term."""
    if not ist_frage_intent(intent):
        return intent
    # "Verzichtet, Kennung KP gesetzt – Wiedervorlage auf August 2027, passt das?" asks for the re-check (9.2, 9.3)
    if intent in _VOR_DER_WIEDERVORLAGE and _WIEDER_PRUEFEN.search(text):
        if _PROFILLAGE1_WORT.search(text) and not _PARAGRAPH10_WORT.search(text):
            return "frage_profillage1_pruefung"
        if _PARAGRAPH10_WORT.search(text) and not _PROFILLAGE1_WORT.search(text):
            return "frage_paragraph10_pruefung"
    # "kein KP zu machen – Kennung KP eintragen und gut?": the Kennung marks a Verzicht (9), no KP coming about is 7
    if _KEIN_KP_ZUSTANDE.search(text) and re.search(r"kennung kp", text, re.I):
        return "frage_kein_kp_zustande"
    for muster, eindeutig in _EINDEUTIG:
        if muster.search(text) and intent not in _WIEDERVORLAGE.get(eindeutig, ()):
            return eindeutig
    if _FMG_EINTRAG.search(text) and re.search(_KEIN_KP, text, re.I):
        return "frage_kennung_kp"
    for muster, besser in _NACHBARN.get(intent, []):
        if muster.search(text):
            return besser
    wann_absatz = _WANN_ABSATZ.search(text)
    if wann_absatz and intent in _GRUND_NACH_ABSATZ.values() and not re.search(r"\bnach welchem\b", text, re.I):
        return _GRUND_NACH_ABSATZ[wann_absatz.group(2)]
    if intent == "frage_kp_gescheitert" and _ABBRUCH.search(text) and not _NACH_NEUER_EINLADUNG.search(text):
        return "frage_massnahmeabbruch"
    # "die Fortschreibung ist gescheitert, er trägt keinen Schritt mit": no KP came about (7), no Maßnahme failed (6.2.1)
    if intent == "frage_kp_gescheitert" and _FORTSCHREIBUNG_GESCHEITERT.search(text) and \
            not re.search(r"\b(kp|kooperationsplan)\w* (\w+ ){0,2}(gilt als |ist )?gescheitert", text, re.I):
        return "frage_kein_kp_zustande"
    return intent


# "muss nach dem VB ein neuer kommen, obwohl er gut mitgemacht hat?" – 8.3, when the classifier is unsure
_WEITERER_VB_NACH_MITWIRKUNG = re.compile(
    r"^(?!.*\bnicht\b (\w+ ){0,2}(erfüllt|mitgemacht|mitgewirkt|eingehalten))"
    r"(?=.*\b(neue\w*|weitere\w*|noch (ein|einen)|zweite\w*|erneut\w*|nächste\w*|anschluss\w*)[\s-]+(vb|va|"
    r"verpflichtungsbescheid\w*|bescheid\w*|verpflichtung)\b)"
    r"(?=.*(mitgemacht|mitgewirkt|erfüllt|zuverlässig|kooperativ|bereit|neue\w* (kp|kooperationsplan)|freiwillig|pünktlich|"
    r"vollständig|wieder (einen|ein|nen) (kp|kooperationsplan)))", re.I | re.S)


# a topic word that, when the classifier is unsure, names the question's subject (its neighbours still apply)
_THEMA_IM_ZWEIFEL: list[tuple[re.Pattern, str]] = [
    # "KP-Verzicht nach 9.1 möglich?" – the section named is the topic
    (re.compile(r"(?<![\d.])9\.1(?![\d.])", re.I), "frage_einstellungszusage"),
    (re.compile(r"(?<![\d.])9\.2(?![\d.])", re.I), "frage_paragraph10"),
    (re.compile(r"(?<![\d.])9\.3(?![\d.])", re.I), "frage_profillage1"),
    # "Jetzt will sie ihr Busticket erstattet haben. Geht das, obwohl keine RFB dabei war?" (4.2, § 59)
    (_FAHRTKOSTEN, "frage_fahrtkosten"),
    # "eingeladen … nicht erschienen … Kann ich ihn jetzt per Bescheid verpflichten?" (4.2.1)
    (re.compile(f"(?=(?s:.*)(?:{_TERMIN_VERSAEUMT.pattern}))(?=(?s:.*)\\b(verpflicht\\w*|bescheid\\w*|vb|va)\\b)", re.I),
     "frage_terminversaeumnis"),
    # "Abbruch, Wiedereinstieg nicht möglich. Was ist dann mit dem KP?" – the KP failed (6.2.1)
    (re.compile(r"^(?=.*(abbruch|abgebrochen|abbricht))(?=.*wiedereinstieg\w* (\w+ ){0,4}(nicht|kein|ausgeschlossen|unmöglich))"
                r"(?=.*\b(was (ist|wird|passiert) (\w+ ){0,2}(mit )?(dem |der )?(kp|kooperationsplan)|(kp|kooperationsplan)\w* "
                r"(\w+ ){0,3}(gescheitert|hinfällig|erledigt|noch gültig)))", re.I | re.S), "frage_kp_gescheitert"),
    # "… will ihr den VB persönlich übergeben und lade sie dafür ein. Kommt auf diese Einladung eine RFB?" (4.2)
    (NurInDerFrage(re.compile(r"^(?=.*\beinladung)(?=.*\b(rfb|rechtsfolgenbelehrung)\b)(?!.*(maßnahme|agh|zuweis|infoschreiben|"
                              r"fahrtkosten|reisekosten|gescheitert))", re.I | re.S)), "frage_einladung_rfb"),
    (_ALLEIN_VORSCHREIBEN, "frage_kp_gemeinsam"),
    (_KP_VORGABE_ODER_GEMEINSAM, "frage_kp_gemeinsam"),
    # "es reiche, den KP im Gespräch mündlich zu vereinbaren und nur einen Vermerk zu schreiben" (4.1 Textform)
    (re.compile(r"^(?=.*\b(kp|kooperationsplan)\b)(?=.*\b(mündlich|per handschlag|nur (\w+ ){0,2}(besprochen|abgesprochen)))",
                re.I | re.S), "frage_kp_form"),
    (re.compile(r"^(?!.*fortschreibung\w* (\S+ ){0,4}(gescheitert|geplatzt|nicht zustande))(?=.*(fortschreib|fortgeschrieben|"
                r"\b(kp|kooperationsplan) (\w+ ){0,3}(anpassen|aktualisieren|überarbeiten)|(jedes halbe jahr|alle (6|sechs) monate|"
                r"halbjährlich)\b.{0,40}\b(neu|überarbeit|aktualisier)))", re.I | re.S), "frage_kp_fortschreibung"),
    (re.compile(r"^(?=.*\b(kp|kooperationsplan)\b)(?=.*(\b(1[0-7]|fünfzehn|sechzehn|siebzehn)\b|minderjährig|jugendlich))"
                r"(?=.*(mutter|vater|eltern|"
                r"vertret|erziehungsberechtigt|vormund))(?=.*(zustimm|einwillig|dabei|mitkomm|mitgekommen|anwesend|unterschr|abzeichn|"
                r"erlaubnis|\bohne\b|trotzdem))(?!.*\b(vb|va|bescheid|verpflicht))", re.I | re.S), "frage_kp_minderjaehrige"),
    (re.compile(r"^(?=.*\b(kp|kooperationsplan)\b)(?=.*(für|auf) ((ein|n|nen|'n) (ganzes )?jahr|\d+ monate|zwölf monate|ein halbes jahr|(\d+|zwei|drei|mehrere) jahre)|"
                r".*(dauer|laufzeit) (des|vom|eines) (kp|kooperationsplan)|.*(regeldauer|bis wann läuft|wie lange läuft|wie lange gilt))"
                r"(?!.*\b(vb|va|bescheid))", re.I | re.S), "frage_kp_dauer"),
    # "PA abgeschlossen – reicht es, den KP erst im Februar zu machen?" (4.1 unverzüglich)
    (re.compile(r"^(?=.*\b(kp|kooperationsplan)\b)(?=.*\b(erst|später|warten|aufschieben|verschieben)\b)(?=.*(potenzialanalyse|"
                r"\bpa\b|erstgespräch|neukund))", re.I | re.S), "frage_kp_erstellung"),
    (re.compile(r"^(?=.*\b(kp|kooperationsplan)\b)(?=.*(" + _NICHT_EINGEHALTEN.pattern + r"))", re.I | re.S),
     "frage_absprachen_nicht_eingehalten"),
    # the Verpflichtungsbescheid was issued and is not followed (6.2, 7)
    (re.compile(r"(verpflichtungsbescheid|\bvb\b|\bva\b)\b.{0,160}(nicht (eingereicht|nachgewiesen|erbracht|befolgt|erfüllt|"
                r"nachgekommen|eingehalten)|ignorier|missacht|trotzdem (nix|nichts)|liegt nichts vor|nichts (eingereicht|vorgelegt|"
                r"nachgewiesen|gekommen)|keine (nachweise|bewerbungen)|(nicht|nie|kein einziges mal|keinmal|gar nicht) (\w+ ){0,2}"
                r"(erschienen|teilgenommen|hingegangen|aufgetaucht|angetreten))|(pfeift|pfeifen|scheißt|ignoriert|missachtet|hält sich nicht|"
                r"kümmert sich nicht)\w* (\w+ ){0,3}(um |an |auf )?(den |die |das )?(verpflichtungsbescheid|\bvb\b|\bva\b)",
     re.I | re.S), "frage_verpflichtung_nicht_befolgt"),
    # agreements of the KP not kept (6.2)
    (_ABSPRACHEN_VERLETZT, "frage_absprachen_nicht_eingehalten"),
    (_KEIN_KP_ZUSTANDE, "frage_kein_kp_zustande"),
    # "Verpfl.-VA gilt ja immer fix 6 Mon. – korrekt?"
    (re.compile(r"^(?=.*\b(vb|va|verpflichtungsbescheid\w*|verpfl\w*|bescheid)\b)(?=.*\b(gilt|gelten|gültig\w*|laufzeit|"
                r"geltungsdauer|läuft)\b)(?=.*\b(\d+|sechs|zwölf) ?(mon|monat\w*)\b)", re.I | re.S), "frage_vb_gueltigkeit"),
    (re.compile(r"^(?=.*verpflicht)(?=.*\b(rfb|rechtsfolgenbelehrung)\b)(?=.*(\bkeine?\b|\bnicht\b|ausgenommen|ausnahme|"
                r"welche\w* (leistung|maßnahm)))", re.I | re.S), "frage_ausnahme_verpflichtung_rfb"),
    (re.compile(r"^(?=.*\b(rfb|rechtsfolgenbelehrung)\b)(?=.*(einlad|\blade\b|\bladen\b|\blädt\b|termin|gespräch))"
                r"(?!.*(maßnahme|massnahme|agh|infoschreiben|zuweis|verpflicht|16[akiu]\b))", re.I | re.S), "frage_einladung_rfb"),
    (re.compile(r"(maßnahme|angebot|kurs)\w* (von |eines |bei |beim )?(nem |einem |einer )?(dritten|externen|anderen (anbieter|träger))|"
                r"von (nem |einem )?dritten|maßnahmen dritter", re.I), "frage_weitere_inhalte"),
    (re.compile(r"^(?=.*\b(kp|kooperationsplan)\b)(?=.*(schulpflicht|elternzeit|pflege\w* (von |der |des |eines |einer |ihre\w* |"
                r"seine\w* )?(angehörig|mutter|vater|eltern|kind)))", re.I | re.S), "frage_paragraph10"),
    (_PROFILLAGE1_WORT, "frage_profillage1"),
    (_PARAGRAPH10_WORT, "frage_paragraph10"),
    # "seit nem Jahr nen Foodtruck, davon leben kann er noch nicht … damit sich das trägt" (9.3: Tragfähigkeit)
    (re.compile(r"tragfähig|\bsich (das |es |der laden |die firma )?(\w+ )?trägt\b|selbst(st)?ändig|existenzgründ|"
                r"gewerbe (angemeldet|anmelden)|eigene\w* (firma|laden|geschäft|betrieb|imbiss)|businessplan|geschäftsplan", re.I),
     "frage_selbststaendigkeit"),
    (re.compile(r"einstellungszusage|jobzusage|arbeitsvertrag", re.I), "frage_einstellungszusage"),
    (NurInDerFrage(re.compile(r"\b(bewerbung\w*|eigenbemühung\w*|eb|ebs)\b", re.I)), "frage_eigenbemuehungen"),
    # "Welche Form schreibt die Weisung für den KP vor?" (4.1: Textform)
    (NurInDerFrage(re.compile(r"^(?=.*\b(kp|kooperationsplan)\b)(?=.*\b(form|formvorschrift\w*|formvorgabe\w*|textform|schriftform|"
                              r"schriftlich|formlos|formal)\b)", re.I | re.S)), "frage_kp_form"),
]


# "Bekanntgabe VA nach Abs. 2 – welche Wege sind vorgesehen?": the way asked for, the delivery named before the dash
_WEG_FRAGE = re.compile(r"\b(welche\w* (weg|wege|möglichkeit\w*|form\w*)|auf welche\w* (weg|art)|wie (genau |denn )?(geht|läuft|"
                        r"erfolgt|mache|mach))\b", re.I)


def eindeutiger_intent(text: str) -> str | None:
    """The topic an unmistakable term names, for a question the classifier was unsure about."""
    frage = letzte_frage(text)
    if _BESCHEID_NICHT_BEFOLGT.search(text):  # "per PZU zugestellt … kein einziges Mal erschienen. Was jetzt?"
        return "frage_verpflichtung_nicht_befolgt"
    if re.search(r"\b(vb|va|bescheid\w*|verpflichtungsbescheid\w*)\b", text, re.I) and (
            _ZUSTELLWEG.search(frage) or (_WEG_FRAGE.search(frage) and _ZUSTELLWEG.search(text))):
        return "frage_vb_zustellung"
    for muster, eindeutig in _EINDEUTIG:
        if muster.search(text):
            return eindeutig
    if _FMG_EINTRAG.search(text) and re.search(_KEIN_KP, text, re.I):
        return "frage_kennung_kp"
    if _KP_VERZICHT.search(text):
        return "frage_verzicht_kp"
    if _WEITERER_VB_NACH_MITWIRKUNG.search(text) or VORSORGLICHER_BESCHEID.search(text):
        return "frage_rueckkehr_ohne_vb"
    for muster, thema in _THEMA_IM_ZWEIFEL:
        if muster.search(text):
            return thema
    return None


# "Außer Einstellungszusage, § 10 und Profillage I: gibt es noch andere Fälle?" asks for the general clause of Pkt. 9
_ANDERE_FAELLE = re.compile(r"\baußer\b|\bandere\w* (fälle|gründe|ausnahmen|konstellationen)|sonst noch|\bweitere\w* (fälle|gründe|"
                            r"ausnahmen)|darüber hinaus|abgesehen von|neben (der|den|dem)\b", re.I)


# "Muss ich bei Beschäftigten in PL I prüfen und festhalten, ob Schritte zur Verringerung möglich sind?" (9.3 Satz 2)
_SCHRITTE_PRUEFEN = re.compile(r"^(?=.*\b(prüf|überprüf|check)\w*)(?=.*\b(dokumentier|festhalt|festhalten|festgehalten|vermerk|notier|"
                               r"aktenkundig)\w*)(?=.*\bschritte?\b)", re.I | re.S)


def waehle_regel(intent: str, fakten: dict[str, Any], text: str) -> Route:
    """The rule for an intent; a few intents pick a more specific rule from what the question says."""
    intent = schaerfe_intent(intent, text)
    route = ROUTEN[intent]
    if intent == "frage_erstgespraech" and (_FERN.search(text) or "begruendeter_ausnahmefall" in fakten):
        return Route("einladung.erstgespraech_abweichung")
    if intent == "frage_psychische_erkrankung" and (_DOKUMENTATION.search(text) or (
            _PFLICHT_DANACH.search(text) and not _AUSNAHME_GEFRAGT.search(text))):
        return Route("verpflichtung.psychische_erkrankung_dokumentation")
    if intent in ("frage_profillage1", "frage_profillage1_pruefung") and _SCHRITTE_PRUEFEN.search(text):
        return Route("ausnahme.profillage1_schritte_pruefen")
    if intent == "frage_infoschreiben" and _RFB.search(text):
        return Route("inhalte.infoschreiben_rfb")
    if intent == "frage_verzicht_kp" and not _ANDERE_FAELLE.search(text):
        fall = fakten.get("ausnahme_fall") or _erkannter_fall(fakten)
        if fall in _VERZICHT_FALL:
            return ROUTEN[{"einstellungszusage": "frage_einstellungszusage", "paragraph10": "frage_paragraph10",
                           "profillage1": "frage_profillage1"}[fall]]
    return route


def _erkannter_fall(fakten: dict[str, Any]) -> str | None:
    if fakten.get("profillage_1") is True:
        return "profillage1"
    if fakten.get("paragraph10_kennung") is True:
        return "paragraph10"
    if fakten.get("feste_einstellungszusage") is not None or fakten.get("einstellung_am") is not None:
        return "einstellungszusage"
    return None
