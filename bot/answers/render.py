"""Decision → German chat answer: verdict first, a few lines of conditions, the source; plus a payload.

The payload (`custom`) carries everything a channel needs to render the answer its own way (Teams
card, web chips): verdict, modality, sections, norms, facts used and missing, buttons.
"""
from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.answers.polaritaet import (MODALITAET_DER_AUSSAGE, fragetyp, fragt_nach_heute, ist_kann_frage, ist_umgekehrt,
                                   ohne_verdikt, verdikt)
from bot.answers.vervollstaendigung import immer_moeglich
from bot.rules import FAKTEN, Entscheidung

_NORM = re.compile(r"§\s?\d+[a-z]?(?:\s+Abs\.\s?\d+)?(?:\s+Satz\s?\d+)?\s+(?:SGB\s+(?:II|III|X)|BGB)")
MAX_ZEILEN = 4


@dataclass
class Nachricht:
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)


def fakt_payload(name: str, wert: Any) -> str:
    return "/inform" + json.dumps({"fakt": name, "wert": wert}, ensure_ascii=False)


def _normen(e: Entscheidung) -> list[str]:
    normen = list(e.normen)
    for text in [e.kurz, *e.erlaeuterung]:
        for norm in _NORM.findall(text):
            norm = re.sub(r"\s+", " ", norm)
            if norm not in normen:
                normen.append(norm)
    return normen


def quelle(e: Entscheidung) -> str:
    teile = [f"Weisung Pkt. {', '.join(e.abschnitte)}"] + _normen(e)
    return "; ".join(teile)


def _angaben(e: Entscheidung) -> str:
    teile = []
    for name, wert in e.verwendete_fakten.items():
        fakt = FAKTEN[name]
        teile.append(f"{fakt.beschreibung}: {fakt.label(fakt.lese(wert))}")
    return "; ".join(teile)


def rendere(e: Entscheidung, frage_text: str = "", antwort_id: str | None = None,
            genannter_stichtag: date | None = None) -> Nachricht:
    antwort_id = antwort_id or uuid.uuid4().hex
    if genannter_stichtag is None and e.regel_id == "frist.vb_gueltigkeit" and fragt_nach_heute(frage_text):
        genannter_stichtag = e.stichtag  # "heute noch gültig?" is judged on the reference date
    kurz, antwort = verdikt(e.regel_id, e.antwort.value, e.modalitaet.value, e.ergebnis, e.kurz, frage_text,
                            genannter_stichtag)
    if antwort == "bedingt" and ist_kann_frage(frage_text) and immer_moeglich(e):
        kurz, antwort = f"Ja – {ohne_verdikt(kurz)}", "ja"
    zeilen = [kurz]
    zeilen += [f"• {zeile}" for zeile in e.erlaeuterung[:MAX_ZEILEN]]
    angaben = _angaben(e)
    if angaben:
        zeilen.append(f"Berücksichtigt: {angaben}")
    buttons: list[dict[str, str]] = []
    if e.fehlende_fakten:
        fakt = e.fehlende_fakten[0]
        zeilen.append(f"Rückfrage: {fakt.frage}")
        buttons = [{"title": label, "payload": fakt_payload(fakt.name, wert)} for wert, label in fakt.optionen()]
        if fakt.typ == "datum":
            zeilen.append("Bitte das Datum als TT.MM.JJJJ angeben.")
    zeilen.append(f"Quelle: {quelle(e)}")
    custom = {
        "typ": "entscheidung",
        "antwort_id": antwort_id,
        **e.als_dict(),
        "kurz": kurz,
        "antwort": antwort,
        **({"modalitaet": MODALITAET_DER_AUSSAGE[kurz]} if kurz in MODALITAET_DER_AUSSAGE else {}),
        **({"modalitaet": "nicht erforderlich"} if _keine_pflicht(e, antwort, frage_text) else {}),
        "normen": _normen(e),
        "quelle": quelle(e),
        "buttons": buttons,
    }
    return Nachricht("\n".join(zeilen), buttons, custom)


# rules whose "kann" is a capacity of the eLb, not the IFK's discretion: asked the other way round ("Muss die Mutter
# dabei sein?"), the answer is that nothing is required; an Ermessen ("kann abgesehen werden", 8.3, 9.1, 9.3) stays "kann"
_ERLAUBNIS_OHNE_ERFORDERNIS = {"kp.minderjaehrige"}


def _keine_pflicht(e: Entscheidung, antwort: str, frage_text: str) -> bool:
    typ = fragetyp(frage_text)
    return (e.regel_id in _ERLAUBNIS_OHNE_ERFORDERNIS and antwort == "nein" and e.antwort.value == "ja" and typ.muss
            and not typ.kann and ist_umgekehrt(e.regel_id, frage_text))


def rendere_warum(entscheidung: dict[str, Any]) -> str:
    """Replays a stored decision's trace in plain German ("Warum?")."""
    zeilen = ["So bin ich zu der Antwort gekommen:"]
    for nr, schritt in enumerate(entscheidung.get("spur", []), 1):
        verweis = f" (Pkt. {schritt['abschnitt']})" if schritt.get("abschnitt") else ""
        zeilen.append(f"{nr}. {schritt['text']}{verweis}")
    fehlend = entscheidung.get("fakten_fehlend") or []
    if fehlend:
        zeilen.append("Noch offen: " + "; ".join(f["frage"] for f in fehlend))
    zeilen.append(f"Quelle: {entscheidung.get('quelle', '')}")
    return "\n".join(zeilen)
