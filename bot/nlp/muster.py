"""Domain patterns for the spaCy EntityRuler: terms of the Weisung as entity labels.

Token patterns match on lower-cased text with regular expressions, so typos in endings and compounds
("Reha-Träger", "Rehamaßnahme") still match and the pipeline works without the trained model.
"""
from __future__ import annotations


def _token(regex: str) -> dict:
    return {"LOWER": {"REGEX": regex}}


# label -> list of token sequences; each token is a regex on the lower-cased token text
_MUSTER: dict[str, list[list[str]]] = {
    "LEISTUNG_16K": [[r"^§?16k$"], [r"^§$", r"^16k$"], [r"^ganzheitlich\w*$", r"^betreuung\w*$"], [r"^coaching\w*$"]],
    "LEISTUNG_16A": [[r"^§?16a$"], [r"^§$", r"^16a$"], [r"^kommunal\w*$", r"^eingliederungsleistung\w*$"],
                     [r"^schuldnerberatung\w*$"], [r"^suchtberatung\w*$"], [r"^psychosozial\w*$", r"^betreuung\w*$"]],
    "LEISTUNG_16I": [[r"^§?16i$"], [r"^§$", r"^16i$"], [r"^teilhabe$", r"^am$", r"^arbeitsmarkt$"]],
    "REHA": [[r"^reha(bilitation)?([-\w]*)$"], [r"^lta$"]],
    "PROFILLAGE_1": [[r"^profillage$", r"^(i|1|eins)$"], [r"^pl-?(i|1)$"], [r"^pl$", r"^(i|1)$"]],
    "PARAGRAPH_10": [[r"^§$", r"^10$"], [r"^§10(-kennung)?$"], [r"^10er$", r"^kennung$"], [r"^§$", r"^10-kennung$"]],
    "WIDERSPRUCH": [[r"^widerspruch\w*$"]],
    "UNTERSUCHUNG": [[r"^(äd|aed|bps)$"], [r"^ärztlich\w*$", r"^(dienst|untersuchung)\w*$"],
                     [r"^psychologisch\w*$", r"^(dienst|untersuchung|service|begutachtung)\w*$"],
                     [r"^berufspsychologisch\w*$"], [r"^(amts)?arzt\w*$"], [r"^(untersuchung|begutachtung)\w*$"]],
    "EINSTELLUNGSZUSAGE": [[r"^(einstellungs|job|arbeits)zusage\w*$"], [r"^arbeitsvertrag\w*$"],
                           [r"^zusage$"]],
    "PSYCHISCH": [[r"^psychisch\w*$"], [r"^depression\w*$"], [r"^komplex\w*$", r"^handlungsbedarf\w*$"]],
    "SELBSTSTAENDIG": [[r"^selbst(st)?ändig\w*$"], [r"^selbststaendig\w*$"], [r"^gründung\w*$"], [r"^existenzgründ\w*$"]],
    "VOLLZEIT": [[r"^vollzeit\w*$"]],
    "RFB": [[r"^rfb$"], [r"^rechtsfolge\w*$"]],
    "RBB": [[r"^rbb$"], [r"^rechtsbehelf\w*$"]],
    "PZU": [[r"^pzu$"], [r"^postzustellungsurkunde\w*$"]],
    "MASSNAHME": [[r"^maßnahme\w*$"], [r"^massnahme\w*$"], [r"^agh$"], [r"^arbeitsgelegenheit\w*$"],
                  [r"^kurs\w*$"], [r"^integrationskurs\w*$"], [r"^sprachkurs\w*$"]],
    "VERPFLICHTUNGSBESCHEID": [[r"^verpflichtungsbescheid\w*$"], [r"^verpflichtung\w*$"], [r"^va$"]],
}


def entity_ruler_muster() -> list[dict]:
    return [{"label": label, "pattern": [_token(teil) for teil in sequenz], "id": label.lower()}
            for label, sequenzen in _MUSTER.items() for sequenz in sequenzen]
