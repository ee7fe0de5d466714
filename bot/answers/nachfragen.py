"""Answers that are not decisions: "Warum?", "Originaltext", glossary, and the no-guess fallback."""
from __future__ import annotations

import re
from typing import Any

from bot.answers.render import Nachricht, rendere_warum
from bot.nlp.datum import finde_abschnitte
from bot.weisung import HINWEISE_ZUM_TEXT, TITEL, abschnitt, abschnitte
from bot.weisung.glossar import erklaere, finde_alle

MAX_ZITAT = 1800


def warum(letzte: dict[str, Any] | None) -> str:
    if not letzte:
        return ("Ich habe Ihnen noch keine Antwort gegeben, die ich begründen könnte. Stellen Sie mir eine Frage zum "
                "Kooperationsplan – danach erkläre ich auf „Warum?“ die Herleitung.")
    return rendere_warum(letzte)


# the words of the request itself; what remains names the topic ("Originaltext zu Profillage I")
_BITTE_UM_TEXT = re.compile(r"\b(zeig\w*|gib|gibst|nenn\w*|mir|uns|bitte|mal|den|die|das|dem|der|des|ein|eine|einen|zu|zum|zur|"
                            r"über|von|vom|dazu|davon|hierzu|originaltext\w*|original|wortlaut\w*|wörtlich\w*|text\w*|"
                            r"stelle\w*|passage\w*|abschnitt\w*|weisung|genau\w*|wie|lautet|steht|was|da|drin|im|in|"
                            r"kannst|du|können|sie|ich|möchte|will|würde|gern|gerne|lesen|sehen|zitier\w*|auszug|pkt|punkt|"
                            r"regelung|vorgabe|dort|hier)\b", re.I)
_MINDESTWERT_THEMA = 0.12
_MINDESTWERT_BEISPIEL = 0.45  # nearest training example; below it the topic is too vague for a rule


def _abschnitt_zum_thema(text: str) -> list[str]:
    """The section a topic names: the rule of the question the topic reads as ("wie lange so ein VB gilt" → 8.1),
    else the best match of the section search."""
    thema = re.sub(r"[^\w§ ]+", " ", _BITTE_UM_TEXT.sub(" ", text or "")).strip()
    if len(thema) < 3:
        return []
    regel = _regel_zum_thema(thema)
    if regel:
        return list(regel.abschnitte[:1])
    from bot.weisung.suche import standard_suche
    treffer = standard_suche().suche(thema, anzahl=1, mindestwert=_MINDESTWERT_THEMA)
    return [treffer[0].nummer] if treffer else []


def _regel_zum_thema(thema: str):
    from bot.dialog.routing import eindeutiger_intent, ist_frage_intent, waehle_regel
    from bot.nlp.beispielsuche import standard
    from bot.rules import REGELN
    intent = eindeutiger_intent(thema)
    if not intent:
        naechster, aehnlichkeit = standard().vorhersage(thema)
        intent = naechster if ist_frage_intent(naechster) and aehnlichkeit >= _MINDESTWERT_BEISPIEL else None
    return REGELN[waehle_regel(intent, {}, thema).regel] if intent else None


def _zitat(nummer: str) -> str:
    a = abschnitt(nummer)
    text = a.text if len(a.text) <= MAX_ZITAT else a.text[:MAX_ZITAT].rsplit(" ", 1)[0] + " […]"
    text = "\n".join(zeile for zeile in text.splitlines() if zeile.strip())  # a blank line would split the message
    return f"Pkt. {a.nummer} {a.titel}\n„{text}“"


def originaltext(text: str, abschnitt_entity: Any, letzte: dict[str, Any] | None) -> Nachricht:
    bekannt = set(abschnitte())
    gewuenscht = [str(abschnitt_entity)] if abschnitt_entity and str(abschnitt_entity) in bekannt else []
    gewuenscht = gewuenscht or finde_abschnitte(text or "", bekannt) or _abschnitt_zum_thema(text)
    if not gewuenscht and letzte:
        gewuenscht = [a for a in letzte.get("abschnitte", []) if a in bekannt][:2]
    if not gewuenscht:
        return Nachricht("Welche Stelle der Weisung möchten Sie sehen? Nennen Sie bitte die Nummer, z. B. "
                         "„Zeig mir Pkt. 6.2“.",
                         buttons=[{"title": f"Pkt. {n}", "payload": f'/originaltext{{"abschnitt": "{n}"}}'}
                                  for n in ("4.2", "6.2", "9.3")])
    teile = []
    for nummer in gewuenscht[:2]:
        leer = not abschnitt(nummer).text
        if leer:
            unter = [n for n in bekannt if n.startswith(nummer + ".")]
            teile.append(f"Pkt. {nummer} {abschnitt(nummer).titel} ist eine Überschrift; der Text steht in den "
                         f"Unterpunkten {', '.join(sorted(unter))}.")
        else:
            teile.append(_zitat(nummer))
        if nummer in HINWEISE_ZUM_TEXT:
            teile.append(HINWEISE_ZUM_TEXT[nummer])
    teile.append(f"Quelle: {TITEL}, Pkt. {', '.join(gewuenscht[:2])}")
    return Nachricht("\n".join(teile), custom={"typ": "originaltext", "abschnitte": gewuenscht[:2]})


def glossar(text: str) -> str:
    gefunden = finde_alle(text or "")
    if not gefunden:
        return ("Diese Abkürzung kenne ich nicht. Ich erkläre die Begriffe der Weisung, z. B. eLb, IFK, KP, PA, RFB, "
                "RBB, PZU, VA, EB, VB, AGH, BG, ÄD, BPS, FMG.job oder d.3.")
    return "\n".join(erklaere(begriff) for begriff in gefunden)


def _ist_kauderwelsch(text: str) -> bool:
    woerter = re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", text)
    if not woerter:
        return True
    ohne_vokal = [w for w in woerter if not re.search(r"[aeiouäöüy]", w, re.I)]
    return len(ohne_vokal) > len(woerter) / 2


def _vorschlaege(rangfolge: list[tuple[str, float]]) -> list[dict[str, str]]:
    """Up to two procedural intents the classifier half-recognised, offered as the rule's own question."""
    from bot.dialog.routing import ROUTEN
    from bot.rules import REGELN
    buttons = []
    for intent, konfidenz in rangfolge:
        if intent in ROUTEN and konfidenz >= 0.15 and len(buttons) < 2:
            buttons.append({"title": f"Meinten Sie: {REGELN[ROUTEN[intent].regel].frage}", "payload": f"/{intent}"})
    return buttons


def fallback(text: str, rangfolge: list[tuple[str, float]] | None = None) -> Nachricht:
    """No confident intent: no guess. Half-recognised questions and the most relevant sections, or a rephrase."""
    from bot.weisung.suche import standard_suche
    kauderwelsch = _ist_kauderwelsch(text or "")
    treffer = [] if kauderwelsch else standard_suche().suche(text, anzahl=3, mindestwert=0.08)
    vorschlaege = [] if kauderwelsch else _vorschlaege(rangfolge or [])
    if not treffer and not vorschlaege:
        return Nachricht("Das habe ich leider nicht verstanden. Könnten Sie die Frage anders formulieren? "
                         "Zum Beispiel: „Braucht die Einladung eine RFB?“ oder „Bis wann muss ich den KP fortschreiben?“",
                         custom={"typ": "fallback", "abschnitte": []})
    zeilen = ["Da bin ich mir nicht sicher, was Sie genau wissen möchten – ich rate lieber nicht."]
    if treffer:
        zeilen.append("Diese Stellen der Weisung passen am ehesten:")
    zeilen += [f"• Pkt. {t.nummer} {t.titel}: {t.auszug}" for t in treffer]
    zeilen.append("Formulieren Sie die Frage gern um, wählen Sie eine der vermuteten Fragen, oder lassen Sie sich "
                  "eine Stelle im Wortlaut zeigen." if vorschlaege else
                  "Formulieren Sie die Frage gern um, oder lassen Sie sich eine Stelle im Wortlaut zeigen.")
    buttons = vorschlaege + [{"title": f"Pkt. {t.nummer} zeigen", "payload": f'/originaltext{{"abschnitt": "{t.nummer}"}}'}
                             for t in treffer]
    return Nachricht("\n".join(zeilen), buttons, {"typ": "fallback", "abschnitte": [t.nummer for t in treffer]})
