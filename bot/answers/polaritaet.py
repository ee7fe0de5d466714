"""Yes and no relative to how the caseworker asked.

A rule answers its own question ("Ist die Einladung mit RFB zu versehen?"). Asked the other way round
("Kann ich die RFB weglassen?"), the verdict word flips while the sentence after it stays true:
"Ja – Termine auf Wunsch der eLb sind ohne RFB zu versenden." Verdict sentences are written so that
this holds: the part after the dash is a self-contained statement.
"""
from __future__ import annotations

import re

# rule id -> phrases that ask the rule's question the other way round
UMKEHRUNGEN: dict[str, re.Pattern] = {
    "einladung.rfb": re.compile(r"ohne (eine )?(rfb|rechtsfolgen)|(rfb|rechtsfolgenbelehrung)\w* (weglassen|entfallen|verzichten|"
                                r"(nicht|un)(nötig|noetig|erforderlich|notwendig))|(auf|von) (die |der )?(rfb|rechtsfolgenbelehrung) "
                                r"(verzichten|absehen)|kein\w* (rfb|rechtsfolgenbelehrung)", re.I),
    "kp.unterschrift": re.compile(r"ohne unterschrift|(nicht|un)unterschrieben|unterschrift\w* (weglassen|verzichten|"
                                  r"(nicht|un)(nötig|erforderlich))|auf (die )?unterschrift verzichten|ohne zu unterschreiben|"
                                  r"gültig ohne", re.I),
    "kp.rechtsnatur": re.compile(r"unverbindlich|kein vertrag|nicht (rechtlich )?bindend|keine (rechte|ansprüche)", re.I),
    "kp.potenzialanalyse": re.compile(r"voraussetzung|vorher|zuerst|vorab|erst (eine|die) (pa|potenzialanalyse)|"
                                      r"(pa|potenzialanalyse)\w* (muss|nötig|erforderlich|notwendig|vorliegen|braucht|brauche)|"
                                      r"(braucht|brauche|benötige|muss)\w* (ich |es |man )?(vorher |zuerst )?(eine |die )?"
                                      r"(vollständige )?(pa|potenzialanalyse)", re.I),
    "kp.minderjaehrige": re.compile(r"zustimmung\w* (der|des|von) (eltern|erziehungsberechtigt|gesetzlich)\w* "
                                    r"(nötig|notwendig|erforderlich|braucht|brauche|einholen)|"
                                    r"(braucht|brauche|benötige|muss)\w* (ich |es |man )?(die |eine )?(zustimmung|einwilligung|"
                                    r"unterschrift)|(müssen|muss) (die )?(eltern|gesetzliche vertretung)\w* (zustimmen|einwilligen|"
                                    r"unterschreiben|dabei)", re.I),
    "inhalte.infoschreiben_rfb": re.compile(r"ohne (rfb|rbb|rechtsfolgen)|kein\w* (rfb|rbb|rechtsfolgen)|rein informell", re.I),
    "verpflichtung.ausnahmen_rfb": re.compile(r"ausgenommen|ausnahme|verboten|unzulässig|nicht erlaubt|darf (ich )?nicht", re.I),
    "verpflichtung.psychische_erkrankung": re.compile(r"(kann|darf|könnte)\w* (ich |man )?(von (der |einer )?verpflichtung|"
                                                      r"auf (die |eine )?verpflichtung|darauf)\w* (absehen|verzichten)|"
                                                      r"absehen|verzichten", re.I),
    "einladung.fahrtkosten": re.compile(r"nur (bei|mit) (einer )?rfb|nur wenn", re.I),
    "einladung.erstgespraech": re.compile(r"(kann|darf|geht)\w* (das |es )?(erstgespräch |erste gespräch )?(auch )?"
                                          r"(telefonisch|per (video|telefon)|online)", re.I),
}
_KP_PFLICHT = re.compile(r"(muss|müssen|soll|sollte|brauch\w*|benötig\w*|nötig|notwendig|erforderlich|pflicht)\w* .{0,40}"
                         r"\b(kp|kooperationsplan)|(kp|kooperationsplan)\w* .{0,30}(pflicht|nötig|notwendig|erforderlich|"
                         r"machen müssen|erstellen müssen|abschließen müssen|trotzdem|dennoch)", re.I)
_KP_VERZICHT = re.compile(r"verzicht|absehen|ohne (einen )?(kp|kooperationsplan)|(keinen|kein) (kp|kooperationsplan)|entfallen|weglassen",
                          re.I)
_AUSNAHME_REGELN = {"ausnahme.einstellungszusage", "ausnahme.profillage1"}
_ERSTELLEN_REGELN = {"ausnahme.paragraph10"}


def ist_umgekehrt(regel_id: str, frage_text: str) -> bool:
    text = frage_text or ""
    if regel_id in _AUSNAHME_REGELN:
        # canonical: "Kann auf den KP verzichtet werden?" — "Muss ich trotzdem einen KP machen?" is the reverse
        return bool(_KP_PFLICHT.search(text)) and not _KP_VERZICHT.search(text)
    if regel_id in _ERSTELLEN_REGELN:
        # canonical: "Ist ein KP zu erstellen?" — "Kann ich auf den KP verzichten?" is the reverse
        return bool(_KP_VERZICHT.search(text))
    muster = UMKEHRUNGEN.get(regel_id)
    return bool(muster and muster.search(text))


def drehe(kurz: str) -> str:
    for alt, neu in (("Ja – ", "Nein – "), ("Nein – ", "Ja – ")):
        if kurz.startswith(alt):
            return neu + kurz[len(alt):]
    return kurz
