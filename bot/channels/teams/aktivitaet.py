"""Incoming Teams activity → the user's text; and the fields every reply to it carries."""
from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any

_ERWAEHNUNG = re.compile(r"<at\b[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)
_ANTWORT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
BEWERTUNGEN = ("gut", "schlecht")
MAX_KOMMENTAR = 500


def ohne_erwaehnungen(text: str) -> str:
    """Removes `<at>…</at>` mentions (the bot's name in channels and group chats) and normalises spaces."""
    return " ".join(html.unescape(_ERWAEHNUNG.sub(" ", text)).split())


def _feedback(wert: dict[str, Any]) -> str:
    daten = {"antwort_id": wert["antwort_id"], "bewertung": wert["bewertung"]}
    kommentar = wert.get("kommentar")
    if isinstance(kommentar, str) and kommentar.strip():
        daten["kommentar"] = " ".join(kommentar.split())[:MAX_KOMMENTAR]
    return "/feedback" + json.dumps(daten, ensure_ascii=False)


def aus_kartenwert(wert: Any) -> str:
    """Adaptive Card Action.Submit data → message text: {"payload": "/inform{…}"}, feedback, or {"text": …}."""
    if not isinstance(wert, dict):
        return ""
    if isinstance(wert.get("payload"), str) and wert["payload"].strip():
        return wert["payload"].strip()
    if wert.get("bewertung") in BEWERTUNGEN and isinstance(wert.get("antwort_id"), str) \
            and _ANTWORT_ID.fullmatch(wert["antwort_id"]):
        return _feedback(wert)
    if isinstance(wert.get("text"), str):
        return ohne_erwaehnungen(wert["text"])
    return ""


def nachrichtentext(aktivitaet: dict[str, Any]) -> str:
    text = aktivitaet.get("text")
    text = ohne_erwaehnungen(text) if isinstance(text, str) else ""
    return text or aus_kartenwert(aktivitaet.get("value"))


def pflichtfelder_fehlen(aktivitaet: dict[str, Any]) -> str | None:
    """A message needs a conversation and a sender to be answered; the German reason if not."""
    for feld in ("conversation", "from"):
        teil = aktivitaet.get(feld)
        if not isinstance(teil, dict) or not isinstance(teil.get("id"), str) or not teil["id"].strip():
            return f"Das Feld '{feld}.id' fehlt."
    if not isinstance(aktivitaet.get("serviceUrl"), str):
        return "Das Feld 'serviceUrl' fehlt."
    return None


def absender(aktivitaet: dict[str, Any]) -> str:
    """Rasa's conversation key: per user and Teams conversation (thread), pseudonymised."""
    schluessel = f"{aktivitaet['conversation']['id']}\n{aktivitaet['from']['id']}"
    return "teams-" + hashlib.sha256(schluessel.encode("utf-8")).hexdigest()[:32]


def tenant(aktivitaet: dict[str, Any]) -> str | None:
    daten = aktivitaet.get("channelData")
    teil = daten.get("tenant") if isinstance(daten, dict) else None
    wert = teil.get("id") if isinstance(teil, dict) else None
    return wert if isinstance(wert, str) else None


def antwortgeruest(aktivitaet: dict[str, Any]) -> dict[str, Any]:
    """Addressing of a reply: from the bot to the user, in the same conversation, as a reply to the message."""
    geruest: dict[str, Any] = {
        "type": "message",
        "from": aktivitaet.get("recipient") if isinstance(aktivitaet.get("recipient"), dict) else {},
        "recipient": {"id": aktivitaet["from"]["id"]},
        "conversation": {"id": aktivitaet["conversation"]["id"]},
    }
    if isinstance(aktivitaet.get("id"), str):
        geruest["replyToId"] = aktivitaet["id"]
    return geruest
