"""One turn of a procedural conversation, without Rasa: message + state → answers + new state.

State kept per conversation (Rasa slots): the facts known so far, the rule waiting for a missing
fact, the last decision (for "Warum?" and "Originaltext") and the question it answered (its polarity).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.answers.render import Nachricht, rendere
from bot.dialog.routing import ROUTEN, eindeutiger_intent, ist_frage_intent, waehle_regel
from bot.nlp.fakten import Befund, extrahiere, ordne_daten_zu
from bot.nlp.tippfehler import korrigiere
from bot.rules import FAKTEN, REGELN, UngueltigerWert, entscheide
from bot.weisung.glossar import erklaere, finde

ANTWORT_INTENTS = {"inform", "affirm", "deny"}
_FRAGE_OHNE_ZEICHEN = re.compile(r"\b(muss|kann|darf|soll|sollte|brauch\w*|können|dürfen|müssen|sollen)\s+(ich|man|wir|die ifk)\b|"
                                 r"\b(geht|reicht|genügt) (das|es)\b", re.I)
_FRAGEZEICHEN = re.compile(r"\?|^(wie|was|wann|wo|wer|warum|muss|kann|darf|soll|braucht|brauche|gilt|ist|sind)\b", re.I)


@dataclass
class Zustand:
    fakten: dict[str, Any] = field(default_factory=dict)  # JSON values: dates as ISO strings
    offene_regel: str | None = None
    letzte_entscheidung: dict[str, Any] | None = None
    letzte_frage: str = ""


def _json(wert: Any) -> Any:
    return wert.isoformat() if isinstance(wert, date) else wert


def _gelesen(fakten: dict[str, Any]) -> dict[str, Any]:
    ergebnis = {}
    for name, wert in fakten.items():
        if name in FAKTEN and wert is not None:
            try:
                ergebnis[name] = FAKTEN[name].lese(wert)
            except UngueltigerWert:
                continue
    return ergebnis


def _fehlende(regel_id: str, fakten: dict[str, Any], heute: date) -> list[str]:
    return [f.name for f in entscheide(regel_id, _nur_regel(regel_id, fakten), heute).fehlende_fakten]


def _nur_regel(regel_id: str, fakten: dict[str, Any]) -> dict[str, Any]:
    return {name: wert for name, wert in fakten.items() if name in REGELN[regel_id].fakten}


def _antwort_auf_rueckfrage(intent: str, entitaeten: dict[str, Any], offen: list[str]) -> dict[str, Any]:
    fakten: dict[str, Any] = {}
    if entitaeten.get("fakt") in FAKTEN and entitaeten.get("wert") is not None:
        fakten[entitaeten["fakt"]] = entitaeten["wert"]
    elif intent in ("affirm", "deny") and offen and FAKTEN[offen[0]].typ == "bool":
        fakten[offen[0]] = intent == "affirm"
    return fakten


_FUELLWORT = r"((genau|eigentlich|nochmal|noch mal|denn|bitte|überhaupt) )*"
# "PZU?", "Was ist eine AGH?", "Was genau ist mit PZU gemeint?", "Wofür steht eigentlich RBB?", "Was versteht man unter EB?"
_NUR_ABKUERZUNG = re.compile(r"^\W*(?:was " + _FUELLWORT + r"(?:ist|heißt|heisst|bedeutet|meint|versteht man unter) " + _FUELLWORT +
                             r"(?:mit (?=\S+ (?:\S+ )?gemeint))?|wo ?für " + _FUELLWORT + r"steht " + _FUELLWORT + r")?"
                             r"(?:ein|eine|der|die|das|dem|den)?\s*(?P<begriff>[^\s?=:!.]{1,12})\s*(?:eigentlich |genau )?"
                             r"(?:gemeint|für)?\s*[=?:!.]*\s*\??$", re.I)


# "elb – wofür stand das nochmal?", "RBB: was heißt das?"
_ABKUERZUNG_ZUERST = re.compile(r"^\W*(?P<begriff>[^\s?=:!.,–-]{1,12})\s*[–:,-]\s*(wofür|wo für|was) (steht|stand|heißt|heisst|hieß|"
                                r"bedeutet|bedeutete|meint|ist|war) (das|der|die|es|sie|er)?\s*"
                                r"(?:(?:nochmal|noch mal|eigentlich|genau|denn|bitte|überhaupt)\s*)*\??\s*$", re.I)


def glossarfrage(text: str) -> Nachricht | None:
    """A bare abbreviation ("AGH = ?", "PZU?") is a glossary question, whatever the classifier thought."""
    treffer = _NUR_ABKUERZUNG.match(text.strip()) or _ABKUERZUNG_ZUERST.match(text.strip())
    if not treffer:
        return None
    begriff = finde(treffer.group("begriff"))
    return Nachricht(erklaere(begriff)) if begriff else None


def beantworte(intent: str, text: str, entitaeten: dict[str, Any], zustand: Zustand,
               heute: date) -> tuple[list[Nachricht], Zustand]:
    ist_payload = text.strip().startswith("/")
    # "PZU = ?" may also be read as a bare statement (inform); an answer to a Rückfrage ("PZU") has no "=" or "?"
    als_frage = ist_frage_intent(intent) or (intent in ("inform", "nlu_fallback") and
                                             re.search(r"[=?]|^\W*(was|wofür|wo für)\b", text, re.I))
    glossar = None if ist_payload or not als_frage else glossarfrage(text)
    if glossar:
        return [glossar], zustand
    text = text if ist_payload else korrigiere(text)
    befund = Befund() if ist_payload else extrahiere(text, heute)
    bekannt = _gelesen(zustand.fakten)
    offen = _fehlende(zustand.offene_regel, bekannt, heute) if zustand.offene_regel else []
    neu = {**befund.fakten, **_gelesen(_antwort_auf_rueckfrage(intent, entitaeten, offen))}
    # "KP-Termin abgesagt, AU liegt vor. Neue Einladung – wieder mit RFB?" read as a statement, but it asks
    verstanden = eindeutiger_intent(text) if intent == "inform" and "?" in text and not offen else None
    intent = verstanden or intent

    regel_id, implizit, frage_text = _waehle(intent, text, befund, neu, bekannt, offen, zustand)
    if regel_id is None:
        return _ohne_regel(befund, neu, bekannt, zustand, heute, text)

    datumsfakten = [name for name in REGELN[regel_id].fakten if FAKTEN[name].typ == "datum"]
    if offen and offen[0] in datumsfakten and befund.daten and not any(n in neu for n in datumsfakten):
        neu[offen[0]] = befund.daten[0].wert
    daten, stichtag = ordne_daten_zu(befund, [n for n in datumsfakten if n not in neu], text, heute)
    neu.update(daten)
    fakten = {**bekannt, **implizit, **neu}
    entscheidung = entscheide(regel_id, _nur_regel(regel_id, fakten), stichtag or heute)
    unsicher = _vom_monatsteil_abhaengig(regel_id, fakten, befund, daten, entscheidung, stichtag or heute)
    if unsicher:  # "Ende Januar" against a window to 22.01.: the exact day decides, so it is asked for
        fakten = {name: wert for name, wert in fakten.items() if name not in unsicher}
        daten = {name: wert for name, wert in daten.items() if name not in unsicher}
        entscheidung = entscheide(regel_id, _nur_regel(regel_id, fakten), stichtag or heute)
    nachricht = _mit_annahmen(rendere(entscheidung, frage_text, genannter_stichtag=stichtag), befund, daten)
    neuer_zustand = Zustand(
        fakten={name: _json(wert) for name, wert in fakten.items()},
        offene_regel=regel_id if entscheidung.fehlende_fakten else None,
        letzte_entscheidung=nachricht.custom,
        letzte_frage=frage_text)
    return [als_verstanden(nachricht, verstanden) if verstanden else nachricht], neuer_zustand


def _vom_monatsteil_abhaengig(regel_id: str, fakten: dict[str, Any], befund: Befund, daten: dict[str, date],
                              entscheidung: Any, stichtag: date) -> set[str]:
    """The date facts read from a part of a month whose other end would change the outcome."""
    unsicher = set()
    for name, wert in daten.items():
        fund = next((f for f in befund.daten if f.art == "zeitraum" and wert in (f.wert, f.bis)), None)
        if fund is None or fund.bis is None:
            continue
        anderes_ende = fund.bis if wert == fund.wert else fund.wert
        alternative = entscheide(regel_id, _nur_regel(regel_id, {**fakten, name: anderes_ende}), stichtag)
        if (alternative.antwort, alternative.ergebnis) != (entscheidung.antwort, entscheidung.ergebnis):
            unsicher.add(name)
    return unsicher


def _mit_annahmen(nachricht: Nachricht, befund: Befund, daten: dict[str, date]) -> Nachricht:
    """Says which day a part of a month ("Anfang September") was taken for, before the source line."""
    annahmen = [f"„{fund.text}“ gerechnet als {wert:%d.%m.%Y} ({'frühester' if wert == fund.wert else 'spätester'} Tag)"
                for fund in befund.daten if fund.art == "zeitraum"
                for wert in daten.values() if wert in (fund.wert, fund.bis)]
    if not annahmen:
        return nachricht
    zeilen = nachricht.text.split("\n")
    stelle = next((i for i, z in enumerate(zeilen) if z.startswith("Quelle:")), len(zeilen))
    zeilen.insert(stelle, "Angenommen: " + "; ".join(dict.fromkeys(annahmen)))
    return Nachricht("\n".join(zeilen), nachricht.buttons, nachricht.custom)


def _waehle(intent: str, text: str, befund: Befund, neu: dict[str, Any], bekannt: dict[str, Any],
            offen: list[str], zustand: Zustand) -> tuple[str | None, dict[str, Any], str]:
    """The rule to evaluate: the question's own, or the one waiting for the fact just given."""
    beantwortet_rueckfrage = bool(offen) and any(name in neu for name in offen)
    if zustand.offene_regel and beantwortet_rueckfrage and (
            intent in ANTWORT_INTENTS or not ist_frage_intent(intent) or not _FRAGEZEICHEN.search(text.strip())):
        return zustand.offene_regel, {}, zustand.letzte_frage
    if ist_frage_intent(intent):
        route = waehle_regel(intent, {**bekannt, **neu}, text)
        return route.regel, route.implizit, text
    if zustand.offene_regel and intent in ANTWORT_INTENTS and neu:
        return zustand.offene_regel, {}, zustand.letzte_frage
    return None, {}, text


def _ohne_regel(befund: Befund, neu: dict[str, Any], bekannt: dict[str, Any], zustand: Zustand, heute: date,
                text: str) -> tuple[list[Nachricht], Zustand]:
    """A statement without a question to attach it to: note the facts, ask what is wanted."""
    alle_datumsfakten = [name for name, f in FAKTEN.items() if f.typ == "datum"]
    daten, _ = ordne_daten_zu(befund, [n for n in alle_datumsfakten if n not in neu], text)
    neu = {**neu, **daten}
    if not neu:
        return [Nachricht("Worauf bezieht sich das? Stellen Sie mir bitte Ihre Frage zum Kooperationsplan, "
                          "z. B. „Braucht die Einladung eine RFB?“")], zustand
    notiert = "; ".join(f"{FAKTEN[n].beschreibung}: {FAKTEN[n].label(w)}" for n, w in neu.items())
    fakten = {**bekannt, **neu}
    neuer_zustand = Zustand({n: _json(w) for n, w in fakten.items()}, zustand.offene_regel,
                            zustand.letzte_entscheidung, zustand.letzte_frage)
    return [Nachricht(f"Notiert – {notiert}. Was möchten Sie dazu wissen?")], neuer_zustand


def ist_sachverhalt(text: str, heute: date) -> bool:
    """A statement (no question) that carries facts of a case, e.g. "Der KP wurde am 31.08.2026 erstellt."."""
    if not text or "?" in text or _FRAGEZEICHEN.search(text.strip()):
        return False
    if not text.rstrip().endswith(".") and _FRAGE_OHNE_ZEICHEN.search(text):
        return False  # "kunde ist 17 … können wir den trotzdem abschließen" – a question typed without "?"
    text = korrigiere(text)
    befund = extrahiere(text, heute)
    if befund.fakten:
        return True
    alle_datumsfakten = [name for name, f in FAKTEN.items() if f.typ == "datum"]
    return bool(ordne_daten_zu(befund, alle_datumsfakten, text)[0])


def zweite_meinung(text: str, rangfolge: list[tuple[str, float]]) -> str | None:
    """For a question the classifier was unsure about: one of its two best procedural intents, if the nearest
    training examples name the same one; or the topic an unmistakable term names ("Aufhebungsbescheid",
    "auf den KP verzichten"). The answer then says how the question was understood (als_verstanden)."""
    from bot.nlp.beispielsuche import standard
    if not text or text.strip().startswith("/"):
        return None
    text = korrigiere(text)
    eindeutig = eindeutiger_intent(text)
    if eindeutig:
        return eindeutig
    kandidaten = [intent for intent, _ in rangfolge if intent != "nlu_fallback"][:2]
    naechster, aehnlichkeit = standard().vorhersage(text)
    return naechster if naechster in kandidaten and ist_frage_intent(naechster) and aehnlichkeit >= 0.3 else None


def als_verstanden(nachricht: Nachricht, intent: str) -> Nachricht:
    frage = REGELN[ROUTEN[intent].regel].frage
    text = f"{nachricht.text}\n(Ich habe die Frage so verstanden: „{frage}“ – falls nicht, formulieren Sie sie bitte um.)"
    return Nachricht(text, nachricht.buttons, {**nachricht.custom, "unsicher": True} if nachricht.custom else {})


def alle_frage_intents() -> list[str]:
    return sorted(ROUTEN)
