"""Yes and no relative to how the caseworker asked.

A rule answers its own question ("Ist die Einladung mit RFB zu versehen?"). Asked the other way round
("Kann ich die RFB weglassen?"), the verdict word flips while the sentence after it stays true:
"Ja – Termine auf Wunsch der eLb sind ohne RFB zu versenden." Verdict sentences are written so that
this holds: the part after the dash is a self-contained statement.

Three more cases, all about keeping the Weisung's modal strength in the verdict word:
- "Muss ich …?" answered by a "kann" → "Nein – nicht zwingend: …" (discretion is no duty);
- a yes/no question about a statement rule (e.g. "Muss vor der Minderung eine Anhörung erfolgen?") gets
  "Ja." or "Nein." in front, but only where the rule lists which yes/no questions its statement answers;
- yes/no questions about the Fortschreibung date compare with the reference date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_I = re.I

# "in 3 Monaten", "nächsten Monat": a later point than "unverzüglich" (4.1)
SPAETER_ALS_UNVERZUEGLICH = (r"\bin (\d+|ein|einem|zwei|drei|vier|fünf|sechs|paar|einigen|ein paar) (monat|woch|jahr)|"
            r"nächste\w* (monat|quartal|jahr)|ende (des |vom )?(monats|quartals|jahres)")
# the parents or the representation named as addressees ("ohne Eltern gemacht" names them as absent)
_VERTRETUNG_GENANNT = (r"(?<!ohne )(?<!ohne die )(?<!ohne seine )(?<!ohne ihre )(?<!ohne deren )(?<!zustimmung der )"
                       r"(?<!einwilligung der )(?<!zustimmung seiner )(?<!zustimmung ihrer )(?<!zustimmung von )"
                       r"(?<!nicht an die )(?<!nich an die )(?<!statt an die )(?<!nicht an )(?<!nicht an seine )(?<!nicht an ihre )"
                       r"(eltern|vertret|erziehungsberechtigt|vormund|sorgeberechtigt)")
# rule id -> phrases that ask the rule's yes/no question the other way round
UMKEHRUNGEN: dict[str, re.Pattern] = {
    "einladung.rfb": re.compile(r"ohne (eine )?(rfb|rechtsfolgen)|(rfb|rechtsfolgenbelehrung)\w* (weglassen|entfallen|"
                                r"verzichten|(nicht|un)(nötig|noetig|erforderlich|notwendig))|(auf|von) (die |der )?"
                                r"(rfb|rechtsfolgenbelehrung) (verzichten|absehen)|kein\w* (rfb|rechtsfolgenbelehrung)", _I),
    "kp.unterschrift": re.compile(r"ohne unterschrift|(nicht|un)unterschrieben|unterschrift\w* (weglassen|verzichten|"
                                  r"(nicht|un)(nötig|erforderlich))|auf (die )?unterschrift verzichten|ohne zu "
                                  r"unterschreiben|gültig ohne|(reicht|genügt) (es|auch)?.{0,30}ohne", _I),
    "kp.rechtsnatur": re.compile(r"unverbindlich|kein vertrag|nicht (rechtlich )?bindend|keine (rechte|ansprüche)", _I),
    # canonical: "Kann der KP ohne (vollständige) PA erstellt werden?"; every other framing asks whether the PA is needed
    # "Ohne vollständige PA kein KP – stimmt das?" asserts that the PA is needed
    "kp.potenzialanalyse": re.compile(r"\bohne [^?]{0,30}(pa|potenzialanalyse|profiling)\b[^?]{0,15}\bkein\w* (kp|kooperationsplan)|"
                                      r"^(?!.*(\bohne\b|unvollständig|nicht (vollständig|abgeschlossen|fertig)|noch nicht|"
                                      r"zur hälfte|\bhalb\b|teilweise|zum teil|trotzdem|dennoch|fehlt noch|fehlen noch|"
                                      r"ausstehend|steht noch aus|läuft noch|"
                                      r"\bvor (abschluss|ende|fertigstellung)|\bbevor\b.{0,40}\b(fertig|abgeschlossen|vollständig)"
                                      r"|parallel|gleichzeitig|vorziehen|schon mal))", _I | re.S),
    "kp.minderjaehrige": re.compile(r"^(?!.*\bohne\b (\w+ ){0,2}(zustimmung|einwilligung|einverständnis|erlaubnis|genehmigung|eltern|"
                                    r"mutter|vater|vertret\w*|erziehungsberechtigt\w*|unterschrift|vormund))(?=.*(zustimmung|einwilligung|einverständnis|genehmigung|erlaubnis|"
                                    r"unterschrift|unterschreiben|zustimmen|einwilligen|dabei sein|anwesend|mitbringen|mitkommen|\bok\b|\bokay\b|"
                                    r"\bo\.k\.|einverstanden|absegnen|segen))"
                                    r"(?=.*(muss|müssen|brauch|benötig|nötig|notwendig|erforderlich|pflicht|zwingend|nur mit))|"
                                    r"zustimmung\w* (der|des|von) (eltern|erziehungsberechtigt|gesetzlich)\w* "
                                    r"(nötig|notwendig|erforderlich|braucht|brauche|einholen)|"
                                    r"(braucht|brauche|benötige|muss)\w* (ich |es |man )?(die |eine )?(zustimmung|einwilligung|"
                                    r"unterschrift)|(müssen|muss)\w* (die )?(eltern|gesetzliche\w* vertret\w*|erziehungsberechtigt\w*)"
                                    r"\b.{0,50}(zustimmen|einwilligen|unterschreiben|dabei|anwesend|mitkommen)|"
                                    r"nur mit (zustimmung|einwilligung|den eltern)", _I),
    "kp.gemeinsam": re.compile(r"\ballein|ohne (die |den )?(kundin|kunden|elb|beteiligung)|nur (zu)?schicken|zuschick|zusend|"
                               r"selbe?r (\w+ )?(fertig|schreib|formulier|erstell|mach|ausfüll)|vorab (\w+ )?(fertig|schreib|erstell)|"
                               r"einfach (zu)?schicken|selbst (schreiben|formulieren|erstellen)|im alleingang|vorgeben|diktieren|"
                               r"nur (meine|die|seine|ihre|unsere) (\w+ ){0,2}(einschätzung|sicht|meinung|vorstellung|vorgabe)", _I),
    "inhalte.infoschreiben_rfb": re.compile(r"ohne (rfb|rbb|rechtsfolgen)|kein\w* (rfb|rbb|rechtsfolgen)|rein informell", _I),
    "verpflichtung.ausnahmen_rfb": re.compile(r"ausgenommen|ausnahme|verboten|unzulässig|nicht erlaubt|darf (ich )?nicht", _I),
    "verpflichtung.psychische_erkrankung": re.compile(r"absehen|verzichten|darauf verzichten|ohne verpflichtung|ausnahme", _I),
    "einladung.fahrtkosten": re.compile(r"nur (bei|mit|wenn)\b[^?]{0,30}\b(rfb|rechtsfolgen)|nur wenn|(keine|nicht) .{0,20}ohne rfb|automatisch|"
                                        r"ohne (einen |extra )?antrag|ohne (dat |dass |das )?(\w+ ){0,3}('?nen |einen )?antrag|abgelehnt|ablehn|verweigert|"
                                        r"nicht (erstattet|übernommen|bezahlt)|von sich aus|von amts wegen|(immer|pauschal) "
                                        r"(erstattet|übernommen|bezahlt)|(kein|keinen) anspruch", _I),
    # "Hätte das Erstgespräch persönlich im JC laufen müssen?" asks the rule the other way round
    "einladung.erstgespraech_abweichung": re.compile(r"(persönlich|vor ort|im (jc|jobcenter|haus))\b[^?]{0,40}\b(müssen|muss|hätte|"
                                                     r"sollen|soll|sollte)\b|\b(muss|müssen|hätte|sollte)\b[^?]{0,40}\b(persönlich|"
                                                     r"vor ort)\b", _I),
    "einladung.erstgespraech": re.compile(r"(kann|darf|geht|möglich)\w* .{0,40}(telefon|video|online|digital|per mail)", _I),
    "ausnahme.paragraph10": re.compile(r"ausgeschlossen|nicht (möglich|erlaubt|zulässig)|verboten|darf (ich )?(keinen|nicht)|"
                                       r"unzulässig|verzicht|absehen|ohne (einen )?(kp|kooperationsplan)|"
                                       r"(keinen|kein) (kp|kooperationsplan)|entfallen|weglassen", _I),
    "kp.erstellung": re.compile(r"\bwarten\b|später|aufschieben|verschieben|hinauszögern|zeit lassen|" + SPAETER_ALS_UNVERZUEGLICH + r"|nicht (sofort|gleich|"
                                r"direkt)|erst (in|nach|im|zum|ende|beim|bei|am|nächste)|irgendwann|(kann|darf) (ich )?(den |auf den )?(kp|kooperationsplan)"
                                r"\w* (weglassen|verzichten)|\b(darauf|auf ihn|auf den kp) (\w+ )?verzichten|zeitmangel|keine zeit|"
                                r"\b(weiter|weiterhin|einfach|erstmal|erst mal) (\w+ )?ohne (einen |den )?(kp|kooperationsplan)", _I),
    # canonical: "Ist der Bescheid an die gesetzliche Vertretung zu richten?"; asking about the minor as addressee
    # (without naming parents or representation) is the reverse
    "verpflichtung.minderjaehrige": re.compile(r"^(?!.*" + _VERTRETUNG_GENANNT + ")"
                                               r".*\b(an|dem|der|den)\s+(die |den |das |der |dem |den )?(\d+\W?jährig\w*|"
                                               r"jugendlich\w*|minderjährig\w*|kunde\w*|kundin|elb|sohn|tochter|schüler\w*|"
                                               r"azubi\w*|jungen|mädchen)\b|"
                                               r"^(?!.*" + _VERTRETUNG_GENANNT + ")"
                                               r".*((direkt|selbst|persönlich|einfach|nur) an (sie|ihn)\b|\ban (sie|ihn) (selbst|direkt))", _I),
    "verpflichtung.absprachen_nicht_eingehalten": re.compile(r"(von|auf) (einer |der |die )?verpflichtung (absehen|verzichten)|"
                                                             r"ohne (eine )?verpflichtung|nicht verpflicht", _I),
    "verpflichtung.rueckkehr": re.compile(r"(brauche|braucht|benötige|muss|müssen|nötig|erforderlich|noch)\w* .{0,40}"
                                          r"(weitere\w*|neue\w*|noch (einen|ein)) (vb|va|verpflichtungsbescheid|bescheid|verpflichtung)|"
                                          # "Kollege rät, zur Sicherheit trotzdem wieder einen VB zu erlassen – ist das so vorgesehen?"
                                          r"^(?!.*(verzicht|absehen|\bohne\b))(?=.*(zur sicherheit|sicherheitshalber|vorsorglich|trotzdem|"
                                          r"dennoch)\b.{0,40}\b(wieder |erneut |noch )?(einen |ein )?(neue\w* |weitere\w* )?(vb|va|"
                                          r"verpflichtungsbescheid|bescheid)\b)", _I | re.S),
}

# "darf ich nen VB vorsorglich erlassen, wenn der Kunde gut mitarbeitet?" – 8.3: only without sufficient Mitwirkung
VORSORGLICHER_BESCHEID = re.compile(r"^(?!.*\bnicht\b (\w+ ){0,2}(mit|gut))(?=.*\b(vb|va|verpflichtungsbescheid\w*|bescheid\w*)\b)"
                                    r"(?=.*\b(vorsorglich|auf vorrat|prophylaktisch|präventiv|zur sicherheit|sicherheitshalber)\b)"
                                    r"(?=.*(\b(mitarbeit|mitwirk|mitmach|kooperativ|zuverlässig|gut|pünktlich)\w*|\barbeitet\w* (\w+ ){0,4}mit\b))",
                                    _I | re.S)

# "Muss ich den bestehenden KP beim Verpflichtungsbescheid berücksichtigen?" (4.2.1) – asked under any Verpflichtung rule
_BESTEHENDER_KP = re.compile(
    r"^(?=.*(\b(bestehend|vorhanden|älter|alt|bisherig|früher|vorherig|laufend|aktuell|gültig)\w*\s+(kp|kooperationsplan)\b|"
    r"\b(kp|kooperationsplan)\w* (liegt|lag|gibt es|existiert|ist) (schon|bereits|noch)|\b(schon|bereits|noch) (einen|ein|nen) "
    r"(kp|kooperationsplan)\b))(?=.*(berücksichtig|rolle|einfluss|einbezogen|einbeziehen|beachten|anrechnen))", _I | re.S)
# "Kann ich den alten KP dabei einfach links liegen lassen?" – no: it is to be taken into account (4.2.1)
_BESTEHENDEN_KP_IGNORIEREN = (re.compile(r"^(?=.*\b(alt|bestehend|vorhanden|bisherig|vorherig|laufend)\w* (kp|kooperationsplan)\b|"
                                         r".*\b(schon|bereits) (einen |ein |nen )?(kp|kooperationsplan)\b)(?=.*(links liegen|ignorier|"
                                         r"außer acht|außen vor|beiseite|unberücksichtigt|nicht (\w+ )?(beacht|berücksichtig)\w*|vergessen|unter den tisch))",
                                         _I | re.S), "nein",
                              "Nein – liegt bereits ein KP vor, ist er beim Erlass des Verpflichtungsbescheides angemessen zu "
                              "berücksichtigen.")
_NICHT_GESCHEITERT = (re.compile(r"gescheitert|scheitert|hinfällig", _I), "nein",
                      "Nein – als gescheitert gilt der aktuelle KP nur, wenn nach dem Abbruch ohne wichtigen Grund ein "
                      "Wiedereinstieg in die bisherige Maßnahme nicht möglich oder nicht sinnvoll ist (Pkt. 6.2.1).")
# "Kollegin hat ihn nach dem Abbruch ohne RFB zum neuen KP eingeladen – in Ordnung?" (6.2.1: mit RFB einzuladen)
_NEUE_EINLADUNG_OHNE_RFB = (re.compile(r"ohne (eine )?(rfb|rechtsfolgen\w*) (\w+ ){0,2}(ein)?(ge)?lad|einladung\w* ohne (rfb|rechtsfolgen)|"
                                       r"\b(ein)?(ge)?lad\w* (\w+ ){0,3}ohne (rfb|rechtsfolgen)", _I), "nein",
                            "Nein – gilt der KP als gescheitert, ist die eLb mit RFB einzuladen, um einen neuen KP zu erarbeiten "
                            "(Pkt. 6.2.1).")
_KP_BERUECKSICHTIGEN = ("Ja – liegt bereits ein KP vor, ist er beim Erlass des Verpflichtungsbescheides angemessen zu "
                        "berücksichtigen.")
# "Muss die Einladung zur Übergabe des VB eine RFB enthalten?" – 6.2 names it for Abs. 2, 4.2 for every invitation
_EINLADUNG_MIT_RFB = re.compile(r"einlad\w*[^?]{0,100}\b(rfb|rechtsfolgenbelehrung)|\b(rfb|rechtsfolgenbelehrung)\b[^?]{0,40}einlad", _I)
_UEBERGABE_RFB_ABS2 = ("Ja – wird der Verpflichtungsbescheid nach § 15a Abs. 2 SGB II im persönlichen Termin übergeben, "
                       "erfolgt die Einladung dazu mit RFB (Pkt. 6.2); alternativ wird er per Postzustellungsurkunde (PZU) "
                       "zugestellt.")
_UEBERGABE_RFB = ("Ja – Einladungen sind grundsätzlich mit RFB zu versehen (Pkt. 4.2), auch die zum Termin, in dem der "
                  "Verpflichtungsbescheid übergeben wird; ohne RFB nur bei Terminen auf Wunsch der eLb oder im "
                  "Widerspruchsvorverfahren. Alternativ wird der Bescheid per Postzustellungsurkunde (PZU) zugestellt.")
# a sentence of our own that states a duty of its own carries that duty's modality ("ist … zu berücksichtigen")
# "In welchen Fällen soll mit ihr trotzdem ein KP abgeschlossen werden?" asks for the soll case of 9.2 Satz 2
_P10_SOLL_FALL_GEFRAGT = re.compile(r"\b(in welchen fällen|wann|unter welchen (umständen|voraussetzungen|bedingungen)|"
                                    r"in welcher (situation|konstellation))\b[^?]{0,60}\b(soll|sollte|sollen)\b", _I)
_P10_SOLL_FALL = ("Soll – mit eLb mit § 10-Kennung soll ein KP insbesondere dann abgeschlossen werden, wenn er auf eine "
                  "künftige Beendigung oder Verringerung der Hilfebedürftigkeit abzielt; im Übrigen kann ein KP erstellt "
                  "werden (Ermessen).")
# "Muss ich zwischendurch prüfen … und das auch dokumentieren?" (9.3: ist regelmäßig zu prüfen und zu dokumentieren)
_PL1_DOKUMENTIEREN_GEFRAGT = re.compile(r"dokumentier|festhalten|vermerken|aktenkundig", _I)
_PL1_DOKUMENTIEREN = ("Ja – bei Beschäftigten bzw. Selbstständigen ist regelmäßig zu prüfen und zu dokumentieren, ob Schritte zur "
                      "Verringerung oder Beendigung der Hilfebedürftigkeit möglich sind; spätestens nach sechs Monaten sollte "
                      "die Situation überprüft werden.")
MODALITAET_DER_AUSSAGE = {_PL1_DOKUMENTIEREN: "muss", _P10_SOLL_FALL: "soll", _KP_BERUECKSICHTIGEN: "muss", _BESTEHENDEN_KP_IGNORIEREN[2]: "muss", _UEBERGABE_RFB_ABS2: "muss",
                          _UEBERGABE_RFB: "muss"}
_PZU_ZWINGEND = re.compile(r"(zwingend|immer|\bnur\b|ausschließlich|\bmuss|müssen|\bpflicht)[^?]{0,60}(pzu|postzustellungsurkunde)|"
                           r"(pzu|postzustellungsurkunde)[^?]{0,30}(pflicht|zwingend|vorgeschrieben)", _I)
# "Notiz: VB nach Abs. 2 geht nur per PZU, eine persönliche Übergabe ist nicht möglich" – both ways are open (6.2, 7)
_NUR_PZU = re.compile(r"\b(nur|ausschließlich|zwingend|immer)\b (\w+ ){0,2}(per |mit |über )?(pzu|postzustellungsurkunde)|"
                      r"(persönlich\w*|übergabe|übergeben|aushändig\w*)\b[^?]{0,40}\b(nicht|kein\w*) (\w+ )?(möglich|erlaubt|zulässig|"
                      r"vorgesehen|gestattet)", _I)
# "standardmäßig gleich ein ganzes Jahr?" against "in der Regel 6 Monate" (4.3, 8.1)
_LAENGER_ALS_REGEL = re.compile(r"(standard\w*|grundsätzlich|generell|immer|gleich|einfach|pauschal)\b[^?]{0,40}"
                                r"(jahr|\b(7|8|9|10|11|12|18|24|zwölf|neun) monat)", _I)
# "Reicht es, § 10 einmal im Jahr zu prüfen?" against "jedenfalls alle sechs Monate" (9.2, 9.3): a longer interval is
# not enough, a shorter one is
_SELTENER_ALS_HALBJAEHRLICH = re.compile(r"(einmal|1 ?x|1 mal|ein mal)? ?(im|pro|je) jahr|\bjährlich|\bjahres|"
                                         r"alle (7|8|9|10|11|12|18|24|sieben|acht|neun|zehn|elf|zwölf) monat|"
                                         # "Wiedervorlage zur Überprüfung in zwölf Monaten"
                                         r"\b(in|nach) (7|8|9|10|11|12|18|24|sieben|acht|neun|zehn|elf|zwölf|achtzehn) monat|"
                                         r"alle (\w+ )?jahre?\b|nach (einem|1|zwei|2) jahr", _I)
_HOECHSTENS_HALBJAEHRLICH = re.compile(r"alle ([1-6]|zwei|drei|vier|fünf|sechs|paar) (monat|woch)|halbjährlich|vierteljährlich|"
                                       r"quartal|monatlich|jeden monat|(zweimal|2 ?x|zwei mal) (im|pro) jahr", _I)
_WIEDER_PRUEFEN = re.compile(r"prüf|überprüf|drauf ?schau|anschau|nachhalt|wiedervorlage|nochmal|noch mal|wieder", _I)
_EINFACHE_POST = re.compile(r"(einfach|normal|per|mit)\w* (mit )?(der |die |dem |einer |einem |einfacher |normaler |einf\. |einfachem |"
                            r"normalem )?"
                            r"(post|brief|mail|e-mail|einschreiben)(?!zustellung)", _I)

# "ging mit normaler Post raus. Hätte der per PZU zugestellt werden müssen?" – the question names the PZU, not the post
_PZU_GEFRAGT = re.compile(r"^(?![\s\S]*(post|brief)[^.!?]*\?\s*$)(?=[\s\S]*(pzu|postzustellungsurkunde)[^.!?]*\?\s*$)", _I)
# "VB ging am 09.10. raus, den Minderungsbescheid gab es erst am 23.10. – Reihenfolge richtig?" (4.2.1: "sobald")
_MINDERUNG_ERST_DANACH = (re.compile(r"^(?=[\s\S]*minderung\w*[^?]{0,60}\berst\b)(?=[\s\S]*(reihenfolge|richtig|korrekt|in ordnung|"
                                     r"weisungskonform|passt|ok\b|okay))", _I), "nein",
                          "Nein – der Verpflichtungsbescheid nach § 15a Abs. 1 SGB II ist erst zu versenden, sobald die Minderung "
                          "wegen des Meldeversäumnisses festgestellt worden ist (Pkt. 4.2.1).")
# "VB nach Abs. 1 – geht der direkt nach dem versäumten Termin per PZU raus?" – only once the Minderung is established
_DIREKT_NACH_DEM_TERMIN = (re.compile(r"\b(direkt|sofort|gleich|unmittelbar)\b (\w+ ){0,2}nach (dem |der )?(\w+ )?(termin\w*|"
                                      r"meldeversäumnis|terminversäumnis|versäumnis)\b", _I), "nein",
                           "Nein – nicht direkt nach dem Termin: Der Verpflichtungsbescheid nach § 15a Abs. 1 SGB II ist zu "
                           "versenden, sobald die Minderung wegen des Meldeversäumnisses festgestellt worden ist (Pkt. 4.2.1).")
# "muss ich den alten Bescheid aufheben und einen neuen machen, wenn die Daten feststehen?" – no: Änderungsbescheid (8.2.2)
# "Kann ich das Datum einfach per Mail durchgeben?" – the new dates need an Änderungsbescheid by PZU (8.2.2)
_FORMLOS_MITTEILEN = (re.compile(r"per (e-?)?mail|telefonisch|am telefon|anruf|formlos|mündlich|(einfach|kurz|nur) (\w+ ){0,3}"
                                 r"(mitteil|durchgeb|sagen|schreiben|bescheid geben|informier)|normal\w* (mit )?(der |die |einem |per )?(post|brief)|"
                                 r"einfache\w* (post|brief|schreiben)", _I), "nein",
                      "Nein – sobald die exakten Teilnahmedaten bekannt sind, ist ein Änderungsbescheid zu erlassen "
                      "(Vordruck in FMG.job); er ist ebenfalls per PZU zuzustellen.")
_VORDRUCK = (re.compile(r"vordruck|formular|vorlage|muster(text|bescheid)?\b", _I), "ja",
             "Ja – für den Änderungsbescheid steht ein entsprechender Vordruck in FMG.job zur Verfügung; er ist ebenfalls "
             "per PZU zuzustellen.")
# "Kann ich mit dem Änderungsbescheid bis nach Maßnahmebeginn warten?" – 8.2.2: sobald die Daten bekannt sind
_AENDERUNG_ABWARTEN = (re.compile(r"\b(warten|abwarten|aufschieben|liegen lassen|zeit lassen)\b|\bnach (dem )?(maßnahme|massnahme)?"
                                  r"(beginn|start|eintritt)\b", _I), "nein",
                       "Nein – sobald die exakten Teilnahmedaten bekannt sind, ist ein Änderungsbescheid zu erlassen (per PZU "
                       "zuzustellen); bis dahin gilt die Dauer von 6 Monaten, die bei unklarem Eintrittsdatum zu wählen ist.")
_AUFHEBEN_STATT_AENDERN = (re.compile(r"aufheb|aufgehoben|(komplett|ganz|völlig) neu|neu\w* (bescheid|vb|va|verpflichtungsbescheid)\w* "
                                      r"(\w+ )?(erlassen|machen|schreiben|ausstellen)", _I), "nein",
                           "Nein – sobald die exakten Teilnahmedaten bekannt sind, ist ein Änderungsbescheid zu erlassen "
                           "(Vordruck in FMG.job); er ist ebenfalls per PZU zuzustellen.")
# "Eintritt noch offen – reicht es, den Bescheid auf drei Monate zu befristen?" – 6 Monate are to be chosen (8.2.2)
_DAUER_BEI_UNKLAREM_EINTRITT = [
    (re.compile(r"\b([1-5]|ein|einen|zwei|drei|vier|fünf|paar)\s+(monat|woch)|maßnahmedauer|dauer der maßnahme|kürzer|"
                r"\b(7|8|9|10|11|12|18|24|sieben|acht|neun|zehn|elf|zwölf)\s+monat|\bjahr\b|länger", _I), "nein"),
    (re.compile(r"\b(6|sechs)\s+monat|halbe\w* jahr", _I), "ja")]
# statement rules: which yes/no questions their statement answers with yes (ja) or no (nein) – optionally with a
# verdict sentence of their own where "Ja."/"Nein." in front of the rule's sentence would not read right.
# A key "rule/ergebnis" holds for that outcome only, and is tried before the rule's own entries.
# "Heißt das, ich kann die Laufzeit nach Belieben festlegen?" – a Soll-Vorschrift leaves no free choice
_NACH_BELIEBEN = re.compile(r"nach belieben|beliebig|nach (gusto|lust und laune|gutdünken)|frei (\w+ )?(wählen|festlegen|bestimmen|"
                            r"entscheiden|festsetzen)|wie (ich|man|wir) (will|wollen|möchte|möchten|mag|lustig)", _I)
JA_NEIN_FRAGEN: dict[str, list[tuple]] = {
    # "… muss ich ihn sofort aufsetzen, auch wenn die Potenzialanalyse noch nicht vollständig ist?" (3: Voraussetzung)
    "kp.erstellung/soll_unverzueglich": [(re.compile(r"(potenzialanalyse|profiling|\bpa\b)\b[^?]{0,60}\b(noch nicht|nicht) (\w+ )?(vollständig|"
                                                     r"abgeschlossen|fertig|durch)|(potenzialanalyse|profiling|\bpa\b)\b[^?]{0,30}\b(unvollständig|"
                                                     r"läuft noch|fehlt( noch)?)|ohne (\w+ )?(vollständige\w* )?(potenzialanalyse|profiling|\bpa\b)", _I),
                                          "nein", "Nein – Voraussetzung für die Erstellung eines KP ist eine vollständige Potenzialanalyse "
                                                  "(Pkt. 3); auf ihrer Grundlage soll der KP dann unverzüglich erstellt werden.")],
    "kp.form": [(re.compile(r"mündl(ich|\.)|nur (\w+ ){0,3}(besprochen|gesagt|abgesprochen)|per (handschlag|telefon)|"
                            r"kein (dokument|schriftstück|schriftliches)|nicht (schriftlich|aufgeschrieben|festgehalten)|"
                            r"ohne (dokument|schriftstück|textform|schriftform)", _I), "nein"),
                (re.compile(r"textform|schriftlich|per (e-?mail|mail)|aufschreiben|dokument", _I), "ja")],
    "inhalte.eigenbemuehungen": [(re.compile(r"feste?\w* (anzahl|zahl)|(immer|genau|mindestens) \d+ bewerbung|mindest(an)?zahl|"
                                             r"pauschal|vorgeschrieben\w* anzahl|einheitlich|für alle (gleich|gleiche)|"
                                             r"standard\w*|(anzahl|zahl) .{0,30}(vor(gegeben|geschrieben)|festgelegt|fix)", _I),
                                  "nein"),
                                 (re.compile(r"nachweis|belegen|individuell|festleg|festgelegt|vereinbar", _I), "ja")],
    "kp.sprache": [(re.compile(r"(?<!statt )(?<!anstatt )(?<!anstelle von )(?<!kein )(?<!nicht in )(?<!nicht auf )"
                               r"(juristisch|amtsdeutsch|fachsprache|behördensprache|paragraphen|paragrafen)|"
                               r"(aus )?(meiner|der ifk|unserer) (sicht|perspektive)|in der (sie|er)-form|dritten person", _I),
                    "nein"),
                   (re.compile(r"ich-?form|ich-?perspektive|ich form|aus (der )?sicht (der|des) (kund|elb)|zielgruppengerecht|"
                               r"verständlich|einfach\w* sprache|leichte\w* sprache|(bestimmte\w*|auf (die|eine)) (sprache|formulierung)|"
                               r"sprach\w* (\w+ )?achten|achten", _I), "ja")],
    # "abgesehen, das aber nirgends dokumentiert – in Ordnung?"
    "verpflichtung.psychische_erkrankung_dokumentation/dokumentieren": [
        (re.compile(r"(nicht|nirgends|nirgendwo|nie)\w* (\w+ )?(dokumentiert|vermerkt|festgehalten|notiert)|ohne (\w+ )?(doku|vermerk)|"
                    r"kein\w* (vermerk|doku)", _I), "nein",
         "Nein – die Entscheidung im Einzelfall, ob von einer Verpflichtung abgesehen wird, ist zu dokumentieren.")],
    "kp.ablage/d3": [(re.compile(r"\b(selbst|selber|manuell|händisch|von hand|eigenhändig)\b", _I), "nein",
                   "Nein – der KP wird automatisiert an der dafür vorgesehenen Stelle (Kooperationsplan) in d.3 abgelegt.")],
    # "ausgehändigt, im Beratungsvermerk steht dazu aber nichts. Reicht das so?" – the Aushändigung is to be documented
    "inhalte.vermittlungsbudget": [(re.compile(r"(vermerk|dokumentation|akte)\w* (steht|stand|ist|war|findet sich) (dazu |darüber |davon |dazu |"
                                               r"hierzu )?(aber |jedoch |allerdings )?(nichts|nix|nicht)\b|\bnicht (\w+ ){0,2}(dokumentiert|vermerkt|"
                                               r"festgehalten)\b|\bohne (\w+ )?(vermerk|dokumentation)\b", _I), "nein",
                                    "Nein – die Aushändigung des Info-Blatts ist im Beratungsvermerk zu dokumentieren."),
                                   (re.compile(r"erklär|erläuter|informier|aufklär|hinweis|infoblatt|info-blatt|aushändig|"
                                               r"mitgeb|dokumentier|vermerk|beratungsvermerk", _I), "ja")],
    "verpflichtung.nicht_befolgt": [(re.compile(r"(sofort|direkt|gleich|ohne anhörung)\w* .{0,30}(minder|kürz|sanktion)|"
                                                r"ohne anhörung|automatisch|von selbst|ohne weiteres", _I), "nein"),
                                    (re.compile(r"anhörung|anhören|minderung\w*\b[^?]{0,25}\b(prüfen|möglich)|prüf\w* .{0,40}minderung|§ ?24", _I),
                                     "ja")],
    "verpflichtung.aufhebung": [(re.compile(r"vordruck|formular|vorlage|muster|fmg", _I), "ja",
                                 "Ja – ein entsprechender Aufhebungsbescheid steht in FMG.job zur Verfügung."),
                                (re.compile(r"parallel|weiter\w*(laufen|gelten)|bestehen bleib|behalten|beide .{0,20}(gelten|laufen)|"
                                            r"(laufen|gelten|bestehen) (jetzt |nun |dann )?beide|nicht (\w+ )?(angefasst|aufgehoben)|"
                                            r"(bestehen|stehen|weiterlaufen|laufen) lassen|"
                                            r"gleichzeitig|drüber\w*|überbügeln|überschreib\w*|automatisch|von selbst|von allein\w*|"
                                            r"nichts (weiter|mehr|extra|zusätzlich)\w* (tun|machen|veranlassen)|ohne (den alten |den bisherigen |ihn |es )?"
                                            r"(aufzuheben|aufhebung)|einfach (\w+ ){0,4}(ersetzen|austauschen|neu\w* (erlassen|machen|"
                                            r"schicken|rausschicken))", _I), "nein"),
                                (re.compile(r"aufheb|aufgehoben|aufhebungsbescheid", _I), "ja")],
    "ausnahme.kennung_kp": [(re.compile(r"\bnur\b|reicht|genügt|ohne (grund|begründung)", _I), "nein"),
                            (re.compile(r"eintrag|vermerk|dokumentier|kennung|begründ|grund", _I), "ja")],
    "verpflichtung.inhalt": [_BESTEHENDEN_KP_IGNORIEREN, (re.compile(r"^(?=.*\b(kp|kooperationsplan)\b)(?=.*(berücksichtig|rolle|einfluss|einbezogen|"
                                         r"einbeziehen|beachten|anrechnen))", _I | re.S), "ja", _KP_BERUECKSICHTIGEN),
                             (re.compile(r"deutsch|sprach|integrationskurs|eigenbemühung|bewerbung|maßnahme|massnahme|"
                                         r"ausbildung|arbeit", _I), "ja")],
    # "Darf man in Ausnahmefällen auf den KP verzichten?" – yes, in the atypical single case (9)
    "ausnahme.verzicht": [(re.compile(r"besonder\w* umständ\w* (sind |liegen |gibt es |gibt's )?(\w+ ){0,2}(keine|nicht)\b|"
                                      r"(keine|ohne) (\w+ )?besonder\w* umständ", _I), "nein",
                           "Nein – ohne besondere Umstände liegt kein atypischer Fall vor: Mit jeder eLb soll unverzüglich "
                           "ein KP erstellt werden (Pkt. 4.1); nur im Einzelfall bei Vorliegen besonderer Umstände kann davon "
                           "abgesehen werden (Pkt. 9)."),
                          (re.compile(r"zeit (zu )?sparen|zeitgründ|zeitmangel|zeitnot|zeitdruck|keine zeit|(die |keine )?zeit fehlt|fehlt (mir |uns )?(die )?zeit|"
                                      r"kapazität|zu viel zu tun|viel zu tun|viele fälle|\d+ (leute|kunden|kundinnen|fälle|elb) im bestand|"
                                      r"arbeitsbelastung|überlastet|personalmangel|rückstand|bestand (ist )?(zu )?(groß|riesig)|fallzahl|"
                                      r"betreuungsschlüssel|zu viele (kunden|kundinnen|fälle|elb)|krankheitsbedingt\w* ausf|"
                                      r"urlaubsvertretung|vertretung\w* im team", _I),
                           "nein", "Nein – Arbeitsbelastung nennt die Weisung nicht als Ausnahme: Von der Erstellung eines KP "
                                   "kann nur im Einzelfall bei Vorliegen besonderer Umstände abgesehen werden."),
                          (re.compile(r"(nie|nicht|kaum|selten)\w* (zu[mr]? |zu den |beim )?(termin|gespräch|einladung)|"
                                      r"(kommt|erscheint|meldet sich|mitwirk|mitmach|reagiert|macht)\w* (eh |ja |sowieso |einfach |"
                                      r"halt )*(nie|nicht)\b|(will|möchte)\w* (eh |sowieso |ja )*(nicht|kein)|keine lust|kein\w* bock|null bock|"
                                      r"\bkein\w* (kp|kooperationsplan) (\w+ )?(will|möchte|wollte|mag)\b|"
                                      r"verweiger|unkooperativ|nicht erreichbar|blockiert", _I), "nein",
                           "Nein – fehlende Mitwirkung sieht die Weisung nicht als Ausnahme vor: Von einem KP kann nur im "
                           "Einzelfall bei besonderen Umständen abgesehen werden. Wird ein Termin ohne wichtigen Grund "
                           "versäumt und kommt deshalb kein KP zustande, ist eine Verpflichtung nach § 15a Abs. 1 SGB II "
                           "möglich (Pkt. 4.2.1); kommt kein KP zustande, folgt sie nach § 15a Abs. 3 SGB II (Pkt. 7)."),
                          # "Kann ich bei Kunden über 60 grundsätzlich auf den KP verzichten?" – not for a whole group
                          (re.compile(r"^(?=.*(verzicht|absehen|ohne (einen )?(kp|kooperationsplan)|kein\w* (kp|kooperationsplan)))"
                                      r"(?=.*(\b(generell|pauschal|ausnahmslos|automatisch)\b|\b(bei|für) (allen? |den |unseren )?"
                                      r"(kunden|kundinnen|elb|leute\w*|personen|menschen|älteren|über \d+)\b[^?]{0,50}"
                                      r"\b(grundsätzlich|immer)\b))", _I | re.S), "nein",
                           "Nein – nicht pauschal: Von der Erstellung eines KP kann nur im Einzelfall bei Vorliegen "
                           "besonderer Umstände abgesehen werden (atypische Fälle, z. B. Pkt. 9.1–9.3)."),
                          (re.compile(r"^(?=.*\b(kann|können|darf|dürfen|möglich|erlaubt|zulässig)\b)"
                                      r"(?=.*(verzicht|absehen|ohne (einen )?(kp|kooperationsplan)|kein\w* (kp|kooperationsplan)))"
                                      r"(?=.*(ausnahm|einzelfall|besonder\w* (umständ|fall|fäll)|atypisch))", _I | re.S), "ja"),
                          # "Gibt es Fälle, in denen man keinen KP machen muss?"
                          (re.compile(r"\b(gibt es|gibts|gibt's|existier\w*)\b[^?]{0,40}\b(fälle|fall|ausnahme\w*|situation\w*|"
                                      r"konstellation\w*|kunden|leute|personen)\b", _I), "ja",
                           "Ja – in atypischen Fällen: Im Einzelfall kann bei Vorliegen besonderer Umstände von der "
                           "Erstellung eines KP abgesehen werden.")],
    # "Kann ich direkt mindern?" – the KP itself carries no sanction: first the Verpflichtung, then Anhörung (6.2)
    "verpflichtung.absprachen_nicht_eingehalten": [(re.compile(
        r"(direkt|sofort|gleich|unmittelbar|einfach|ohne (vorherige\w* |einen )?(verpflichtung|bescheid|vb|va))\w* "
        r"[^?]{0,40}(minder|kürz|sanktion)|(minder|kürz|sanktion)\w* (\w+ ){0,3}(direkt|sofort|gleich|unmittelbar)\b", _I), "nein",
        "Nein – eine Minderung folgt nicht direkt aus dem KP: Hält sich die eLb nicht an die Absprachen, wird sie zunächst "
        "nach § 15a Abs. 2 SGB II verpflichtet, sich daran zu halten; erst wenn sie die Verpflichtung nicht befolgt, "
        "erfolgt eine Anhörung nach § 24 SGB X für eine mögliche Leistungsminderung nach § 31 SGB II.")],
    # the consultation with the provider precedes the adapted Verpflichtungsbescheid in every case it is issued (6.2.1)
    # "Er stört, der Träger will ihn rauswerfen – gilt das wie ein Abbruch?": 6.2.1 names "oder gibt Anlass zum Abbruch"
    "umsetzung.massnahmeabbruch": [(re.compile(r"^(?=.*(anlass|stör|rauswerf|rausschmei|rausgeworfen|rausgeschmissen|rausfliegt|"
                                               r"ausschl|ausgeschlossen|kündig|gekündigt|fliegt|verhalten|benimmt|pöbelt|"
                                               r"aus der maßnahme genommen|rausgenommen|nicht selbst abgebrochen))"
                                               r"(?=.*\b(gilt|gelten|gleiche\w*|genauso|ebenso|dasselbe|das selbe|"
                                               r"wie (bei )?(einem |ein |dem )?abbruch|als abbruch|behandelt|greift|greifen|"
                                               r"anwend\w*|angewendet|zählt)\b)", _I | re.S), "ja",
                                    "Ja – Pkt. 6.2.1 gilt auch, wenn die eLb ohne wichtigen Grund Anlass zum Abbruch gibt: "
                                    "Nach Rücksprache mit dem Träger erlässt die IFK einen angepassten, mit RFB versehenen "
                                    "Verpflichtungsbescheid nach § 15a Abs. 2 SGB II für die Restlaufzeit des KP."),
                                   # "sofort einen neuen VB erlassen, ohne vorher beim Träger nachzufragen – so vorgesehen?"
                                   (re.compile(r"ohne (?!(einen |jeden )?(wichtig|triftig)\w* grund)(vorher\w* |zuvor |vorab )?"
                                               r"(\w+ ){0,3}(rücksprache|nachzufragen|nachfrage|"
                                               r"abzustimmen|abstimmung|anzurufen|zu sprechen|zu klären|zu reden)", _I), "nein",
                                    "Nein – der angepasste, mit RFB versehene Verpflichtungsbescheid nach § 15a Abs. 2 SGB II "
                                    "ergeht nach Rücksprache mit dem Träger."),
                                   (re.compile(r"rücksprache|mit (dem|den) (maßnahme)?träger\w* (sprechen|reden|abstimmen|quatschen|"
                                               r"abklären|"
                                               r"klären|telefonieren|halten|absprechen|besprechen|kontakt)", _I), "ja"),
                                   # the adapted Bescheid carries an RFB, even if the assignment had none
                                   (re.compile(r"^(?!.*(?<!ohne )(?<!ohne einen )wichtige\w* grund)(?=.*(\b(bescheid\w*|verpflichtungsbescheid\w*|vb|va)\b(?=.*\b(rfb|rechtsfolgenbelehrung)\b)|"
                                               r"bescheid\w*[^?]{0,90}\bmit (einer |eine |der )?(rfb|rechtsfolgenbelehrung)\b))",
                                               _I | re.S), "ja",
                                    "Ja – nach einem Abbruch ohne wichtigen Grund erlässt die IFK nach Rücksprache mit dem Träger "
                                    "einen angepassten und mit RFB versehenen Verpflichtungsbescheid nach § 15a Abs. 2 SGB II.")],
    # "abgebrochen, der Träger würde sie aber wieder aufnehmen – gilt der KP schon als gescheitert?" (6.2.1)
    "umsetzung.massnahmeabbruch/offen_wiedereinstieg_moeglich": [_NICHT_GESCHEITERT],
    "umsetzung.massnahmeabbruch/verpflichtung_restlaufzeit": [_NICHT_GESCHEITERT],
    # "Wiedereinstieg nicht sinnvoll – gilt der KP dann als gescheitert?" (6.2.1)
    "umsetzung.massnahmeabbruch/kp_gescheitert": [
        _NEUE_EINLADUNG_OHNE_RFB,
        (re.compile(r"ohne (einen )?neu\w* (kp|kooperationsplan)|(direkt|gleich|sofort|einfach) (\w+ ){0,3}(per|mit|durch) "
                    r"(einen |dem )?(verpflichtungsbescheid|bescheid|\bvb\b|\bva\b)", _I), "nein",
         "Nein – ist ein Wiedereinstieg nicht möglich oder nicht sinnvoll, gilt der KP als gescheitert: Die eLb ist mit RFB "
         "einzuladen, um einen neuen KP zu erarbeiten; eine Verpflichtung nach § 15a Abs. 1 bzw. Abs. 3 SGB II folgt erst bei "
         "Terminversäumnis ohne wichtigen Grund oder wenn kein neuer KP zustande kommt."),
        (re.compile(r"gescheitert|scheitert", _I), "ja")],
    # 6.1 names no fixed interval ("z. B. durch bedarfsgerechte Kontakte")
    "umsetzung.ueberpruefung": [(re.compile(r"fest\w* (rhythmus|intervall|turnus|abstand|frist|zeitraum)|vorgegeben\w* (rhythmus|"
                                            r"intervall|turnus|abstand)|\b(monatlich|wöchentlich|vierteljährlich|quartalsweise)\b|"
                                            r"alle \d+ (wochen|monate)", _I), "nein",
                                 "Nein – einen festen Rhythmus nennt Pkt. 6.1 nicht: Die IFK überprüft regelmäßig, ob die "
                                 "Absprachen eingehalten werden, z. B. durch bedarfsgerechte Kontakte, Nachhalten von EBs und "
                                 "Rückmeldungen zur Aufnahme/Teilnahme an einer Maßnahme."),
                                # "Reicht es, erst nach Ablauf des KP zu prüfen?"
                                (re.compile(r"\berst (nach|am|zum|bei|wenn|beim|im)\b|\bablauf\b|\bnur (einmal|am ende|zum schluss|bei der "
                                            r"fortschreibung)|am ende (der|des)", _I), "nein",
                                 "Nein – die IFK überprüft regelmäßig während der Laufzeit, ob die Absprachen eingehalten werden, "
                                 "z. B. durch bedarfsgerechte Kontakte, Nachhalten von EBs und Rückmeldungen zur Aufnahme/Teilnahme "
                                 "an einer Maßnahme."),
                                (re.compile(r"regelmäßig|überprüf|prüfen|kontrollier|nachhalten|nachhalte", _I), "ja")],
    # "nur das Vermittlungsziel?" – the KP holds more than one item (Pkt. 5)
    "inhalte.kp": [(re.compile(r"\b(nur|bloß|lediglich|ausschließlich)\b", _I), "nein"),
                   (re.compile(r"übergeordnet\w* ziel|vermittlungsziel|nächste\w* (ziel|schritt)|eigenbemühung|tätigkeit|"
                               r"berufsziel|zielberuf|wunschberuf|anstrebt|angestrebt|"
                               r"eingliederungsleistung|angebot der beratung|geplante\w* (ausbildung|tätigkeit)|"
                               r"leistungen anderer", _I), "ja")],
    "inhalte.infoschreiben": [(re.compile(r"verwaltungsakt|\bva\b|bescheid|rechtsverbindlich|widerspruch|\brfb\b|\brbb\b|"
                                          r"rechtsfolgen|rechtsbehelf|anfechtbar|sanktion", _I), "nein"),
                              (re.compile(r"aushändig|bekommt|bekommen|erhält|erhalten|mitgeben|ausgeben", _I), "ja")],
    "kp.ablage": [(re.compile(r"ausdruck|drucken|einscann|scannen|hochladen|manuell|händisch|selbst ablegen|papier|"
                              r"abheften|in die akte legen", _I), "nein"),
                  # "wo landet der in der E-Akte, muss ich da noch was anstoßen?"
                  (re.compile(r"\b(noch )?(was|etwas|irgendwas|irgendetwas)\b (\w+ ){0,2}(anstoßen|anstossen|tun|machen|veranlassen|"
                              r"erledigen|auslösen|klicken)\b|\b(selbst|selber|extra)\b (\w+ ){0,2}(ablegen|anstoßen|veranlassen|"
                              r"hochladen|speichern)", _I), "nein",
                   "Nein – der KP wird automatisiert an der dafür vorgesehenen Stelle (Kooperationsplan) in d.3 abgelegt."),
                  (re.compile(r"automatisch|\bd\.?3\b|e-?akte|elektronisch", _I), "ja")],
    "verpflichtung.eintritt_unklar/sechs_monate": _DAUER_BEI_UNKLAREM_EINTRITT,
    "verpflichtung.eintritt_unklar/sechs_monate_bis": _DAUER_BEI_UNKLAREM_EINTRITT,
    # "Beginn stand bei Erlass schon fest – muss ich trotzdem einen Änderungsbescheid hinterherschicken?"
    "verpflichtung.eintritt_unklar/kein_aenderungsbescheid": [
        (re.compile(r"änderungsbescheid|ändern|anpass|neue\w* bescheid|hinterher", _I), "nein",
         "Nein – einen Änderungsbescheid sieht Pkt. 8.2.2 nur vor, wenn das genaue Eintrittsdatum bei Erlass des "
         "Verpflichtungsbescheides noch unklar war und die Teilnahmedaten erst danach bekannt werden.")],
    "verpflichtung.eintritt_unklar/aenderungsbescheid": [_FORMLOS_MITTEILEN, _VORDRUCK, _AUFHEBEN_STATT_AENDERN, _AENDERUNG_ABWARTEN, (re.compile(r"anpass|angepasst|änder|aktualisier|neue\w* bescheid|"
                                                                     r"erlass|\b(etwas|was|irgendwas)\b|bescheid|\bvb\b", _I),
                                                          "ja")],
    "verpflichtung.eintritt_unklar": [_FORMLOS_MITTEILEN, _VORDRUCK, _AUFHEBEN_STATT_AENDERN, _AENDERUNG_ABWARTEN, (re.compile(r"änderungsbescheid|pzu|postzustellung|6 monate|sechs monate", _I), "ja")],
    "frist.kp_dauer": [(re.compile(r"(immer|zwingend|genau|exakt|muss|müssen)\w* .{0,30}(6|sechs) monat", _I), "nein"),
                       (_LAENGER_ALS_REGEL, "nein")],
    "frist.vb_gueltigkeit": [(_NACH_BELIEBEN, "nein", "Nein – Verpflichtungsbescheide sollen in der Regel eine Gültigkeit von "
                                                      "6 Monaten erhalten; davon abzuweichen ist nur im atypischen Einzelfall vorgesehen."),
                             (re.compile(r"(immer|zwingend|genau|exakt|fix|starr|muss|müssen)\w* .{0,30}(6|sechs) mon(at|\b)", _I), "nein"),
                             (_LAENGER_ALS_REGEL, "nein")],
    "frist.profillage1_pruefung": [(_PL1_DOKUMENTIEREN_GEFRAGT, "ja", _PL1_DOKUMENTIEREN),
                                   (_SELTENER_ALS_HALBJAEHRLICH, "nein",
                                    "Nein – ein so langer Abstand genügt nicht: Die Situation sollte spätestens nach sechs "
                                    "Monaten überprüft werden."),
                                   (_HOECHSTENS_HALBJAEHRLICH, "ja"), (_WIEDER_PRUEFEN, "ja")],
    # 9.2: integration efforts start "möglichst vorausschauend und spätestens mit dem Wegfall", not at the next check
    "frist.paragraph10_pruefung": [(re.compile(r"\berst (nach|mit|zum|bei|beim|am) (dem |der )?(ende|ablauf|wegfall|auslaufen|schluss)\b|"
                                               r"\berst (wenn|sobald) (\w+ ){0,4}(vorbei|beendet|endet|ausläuft|weg|wegfällt)\b", _I), "nein",
                                    "Nein – die Voraussetzungen des § 10 SGB II sind regelmäßig, jedenfalls alle sechs Monate zu "
                                    "überprüfen, um möglichst vorausschauend und spätestens mit ihrem Wegfall geeignete "
                                    "Integrationsbemühungen aufzunehmen – nicht erst danach."),
                                   (re.compile(r"\b(warten|abwarten)\b[^?]{0,60}\b(prüfung|halbjahr\w*|(sechs|6) monat\w*)|"
                                               r"\b(prüfung|halbjahr\w*)\b[^?.]{0,30}\b(warten|abwarten)\b", _I),
                                    "nein",
                                    "Nein – geeignete Integrationsbemühungen sind möglichst vorausschauend und spätestens mit dem "
                                    "Wegfall der Voraussetzungen des § 10 SGB II aufzunehmen und im KP zu verankern, nicht erst "
                                    "bei der nächsten Prüfung."),
                                   (_SELTENER_ALS_HALBJAEHRLICH, "nein",
                                    "Nein – ein so langer Abstand genügt nicht: Die Voraussetzungen des § 10 SGB II sind "
                                    "regelmäßig, jedenfalls alle sechs Monate zu überprüfen."),
                                   (_HOECHSTENS_HALBJAEHRLICH, "ja"), (_WIEDER_PRUEFEN, "ja")],
    "verpflichtung.terminversaeumnis": [_BESTEHENDEN_KP_IGNORIEREN, (_BESTEHENDER_KP, "ja", _KP_BERUECKSICHTIGEN)],
    # after the Bescheid under Abs. 3 the KP stays the goal (7, 8.3)
    # 8.3 Satz 1: a Bescheid "just in case" for a client who cooperates is not what the Weisung provides for
    "verpflichtung.rueckkehr": [
        (VORSORGLICHER_BESCHEID, "nein",
         "Nein – Verpflichtungsbescheide sind grundsätzlich nur zu erlassen, wenn seitens der eLb keine ausreichende "
         "Mitwirkung erfolgt; Ziel bleibt die Zusammenarbeit auf freiwilliger Basis.")],
    # 4.1: in person as the rule, other forms only in justified exceptional cases – never as the standard
    "einladung.erstgespraech_abweichung": [
        (re.compile(r"\b(standardmäßig|standard|grundsätzlich|generell|immer|regelmäßig|routinemäßig|pauschal|normalerweise|"
                    r"einfach so|bei allen|für alle|alle (kunden|kundinnen|elb)|in der regel)\b", _I), "nein",
         "Nein – nicht als Standard: Grundsätzlich findet das erste Gespräch persönlich im Jobcenter statt; davon kann nur in "
         "begründeten Ausnahmefällen abgewichen werden.")],
    "verpflichtung.kein_kp": [
        (re.compile(r"(gleich|direkt|sofort|unmittelbar|einfach|ohne (\w+ ){0,2}(bescheid|vb|va|verpflichtung))\w* (\w+ ){0,4}"
                    r"(minder|kürz|sanktion)", _I), "nein",
         "Nein – nicht direkt: Kommt kein KP zustande, wird die eLb zunächst mit einer Verpflichtung nach § 15a Abs. 3 SGB II "
         "aufgefordert, die erforderlichen Mitwirkungshandlungen vorzunehmen; erst wenn sie im Nachgang nicht erfolgen, ist "
         "eine Leistungsminderung nach § 31 SGB II zu prüfen."),
        (re.compile(r"ohne (\w+ ){0,3}(bescheid|verpflichtung|\bvb\b|\bva\b)|einfach (so )?weiter(machen|arbeiten)|"
                    r"nur (einen |ein |nen )?(beratungs)?(vermerk|notiz)|(alten|bisherigen) (kp|kooperationsplan) (\w+ ){0,2}weiter|"
                    r"kennung kp|gut sein|(und|dann) (ist )?(gut|fertig|erledigt)\b|"
                    r"nichts (weiter )?(tun|machen|unternehmen)|(darauf )?verzichten", _I), "nein",
         "Nein – kommt kein KP zustande, wird die eLb mit einer Verpflichtung nach § 15a Abs. 3 SGB II aufgefordert, die "
         "erforderlichen Mitwirkungshandlungen vorzunehmen."),
        (re.compile(r"für immer|erledigt|\bdurch\b|vom tisch|kein\w* (kp|kooperationsplan) mehr|nie wieder|aufgeben|"
                    r"schluss|ende mit|kein thema|nicht mehr (nötig|relevant|aktuell|dran)|(vorerst|erstmal|erst mal) (\w+ )?(kein|nicht)|"
                    r"\b(kp|kooperationsplan)\b[^?]{0,40}\b(ruht|pausiert|auf eis)", _I), "nein",
         "Nein – es bleibt weiterhin das Ziel, sich im Rahmen der vertrauensvollen Zusammenarbeit auf einen KP zu "
         "verständigen (Pkt. 7, 8.3)."),
        (re.compile(r"weiter\w* (\w+ ){0,3}(versuch|bemüh|anbiet|anstreb)|(versuch|bemüh)\w* (\w+ ){0,3}weiter|nochmal|"
                    r"erneut|wieder (\w+ ){0,3}(kp|kooperationsplan)", _I), "ja",
         "Ja – es bleibt weiterhin das Ziel, sich im Rahmen der vertrauensvollen Zusammenarbeit auf einen KP zu "
         "verständigen (Pkt. 7, 8.3).")],
    # kind of Bescheid (or, under Abs. 1, the Minderung) still open: PZU or in person – only the Änderungsbescheid by PZU
    "verpflichtung.zustellung/offen": [
        _MINDERUNG_ERST_DANACH, _DIREKT_NACH_DEM_TERMIN,
        (_EINLADUNG_MIT_RFB, "ja", _UEBERGABE_RFB),
        (_EINFACHE_POST, "nein", "Nein – der Verpflichtungsbescheid wird per Postzustellungsurkunde (PZU) zugestellt oder "
                                 "im persönlichen Termin übergeben."),
        (_PZU_ZWINGEND, "nein", "Nein – nicht zwingend: Der Verpflichtungsbescheid kann per Postzustellungsurkunde (PZU) "
                                "zugestellt oder im persönlichen Termin übergeben werden; nur ein Änderungsbescheid ist per "
                                "PZU zuzustellen (Pkt. 8.2.2)."),
        (re.compile(r"persönlich|übergeb|aushändig|in die hand", _I), "ja",
         "Ja – der Verpflichtungsbescheid kann im persönlichen Termin übergeben oder per Postzustellungsurkunde (PZU) "
         "zugestellt werden; ein Änderungsbescheid ist per PZU zuzustellen (Pkt. 8.2.2).")],
    # a good reason for the Abbruch: no (adapted) Verpflichtungsbescheid under 6.2.1, however the eLb was assigned
    "umsetzung.massnahmeabbruch/wichtiger_grund_zuweisung_offen": [
        (re.compile(r"verpflicht|bescheid|\bvb\b|\bva\b|\brfb\b|rücksprache|träger", _I), "nein",
         "Nein – bei einem Abbruch aus wichtigem Grund sieht Pkt. 6.2.1 keinen angepassten Verpflichtungsbescheid vor.")],
    "umsetzung.kp_gescheitert/neue_einladung": [
        _NEUE_EINLADUNG_OHNE_RFB,
        (re.compile(r"neu\w* (kp|kooperationsplan)|einlad|\brfb\b|erarbeit", _I), "ja")],
    "verpflichtung.zustellung/aenderung_pzu": [(_PZU_GEFRAGT, "ja", "Ja – der Änderungsbescheid ist ebenfalls per PZU zuzustellen "
                                                                     "(Pkt. 8.2.2)."), _FORMLOS_MITTEILEN, _VORDRUCK],
    "verpflichtung.zustellung/abs1_jetzt": [_MINDERUNG_ERST_DANACH, (_EINFACHE_POST, "nein",
                                            "Nein – der Verpflichtungsbescheid ist per PZU zu versenden oder im persönlichen Termin "
                                            "zu übergeben, sobald die Minderung festgestellt ist (Pkt. 4.2.1).")],
    "verpflichtung.zustellung/abs2_persoenlich_oder_pzu": [(_NUR_PZU, "nein", "Nein – nicht nur per PZU: Der Verpflichtungsbescheid "
                                                                     "nach § 15a Abs. 2 SGB II kann auch im persönlichen Termin übergeben "
                                                                     "werden (Einladung dazu mit RFB)."),
                                                           (_EINLADUNG_MIT_RFB, "ja", _UEBERGABE_RFB_ABS2)],
    "verpflichtung.zustellung/abs3_persoenlich_oder_pzu": [(_NUR_PZU, "nein", "Nein – nicht zwingend per PZU: Der Verpflichtungsbescheid "
                                                                     "nach § 15a Abs. 3 SGB II kann auch im persönlichen Termin übergeben "
                                                                     "werden.")],
    "verpflichtung.zustellung": [(_EINLADUNG_MIT_RFB, "ja", _UEBERGABE_RFB), (_EINFACHE_POST, "nein"),
                                 (re.compile(r"pzu|postzustellungsurkunde|persönlich|in die hand|übergeb|aushändig", _I), "ja")],
}

_JA_NEIN = re.compile(r"(^|[.!?,;:–-]\s*|\b(und|oder|aber|also|dann|jetzt)\s+)(muss|mus|müssen|musst|soll|sollte|sollen|ist|sind|bin|"
                      r"braucht|brauche|brauchen|gehört|gehören|gilt|gelten|kann|können|darf|dürfen|reicht|genügt|wird|"
                      r"werden|hat|haben|gibt|gibts|bekommt|erhält|enthält|steht|geht|stimmt|bleibt|läuft|kommt|kommen|"
                      r"erfolgt|erfolgen|prüfe|prüft|prüfen|erlasse|erlässt|schicke|schickt|nehme|nimmt|mache|macht|"
                      r"trage|trägt|lege|legt|schreibe|schreibt|brauch|lasse|lässt|übernimmt|zahlt|zählt|spielt|"
                      r"betrifft|fällt|entfällt|greift|besteht|liegt|hilft|zählen|passt|kriegt|kriegen|krieg|heißt|bedeutet)\b", _I)
# a fragment that asks for a yes or no without a verb: "alten VB aufheben pflicht?", "RFB nötig oder nicht?"
_JA_NEIN_FRAGMENT = re.compile(r"\b(pflicht|nötig|notwendig|erforderlich|möglich|erlaubt|zulässig|zwingend|ok|okay|sinnvoll)"
                               r"\s*\?+\s*$|\boder (nicht|nich|net|nein)\b|\bja oder nein\b|"
                               # a tag question: "… ersetzt den alten doch automatisch, oder?", "…, gell?", "…, richtig?"
                               r"[,–-]\s*(oder|gell|ne|nicht wahr|richtig|stimmt'?s|korrekt|oder nicht)\s*\?+\s*$|"
                               # "ist das Thema dann durch oder versuch ich weiter …": two courses of action to choose from
                               r"\b(ist|sind|bin|war)\b[^?.!]{0,60}\boder (versuch|mach|soll|muss|kann|darf|bleib|probier)\w*\b|"
                               # run-on chat without punctuation: "… ignoriert den VB kommt dann direkt die Minderung"
                               r"^(?:[^?.!]|(?<=\d)\.(?=\d))*\w\s+(muss|kann|darf|soll|brauche?)\s+(ich|man|wir|der|die|das|er|sie|es)\b"
                               r"(?:[^?.!]|(?<=\d)\.(?=\d))*$|"
                               # run-on chat ending in a check: "… jetzt laufen beide passt das so"
                               r"\b(passt|stimmt|geht|reicht|klappt)\s+(das|es|dies)(\s+so)?\s*\?*\s*$|"
                               # dictated: "der kp ist vom zweiten juli ist der jetzt schon überfällig"
                               r"^(?:[^?.!]|(?<=\d)\.(?=\d))*\w\s+(ist|sind|wäre|wird|gilt|läuft)\s+(der|die|das|er|sie|es|dann|denn|da)\s+"
                               r"(?:[^?.!]|(?<=\d)\.(?=\d))*\b(überfällig|noch|"
                               r"fällig|gültig|nötig|pflicht|erforderlich|zulässig|erlaubt|okay|ok|richtig|korrekt)(\s+\w+){0,4}\s*$|"
                               r"^[^?]*\b(kommt|gibt|muss|kann|darf|ist|wird|reicht|geht|brauch\w*)\s+(es\s+)?(dann|denn|da|jetzt)\s+"
                               r"(direkt|sofort|gleich|automatisch|einfach|auch|trotzdem|noch|schon|eine?n?|die|der|das|ne|n)\b[^?.]*$", _I)
_MUSS_FRAGE = re.compile(r"\b(muss|mus|müssen|musst|zwingend|immer|verpflichtend|pflicht(?!ig)\w*|obligatorisch|unbedingt|auf jeden fall|"
                         r"gezwungen|(bin|sind|ist) (ich|wir|man|die ifk) (\w+ ){0,2}verpflichtet)\b",
                         _I)
# only the Weisung's wording ("In 8.1 steht, … 'sollen i. d. R. …'"), not a note of one's own that is to be checked
_ZITAT = re.compile(r"\b(steht|stehen|heißt es|lautet|formuliert|laut weisung|lt\. weisung|(in|unter) (pkt\.? |punkt |ziffer )?\d(\.\d)*)\b"
                    r"[^'‚„“\"»?\n]{0,60}(?:(?<=\s)|^)['‚„“\"»][^'‚„“\"»«\n]{3,200}['‘“”\"«](?:\s+(?:kann|können|muss|müssen|soll|sollen|darf|dürfen)\b)?(?=[\s.,;:!?)–-]|$)|"
                    r"\b(steht|heißt|lautet|formuliert)\b[^?]{0,40}?\b(dass|:)\s[^?]{0,160}?\b(kann|können|muss|soll)\b(?=[^?]*[.:]\s)", _I)
_KANN_FRAGE = re.compile(r"\b(kann|können|darf|dürfen|möglich|erlaubt|zulässig)\b", _I)
_W_FRAGE = re.compile(r"^\s*(wie|was|wann|wo|wer|welche\w*|wozu|warum|weshalb|wieso|woran|worauf|wohin|wofür|womit|wodurch|wovon|"
                      r"bis wann|ab wann|(bis zu|bis|ab|an|zu|in|mit|unter|nach|von|seit|für|bei|auf) welche\w*)\b", _I)
_JETZT = re.compile(r"\b(jetzt|schon|bereits|heute|sofort|nun)\b", _I)
_FRUEHER = re.compile(r"\b(früher|vorher|vorzeitig|eher|schon nach|bereits nach|vor ablauf|zwischendurch)\b", _I)


_ABKUERZUNG = re.compile(r"\b(abs|pkt|nr|ziff|bzw|ggf|vgl|ca|evtl|inkl|std|gesetzl|gem|lt|bzgl|mind|max|mon|j|jhr|tel|wg|zzgl|z\. ?b|d\. ?h|u\. ?a|i\. ?d\. ?r)\.", _I)


@dataclass(frozen=True)
class Fragetyp:
    ja_nein: bool
    muss: bool
    kann: bool


def letzte_frage(text: str) -> str:
    """The clause that carries the question: the last sentence, after a dash or colon if there is one."""
    # no sentence ends after "Abs. 2", "Pkt. 6.2", "z. B." or "am 15. 08."
    text = _ABKUERZUNG.sub(lambda m: m.group(0)[:-1], text.strip())
    # a quoted note ends a sentence too: „… in zwölf Monaten.“ Passt das so?
    # a line break ends one too (chat lists: "- bis heute nichts eingegangen\nKann ich …?")
    saetze = [s for s in re.split(r"(?<=[.!?])[“”\"»]?\s+(?=\D)|\s*\n\s*", text) if s.strip()]
    letzter = next((s for s in reversed(saetze) if "?" in s), saetze[-1] if saetze else "")
    return re.split(r"\s[–-]\s|:\s", letzter)[-1]


def _kurzes_fragment(frage: str) -> bool:
    """"VB nach Abs. 2 mit einfacher Post?" – a short question without a question word asks for yes or no."""
    return frage.rstrip().endswith("?") and len(frage.split()) <= 12


def fragetyp(text: str) -> Fragetyp:
    text = text or ""
    frage = letzte_frage(text)
    # "wie bekomm ich den VB zum Kunden, reicht da normale Post?": the yes/no question after the comma is the one asked
    schluss = re.search(r",\s*([^,]+\?)\s*$", frage)
    ja_nein = (bool(_JA_NEIN.search(frage) or _JA_NEIN_FRAGMENT.search(frage) or _kurzes_fragment(frage))
               and (not _W_FRAGE.search(frage) or bool(schluss and _JA_NEIN.match(schluss.group(1)))))
    # "In 8.3 steht, dass '… verzichtet werden' kann. Bin ich also verpflichtet …?": a quoted wording is not the question's
    ohne_zitat = _ZITAT.sub(" ", text)
    return Fragetyp(ja_nein, bool(_MUSS_FRAGE.search(ohne_zitat)), bool(_KANN_FRAGE.search(ohne_zitat)))


def ist_umgekehrt(regel_id: str, frage_text: str) -> bool:
    muster = UMKEHRUNGEN.get(regel_id)
    if regel_id in ("ausnahme.einstellungszusage", "ausnahme.profillage1"):
        return _fragt_nach_kp_pflicht(frage_text)
    # "Die Mutter sagt: ‚ohne meine Zustimmung ist der KP ungültig.' Brauche ich ihre Zustimmung?" – the question asked
    if regel_id == "kp.minderjaehrige" and muster.search(letzte_frage(frage_text or "")):
        return True
    if regel_id == "verpflichtung.minderjaehrige" and muster.search(letzte_frage(frage_text or "")):
        return True  # "KP ohne Eltern geschlossen – VB direkt an sie?": the parents named before are not the addressee
    return bool(muster and muster.search(frage_text or ""))


_KP_PFLICHT = re.compile(r"(muss|müssen|soll|sollte|brauch\w*|benötig\w*|nötig|notwendig|erforderlich|pflicht)\w* .{0,40}"
                         r"\b(kp|kooperationsplan)|(kp|kooperationsplan)\w* .{0,30}(pflicht|nötig|notwendig|erforderlich|"
                         r"machen müssen|erstellen müssen|abschließen müssen|trotzdem|dennoch)|"
                         r"(in (den|einen|einem|dem) (kp|kooperationsplan)|im (kp|kooperationsplan))\w* .{0,30}"
                         r"(festhalt|festgehalten|aufnehm|aufgenommen|eintrag|regeln|geregelt|verankern|schreiben)|"
                         r"(festhalt|festgehalten|aufnehm|aufgenommen|regeln|verankern)\w* .{0,30}(in (den|einen|einem|dem)|im) "
                         r"(kp|kooperationsplan)|(gehört|gehören|kommt|kommen|muss|müssen|soll|sollen)\w* .{0,30}"
                         r"\bin (den|einen|einem|dem|ein|nen|'nen|n) (kp|kooperationsplan)|"
                         r"\b(halte|halten|hält|nehme|nehmen|nimmt|trage|tragen|trägt)\b.{0,60}\b(in (den|einen|einem|dem)|im) "
                         r"(kp|kooperationsplan)\w*\s+(fest|auf|ein)\b", _I)
_KP_VERZICHT = re.compile(r"verzicht|absehen|ohne (einen )?(kp|kooperationsplan)|(keinen|kein) (kp|kooperationsplan)|entfallen|"
                          r"weglassen|ausnahme|\b(sparen|schenken|auslassen|überspringen)\b", _I)


def _fragt_nach_kp_pflicht(text: str) -> bool:
    """Canonical: "Kann auf den KP verzichtet werden?" — "Muss ich trotzdem einen KP machen?" is the reverse."""
    return bool(_KP_PFLICHT.search(text or "")) and not _KP_VERZICHT.search(text or "")


def drehe(kurz: str) -> str:
    for alt, neu in (("Ja – ", "Nein – "), ("Nein – ", "Ja – ")):
        if kurz.startswith(alt):
            return neu + kurz[len(alt):]
    return kurz


def ohne_verdikt(kurz: str) -> str:
    for praefix in ("Ja – ", "Nein – ", "Kann – ", "Grundsätzlich ja – "):
        if kurz.startswith(praefix):
            return kurz[len(praefix):]
    return kurz


def ist_kann_frage(text: str) -> bool:
    typ = fragetyp(text)
    return typ.ja_nein and typ.kann and not typ.muss


# "Verpflichte ich – ja oder nein?" where the Weisung leaves it to the single case; "Darf ich verpflichten?" – yes,
# absehen is the exception; asked "Muss …?" it stays "Nein"
_EINZELFALL = {"verpflichtung.psychische_erkrankung"}
_EINZELFALL_SATZ = "Einzelfallentscheidung – "
# "Kein KP zustande – Kollege sagt, nach Abs. 1 verpflichten. Stimmt das?": the paragraph the Weisung names (7, 6.2)
_ANDERER_ABSATZ = {"verpflichtung.kein_kp": "3", "verpflichtung.absprachen_nicht_eingehalten": "2"}
# "Sind sie generell ausgenommen?" – a single-case decision is never a general rule
_GENERELL = re.compile(r"\b(generell|grundsätzlich|automatisch|immer|pauschal|ausnahmslos|in jedem fall|komplett|ganz)\b", _I)
# "Ist Profillage I automatisch ein Grund …?" – a discretion under conditions is never automatic
_AUTOMATISCH = re.compile(r"\b(automatisch|immer|generell|ausnahmslos|in jedem fall|jedes mal|pauschal)\b|"
                          r"\b(bei|für) alle[nm]? (kunden|kundinnen|elb|fälle[n]?|leuten)\b", _I)
# rules whose JA_NEIN_FRAGEN statement holds for a yes and for a conditional answer, whatever a missing fact turns out
# to be (a "no" – e.g. no Verpflichtungsbescheid at all – makes the question moot)
_AUSSAGE_TROTZ_BEDINGUNG = {"umsetzung.massnahmeabbruch", "verpflichtung.absprachen_nicht_eingehalten",
                            "verpflichtung.terminversaeumnis", "verpflichtung.kein_kp", "verpflichtung.rueckkehr",
                            "einladung.erstgespraech_abweichung"}
_ALLE = re.compile(r"\b(jede[mnrs]?|immer|grundsätzlich|pflicht\w*|zwingend|ausnahmslos|generell|alle[nm]?|ohne weiteres|"
                   r"einfach|problemlos|beliebig|jederzeit)\b", _I)
_BEDINGUNG = ("Wenn ", "Sofern ", "Nur ", "Bei ")
# "Profillage I und Vollzeit – reicht das schon, um den KP wegzulassen?" while further conditions stay open
_REICHT_ALLEIN = re.compile(r"\b(reicht|genügt|langt)\b (\w+ ){0,2}(schon|allein|alleine|aus)\b|\bschon genug\b|"
                            r"\b(reicht|genügt) (das|es|dies)\b", _I)


# "KP trotzdem erstellen erlaubt?" – Pkt. 9 only allows to refrain from a KP ("optionale Erstellung"); creating one is
# always allowed, whatever the facts of the exception
_KP_ERLAUBT = re.compile(r"\b(darf|dürfen|erlaubt|zulässig|möglich)\b.{0,40}\b(kp|kooperationsplan)\b|"
                         r"\b(kp|kooperationsplan)\b.{0,40}\b(erlaubt|zulässig|(machen|erstellen|abschließen|schließen) (darf|dürfen))\b",
                         _I | re.S)
_AUSNAHME_OPTIONAL = {"ausnahme.einstellungszusage", "ausnahme.profillage1"}
_MIT_ODER_OHNE = re.compile(r"\b(mit oder ohne|ohne oder mit)\b", _I)
_GIBT_ES_FAELLE = re.compile(r"\b(gibt es|gibts|gibt's|existieren|kennt die weisung)\b (\w+ ){0,2}(fälle|ausnahme\w*|situationen|"
                             r"konstellationen|sonderfälle|fallgestaltungen)", _I)
_FAELLE_SATZ = {
    "einladung.rfb": "Ja – Termine, die auf Wunsch der eLb oder im Rahmen eines Widerspruchsvorverfahrens erfolgen, sind ohne "
                     "RFB zu versenden; grundsätzlich sind alle anderen Einladungen mit RFB zu versehen.",
    "verpflichtung.ausnahmen_rfb": "Ja – von einer Verpflichtung mit RFB ausgenommen sind: ganzheitliche Betreuung (§ 16k SGB II), "
                                   "Leistungen im Reha-Verfahren, kommunale Eingliederungsleistungen (§ 16a SGB II) und die "
                                   "Aufnahme einer nach § 16i SGB II geförderten Beschäftigung.",
}


def verdikt(regel_id: str, antwort: str, modalitaet: str, ergebnis: str, kurz: str,
            frage_text: str, genannter_stichtag: date | None = None) -> tuple[str, str]:
    """(verdict sentence, answer) as the caseworker asked; `antwort` is ja/nein/bedingt/info.

    `genannter_stichtag` is a date the question itself named as the point to judge (a planned appointment),
    as opposed to today's date."""
    typ = fragetyp(frage_text)
    # "mit oder ohne RFB?" asks which of the two, not yes or no: the statement without a verdict word
    if antwort in ("ja", "nein") and _MIT_ODER_OHNE.search(letzte_frage(frage_text)):
        rest = ohne_verdikt(kurz)
        return rest[:1].upper() + rest[1:], antwort
    if regel_id == "frist.kp_fortschreibung" and genannter_stichtag and ergebnis in ("faellig_am", "ueberfaellig") \
            and _RECHTZEITIG_FRAGE.search(letzte_frage(frage_text)):
        return _termin_rechtzeitig(ergebnis, kurz, genannter_stichtag)
    if regel_id == "frist.paragraph10_pruefung" and genannter_stichtag and ergebnis in ("faellig_am", "ueberfaellig") \
            and _RECHTZEITIG_FRAGE.search(letzte_frage(frage_text)):
        if ergebnis == "ueberfaellig":
            return (f"Nein – am {genannter_stichtag:%d.%m.%Y} wäre die Prüfung überfällig: Die Voraussetzungen des § 10 SGB II "
                    f"sind regelmäßig, jedenfalls alle sechs Monate zu überprüfen. {kurz.split(' Stand ')[0]}"), "nein"
        return f"Ja – der {genannter_stichtag:%d.%m.%Y} liegt innerhalb der Frist. {kurz}", "ja"
    if regel_id == "frist.vb_gueltigkeit" and genannter_stichtag and ergebnis == "sechs_monate_bis" and typ.ja_nein:
        return _gilt_am(kurz, genannter_stichtag)
    if regel_id == "ausnahme.paragraph10" and ergebnis in ("offen", "kann") and not typ.ja_nein \
            and _P10_SOLL_FALL_GEFRAGT.search(letzte_frage(frage_text)):
        return _P10_SOLL_FALL, "info"
    spaeter = _spaeterer_monat(regel_id, kurz, frage_text) or _nach_dem_jahreswechsel(regel_id, kurz, frage_text)
    if spaeter and typ.ja_nein:
        return spaeter
    if regel_id == "frist.kp_fortschreibung" and typ.ja_nein and typ.muss and not typ.kann and _VOR_SECHS_MONATEN.search(frage_text):
        return ("Nein – nach Pkt. 6.3 soll der KP spätestens nach sechs Monaten fortgeschrieben werden; früher ist möglich, "
                "aber nicht vorgeschrieben."), "nein"
    if regel_id == "frist.kp_fortschreibung" and typ.ja_nein and _SELTENER_ALS_HALBJAEHRLICH.search(frage_text):
        return ("Nein – spätestens nach sechs Monaten soll der KP gemeinsam aktualisiert, angepasst oder fortgeschrieben "
                "werden."), "nein"
    if regel_id == "frist.kp_fortschreibung" and typ.ja_nein and typ.muss and _ERST_WARTEN.search(frage_text):
        return f"Nein – Pkt. 6.3 setzt nur die späteste Frist, früher fortzuschreiben ist möglich. {kurz}", "nein"
    if regel_id == "frist.kp_fortschreibung" and typ.ja_nein and typ.kann and not typ.muss and _FRUEHER.search(frage_text):
        return f"Ja – Pkt. 6.3 setzt nur die späteste Frist. {kurz}", "ja"
    if regel_id == "frist.kp_fortschreibung" and typ.ja_nein and not (typ.muss and not typ.kann) \
            and _FORTSCHREIBUNG_SPAREN.search(letzte_frage(frage_text)):
        return f"Nein – {ohne_verdikt(kurz)[:1].lower()}{ohne_verdikt(kurz)[1:]}", "nein"
    if regel_id in _AUSNAHME_OPTIONAL and typ.ja_nein and _KP_ERLAUBT.search(letzte_frage(frage_text)) \
            and not _KP_VERZICHT.search(letzte_frage(frage_text)):
        rest = ohne_verdikt(kurz)
        return (f"Ja – ein KP darf trotzdem erstellt werden: Pkt. 9 lässt nur zu, von der Erstellung abzusehen. "
                f"{rest[:1].upper()}{rest[1:]}", "ja")
    # "Gibt es Fälle, in denen …?" – where the answer depends on the case, there are such cases
    if antwort == "bedingt" and typ.ja_nein and _GIBT_ES_FAELLE.search(letzte_frage(frage_text)):
        return _FAELLE_SATZ.get(regel_id, f"Ja – es kommt auf den Fall an. {kurz}"), "ja"
    fuer_ergebnis = f"{regel_id}/{ergebnis}" in JA_NEIN_FRAGEN
    if typ.ja_nein and ((antwort in ("ja", "bedingt") and regel_id in _AUSSAGE_TROTZ_BEDINGUNG) or fuer_ergebnis):
        beantwortet = _aussage(regel_id, modalitaet, kurz, frage_text, typ, ergebnis)
        if beantwortet:
            return beantwortet
    absatz = _ANDERER_ABSATZ.get(regel_id)
    genannt = set(re.findall(r"\babs(?:atz|\.)?\s*([123])\b", frage_text or "", _I))
    if absatz and antwort == "ja" and typ.ja_nein and genannt and absatz not in genannt:
        return f"Nein – nicht nach § 15a Abs. {' oder '.join(sorted(genannt))}, sondern: {ohne_verdikt(kurz)}", "nein"
    # "Bin ich gezwungen, sie zu verpflichten?" where the Weisung leaves it to the single case: not forced
    if kurz.startswith(_EINZELFALL_SATZ) and typ.ja_nein and typ.muss and not typ.kann:
        return f"Nein – nicht zwingend: {kurz[len(_EINZELFALL_SATZ):]}", "nein"
    if antwort in ("ja", "nein"):
        if ist_umgekehrt(regel_id, frage_text):
            return drehe(kurz), "nein" if antwort == "ja" else "ja"
        if regel_id in _EINZELFALL and typ.ja_nein and _GENERELL.search(frage_text):
            return f"Nein – nicht generell: {ohne_verdikt(kurz)}", "nein"
        if regel_id in _EINZELFALL and typ.ja_nein and typ.kann and not typ.muss:
            return f"Ja – eine Verpflichtung ist möglich; {ohne_verdikt(kurz)}", "ja"
        if regel_id in _EINZELFALL and typ.ja_nein and not typ.muss:
            return f"Im Einzelfall zu entscheiden – {ohne_verdikt(kurz)}", "bedingt"
        if antwort == "ja" and modalitaet == "kann" and typ.ja_nein and typ.muss and not typ.kann:
            return f"Nein – nicht zwingend, es liegt im Ermessen: {ohne_verdikt(kurz)}", "nein"
        return kurz, antwort
    if antwort == "bedingt" and kurz.startswith(_BEDINGUNG) and typ.ja_nein and _ALLE.search(frage_text):
        return f"Nein – nicht in jedem Fall. {kurz}", "nein"
    if antwort == "bedingt" and kurz.startswith("Kann – "):
        if typ.ja_nein and _REICHT_ALLEIN.search(frage_text):
            return f"Nein – das allein genügt nicht: {ohne_verdikt(kurz)}", "nein"
        if ist_umgekehrt(regel_id, frage_text):
            if ohne_verdikt(kurz).startswith(("wenn ", "sofern ")):  # "Brauch ich noch einen KP?" – depends on the condition
                return f"Nicht unbedingt – {ohne_verdikt(kurz)}", "bedingt"
            return f"Nein – {ohne_verdikt(kurz)}", "nein"
        if typ.ja_nein and typ.muss and not typ.kann:
            return f"Nein – nicht zwingend, es liegt im Ermessen: {ohne_verdikt(kurz)}", "nein"
        if typ.ja_nein and _AUTOMATISCH.search(frage_text):
            return f"Nein – nicht in jedem Fall: {ohne_verdikt(kurz)}", "nein"
        return kurz, antwort
    if antwort == "info" and typ.ja_nein:
        if regel_id == "frist.kp_fortschreibung" and ergebnis in ("faellig_am", "ueberfaellig"):
            return _fortschreibung(ergebnis, kurz, frage_text, typ)
        if regel_id in _PRUEFUNGEN and ergebnis in _PRUEFUNGEN[regel_id] and _UEBERFAELLIG_FRAGE.search(letzte_frage(frage_text)):
            return _ueberfaellig(ergebnis == "ueberfaellig", "die Prüfung", kurz, frage_text)
        return _aussage(regel_id, modalitaet, kurz, frage_text, typ, ergebnis) or (kurz, antwort)
    return kurz, antwort


# "Kann ich mir die Fortschreibung sparen?" – 6.3: spätestens nach sechs Monaten soll fortgeschrieben werden
_FORTSCHREIBUNG_SPAREN = re.compile(r"\b(sparen|weglassen|verzicht\w*|auslassen|entfallen|entfällt|überspringen|ausfallen)\b|"
                                    r"\b(nicht|un)(nötig|notwendig|erforderlich)\b|\bnicht (mehr |extra )?(fortschreiben|"
                                    r"aktualisieren|anpassen)\b|\bohne (fortschreibung|aktualisierung)", _I)
# "kp nach 3 monaten schon neu machen – pflicht?": a span shorter than the six months of 6.3
_VOR_SECHS_MONATEN = re.compile(r"\b(nach|seit|innerhalb von|vor) (knapp |gut |etwa |ca\. |rund )?(1|2|3|4|5|einem|zwei|drei|vier|fünf) "
                                r"monat(?!\w* überfällig)|"
                                # "Mein KP ist jetzt so vier Monate alt"
                                r"\b(1|2|3|4|5|ein|einen|zwei|drei|vier|fünf|anderthalb|eineinhalb) (\w+ )?monate? alt\b", _I)
_ERST_WARTEN = re.compile(r"\b(warten|abwarten)\b|\berst (nach|am ende|zum ende|bei ablauf|wenn (die )?(6|sechs) monate)", _I)


def _aussage(regel_id: str, modalitaet: str, kurz: str, frage_text: str, typ: Fragetyp,
            ergebnis: str = "") -> tuple[str, str] | None:
    """A yes/no question that the rule's statement answers, per JA_NEIN_FRAGEN."""
    eintraege = JA_NEIN_FRAGEN.get(f"{regel_id}/{ergebnis}", []) + JA_NEIN_FRAGEN.get(regel_id, [])
    for muster, richtung, *eigener_satz in eintraege:
        if muster.search(frage_text):
            if eigener_satz:
                return eigener_satz[0], richtung
            if richtung == "ja" and typ.muss and not typ.kann and modalitaet == "kann":
                return f"Nein – nicht zwingend. {kurz}", "nein"
            return f"{'Ja' if richtung == 'ja' else 'Nein'}. {kurz}", richtung
    return None


_UEBERFAELLIG_FRAGE = re.compile(r"überfällig|zu spät|verpasst|versäumt|abgelaufen|drüber|überschritten|verstrichen|"
                                 r"\bnoch (rechtzeitig|in der frist|im rahmen)", _I)


# "Nächster Termin am 07.12. – reicht das?": is a named date still within the latest Fortschreibung date
_RECHTZEITIG_FRAGE = re.compile(r"\b(reicht|reicht's|reichts|genügt|langt|passt|ausreichend|rechtzeitig|früh genug|richtig|korrekt|"
                                r"ok|okay|in ordnung|fristgerecht|in der frist|noch drin|hinkommen|(damit|da) hin)\b", _I)


# "VB vom 31.07.2026 – heute noch gültig?", "läuft der noch?": the question names no date, it means today
_NOCH_GUELTIG = re.compile(r"\b(noch|heute|aktuell|derzeit|momentan|zurzeit|jetzt)\b[^?]{0,20}\b(gültig|in kraft|wirksam)\b|"
                           r"\b(gilt|läuft|besteht)\b( (er|der|die|das|sie|es|dieser|diese))?( \w+)?( heute| jetzt| aktuell)? noch\b", _I)


def fragt_nach_heute(frage_text: str) -> bool:
    return bool(_NOCH_GUELTIG.search(letzte_frage(frage_text or "")))


def _gilt_am(kurz: str, tag: date) -> tuple[str, str]:
    """"Gilt der Bescheid am 15.05.2027 noch?" against the regular end date in `kurz` ("… bis 30.04.2027.")."""
    bis = re.search(r"\bbis (\d\d\.\d\d\.\d{4})", kurz)
    ende = _erstes_datum(bis.group(1)) if bis else None
    if ende is None:
        return kurz, "info"
    if tag <= ende:
        return f"Ja – am {tag:%d.%m.%Y} gilt er bei der Regeldauer noch. {kurz}", "ja"
    return f"Nein – am {tag:%d.%m.%Y} gilt er bei der Regeldauer nicht mehr. {kurz}", "nein"


_MONATE = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "dezember"]
# a month the IFK plans for ("die nächste Prüfung reiche im September 2027", "Wiedervorlage auf August 2027") or claims
# as the end ("der gilt noch bis Ende März 2027"), not the month a fact happened in ("KP aus September 2026")
_MONAT_JAHR = re.compile(r"\b(reich\w*|passt|stimmt|genügt|langt|wiedervorlage|nächste\w*|termin\w*|plan\w*|leg\w*|erst|"
                         r"prüf\w*|fortschreib\w*|gilt|gültig\w*|läuft|bis)\b[^.?!]{0,40}?\b(?:(anfang|mitte|ende) )?("
                         + "|".join(_MONATE) + r")\s+(20\d\d)\b", _I)
# rules whose `kurz` names the latest date ("Spätestens am 15.03.2027 …")
# without a year only with a part of the month ("die Fortschreibung würde ich gern Ende Januar machen"); the year is the
# one that puts the month nearest to the deadline
_MONAT_OHNE_JAHR = re.compile(r"\b(reich\w*|passt|stimmt|genügt|langt|wiedervorlage|nächste\w*|termin\w*|plan\w*|leg\w*|erst|"
                              r"prüf\w*|fortschreib\w*|gilt|gültig\w*|läuft|bis)\b[^.?!]{0,40}?\b(anfang|mitte|ende) ("
                              + "|".join(_MONATE) + r")\b(?!\s+20\d\d)", _I)
_SPAETESTENS_REGELN = {"frist.kp_fortschreibung", "frist.paragraph10_pruefung", "frist.profillage1_pruefung"}
_MONATSTEIL = {"anfang": (1, 10), "mitte": (11, 20), "ende": (21, 31)}


def _erstes_datum(text: str) -> date | None:
    m = re.search(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", text)
    return date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def _spaeterer_monat(regel_id: str, kurz: str, frage_text: str) -> tuple[str, str] | None:
    """"Die nächste Prüfung reicht im September 2027 – stimmt das?": a whole month after the latest date is too late,
    a whole month before it in time; a month that contains the date depends on the day (a conditional answer) unless the
    question names its part ("Ende März" after the 16.03. is too late). A Verpflichtungsbescheid's regular end
    ("gilt bis 16.03.2027") is judged the same way: it holds on every day up to that date."""
    m = _MONAT_JAHR.search(frage_text or "")
    if not m and not _MUSS_FRAGE.search(frage_text or ""):  # "Muss ich bis Ende Februar warten?" asks for a duty
        m = _MONAT_OHNE_JAHR.search(frage_text or "")
    if not m:
        return None
    if regel_id in _SPAETESTENS_REGELN and kurz.startswith("Spätestens"):
        frist, zu_spaet, rechtzeitig = _erstes_datum(kurz), "ist zu spät", "liegt vor der Frist"
    elif regel_id == "frist.vb_gueltigkeit" and (bis := re.search(r"\bbis (\d\d\.\d\d\.\d{4})", kurz)):
        frist, zu_spaet, rechtzeitig = _erstes_datum(bis.group(1)), "gilt er bei der Regeldauer nicht mehr", "gilt er bei der Regeldauer noch"
    else:
        return None
    teil, name = m.group(2), m.group(3)
    monat = _MONATE.index(name.lower()) + 1
    jahr = int(m.group(4)) if m.re is _MONAT_JAHR else \
        min((frist.year - 1, frist.year, frist.year + 1), key=lambda j: abs((date(j, monat, 15) - frist).days))
    letzter = calendar.monthrange(jahr, monat)[1]
    von, bis_tag = _MONATSTEIL[teil.lower()] if teil else (1, letzter)
    if regel_id == "frist.vb_gueltigkeit" and teil and teil.lower() == "ende":
        von = letzter  # "gilt bis Ende März" claims the month's last day as the end
    bis_tag = min(bis_tag, letzter)
    genannt = f"{teil.capitalize()} {name} {jahr}" if teil else f"{name} {jahr}"
    if (jahr, monat, von) > (frist.year, frist.month, frist.day):
        return f"Nein – {genannt} {zu_spaet}. {kurz}", "nein"
    if (jahr, monat, bis_tag) <= (frist.year, frist.month, frist.day) or (jahr, monat) < (frist.year, frist.month):
        return f"Ja – {genannt} {rechtzeitig}. {kurz}", "ja"
    return f"Nur bis zum {frist:%d.%m.%Y} – {kurz[:1].lower()}{kurz[1:]}", "bedingt"


# "erst nach den Weihnachtsferien", "im neuen Jahr": a plan that starts after Christmas or with the new year
_NACH_WEIHNACHTEN = re.compile(r"\bnach (den |dem )?(weihnacht\w*|feiertag\w*|neujahr|jahreswechsel|silvester)\b|"
                               r"\b(im|ins) (neuen|nächsten|kommenden) jahr\b|\b(anfang|beginn) (des )?(neuen|nächsten|kommenden) jahres\b|"
                               r"\bnächstes jahr\b", _I)


def _nach_dem_jahreswechsel(regel_id: str, kurz: str, frage_text: str) -> tuple[str, str] | None:
    """"KP vom 31.05.2026 – Fortschreibung erst nach den Weihnachtsferien, passt das?": too late when the latest date lies
    before the Christmas (27.12.) nearest to it; otherwise the plan may still fit and nothing is claimed."""
    m = _NACH_WEIHNACHTEN.search(letzte_frage(frage_text or "")) or _NACH_WEIHNACHTEN.search(frage_text or "")
    if not m or regel_id not in _SPAETESTENS_REGELN or not kurz.startswith("Spätestens"):
        return None
    frist = _erstes_datum(kurz)
    if frist is None:
        return None
    jahr = frist.year if frist.month >= 7 else frist.year - 1
    fruehestens = date(jahr, 12, 27) if re.search(r"weihnacht|feiertag", m.group(0), _I) else date(jahr + 1, 1, 1)
    if fruehestens > frist:
        return f"Nein – „{m.group(0).strip()}“ ist zu spät. {kurz}", "nein"
    return None


def _termin_rechtzeitig(ergebnis: str, kurz: str, termin: date) -> tuple[str, str]:
    tag = termin.strftime("%d.%m.%Y")
    if ergebnis == "ueberfaellig":
        return f"Nein – am {tag} ist die späteste Frist für die Fortschreibung schon überschritten. {kurz}", "nein"
    return f"Ja – der {tag} liegt innerhalb der Frist. {kurz}", "ja"


# the periodic checks (9.2, 9.3): outcomes that carry the latest date
_PRUEFUNGEN = {"frist.paragraph10_pruefung": ("faellig_am", "ueberfaellig"),
               "frist.profillage1_pruefung": ("pruefen_am", "ueberfaellig")}


def _ueberfaellig(ueberfaellig: bool, was: str, kurz: str, frage_text: str) -> tuple[str, str]:
    """"Ist … (schon) überfällig?" / "noch rechtzeitig?" against the reference date."""
    rechtzeitig = re.search(r"rechtzeitig|in der frist|im rahmen", letzte_frage(frage_text), _I)
    antwort = "ja" if ueberfaellig != bool(rechtzeitig) else "nein"
    satz = f"{was} ist überfällig" if ueberfaellig else f"{was} ist noch nicht überfällig"
    return f"{'Ja' if antwort == 'ja' else 'Nein'} – {satz}. {kurz}", antwort


def _fortschreibung(ergebnis: str, kurz: str, frage_text: str, typ: Fragetyp) -> tuple[str, str]:
    if _UEBERFAELLIG_FRAGE.search(letzte_frage(frage_text)):
        return _ueberfaellig(ergebnis == "ueberfaellig", "die Fortschreibung", kurz, frage_text)
    if _FRUEHER.search(frage_text) or (typ.kann and not typ.muss):
        return f"Ja – Pkt. 6.3 setzt nur die späteste Frist. {kurz}", "ja"
    if _JETZT.search(frage_text) or typ.muss:
        if ergebnis == "ueberfaellig":
            return f"Ja – die Fortschreibung ist fällig. {kurz}", "ja"
        return f"Nein – noch nicht fällig. {kurz}", "nein"
    return kurz, "info"
