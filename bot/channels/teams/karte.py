"""Our answers as Teams activities: a decision → Adaptive Card; other text (+ buttons) → simple card or text.

The card is built from the structured payload (`custom`, see bot/answers/render.py): verdict in a coloured
box, modality, explanation, facts used, the follow-up question with its options as Action.Submit, the
source, and a feedback section. `summary` and the card's `fallbackText` carry the plain text for clients
and notifications that show no cards. The activity's `text` stays empty: Teams would print it above the
card, so every answer would appear twice.
"""
from __future__ import annotations

import html
import logging
from typing import Any

logger = logging.getLogger(__name__)

KARTENTYP = "application/vnd.microsoft.card.adaptive"
KARTENVERSION = "1.4"
MAX_ERLAEUTERUNG = 4
AKTIONEN_JE_ZEILE = 5  # Teams shows at most 6 actions in a row; the rest would hide behind "…"
VERDIKT_STIL = {"ja": "good", "nein": "attention", "bedingt": "warning"}
MODALITAET = {"muss": "verpflichtend (ist zu / sind zu)",
              "soll": "Soll-Vorschrift (Ausnahmen nur in atypischen Fällen)",
              "kann": "Ermessen der IFK (kann)"}


def _textblock(text: str, **stil: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **stil}


def _knopf(button: dict[str, Any]) -> dict[str, Any] | None:
    titel, payload = button.get("title"), button.get("payload")
    if not isinstance(titel, str) or not isinstance(payload, str):
        return None
    return {"type": "Action.Submit", "title": titel, "data": {"payload": payload}}


def _knopfzeilen(buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    aktionen = [a for a in (_knopf(b) for b in buttons or [] if isinstance(b, dict)) if a]
    return [{"type": "ActionSet", "actions": aktionen[i:i + AKTIONEN_JE_ZEILE]}
            for i in range(0, len(aktionen), AKTIONEN_JE_ZEILE)]


def _fakt_text(name: str, wert: Any) -> str:
    try:
        from bot.rules import FAKTEN
        fakt = FAKTEN[name]
        return f"{fakt.beschreibung}: {fakt.label(fakt.lese(wert))}"
    except Exception:  # noqa: BLE001 - an unknown or unreadable fact is still shown, just unlabelled
        return f"{name}: {wert}"


def _ist_datumsfakt(name: str) -> bool:
    try:
        from bot.rules import FAKTEN
        return FAKTEN[name].typ == "datum"
    except Exception:  # noqa: BLE001
        return False


def _rueckmeldung(antwort_id: str) -> dict[str, Any]:
    daten = {"antwort_id": antwort_id}
    return {"type": "Action.ShowCard", "title": "Rückmeldung", "card": {
        "type": "AdaptiveCard",
        "body": [{"type": "Input.Text", "id": "kommentar", "isMultiline": True, "maxLength": 500,
                  "placeholder": "Optional: Was fehlt oder stimmt nicht? Bitte keine Kundendaten."}],
        "actions": [{"type": "Action.Submit", "title": "👍 Hilfreich", "data": {**daten, "bewertung": "gut"}},
                    {"type": "Action.Submit", "title": "👎 Nicht hilfreich",
                     "data": {**daten, "bewertung": "schlecht"}}]}}


def _karte(body: list[dict[str, Any]], fallback: str, aktionen: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    karte: dict[str, Any] = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                             "version": KARTENVERSION, "body": body, "fallbackText": fallback,
                             "msteams": {"width": "Full"}}
    if aktionen:
        karte["actions"] = aktionen
    return {"summary": fallback, "attachments": [{"contentType": KARTENTYP, "content": karte}]}


def entscheidungskarte(text: str, custom: dict[str, Any],
                       buttons: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    kopf = [_textblock(str(custom.get("kurz") or ""), weight="Bolder", size="Medium")]
    modalitaet = MODALITAET.get(str(custom.get("modalitaet")))
    if modalitaet:
        kopf.append(_textblock(modalitaet, isSubtle=True, spacing="None", size="Small"))
    body: list[dict[str, Any]] = [{"type": "Container", "style": VERDIKT_STIL.get(custom.get("antwort"), "emphasis"),
                                   "items": kopf}]
    for zeile in list(custom.get("erlaeuterung") or [])[:MAX_ERLAEUTERUNG]:
        body.append(_textblock(f"• {zeile}", spacing="Small"))
    verwendet = custom.get("fakten_verwendet")
    if isinstance(verwendet, dict) and verwendet:
        body.append(_textblock("Berücksichtigt: " + "; ".join(_fakt_text(n, w) for n, w in verwendet.items()),
                               isSubtle=True, size="Small"))
    fehlend = [f for f in custom.get("fakten_fehlend") or [] if isinstance(f, dict)]
    if fehlend:
        body.append(_textblock(f"Rückfrage: {fehlend[0].get('frage', '')}", weight="Bolder", separator=True))
        if _ist_datumsfakt(str(fehlend[0].get("name"))):
            body.append(_textblock("Bitte das Datum als TT.MM.JJJJ angeben.", spacing="Small"))
    body += _knopfzeilen(custom.get("buttons") or buttons or [])
    body.append(_textblock(f"Quelle: {custom.get('quelle', '')}", size="Small", isSubtle=True, separator=True))
    antwort_id = custom.get("antwort_id")
    aktionen = [_rueckmeldung(antwort_id)] if isinstance(antwort_id, str) and antwort_id else None
    return _karte(body, text, aktionen)


def textkarte(text: str, buttons: list[dict[str, Any]]) -> dict[str, Any]:
    body = [_textblock(zeile, spacing="Small") for zeile in text.splitlines() if zeile.strip()]
    return _karte(body + _knopfzeilen(buttons), text)


def textnachricht(text: str) -> dict[str, Any]:
    """Plain text; lines kept as <br> (Teams' markdown would join them), the text itself escaped."""
    zeilen = [html.escape(zeile, quote=False) for zeile in text.strip().splitlines()]
    return {"text": "<br>".join(zeilen), "textFormat": "xml"}


def als_aktivitaet(nachricht: dict[str, Any]) -> dict[str, Any] | None:
    """One Rasa bot message (text, buttons, custom …) → the content of one Teams activity; None if empty."""
    text = nachricht.get("text") if isinstance(nachricht.get("text"), str) else ""
    buttons = nachricht.get("buttons") if isinstance(nachricht.get("buttons"), list) else []
    custom = nachricht.get("custom") if isinstance(nachricht.get("custom"), dict) else {}
    if custom.get("typ") == "entscheidung" and custom.get("kurz"):
        return entscheidungskarte(text or str(custom["kurz"]), custom, buttons)
    if buttons:
        return textkarte(text, buttons)
    if text.strip():
        return textnachricht(text)
    if custom:
        logger.info("Teams: Nutzlast ohne Text (typ=%s) nicht gesendet", custom.get("typ"))
    return None
