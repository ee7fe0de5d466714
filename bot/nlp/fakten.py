"""Facts of a case, read from what a caseworker typed ("Kundin 17, ohne wichtigen Grund nicht erschienen").

Each fact has a few patterns on the normalised text plus the domain entities of the spaCy pipeline
(bot/nlp/muster.py). Negated forms are checked before positive ones ("ohne wichtigen Grund" before
"wichtigen Grund"). A fact is only set when the text says it; nothing is guessed. Dates are handed
out by the caller, which knows which date fact the rule needs (see `ordne_daten_zu`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from bot.nlp.datum import Fund, finde_alter, finde_daten


@dataclass
class Befund:
    """Facts read from one message, plus the dates found (assigned to a date fact later)."""

    fakten: dict[str, Any] = field(default_factory=dict)
    daten: list[Fund] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)


def normalisiere(text: str) -> str:
    text = text.lower().replace("ß", "ss").replace("’", "'")
    text = re.sub(r"[„“\"()\[\]]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _r(*muster: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{m})" for m in muster))


# "weder eine Maßnahme noch ein Stellenwechsel in Sicht" (9.3): no reduction expected, no steps under way
_WEDER_NOCH_IN_SICHT = (r"\bweder\b[^|?]{0,80}\bnoch\b[^|?]{0,80}\b(in sicht|absehbar|zu erwarten|geplant|realistisch|"
                        # "Weder Stellenwechsel noch … noch Maßnahmen würden … am Leistungsbezug etwas ändern"
                        r"(würde|würden|wird|werden)\b[^|?]{0,80}\b(etwas|was|nichts|nix) (\w+ )?(ändern|verringern|bringen))")
# a paragraph of § 15a; "§ 15 Abs. 2" (Potenzialanalyse, KP) is not a ground for a Verpflichtung
_ABSATZ = r"(?<!§15 )(?<!\b15 )abs\.? ?"
_ABSATZ_AUSGESCHRIEBEN = r"(?<!§15 )(?<!\b15 )absatz "

# "Ich lade sie ein, sie hat selbst um den Termin gebeten": the invitation is the IFK's, the appointment the client's wish
_KEIN_WUNSCH_DANACH = r"(?![^|]*\b(wunsch|gebeten|gewünscht|selbst um|von sich aus|angefragt)\b)"

# (fact, value, pattern); the first matching entry per fact wins, so negations come first.
_REGELN: list[tuple[str, Any, re.Pattern]] = [
    # "hat Widerspruch eingelegt, die Einladung ist aber zur Fortschreibung, nicht im Rahmen des Widerspruchsvorverfahrens"
    ("termin_anlass", "anderer", _r(r"nicht (im rahmen|wegen|zum|zur|für|in sachen) (des |eines |dem |den |das |vom )?widerspruch",
                                    # "gewünscht hat er den Termin nicht"
                                    r"\b(gewünscht|gewollt|erbeten|angefragt|verlangt) (hat|hatte) (er|sie|der kunde|die kundin|die elb) "
                                    r"(\w+ ){0,2}nicht\b",
                                    r"auf (initiative|veranlassung|anregung) (des |der |vom )?(jc|jobcenter|ifk)",
                                    r"auf (meine|unsere) (initiative|veranlassung)")),
    ("termin_anlass", "widerspruchsvorverfahren", _r(r"widerspruch")),
    ("termin_anlass", "anderer", _r(r"nicht (auf|nach) (eigenen |ihren |seinen |dessen |deren )?wunsch",
                                    r"(hab|habe|hatte|haben) (ich|wir) (angesetzt|vereinbart|eingeladen|angeboten|festgelegt)",
                                    r"(von mir|von uns|vom jobcenter|vom jc|von der ifk) (angesetzt|vereinbart|angeboten|"
                                    r"eingeladen|ausgehend)", r"nicht (der|die) (kunde|kundin|elb) (wollte|wünscht|hat)",
                                    r"(normal|regulär|üblich|standard)\w* ([\w-]+ )?\w*(termin|beratungstermin|"
                                    r"gespräch|einladung)", r"(ich|wir) (lade|laden|möchte|will|wollen) (ihn|sie|den kunden|die kundin|"
                                    r"die elb|den elb)? ?(zu|ein)" + _KEIN_WUNSCH_DANACH,
                                    r"(bescheid|\bvb|\bva)\w* [^?!]{0,70}?(übergeben|übergabe|aushändigen)\w* (\w+ ){0,3}(lade|einladen|einladung)",
                                    # "termin geht von mir aus" (the lemmatiser turns "mir" into "sich": read it first)
                                    r"\b(geht|ging|kommt|kam)\b (\w+ )?von (mir|uns|der ifk|dem jc|dem jobcenter) aus\b")),
    ("termin_anlass", "wunsch_elb", _r(
        r"auf (eigenen |ihren |seinen |dessen |deren )?wunsch", r"wunschtermin(?!e\b)",
        r"gewünscht", r"von sich aus",
        r"(kunden|kundinnen|elb)wunsch", r"wunsch (der|des) (kundin|kunden|elb)\b",
        r"(selbst|selber|eigeninitiativ\w*) (um )?(einen |nen |ein |n )?(termin|gespräch|beratung)",
        r"(bittet|bat|gebeten|fragt|fragte|angefragt|will|wollte|möchte|moechte|wünscht|wuenscht)\w* "
        r"(selbst |selber |von sich aus |unbedingt |dringend |gern |gerne |schnell |kurzfristig |nochmal |noch mal |mal )*"
        r"(um |nach )?(einen |nen |ein |n |den |dem |das )?(termin|gespräch|beratung)"
        r"(?!\w* (nicht|absagen|abgesagt|verschieben|verschoben|wahrnehmen))",
        r"(termin|gespräch|beratung)\w* (selbst |selber )?(erbeten|gewünscht|angefragt|gewollt|angefordert)",
        r"um (einen |ein |nen |n |den |das |diesen |dieses )?(neuen |persönlichen |kurzfristigen )?\w*(termin|gespräch|beratung)\w* "
        r"(gebeten|angefragt|ersucht|nachgefragt)",
        r"(termin|gespräch)\w*,? (den|das|die) (der |die |das )?(kunde|kundin|elb|sie|er) (selbst |selber )?"
        r"(wollte|wünschte|angefragt|haben wollte|erbeten|vereinbart hat|ausgemacht hat)",
        r"(kunde|kundin|elb|sie|er) (hat|hatte) (sich )?(selbst |selber |von sich aus )?(einen |um einen )?(termin|gespräch) "
        r"(gebeten|gewünscht|angefragt|ausgemacht|vereinbart)",
        r"(kunde|kundin|elb|er|sie) (hat|hatte) (selbst|selber) (angerufen|nachgefragt|angefragt|einen termin)",
        r"(will|möchte|wollte|würde gerne?) (\w+ ){0,3}(vorbeikommen|vorbei kommen|reinkommen|ins jobcenter kommen)",
        r"(ruft|rief) (\w+ )?an,? (und|weil) (\w+ )?(will|möchte|wollte|fragt)",
        r"\b(hat|hatte) (\w+ )?angerufen,? (und|weil) (\w+ ){0,2}(will|möchte|wollte|bittet|bat|fragt|fragte)\b",
        r"(termin|gespräch)\w* (auf|nach) (anfrage|bitte) (des|der) (kunden|kundin|elb)")),
    ("termin_anlass", "untersuchung", _r(r"ärztlich\w* (dienst|untersuchung|gutachten)", r"\bäd\b", r"\baed\b",
                                         r"\bbps\b", r"psycholog\w*", r"\b(amts)?arzt", r"untersuchung", r"begutacht")),
    ("termin_anlass", "anderer", _r(r"erstgespräch", r"erstes gespräch", r"meldetermin",
                                    # "zu dem Termin, wo wir den KP überarbeiten wollen": a Fortschreibung the IFK sets up
                                    r"(termin|einladung|gespräch)\w*[^.?!]{0,40}\b(kp|kooperationsplan)\w* (\w+ ){0,2}(überarbeit|"
                                    r"fortschreib|aktualisier|anpass)",
                                    r"\b(ich|wir) (lad|lade|laden) (meinen|meine|unseren|unsere|den|die) (kunden|kundin|elb|klient)\w* "
                                    r"(\w+ ){0,4}(zu|ein)\b" + _KEIN_WUNSCH_DANACH,
                                    r"(termin|einladung|gespräch)\w* zu(m|r)? (kp|kooperationsplan|potenzialanalyse|erstellung|abschluss)",
                                    r"(termin|einladung|gespräch)\w* (für|wegen|über|zu) (den |das |einen |dem |die )?"
                                    r"(kp|kooperationsplan|potenzialanalyse)\b",
                                    r"(einladung|termin)\w* zu(m|r)? (abschluss|erstellung|unterzeichnung) (des |eines )?(kp|kooperationsplan)",
                                    r"kp-(termin|gespräch)", r"normale\w* (einladung|termin)", r"regulär\w* (einladung|termin)",
                                    r"fortschreibungs(termin|gespräch)", r"(termin|gespräch|einladung)\w* zur fortschreibung")),

    ("wichtiger_grund", False, _r(r"ohne (einen |jeden |triftigen |wichtigen |ersichtlichen )*(wichtigen )?grund", r"ohne wg\b",
                                  r"kein\w* (wichtige\w* |triftige\w* |guten |ersichtliche\w* )?grund", r"unentschuldigt", r"ohne entschuldigung",
                                  r"(wichtige|triftige|gute)\w* grund\w* (gibt'?s|gibt es|gab es|hat er|hat sie|hatte er|hatte sie|"
                                  r"lag|liegt|ist|war|besteht|bestand) (aber |auch |da |dafür )?(nicht|keine\w*|weder)\b",
                                  r"(wichtige|triftige|gute)\w* grund\w* (seh|sehe|erkenn\w*|find\w*) (ich|wir) (da |dafür |hier )?"
                                  r"(nicht|kein\w*)\b",
                                  r"(wichtige|triftige)\w* grund\w*:? (keiner|keine|nein|nicht vorhanden|nicht gegeben)\b",
                                  r"(wichtige|triftige|gute)\w* grund\w* (für|dafür|zu) (\w+ ){0,3}(gibt'?s|gibt es|gab es|lag|liegt|"
                                  r"besteht|bestand) (aber |auch |da )?(nicht|keine\w*)\b",
                                  r"ohne (sich )?abzumelden", r"ohne abmeldung", r"grundlos", r"einfach nicht",
                                  r"nicht entschuldigt", r"wichtiger grund (lag |liegt )?nicht vor",
                                  r"(wichtige|triftige|gute)\w* grund\w* (\w+ ){0,5}(nicht|nie) (genannt|angegeben|mitgeteilt|"
                                  r"nachgewiesen|vorgebracht|vorgelegt|belegt|dargelegt)",
                                  r"kein\w* (au|attest|krankmeldung|krankschreibung|entschuldigung|abmeldung)\b",
                                  r"\b(au|attest|krankmeldung|krankschreibung|entschuldigung|abmeldung)\b[^.?!|]{0,40}\b(kam|kamen|kommt|"
                                  r"liegt|lag|liegen|lagen|ging|gingen|ist|sind|wurde|wurden) (\w+ ){0,3}(nicht|nie)\b")),
    ("wichtiger_grund", True, _r(r"mit (einem |nem )?(wichtigen|triftigen|guten) grund", r"wichtige\w* grund",
                                 r"krankgeschrieben", r"krankmeldung", r"\bau(-bescheinigung)?\b", r"arbeitsunfähig",
                                 r"attest", r"(trauerfall|todesfall|beerdigung|unfall|notfall|krankenhaus)")),

    ("termin_versaeumt", False, _r(r"(ist|war) (zum termin )?(pünktlich )?(erschienen|gekommen|da)\b(?! nicht)",
                                   r"termin (wahrgenommen|eingehalten)\b(?! nicht)")),
    ("termin_versaeumt", True, _r(r"nicht (zum |zu dem |zu seinem |zu ihrem |beim |zum vereinbarten )?([\w-]*termin\w* )?"
                                  r"(erschienen|gekommen|aufgetaucht|da|wahrgenommen|hingegangen)",
                                  r"versäum", r"verpasst", r"geschwänzt", r"termin\w* (platzen|sausen) lassen",
                                  r"(nicht|nie) (zum|zu) (termin|gespräch)", r"meldeversäumnis", r"no.?show",
                                  r"ferngeblieben", r"bleibt\w* dem termin fern", r"erscheint nicht",
                                  r"kam nicht", r"kommt nicht")),

    ("kp_wegen_versaeumnis_offen", False, _r(r"kp (liegt|lag) (schon |bereits )?vor", r"kp (wurde |ist )?(trotzdem|dennoch) ",
                                             r"(kp|kooperationsplan)\w* (wurde |ist |haben wir |hab ich |habe ich )?(dann |aber |doch |später |"
                                             r"nachträglich |trotzdem |inzwischen |mittlerweile |danach )+(?:(?!nicht|kein)[^?!|]){0,50}?\b(abgeschlossen|"
                                             r"geschlossen|erstellt|zustande gekommen|unterschrieben)\b(?! werden)",
                                             r"(ersatztermin|folgetermin|nachholtermin|neuen termin|zweiten termin)\b(?:(?!nicht|kein)[^?!|]){0,40}?\b"
                                             r"(abgeschlossen|geschlossen|erstellt|zustande gekommen)\b(?! werden)",
                                             r"(haben|hat|habe) (wir |ich |sie |er )?(den |einen |ihren |seinen )?(kp|kooperationsplan) "
                                             r"(\w+ ){0,5}(abgeschlossen|geschlossen|erstellt|gemacht)\b",
                                             r"(kp|kooperationsplan) (\w+ ){0,4}(nachgeholt|doch noch (abgeschlossen|geschlossen|erstellt|"
                                             r"zustande gekommen))")),
    ("kp_wegen_versaeumnis_offen", True, _r(
        r"(deshalb|deswegen|daher|dadurch|somit) (konnte |kann |ist |wurde )?(der |kein |den )?(kp|kooperationsplan)",
        r"(kp|kooperationsplan)\w* (konnte |kann |ist |wurde )?(deshalb |deswegen |daher )?nicht "
        r"(abgeschlossen|geschlossen|erstellt|zustande|gemacht)",
        r"(kp|kooperationsplan)\w* (kam|kommt) nicht zustande", r"kein (kp|kooperationsplan)",
        r"(kp|kooperationsplan) (daher|deshalb|deswegen|dadurch|somit|also) (\w+ )?nicht (abgeschl|zustande|geschlossen|erstellt)",
        r"(deshalb|deswegen|daher|dadurch|somit)\b[^|.]{0,30}\b(kp|kooperationsplan)\b[^|.]{0,25}\bnicht (abschliessen|"
        r"abgeschlossen|schliessen|geschlossen|erstellen|erstellt|zustande|machen|gemacht|vereinbaren|vereinbart|erarbeiten)",
        r"(termin|gespräch|einladung)\w* (für|zu[mr]?|wegen|zwecks|betreffend|über) (den |dem |das |die |einen )?"
        r"(abschluss |erstellung |erarbeitung )?(des |eines )?(kp|kooperationsplan|abschluss|erstellung)", r"kp-(termin|gespräch)",
        r"(kp|kooperationsplan)\w*(termin|gespräch)", r"zur (erstellung|erarbeitung) (des |eines )?(kp|kooperationsplan)",
        # "zum Erstgespräch (Potenzialanalyse und KP) eingeladen"
        r"(termin|gespräch)\w* (\w+ ){0,2}(und|mit|samt|inkl\.?) (dem |einem |den |einen )?(kp|kooperationsplan)\b")),
    ("kp_vorhanden", False, _r(r"(noch )?kein (kp|kooperationsplan)", r"(kp|kooperationsplan) (gibt es|existiert) (\w+ ){0,2}(noch )?nicht")),
    ("kp_vorhanden", True, _r(r"(kp|kooperationsplan) (liegt|lag|ist) (schon |bereits )?(vor|vorhanden)",
                              r"(bestehende|vorhandene|laufende|aktuelle|alte)\w* (kp|kooperationsplan)",
                              r"(hat|hatte) (schon |bereits )?(einen )?(kp|kooperationsplan)")),

    ("minderjaehrig", False, _r(r"(?<!fast )(?<!beinahe )(?<!bald )(?<!nicht )(?<!noch nicht )(?<!kaum )volljährig", r"über 18",
                                r"(?<!fast )(?<!beinahe )(?<!bald )erwachsen")),
    ("minderjaehrig", True, _r(r"minderjährig", r"unter 18", r"noch nicht 18", r"jugendlich")),

    ("verpflichtungsgrund", "aenderung", _r(r"änderungsbescheid", r"änderung des (vb|verpflichtungsbescheid)")),
    # a paragraph named outright decides over the circumstances told ("neue Absprachen … VB nach Abs. 3")
    ("verpflichtungsgrund", "abs1", _r(_ABSATZ + r"1\b", _ABSATZ_AUSGESCHRIEBEN + r"(1|eins)\b")),
    ("verpflichtungsgrund", "abs2", _r(_ABSATZ + r"2\b", _ABSATZ_AUSGESCHRIEBEN + r"(2|zwei)\b")),
    ("verpflichtungsgrund", "abs3", _r(_ABSATZ + r"3\b", _ABSATZ_AUSGESCHRIEBEN + r"(3|drei)\b")),
    ("verpflichtungsgrund", "abs1", _r(_ABSATZ + r"1\b", _ABSATZ_AUSGESCHRIEBEN + r"(1|eins)\b",
                                       r"termin\w*versäumnis", r"meldeversäumnis",
                                       r"nicht (zum termin )?erschienen", r"termin\b.{0,50}(versäumt|verpasst)",
                                       r"nicht (zum|zu dem) termin")),
    ("verpflichtungsgrund", "abs2", _r(_ABSATZ + r"2\b", _ABSATZ_AUSGESCHRIEBEN + r"(2|zwei)\b", r"absprachen",
                                       r"(eb|eigenbemühungen|bewerbungen) nicht")),
    ("verpflichtungsgrund", "abs3", _r(_ABSATZ + r"3\b", _ABSATZ_AUSGESCHRIEBEN + r"(3|drei)\b", r"kein (kp|kooperationsplan) zustande",
                                       r"(kp|kooperationsplan) (kam|kommt|ist) nicht zustande", r"keine einigung")),

    ("deutschfoerderung_relevant", False, _r(r"(spricht|kann) (sehr )?(gut|fliessend|fließend|perfekt) deutsch",
                                             r"(sehr gut|gut|fliessend|fließend|perfekt|muttersprachlich)\w* deutsch",
                                             r"deutsch\w* (ist |sind )?(sehr )?(gut|fließend|fliessend|einwandfrei|muttersprach)",
                                             r"muttersprachler", r"in deutschland (geboren|aufgewachsen)",
                                             r"muttersprach\w* (ist )?deutsch", r"deutsch (ist )?(kein thema|nicht relevant)",
                                             r"(integrationskurs|sprachkurs|deutschkurs)\w* (schon |bereits )?(abgeschlossen|absolviert)",
                                             r"kein\w* (sprach|deutsch)\w*(bedarf|förderung)",
                                             r"deutsch als (erst|mutter)sprache",
                                             r"deutsch ist (seine|ihre|die|deren|dessen|unsere) (mutter|erst)sprache",
                                             r"\bhier (geboren (und |u\. )?)?aufgewachsen")),
    ("deutschfoerderung_relevant", True, _r(r"(braucht|benötigt|bräuchte|soll|muss|will)\w* (noch |dringend )?"
                                            r"(einen |eine |einem )?(integrationskurs|sprachkurs|deutschkurs|sprachförderung|"
                                            r"deutschförderung)",r"(spricht|kann|versteht) (kaum|wenig|kein|nur wenig|schlecht|noch kein|nur gebrochen)\w* deutsch",
                                            r"\b(kaum|wenig|kein|schlecht|gebrochen)\w* deutsch (spricht|sprechen|kann|können|versteht|verstehen)",
                                            r"(deutsch|sprach)\w*kenntnisse (fehlen|gering|schlecht|mangelhaft|kaum)",
                                            r"(geringe|schlechte|fehlende|keine|kaum) (deutsch|sprach)\w*kenntnisse",
                                            r"(sprachförderung|deutschförderung|integrationskurs|sprachkurs)\w* "
                                            r"(ist )?(nötig|relevant|erforderlich|sinnvoll|notwendig|geplant)",
                                            r"\b(a1|a2|b1)\b", r"neu zugewandert", r"geflüchtet",
                                            r"(besucht|macht|absolviert|belegt|ist (gerade |aktuell |noch )?in|nimmt (gerade |"
                                            r"aktuell |noch )?an)\w*\b[^|?!]{0,30}(integrationskurs|sprachkurs|deutschkurs)",
                                            r"\b(im|beim) (integrationskurs|sprachkurs|deutschkurs)\b")),

    ("reha_bedarf", False, _r(r"kein\w* reha", r"reha\w* (ist )?(nicht|kein thema)", r"(kein|keinen|ohne)\w* (reha[- ]?)?bedarf",
                              r"gesund(heitlich)? (fit|unauffällig|ohne einschränkung)",
                              r"kein\w* (gesundheitlichen? |körperlichen? )?(einschränkung|beeinträchtigung|probleme)",
                              r"kerngesund|topfit|völlig gesund|ganz gesund")),
    ("reha_bedarf", True, _r(r"reha[- ]?bedarf", r"\breha\w* (wäre|wär|ist|wären) (\w+ ){0,2}(dran|fällig|angebracht|angezeigt)", r"reha\w* (ist )?(nötig|erforderlich|angezeigt|notwendig|sinnvoll)",
                             r"(bedarf|braucht|benötigt) (eine )?reha", r"gesundheitlich\w* (stark )?eingeschränkt",
                             r"schwerbehindert")),

    ("absprachen_eingehalten", False, _r(
        r"(hält|haelt|hielt) sich nicht", r"nicht (an die |an den )?(absprachen|vereinbarung|kp)\w* (gehalten|eingehalten)",
        r"(absprachen|vereinbarungen)\w* (werden |wurden )?nicht (eingehalten|umgesetzt)",
        r"kein\w* (eb|eigenbemühungen|bewerbungen|nachweise)", r"(eb|eigenbemühungen|bewerbungen|nachweise)\w* "
        r"(fehlen|nicht (vor|ein|nach)gelegt|nicht eingereicht|nicht erbracht)",
        r"stellt sich nicht (beim träger )?vor", r"nicht (beim|bei dem) (träger|maßnahmeträger|kursträger)",
        r"(ignoriert|ignorierte) (den kp|die absprachen)", r"macht nicht mit")),
    ("absprachen_eingehalten", True, _r(r"(hält|haelt) sich (an die |an alle )?(absprachen|vereinbarungen)",
                                        r"(hält|haelt) sich an alles", r"(hält|haelt) (alle |die )?(absprachen|vereinbarungen) ein",
                                        r"erfüllt (alle |die )?(absprachen|vereinbarungen)", r"macht alles (mit|was vereinbart)",
                                        r"absprachen (werden |wurden )?eingehalten")),

    ("leistung_art", "16k", _r(r"16\s?k\b", r"ganzheitlich\w* betreuung", r"coaching")),
    ("leistung_art", "16a", _r(r"16\s?a\b", r"kommunal\w* eingliederungs", r"schuldnerberatung", r"suchtberatung",
                               r"psychosozial\w* betreuung", r"kinderbetreuung\w* nach")),
    ("leistung_art", "16i", _r(r"16\s?i\b", r"teilhabe am arbeitsmarkt", r"geförderte\w* beschäftigung")),
    ("leistung_art", "reha", _r(r"reha")),
    ("leistung_art", "andere", _r(r"\beb\b", r"eigenbemühung", r"bewerbung", r"\bagh\b", r"arbeitsgelegenheit",
                                  r"maßnahme", r"massnahme", r"sprachkurs", r"integrationskurs", r"deutschkurs",
                                  r"vorstellungsgespräch")),

    ("psychische_erkrankung", False, _r(r"kein\w* psychisch", r"psychisch (gesund|stabil|unauffällig)")),
    ("psychische_erkrankung", True, _r(r"psychisch", r"depressi", r"angststörung", r"trauma", r"psychose",
                                       r"sucht(erkrankung|kranke)", r"komplex\w* (handlungsbedarf|problem|lage)",
                                       r"multipl\w* (problem|vermittlungshemmnis)")),

    ("zuweisung_ohne_rfb", False, _r(r"mit rfb (zugewiesen|eingeladen|verpflichtet)",
                                     r"(zugewiesen|zuweisung|teilnahme|verpflichtet)\w* (\w+ ){0,3}(per|über|mit|durch) (einen |den )?"
                                     r"(verpflichtungsbescheid|\bva\b|\bvb\b|bescheid)",
                                     r"(per|über|mit|durch) (einen |den )?(verpflichtungsbescheid|\bva\b|\bvb\b|bescheid) (\w+ ){0,3}"
                                     r"(zugewiesen|verpflichtet)",
                                     r"(beruht|basiert|beruhte|basierte) auf (einem |dem )?(verpflichtungsbescheid|\bva\b|\bvb\b)",
                                     r"zugewiesen mit rfb")),
    ("zuweisung_ohne_rfb", True, _r(r"ohne rfb", r"(über|per|im|laut) (den )?(kp|kooperationsplan)\w* zugewiesen",
                                    r"infoschreiben", r"freiwillig")),

    ("wiedereinstieg_moeglich", False, _r(r"(kein|keinen) wiedereinstieg", r"wiedereinstieg\w* (ist |wäre )?((echt|wirklich|leider|auch|aber|eher|definitiv|einfach|gar) )?(nicht|un|kein)",
                                          r"wiedereinstieg\w* (geht|klappt|funktioniert) (\w+ ){0,2}nicht",
                                          r"wiedereinstieg\w* (ist |wäre )?(\w+ ){0,2}(ausgeschlossen|unmöglich|vom tisch)",
                                          r"(nicht|nie) (mehr )?(zurück|wieder einsteigen|wieder rein)",
                                          r"(maßnahme|massnahme|kurs)\w* (ist |war )?(schon )?(beendet|vorbei|voll|ausgelaufen|zu ende)",
                                          r"träger (nimmt|will) (ihn|sie|den kunden|die kundin)? ?nicht")),
    ("wiedereinstieg_moeglich", True, _r(r"wiedereinstieg\w* (ist |wäre )?(möglich|sinnvoll|machbar)",
                                         r"wiedereinstieg\w* (geht|klappt|funktioniert)(?! nicht)",
                                         r"(kann|könnte) (wieder )?(zurück|einsteigen|wieder einsteigen)",
                                         r"träger (nimmt|würde) (ihn|sie)? ?(wieder|zurück)",
                                         r"(würde|würden|wird|werden|will|wollen|kann|können|könnte|könnten) (ihn|sie|den kunden|die kundin) "
                                         r"(\w+ )?wieder (aufnehmen|nehmen)")),

    ("kp_zustande_gekommen", False, _r(r"kein (neuer |neuen )?(kp|kooperationsplan)\w* (zustande|zu stande|geschlossen|möglich)",
                                       r"(kp|kooperationsplan)\w* (kam|kommt|ist) nicht zustande",
                                       r"(will|wollte|möchte) (keinen|kein) (kp|kooperationsplan)",
                                       r"(weigert|verweigert)\w*", r"lehnt (den |einen )?(kp|kooperationsplan)\w* ab",
                                       r"keine einigung", r"fortschreibung (ist |war )?nicht möglich",
                                       r"(nicht|kein) (einig|einigen)")),
    ("kp_zustande_gekommen", True, _r(r"(neuer |neuen )?(kp|kooperationsplan)\w* (ist |wurde )?(zustande gekommen|abgeschlossen|geschlossen)\b(?! werden)")),

    ("pflichten_erfuellt", False, _r(r"(erfüllt|erfuellt) (die |seine |ihre )?(pflichten|auflagen)\w* nicht",
                                     r"(hält|haelt) sich nicht an (den |die )?(bescheid|verpflichtung|\bva\b|vb)",
                                     r"(nicht|kaum) (alle|sämtliche|die) (\w+ ){0,2}(eigenbemühungen|bewerbungen|nachweise)\w* (\w+ ){0,2}"
                                     r"(nachgewiesen|vorgelegt|erbracht|eingereicht|erledigt)")),
    ("pflichten_erfuellt", True, _r(r"(erfüllt|erfuellt) (die |seine |ihre |alle )?[\w-]*(pflichten|auflagen)",
                                    r"(erfüllt|erfuellt|macht|hält sich an) (zwar |bisher |inzwischen |jetzt |brav |auch )*alles\b(?! nicht)"
                                    r"[^|.?!]{0,30}\b(verpflichtungsbescheid|bescheid|\bvb\b|\bva\b|verpflichtung)",
                                    r"(pflichten|auflagen)\b(?!.{0,40}nicht).{0,60}(erfüllt|eingehalten|umgesetzt)",
                                    r"(hält|haelt) sich (jetzt |inzwischen |nun )?(zuverlässig )?an (den |die )?(bescheid|verpflichtung|\bva\b|vb)",
                                    r"(macht|arbeitet) (jetzt |inzwischen |nun )?(gut |zuverlässig )?mit",
                                    r"pflichten (zuverlässig )?erfüllt",
                                    r"(eigenbemühungen|bewerbungen|nachweise|\beb)\w* (kommen|kamen|liegen|lagen|sind) (\w+ ){0,3}"
                                    r"(pünktlich|zuverlässig|regelmäßig|vollständig)",
                                    r"(?<!nicht )(?<!kaum )\b(alle|sämtliche) (\w+ ){0,2}\w*(eigenbemühungen|bewerbungen|nachweise)\w* "
                                    r"(immer |stets |pünktlich |zuverlässig |vollständig |fristgerecht )*"
                                    r"(nachgewiesen|vorgelegt|erbracht|eingereicht|erledigt|gebracht|beigebracht|abgegeben|geliefert)",
                                    r"(?<!nicht )(?<!kaum )\b(super|gut|prima|toll|ordentlich|zuverlässig|vorbildlich|brav|"
                                    r"alles|top) (\w+ )?(mitgemacht|mitgewirkt|umgesetzt|erledigt)")),
    ("bereit_neuer_kp", False, _r(r"(nicht|kein) bereit", r"(will|möchte|wollte) (\w+ ){0,3}(keinen|kein) (neuen |neues )?(kp|kooperationsplan)",
                                  r"(will|möchte|wollte) (\w+ ){0,2}(auf (gar )?keinen fall|partout nicht|absolut nicht|überhaupt nicht|"
                                  r"nicht) (\w+ ){0,2}(nen |einen |ein )?(neuen |neues )?(kp|kooperationsplan)\w* (machen|abschliessen|"
                                  r"schliessen|erarbeiten|unterschreiben|erstellen)",
                                  r"(lehnt|verweigert)\w* (\w+ ){0,3}(neuen |neue )?(kp|kooperationsplan)",
                                  # "Einen neuen KP will sie aber ausdrücklich nicht schließen."
                                  r"\b(kp|kooperationsplan)\w* (will|möchte|wollte|wollen|mag) (\w+ ){0,4}(nicht|keinen|keins)\b"
                                  r"(?! nur\b)")),
    ("bereit_neuer_kp", True, _r(r"(gibt es|es gibt|liegt|haben wir|hat) (\w+ ){0,2}(einen |ein )?neue\w* (kp|kooperationsplan)",
                                 r"neue\w* (kp|kooperationsplan) (vom|seit|ab) ",r"bereit\w*,? (für |zu )?(einen |einem )?(neuen |neuem )?(kp|kooperationsplan)",
                                 r"bereit (ist|sind|wäre)?,? [^|.]{0,25}(neue\w* )?(kp|kooperationsplan)",
                                 r"(will|möchte|würde|wollen) (jetzt |nun |wieder |gern |gerne |doch |von sich aus |selbst |auch )*(einen |einem )?"
                                 r"(neuen |neuem )?(kp|kooperationsplan)",
                                 r"(ist )?(wieder )?(kooperativ|kooperationsbereit)",
                                 r"\b(nen|einen|ein) (neuen |neues )?(kp|kooperationsplan)\w* (\w+ )?(will|möchte|wollen|möchten)\b")),

    ("eintrittsdatum_bekannt", False, _r(r"(eintritts|beginn|start)\w*(datum|termin)?\w* (ist |steht )?(noch )?"
                                         r"(unklar|unbekannt|offen|nicht (fest|bekannt|klar))",
                                         r"(eintritts|beginn|start|teilnahme)\w*(datum|daten|termin) (der |des |zur |zum )?(\w+ ){0,2}(ist |sind |"
                                         r"steht |stehen )(noch )?(unklar|unbekannt|offen|nicht (fest|bekannt|klar))",
                                         r"(noch )?nicht (klar|bekannt|fest),? wann (die maßnahme|sie|er|es) (beginnt|startet|losgeht)",
                                         r"(unklar|unbekannt|offen)\w*,? wann",
                                         r"(eintritts|beginn|start|teilnahme)\w*(datum|daten|termin) (\w+ ){0,4}(ist |sind |steht |stehen )?"
                                         r"(aber |jedoch |leider )?noch (unklar|unbekannt|offen|nicht (fest|bekannt|klar))",
                                         r"(eintritts|beginn|start|teilnahme)\w*(datum|daten|termin) (aber |jedoch |leider )?noch nicht "
                                         r"(nennen|benennen|sagen|mitteilen|angeben)")),
    ("eintrittsdatum_bekannt", True, _r(r"(?<!sobald die )(?<!sobald der )(?<!wenn die )(?<!wenn der )(?<!falls die )(?<!falls der )(teilnahme|eintritts)\w*daten (sind |stehen )?(jetzt |nun |inzwischen )?(bekannt|fest)",
                                        r"(eintritts|beginn|start)\w*datum (ist |steht )?(jetzt |nun |inzwischen )(bekannt|fest|klar)",
                                        r"(eintritts|beginn|start|teilnahme)\w*(datum|daten) (der |des |zur |zum )?(\w+ ){0,2}(ist |sind |steht |"
                                        r"stehen )(jetzt |nun |inzwischen |schon |bereits )(bekannt|fest|klar)",
                                        r"(stehen|steht|sind|ist) (jetzt |nun |inzwischen )?(die |das )?(genauen? )?(teilnahmedaten|"
                                        r"eintrittsdatum|starttermin|maßnahmebeginn|massnahmebeginn)\w* (\w+ ){0,3}(fest|bekannt|klar)\b")),

    # "Der Träger hatte den Beginn schon vorher verbindlich bestätigt, das Eintrittsdatum steht also im Bescheid" (8.2.2)
    ("eintritt_bei_erlass_bekannt", True, _r(r"(eintritt|beginn|start|teilnahmedaten)\w*\b.{0,60}\b(schon|bereits) (vorher|vorab|vor (dem )?erlass|"
                                             r"bei erlass) (\w+ ){0,2}(bestätigt|bekannt|fest|festgestanden|mitgeteilt|zugesagt)",
                                             r"(eintrittsdatum|beginn|starttermin|maßnahmebeginn|teilnahmedaten)\w* (steht|stehen) (\w+ ){0,2}im "
                                             r"(verpflichtungs)?bescheid",
                                             r"bei erlass (\w+ ){0,4}(schon|bereits) (fest|bekannt|klar|bestätigt)")),

    ("feste_einstellungszusage", False, _r(r"\bwahrscheinlich\b", r"\bvielleicht\b", r"\beventuell\b", r"\bevtl\b",
                                           r"enger\w* (aus)?wahl", r"(noch )?nicht (\w+ )?(entschieden|zugesagt)",
                                           r"(noch )?nicht (fest|sicher|verbindlich|unterschrieben)", r"nur (gesagt|angedeutet)",
                                           r"mal sehen", r"(zusage|einstellung|arbeitgeber|job|stelle)\w* (\w+ ){0,4}unsicher", r"unsicher\w* (\w+ ){0,2}(zusage|einstellung)",
                                           r"\bvoraussichtlich\b", r"(noch )?nicht endgültig",
                                           r"erst (\w+ ){0,8}(endgültig )?(festlegen|entscheiden)", r"(vorstellungsgespräch|probearbeit)\w* (läuft|lief|war|ist)", r"nur (eine |ne )?mündlich\w* (\w+)?zusage",
                                           r"(unverbindlich|vage|vielleicht|eventuell|möglicherweise)\w* "
                                           r"(einstellungs|job|arbeits)?zusage", r"in aussicht", r"kein\w* (feste\w* )?zusage",
                                           r"zusage (ist )?(nicht fest|unsicher|unverbindlich|vage)",
                                           r"(gute|guten|beste|besten|grosse|grossen|realistische|realistischen)\w* chancen",
                                           r"(will|wollen|möchte|wird|werden) sich (\w+ ){0,5}(melden|zurückmelden|entscheiden)\b",
                                           r"(entscheidung|rückmeldung|antwort) (des arbeitgebers |vom arbeitgeber )?(steht |ist )?(noch )?(aus|offen)\b",
                                           r"noch kein\w* (rückmeldung|entscheidung|antwort|zusage)")),
    # an interview is no Zusage yet ("nächste Woche Vorstellungsgespräch, läuft gut")
    ("feste_einstellungszusage", False, _r(r"^(?!.*zusage)(?=.*(vorstellungsgespräch|bewerbungsgespräch|probearbeit|"
                                           r"bewirbt sich|beworben))")),
    ("feste_einstellungszusage", True, _r(r"(einstellungs|job|arbeits)zusage", r"feste\w* zusage", r"zusage",
                                          r"arbeitsvertrag (ist |wurde )?(schon |bereits )?(unterschrieben|unterzeichnet)",
                                          r"arbeitsvertrag\w* (\w+ ){0,4}(unterschrieben|unterzeichnet)\b",
                                          r"(unterschrieben|unterzeichnet)\w* arbeitsvertrag",
                                          r"arbeitsvertrag\w* .{0,40}\b(sicher|fest|in der tasche|unter dach und fach)\b",
                                          r"(wird|ist) (fest )?eingestellt", r"fängt\w* .{0,30}(an|bei)\b.{0,20}(zu arbeiten|arbeiten)",
                                          r"(fängt|beginnt|startet)\w* .{0,30}\bfest\b", r"(fest|sicher) (eingestellt|angestellt|zugesagt)")),
    ("foerderung_erforderlich", False, _r(r"kein\w* (weiteren? |sonstigen? )?(förder|unterstützung|hilfe|leistung|zuschuss)",
                                          # "Weitere Unterstützungs- oder Förderleistungen braucht er für die Arbeitsaufnahme nicht"
                                          r"(unterstützungs|förder)\S*( oder \S+)? (braucht|benötigt)\w* (er|sie|der kunde|die kundin) "
                                          r"(\w+ ){0,4}(nicht|keine)\b",
                                          r"ohne (weitere |jede )?(förder|unterstützung|hilfe|zuschuss)",
                                          r"braucht (sonst )?(nichts|keine)", r"nichts (weiter |mehr )?(nötig|erforderlich|notwendig)",
                                          r"(braucht|benötigt|bräuchte|benötigte)\w* (\w+ )?weder\b",
                                          r"\bweder\b[^|.?!]{0,60}\bnoch (sonst |sonstige |weitere |andere )?(eine |einen |irgendeine )?"
                                          r"(\w+ )?(förder|unterstützung|hilfe|zuschuss|leistung)",
                                          r"(förder|unterstützung|hilfe|zuschuss)\w* (von uns |vom jobcenter |durch uns |unsererseits )?(braucht|benötigt|bekommt|will) (er|sie|der kunde|"
                                          r"die kundin|die elb|der elb) (dafür |da |sonst |auch |dazu )?(nicht|keine|nichts)\b",
                                          r"(förder|unterstützung)\w* (ist |sind )?(nicht |nicht mehr )(nötig|erforderlich|notwendig)",
                                          r"(förder|unterstützung|hilfe)\w* (ist |sind |wird |werden )?(keine|nicht) (mehr )?(nötig|"
                                          r"erforderlich|notwendig|gebraucht)",
                                          # "Bewerbungskosten oder sonstige Unterstützungs- und Förderleistungen fallen nicht mehr an"
                                          r"(förder|unterstützung|kosten|leistung)\S*\b[^.?!|]{0,30}\b(fallen|fällt|entstehen|entsteht) "
                                          r"(\w+ )?(nicht|keine) (mehr )?an\b")),
    ("foerderung_erforderlich", True, _r(r"(braucht|brauchte|benötigt|bräuchte|benötigte) (noch |aber |aber noch )*(eine |einen |ein |nen |n )?"
                                         r"(förder|unterstützung|zuschuss|eingliederungszuschuss|führerschein|qualifizierung|weiterbildung|hilfe)",
                                         r"(förder|unterstützung)\w* (ist |sind )?(noch )?(nötig|erforderlich|notwendig)",
                                         r"eingliederungszuschuss", r"\begz\b",
                                         # "den Führerschein, den er für die Stelle braucht, sollen wir noch fördern"
                                         r"\b(sollen|soll|müssen|muss|wollen|will|werden|würden|möchten) (wir|ich|das jc|das jobcenter) "
                                         r"(\w+ ){0,2}(noch |erst |vorher )?(fördern|finanzieren|bezahlen|übernehmen)\b",
                                         # "einen Staplerschein, den wir fördern müssten"
                                         r"\b(den|die|das|welche\w*)\b (\w+ ){0,2}(wir|ich|das jc|das jobcenter) (\w+ ){0,2}(noch )?(fördern|"
                                         r"finanzieren|bezahlen|übernehmen) (müssten|müssen|sollen|sollten|würden|werden)\b",
                                         # "Vorher muss aber noch der Führerschein CE über uns gefördert werden."
                                         r"\b(muss|soll|müsste|sollte|müssen|sollen)\b(?:(?!\b(nicht|nichts|nix|kein\w*)\b)[^.?!|]){0,60}"
                                         r"\b(gefördert|finanziert|bezahlt) werden",
                                         r"braucht (aber |noch |aber noch |dafür |vorher )*.{0,30}(arbeitsschuhe|arbeitskleidung|"
                                         r"ausrüstung|fahrtkosten|führerschein|zuschuss|förderung|unterstützung|umzugskosten|"
                                         r"bewerbungskosten|schein)",
                                         r"(aus dem|ausm|vom) (vb|vermittlungsbudget)",
                                         r"(braucht|benötigt|bräuchte)\b[^|.?!]{0,50}\b(förderung|unterstützung|zuschuss|"
                                         r"führerschein|qualifizierung|weiterbildung)")),

    ("paragraph10_kennung", True, _r(r"§ ?10\b", r"10er", r"paragraph 10", r"paragraf 10", r"elternzeit",
                                     r"schulpflicht", r"schüler", r"pflegt (einen |ihre |seine |die )?", r"pflege (eines|einer|der|des|von)",
                                     r"kleinkind", r"kind unter (drei|3)", r"unzumutbar", r"nicht zumutbar")),
    ("ziel_kuenftige_verringerung", False, _r(r"kein\w* (perspektive|aussicht|absehbares ende)",
                                              r"(nicht|kein\w*) (auf )?(künftige|zukünftige|spätere) (beendigung|verringerung)",
                                              r"dauerhaft", r"auf (absehbare|unabsehbare) zeit (nicht|kein)")),
    # Schulpflicht or Elternzeit alone is the § 10 ground, not yet the aim: 9.2 names them as cases where a KP
    # aiming at the future "in Betracht kommt"; the answer then states that condition instead of assuming it.
    ("ziel_kuenftige_verringerung", True, _r(r"(künftig|zukünftig|später|perspektivisch)\w* (beendigung|verringerung|integration|arbeit|ausbildung)",
                                             r"(elternzeit|pflege|schulpflicht|schule)\w* (endet|läuft aus|ist bald vorbei|bald zu ende)",
                                             r"\b(endet|enden|endete) (\w+ ){0,2}(die |der |das |ihre |seine )?(pflege|elternzeit|schulpflicht|"
                                             r"schule|schulzeit)\b", r"\b(ins|in ein|in das) (pflege)?heim\b",
                                             r"\bbis dahin\b[^.?!]{0,40}\b(nicht zumutbar|unzumutbar)",
                                             r"wiedereinstieg", r"ausbildung\w*(suche|platz|messe|beratung)?",
                                             r"berufsorientierung|berufliche orientierung",
                                             r"(in absehbarer zeit|bald|demnächst) (endet|enden|vorbei)",
                                             r"abzielt|abzielen|zielt auf",
                                             r"(danach|anschliessend|im anschluss|nach (der|dem) (elternzeit|pflege|schule|"
                                             r"mutterschutz))[^|.]{0,50}\b(wieder|zurück|arbeiten|einsteigen|anfangen)",
                                             r"(will|möchte|plant|wollen)\w*\b[^|.]{0,30}\b(wieder|zurück)\b[^|.]{0,40}"
                                             r"(arbeit|job|beruf|arbeitgeber|einsteigen|einstieg|anfangen|betrieb)",
                                             r"rückkehr (in|zu|zum|an)",
                                             r"\b(zu|zum|in|an) (ihre\w*|seine\w*|de[mn]|die|das) (alte\w* |früher\w* |bisherig\w* |"
                                             r"vorherig\w* )?(arbeitgeber|arbeitsplatz|job|betrieb|firma|stelle|beruf|"
                                             r"arbeit)\w* (\w+ )?zurück",
                                             r"wieder (einsteigen|einstieg|arbeiten|anfangen|in den beruf|ins berufsleben|in (den|ihren|"
                                             r"seinen) (job|beruf))")),

    ("profillage_1", False, _r(r"profillage (2|3|4|5|6|ii|iii|iv|v|vi)\b", r"\bpl ?(2|3|4|ii|iii|iv)\b")),
    ("profillage_1", True, _r(r"profillage (i|1|eins)\b", r"\bpl ?(i|1)\b", r"profillage i\b", r"marktnah")),
    ("konkrete_schritte", False, _r(r"kein\w* (konkreten? )?schritte", r"nichts (geplant|in planung|in sicht)",
                                    _WEDER_NOCH_IN_SICHT,
                                    r"alle möglichkeiten (sind )?ausgeschöpft", r"kein\w* (weiteren )?handlungsbedarf",
                                    r"nichts (mehr )?zu (machen|holen|verbessern)")),
    ("konkrete_schritte", True, _r(r"konkrete\w* schritte", r"bewerbung\w*\b[^.?!|]{0,40}\b(laufen|liefen|sind raus|gehen raus)\b",
                                   r"bewirbt sich (schon|bereits|aktiv|gerade)\b",
                                   r"(bewirbt|bewerben|beworben)\w* .{0,60}(besser bezahlt|vollzeit|mehr stunden|"
                                   r"aus dem (leistungs)?bezug|unabhängig)",
                                   r"(angefangen|begonnen),? sich .{0,40}zu bewerben",
                                   r"(arbeiten|arbeitet|arbeite)\w* (gerade |aktuell |schon |bereits )?(konkret )?(an|auf) "
                                   r"(einen|einem|einer|den|die|das|eine)? ?\w*(wechsel|aufstockung|stelle|ausbildung|integration|"
                                   r"erhöhung|vollzeit)",
                                   r"konkret\w* .{0,30}(wechsel|aufstockung|stellensuche|bewerbung|umschulung)",
                                   r"(macht|besucht|absolviert|beginnt|startet|belegt)\w* .{0,30}(weiterbildung|qualifizierung|"
                                   r"umschulung|fortbildung|meisterkurs|abschluss|führerschein)",
                                   r"(weiterbildung|qualifizierung|umschulung|fortbildung)\w* (läuft|laufen|ist geplant|beginnt|"
                                   r"ist beantragt)", r"(stellenwechsel|jobwechsel|aufstockung|stundenerhöhung|besser bezahlte)\w* "
                                   r"(ist |wird )?(geplant|angestrebt|in vorbereitung|in arbeit|im gespräch)", r"(bewirbt|bewerben) sich (gerade |aktuell )?(auf|um)",
                                   r"(stellenwechsel|jobwechsel|aufstockung der stunden|stundenerhöhung)\w* (ist |wird )?(geplant|in arbeit|läuft|laufen)",
                                   r"(bemüht|bemühen|kümmert) sich\b[^|.]{0,30}\b(um|auf) (eine |einen )?(besser|neue|andere|"
                                   r"höher)", r"vorstellungsgespräch")),
    ("erwerbssituation", "ausgeschoepft", _r(r"unter ausschöpfung", r"ausschöpfung (ihrer|seiner|der)",
                                             r"(mehr|länger) (arbeiten )?(geht|kann|ist) (sie |er )?(gesundheitlich |zeitlich )?nicht",
                                             r"mehr geht (gesundheitlich |zeitlich )?nicht", r"nicht mehr (arbeiten|stunden)",
                                             r"^(?!.*selbst(st)?ändig).*ausgeschöpft", r"mehr geht (\w+ ){0,7}nicht\b",
                                             r"mehr (stunden )?(ist|sind) (\w+ ){0,4}nicht (drin|möglich)",
                                             r"(maximal|max\.?) mögliche\w* (stunden|umfang)",
                                             r"(im rahmen|nach) (ihrer|seiner|der) (individuellen )?möglichkeiten")),
    ("erwerbssituation", "andere", _r(r"teilzeit", r"\btz\b", r"\b([1-9]|[12]\d|3[0-4]) ?(std|stunden)\.? ?(/|pro|die|in der|je|a) ?(woche|wo)\b", r"minijob", r"arbeitet (\w+ ){0,3}\b([1-9]|[12]\d|3[0-4]) ?(std|stunden)\b", r"geringfügig", r"arbeitslos", r"arbeitsuchend",
                                      r"(nicht|kein\w*) (erwerbstätig|beschäftigt|job|arbeit)\b")),
    ("erwerbssituation", "vollzeit", _r(r"^(?!.*\b(könnte|würde|möchte|will|wollte|sucht|suche|soll|wechseln)\b.{0,40}vollzeit)(?=.*vollzeit)", r"(40|39|38|38,5|37,5) ?(std|stunden)", r"voll (beschäftigt|berufstätig)",
                                        r"vollbeschäftigt")),
    ("erwerbssituation", "selbststaendig", _r(r"(ist|sind|als|arbeitet|tätig als|hauptberuflich) (\w+ )?selbst(st)?ändig",
                                              r"betreibt (\w+ )?selbst(st)?ändig", r"selbst(st)?ändig (\w+ ){0,3}(kiosk|laden|geschäft|"
                                              r"firma|betrieb|imbiss|salon|praxis|werkstatt)",
                                              r"selbst(st)?ändig\w* tätig", r"freiberuf", r"eigene\w* (firma|betrieb|laden|geschäft)",
                                              r"selbst(st)?ändig(e|er|en)? (ist|sind)", r"(ist|sind) selbstständig",
                                              r"selbstständig\w*,", r"\bselbst(st)?ändige[nr]?\b(?! (tätigkeit|beschäftigung))",
                                              r"(?<!sich )\bselbst(st)?ändig\b(?! (werden|machen|zu machen|zu werden))")),
    ("verringerung_erwartet", False, _r(r"kein\w* (verringerung|änderung|veränderung|verbesserung|stellenwechsel)\w* "
                                        r"(zu erwarten|absehbar|in sicht|erwartet|geplant)",
                                        r"(verringerung|änderung|veränderung)\w* (ist |sind )?(nicht )?(zu erwarten|absehbar)(?<=nicht zu erwarten)",
                                        r"nicht zu erwarten", r"nicht absehbar", r"alle möglichkeiten (sind )?ausgeschöpft",
                                        r"(ausgeschöpft|ausgereizt)", r"nichts (mehr )?zu (machen|holen|verbessern)",
                                        r"keine (weiteren )?handlungsbedarfe?", r"bleibt (wohl )?so", r"unverändert",
                                        r"(würde|würden|wird|werden) (\w+ ){0,8}(nichts|nix) (\w+ )?(ändern|verbessern|bringen)",
                                        r"kein\w* (verringerung|änderung|veränderung|verbesserung)\b[^|?]{0,90}?\b(zu erwarten|absehbar|"
                                        r"in sicht|erwartet)", r"nicht (realistisch|wahrscheinlich|in sicht)", _WEDER_NOCH_IN_SICHT,
                                        # "Weder eine Änderung … noch ein Stellenwechsel … werden den Leistungsbezug verringern"
                                        r"\bweder\b[^|?]{0,120}\bnoch\b[^|?]{0,120}\b(werden|würden|wird|würde)\b[^|?]{0,80}\b(verringern|"
                                        r"beenden|senken|reduzieren)")),
    ("verringerung_erwartet", True, _r(r"(aufstockung|mehr stunden|stundenerhöhung|vollzeit|\bvz\b|lohnerhöhung|gehaltserhöhung)\w* "
                                       r"(?:[^|.?]|\.(?=\d)){0,40}\b(angeboten|zugesagt|in aussicht gestellt|vereinbart)",
                                       r"(angeboten|zugesagt)\w*,? [^|.?]{0,20}(aufzustocken|aufstockung|mehr stunden)",r"(stellenwechsel|jobwechsel|lohnerhöhung|gehaltserhöhung|aufstockung|mehr stunden|"
                                       r"stundenerhöhung|beförderung|wechsel in (eine )?(sv|sozialversicherungspflichtig))\w* "
                                       r"(ist |wird |wäre )?(geplant|absehbar|in aussicht|möglich|zu erwarten|realistisch|denkbar)",
                                       r"(könnte|kann|will|möchte) (bald |demnächst )?(mehr stunden|aufstocken|wechseln)",
                                       r"(stellenwechsel|jobwechsel|lohnerhöhung|gehaltserhöhung|aufstockung|stundenerhöhung|"
                                       r"beförderung|neue\w* (stelle|job))\w* [^|]{0,40}\b(steht|stehen)\b(?![^|]{0,20}\bnicht\b)[^|]{0,20}\ban\b",
                                       r"\b(steht|stehen)\b (?!nicht)[^|]{0,40}(stellenwechsel|jobwechsel|lohnerhöhung|gehaltserhöhung|"
                                       r"aufstockung|stundenerhöhung|beförderung)\w* [^|]{0,20}\ban\b",
                                       r"(wechselt|wechsel) .{0,40}(mit|bei) (deutlich |viel )?mehr (gehalt|lohn|verdienst|stunden)",
                                       r"verringerung (ist |wäre )?(möglich|zu erwarten|absehbar)",
                                       r"(weiterbildung|qualifizierung|umschulung|fortbildung|massnahme|coaching)[^|.]{0,80}"
                                       r"(gehalt|lohn|verdienst|einkommen|stunden)[^|.]{0,30}(erhöh|steiger|verbesser|\bmehr\b)",
                                       r"besser bezahlt", r"mehr verdien",
                                       r"(wechsel|stellenwechsel|jobwechsel|aufstockung|stundenerhöhung|lohnerhöhung|gehaltserhöhung)"
                                       r"[^|.]{0,70}\b(realistisch|absehbar|geplant|in aussicht|zu erwarten|möglich|denkbar|angeboten|zugesagt|"
                                       r"wahrscheinlich)")),
    ("minderung_festgestellt", False, _r(r"minderung\w* (\w+ ){0,4}(noch )?in (der )?bearbeitung",
                                         r"minderung\w* (\w+ ){0,4}noch nicht (raus|erlassen|ergangen|verschickt|bekannt)",
                                         r"minderung\w* (\w+ ){0,4}(ist |wurde )?(aber |doch |jedoch |bisher )?(noch )?(nicht|nie) "
                                         r"(festgestellt|bekannt ?gegeben|raus|entschieden|beschieden|erlassen|ergangen)", r"\bweder\b.{0,40}bescheid",
                                         r"(noch )?kein\w* (feststellungs|minderungs)",
                                         r"(weder|kein\w*|noch kein\w*) (feststellungs|minderungs)\w*bescheid",
                                         r"(feststellungs|minderungs)\w*bescheid\w* (ist |sind )?(noch )?nicht")),
    ("minderung_festgestellt", True, _r(r"minderung\w* (ist |wurde )?(schon |bereits |inzwischen )?(festgestellt|bekannt ?gegeben)",
                                        r"(feststellungs|minderungs)\w*bescheid\w* (ist |wurde )?(schon |bereits )?"
                                        r"(raus|erlassen|verschickt|zugestellt|bekannt ?gegeben)",
                                        # "Der Minderungsbescheid wegen des Meldeversäumnisses ist am 20.11.2026 rausgegangen."
                                        r"(feststellungs|minderungs)\w*bescheid\w*\b[^|?!]{0,60}?\b(ist|wurde|ging|sind|wurden) "
                                        r"(\S+ ){0,3}(raus|rausgegangen|raus gegangen|erlassen|verschickt|versandt|zugestellt|"
                                        r"bekannt ?gegeben|ergangen)\b")),
    ("begruendeter_ausnahmefall", False, _r(r"kein\w* (begründete\w* )?ausnahmefall", r"kein\w* (besonderen |triftigen |"
                                            r"wichtigen |guten )?grund", r"ohne (besonderen |triftigen |wichtigen )?grund", r"(keine|null|kein) (lust|bock)",
                                            r"bequemlichkeit", r"zu bequem", r"\b(bequemer|angenehmer|praktischer|komfortabler)\b",
                                            r"weil (er|sie|es) (das |es |dies )?lieber", r"wohnt (um die ecke|nebenan|gleich|direkt|ganz) ?"
                                            r"(in der nähe|nebenan|um die ecke)?", r"will (einfach )?nicht (herkommen|kommen|reinkommen)")),
    ("begruendeter_ausnahmefall", False, _r(r"(echte|begründete|wirkliche)\w* ausnahmefall (\w+ ){0,2}(war|ist|lag|liegt) (das |es |hier )?"
                                            r"(aber |doch )?nicht", r"ausnahmefall (war|ist|lag|liegt) (das |es |hier )?(aber |doch )?nicht")),
    ("begruendeter_ausnahmefall", True, _r(r"begründete\w* ausnahmefall", r"ausnahmefall (liegt )?vor")),
]


def _aus_entitaeten(labels: set[str], fakten: dict[str, Any]) -> None:
    if "LEISTUNG_16K" in labels:
        fakten.setdefault("leistung_art", "16k")
    if "PROFILLAGE_1" in labels:
        fakten.setdefault("profillage_1", True)
    if "UNTERSUCHUNG" in labels:
        fakten.setdefault("termin_anlass", "untersuchung")


@lru_cache(maxsize=1)
def _nlp():
    from bot.nlp.pipeline import lade
    return lade()


def lemmatisiere(text: str) -> str:
    return " ".join(t.lemma_.lower() for t in _nlp()(text))


def _negiert_psychisch(text: str) -> bool:
    return bool(re.search(r"(kein\w*|nicht)\s+(\w+\s+){0,2}psychisch", text))


# "ich weiß nicht, warum": whether there was a good reason is open, whatever word suggested one
_GRUND_UNBEKANNT = re.compile(r"(weiss|weiß|wissen) (ich |wir )?(nicht|nich),? (warum|wieso|weshalb)|keine ahnung,? "
                              r"(warum|wieso)|grund (ist )?(noch )?unbekannt|"
                              r"ob (ein |der |es einen )?(wichtige\w* |triftige\w* )?grund\w* (\w+ ){0,2}(vorlag|vorliegt|bestand|besteht|"
                              r"gab|gibt|hatte|hat|gegeben)\w*,? (ist |war )?(noch )?(unklar|offen|nicht klar|unbekannt|ungeklärt)|"
                              r"(unklar|offen|nicht klar|ungeklärt|weiss ich nicht|weiß ich nicht|wissen wir nicht|keine ahnung),? "
                              r"ob (ein |der |es einen )?(wichtige\w* |triftige\w* )?grund")
# "mündliche Zusage": whether the Zusage is firm (9.1 "feste Einstellungszusage") is open, not settled either way
# 9.3 names the routes to a reduction (Maßnahme, Stellenwechsel, sv-pflichtige Beschäftigung, mehr Stunden); a case that
# rules them out for the next six months has no concrete steps under way
_KEIN_WEG_ZUR_VERRINGERUNG = re.compile(r"(maßnahme|massnahme|stellenwechsel|jobwechsel|wechsel|aufstockung|stunden)\w*\b[^?]{0,120}"
                                        r"\b(nichts|nix|kein\w*|weder|nicht)\b|\b(weder|kein\w*)\b[^?]{0,120}"
                                        r"(maßnahme|massnahme|stellenwechsel|jobwechsel|wechsel|aufstockung)")
_ZUSAGE_OFFEN = re.compile(r"mündlich\w* (einstellungs|job|arbeits)?zusage|zusage (\w+ ){0,2}mündlich")
# "angeblich krank", "sagt, er hatte einen wichtigen Grund": the caseworker has yet to judge the reason the client claims
_GRUND_BEHAUPTET = re.compile(r"angeblich|behauptet|vorgeblich|\b(sagt|sagte|meint|meinte|gibt an|gab an)\w*,? (er|sie|der kunde|"
                              r"die kundin) (hatte|hätte|habe|sei|war|wäre)\b")
_GRUND_ZWEIFELHAFT = re.compile(_GRUND_BEHAUPTET.pattern + r"|(keine|ohne|kein) (au\b|attest|krankschreibung|krankmeldung|"
                                r"nachweis|beleg|bescheinigung)|nicht (nachgewiesen|belegt|bescheinigt)|unklar,? ob|"
                                r"\b(nachweis|beleg|attest|au|bescheinigung)\w* (\w+ ){0,4}(keine\w*|nicht)\b")


def extrahiere(text: str, heute: date, mit_spacy: bool = True) -> Befund:
    """Reads facts from one message. Unknown stays absent; contradictions keep the first (negated) reading."""
    befund = Befund()
    if not text or not text.strip():
        return befund
    norm = normalisiere(text)
    if mit_spacy:
        doc = _nlp()(text[:2000])
        befund.labels = {ent.label_ for ent in doc.ents}
        lemmata = " ".join(t.lemma_.lower() for t in doc)
        suchtext = f"{norm} || {normalisiere(lemmata)}"
    else:
        suchtext = norm
    for name, wert, muster in _REGELN:
        if name not in befund.fakten and muster.search(suchtext):
            befund.fakten[name] = wert
    if befund.fakten.get("psychische_erkrankung") is True and _negiert_psychisch(norm):
        befund.fakten["psychische_erkrankung"] = False
    if ("wichtiger_grund" in befund.fakten and _GRUND_UNBEKANNT.search(norm)) or \
            (befund.fakten.get("wichtiger_grund") is True and _GRUND_ZWEIFELHAFT.search(norm)) or \
            (befund.fakten.get("wichtiger_grund") is False and _GRUND_BEHAUPTET.search(norm)):
        del befund.fakten["wichtiger_grund"]  # "angeblich krank, aber keine AU": whether the reason holds is open
    if befund.fakten.get("eintrittsdatum_bekannt") is not True and _EINTRITT_INZWISCHEN_BEKANNT.search(norm):
        befund.fakten["eintrittsdatum_bekannt"] = True  # "stand bei Erlass noch nicht fest, jetzt weiß ich's"
    if "reha_bedarf" in befund.fakten and _REHA_UNGEWISS.search(norm):
        del befund.fakten["reha_bedarf"]  # "weiß noch nicht, ob überhaupt ein Reha-Bedarf besteht"
    if befund.fakten.get("verringerung_erwartet") is False and "konkrete_schritte" not in befund.fakten \
            and _KEIN_WEG_ZUR_VERRINGERUNG.search(norm):
        befund.fakten["konkrete_schritte"] = False  # "weder Maßnahme noch Wechsel würden etwas ändern"
    if befund.fakten.get("feste_einstellungszusage") is True and _ZUSAGE_OFFEN.search(norm):
        del befund.fakten["feste_einstellungszusage"]
    _aus_entitaeten(befund.labels, befund.fakten)
    alter = finde_alter(text)
    if alter is not None:
        befund.fakten["alter"] = alter
    befund.daten = finde_daten(text, heute)
    if "minderung_festgestellt" not in befund.fakten and _minderung_nach_dem_bescheid(text.lower(), befund.daten):
        befund.fakten["minderung_festgestellt"] = False  # at the time the Bescheid went out (4.2.1: "sobald")
    return befund


# "Verpflichtungsbescheid am 10.11. per PZU raus, der Minderungsbescheid aber erst am 20.11.": the cue nearest
# before each date tells which event it dates
_EREIGNIS_VOR_DATUM = re.compile(r"(minderung\w*|feststellungsbescheid\w*)|(verpflichtungsbescheid\w*|\bvb\b|\bva\b)")


def _minderung_nach_dem_bescheid(norm: str, daten: list[Fund]) -> bool:
    minderung, bescheid = [], []
    for fund in daten:
        if fund.art != "datum":
            continue
        treffer = list(_EREIGNIS_VOR_DATUM.finditer(norm, max(0, fund.start - 60), fund.start))
        if treffer:
            (minderung if treffer[-1].group(1) else bescheid).append(fund.wert)
    return bool(minderung and bescheid and min(minderung) > max(bescheid))


_REHA_UNGEWISS = _r(r"\b(weiß|wissen|weiss)\b (\w+ ){0,3}nicht,? ob\b[^.?!]{0,60}reha",
                    r"\b(unklar|offen|nicht sicher|ungewiss|fraglich),? ob\b[^.?!]{0,60}reha",
                    r"\bob\b (\w+ ){0,5}(überhaupt|tatsächlich|wirklich) (\w+ ){0,3}reha")
_EINTRITT_INZWISCHEN_BEKANNT = _r(r"\b(stand|standen|war|waren)\b[^.?!]{0,60}\bnoch (nicht (fest|bekannt|klar)|offen|unklar|unbekannt)\b"
                                  r"[^?!]{0,40}\b(jetzt|nun|inzwischen|mittlerweile|endlich)\b[^.?!]{0,30}"
                                  r"\b(weiß|weiss|wissen|bekannt|klar|fest|steht|stehen)")


# Which words near a date tie it to which date fact ("erstellt am 15.08.", "Zusage zum 01.12.").
_DATUMS_HINWEISE: dict[str, re.Pattern] = {
    # "aus der im KP vereinbarten Maßnahme genommen" names the KP, not its date
    "kp_erstellt_am": _r(r"((?<!im )(?<!laut )(?<!lt\. )(?<!lt )(?<!dem )(kp|kooperationsplan)|erstellt|abgeschlossen|geschlossen|"
                         r"fortgeschrieben|aktualisiert|vom)"),
    "vb_erlassen_am": _r(r"(verpflichtungsbescheid|bescheid|\bvb\b|\bva\b|erlassen|zugestellt|gültig ab|ab dem)"),
    "einstellung_am": _r(r"(zusage|einstellung|eingestellt|anfangen|fängt|beginn|start|arbeitsbeginn|job|stelle|ab dem|zum)"),
    "letzte_pruefung_am": _r(r"(geprüft|prüfung|überprüft|kontrolliert|zuletzt)"),
    "entscheidung_ohne_kp_am": _r(r"(entschieden|entscheidung|verzicht|ohne kp|kein kp|geprüft|zuletzt)"),
}


# facts that lie in the past: "nach 3 Monaten" is a span since then, not the date of the KP or Bescheid
_VERGANGENE_DATEN = {"kp_erstellt_am", "vb_erlassen_am", "letzte_pruefung_am", "entscheidung_ohne_kp_am"}
_GEBURT = re.compile(r"(geb\.?|geboren|geburtsdatum|geburtstag|\*)\s*(am|den|der)?\s*:?\s*$")
# "Gilt der Bescheid am 15.05.2027 noch?": the day to judge, not a fact of the case
_GILT_AM = re.compile(r"\b(gilt|gelten|gültig|läuft|laufen|wirksam)\b[^.?!]{0,25}\b(am|zum|noch am|bis zum)\s*$")
_HEUTE_IST = re.compile(r"((heute|stand|stichtag|datum)\s*(ist|:|=)?\s*(der|den|am|vom)?|(beratungs|erst)(gespräch|termin)\w*\s*"
                        r"(war |ist )?(am|vom))\s*\(?\s*$")  # "Gilt er heute (29.11.2026) noch?"


# a sentence ends before a capital letter ("… fortgeschrieben. Am 12.10. …"), not at "Abs. 1" or "z. B. der"
_SATZGRENZE = re.compile(r"[.!?]\s+(?=[A-ZÄÖÜ])|\n")


def _satz(text: str, fund: Fund) -> tuple[int, int]:
    anfang = max((m.end() for m in _SATZGRENZE.finditer(text, 0, fund.start)), default=0)
    ende = next((m.start() + 1 for m in _SATZGRENZE.finditer(text, fund.ende)), len(text))
    return anfang, ende


def _abstand(muster: re.Pattern, norm: str, fund: Fund, satz: tuple[int, int]) -> int | None:
    """Characters between the date and the nearest cue of a date fact within its sentence; a cue after the date
    counts a little less ("Am 31.08. habe ich festgestellt, dass …, und auf den KP verzichtet")."""
    anfang = max(satz[0], fund.start - 60)
    abstaende = []
    for m in muster.finditer(norm, anfang, min(satz[1], fund.ende + 100)):
        if m.end() <= fund.start:
            abstaende.append(fund.start - m.end())
        elif m.start() >= fund.ende:
            abstaende.append(m.start() - fund.ende + 10)
    return min(abstaende) if abstaende else None


# "Der Träger hat sie am 10.11. aus der Maßnahme genommen": the date of another event, never a fact's date by default
_ANDERES_EREIGNIS = re.compile(r"\b(abgebrochen|abbruch|genommen|rausgeworfen|rausgeschmissen|ausgeschlossen|"
                               r"gekündigt|übernommen|nicht erschienen|versäumt|umgezogen)\b")


# "am 30.09.2026 … fortgeschrieben": the six months run from the last update, not from the KP's first date (6.3)
_FORTGESCHRIEBEN = re.compile(r"\b(fortgeschrieben|aktualisiert|überarbeitet)\b(?! (werden|wird)\b)")


def _letzte_fortschreibung(zugeordnet: dict[str, date], offen: list[Fund], vergeben: set[int], norm: str) -> None:
    for i, fund in enumerate(offen):
        if fund.art != "datum" or (i in vergeben and offen[i].wert != zugeordnet["kp_erstellt_am"]):
            continue
        naechstes = offen[i + 1].start if i + 1 < len(offen) else len(norm)
        # searched to the text's end, so that the cut does not hide the "werden" after the word
        danach = _FORTGESCHRIEBEN.search(norm, fund.ende)
        danach = danach if danach and danach.start() < min(naechstes, fund.ende + 80) else None
        vorher = norm[max(0, fund.start - 30):fund.start]
        davor = _FORTGESCHRIEBEN.search(vorher)
        if (danach and not re.search(r"[.!?]\s", norm[fund.ende:danach.start()])) or \
                (davor and not re.search(r"[.!?]\s", vorher[davor.end():])):
            if fund.wert > zugeordnet["kp_erstellt_am"]:
                zugeordnet["kp_erstellt_am"] = fund.wert


def _tag_fuer(name: str, fund: Fund) -> date:
    """A part of a month ("Anfang September") stands for its earliest day where the fact lies in the past (the deadline
    it starts comes soonest) and for its latest day where it lies ahead (a start "Mitte Januar" is within 8 weeks only
    if its last day is)."""
    if fund.art == "zeitraum" and fund.bis and name not in _VERGANGENE_DATEN:
        return fund.bis
    return fund.wert


_JETZT = re.compile(r"\b(jetzt|heute|aktuell|derzeit|zurzeit|momentan|mittlerweile|inzwischen)\b")


def ordne_daten_zu(befund: Befund, datumsfakten: list[str], text: str,
                   heute: date | None = None) -> tuple[dict[str, date], date | None]:
    """Assigns the dates found to the rule's date facts; a date that fits none becomes the reference date.

    Each date fact takes the date nearest to one of its cues ("Arbeitsbeginn am 28.09.2026"), so that
    "Der Kunde war am 03.08.2026 bei mir und hat eine Zusage zum 28.09.2026" gives the start date 28.09.
    and the reference date 03.08. A past fact (the KP's date, the last check) never takes a future date without
    a cue ("die Mutter zieht am 01.02.2027 ins Pflegeheim"). Returns (date facts, reference date or None)."""
    zugeordnet: dict[str, date] = {}
    stichtag = None
    norm = text.lower()
    offen: list[Fund] = []
    for fund in befund.daten:
        if _GEBURT.search(norm[max(0, fund.start - 25):fund.start]):
            continue  # a date of birth is no fact of the Weisung's rules
        if stichtag is None and (_HEUTE_IST.search(norm[max(0, fund.start - 30):fund.start]) or
                                 _GILT_AM.search(norm[max(0, fund.start - 40):fund.start])):
            stichtag = fund.wert
            continue
        offen.append(fund)
    saetze = [_satz(text, fund) for fund in offen]
    paare = sorted((abstand, i, name) for i, fund in enumerate(offen) for name in datumsfakten
                   if not (fund.art == "dauer" and name in _VERGANGENE_DATEN)
                   # "Fortschreibung Ende Januar" is a plan, not the KP's date
                   and not (fund.art == "zeitraum" and name in _VERGANGENE_DATEN and heute and fund.wert > heute)
                   and (abstand := _abstand(_DATUMS_HINWEISE[name], norm, fund, saetze[i])) is not None)
    vergeben: set[int] = set()
    for _, i, name in paare:
        if name not in zugeordnet and i not in vergeben:
            zugeordnet[name] = _tag_fuer(name, offen[i])
            vergeben.add(i)
    if "kp_erstellt_am" in zugeordnet:
        _letzte_fortschreibung(zugeordnet, offen, vergeben, norm)
    if len(datumsfakten) == 1 and datumsfakten[0] not in zugeordnet:
        vergangen = datumsfakten[0] in _VERGANGENE_DATEN
        ohne_hinweis = next((i for i, f in enumerate(offen) if i not in vergeben and f.art not in ("relativ", "zeitraum")
                             and not (vergangen and (f.art == "dauer" or (heute and f.wert > heute)))
                             and not _ANDERES_EREIGNIS.search(norm, *saetze[i])), None)
        if ohne_hinweis is not None:
            zugeordnet[datumsfakten[0]] = offen[ohne_hinweis].wert
            vergeben.add(ohne_hinweis)
    # "telefonkontakt am 20.08. – ist der jetzt überfällig?": a past event's date is no reference date when the question
    # asks about now
    jetzt = heute is not None and _JETZT.search(norm)
    for i, fund in enumerate(offen):
        umfeld = norm[max(0, fund.start - 60):fund.ende + 40]
        if jetzt and fund.wert < heute:
            continue
        if i not in vergeben and stichtag is None and fund.art == "datum" and \
                re.search(r"(stand|stichtag|zum|am|für den|bezogen auf|termin|wiedervorlage|geplant|vorgemerkt)", umfeld):
            stichtag = fund.wert
    return zugeordnet, stichtag
