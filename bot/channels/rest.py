"""REST channel at /webhooks/rest/webhook, hardened: validation, size limit, optional token, German replies.

Differences from Rasa's RestInput:
- malformed JSON, a missing or non-text field → 400 with a short JSON error; a body over the limit → 413;
- KP_API_TOKEN set → requests need `Authorization: Bearer <token>` (else 401);
- empty or blank messages get a German prompt instead of silence; an answer that fails gets a German apology;
- the structured payload (`custom`) of an answer is merged into the text message it belongs to.
"""
from __future__ import annotations

import hmac
import json
import logging
import os
from asyncio import CancelledError
from typing import Any, Awaitable, Callable

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage

logger = logging.getLogger(__name__)

MAX_KOERPER = int(os.environ.get("KP_REST_MAX_BYTES", 64 * 1024))
LEER_ANTWORT = ("Ihre Nachricht war leer. Stellen Sie mir bitte eine Frage zum Kooperationsplan, z. B. "
                "„Braucht die Einladung eine RFB?“")
FEHLER_ANTWORT = ("Entschuldigung, bei der Antwort ist ein technischer Fehler aufgetreten. Bitte versuchen Sie es "
                  "gleich noch einmal.")


def fehler(status: int, meldung: str) -> HTTPResponse:
    return response.json({"error": meldung, "status": status}, status=status)


def token_ok(request: Request, token: str | None) -> bool:
    if not token:
        return True
    kopf = request.headers.get("Authorization", "")
    # bytes: compare_digest raises TypeError on non-ASCII str (a 500 for a bad header)
    return kopf.startswith("Bearer ") and hmac.compare_digest(kopf[7:].strip().encode("utf-8", "surrogateescape"),
                                                              token.encode("utf-8"))


def fuehre_zusammen(nachrichten: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Attaches each `custom` payload to the text message right before it (same recipient)."""
    ergebnis: list[dict[str, Any]] = []
    for n in nachrichten:
        if set(n) <= {"recipient_id", "custom"} and "custom" in n and ergebnis and "text" in ergebnis[-1] \
                and "custom" not in ergebnis[-1]:
            ergebnis[-1]["custom"] = n["custom"]
        else:
            ergebnis.append(dict(n))
    return ergebnis


class KpRestInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "KpRestInput":
        credentials = credentials or {}
        return cls(token_env=credentials.get("token_env", "KP_API_TOKEN"))

    def __init__(self, token_env: str = "KP_API_TOKEN") -> None:
        self.token_env = token_env

    @property
    def token(self) -> str | None:
        return os.environ.get(self.token_env) or None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("kp_rest_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not token_ok(request, self.token):
                return fehler(401, "Authorization: Bearer <token> fehlt oder ist falsch.")
            if len(request.body or b"") > MAX_KOERPER:
                return fehler(413, f"Anfrage zu groß (höchstens {MAX_KOERPER} Bytes).")
            try:
                daten = json.loads((request.body or b"").decode("utf-8"))
            except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: very deeply nested JSON
                return fehler(400, "Ungültiges JSON.")
            if not isinstance(daten, dict):
                return fehler(400, "Erwartet wird ein JSON-Objekt mit 'sender' und 'message'.")
            sender, text = daten.get("sender"), daten.get("message")
            if sender is None or text is None:
                return fehler(400, "Die Felder 'sender' und 'message' sind Pflicht.")
            if not isinstance(text, str) or not isinstance(sender, (str, int)) or not str(sender).strip():
                return fehler(400, "'sender' und 'message' müssen Text sein.")
            sender = str(sender)[:200]
            if not text.strip():
                return response.json([{"recipient_id": sender, "text": LEER_ANTWORT}])
            metadata = daten.get("metadata") if isinstance(daten.get("metadata"), dict) else None
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata=metadata))
            except CancelledError:
                logger.error("REST: Zeitüberschreitung bei der Verarbeitung")
                return response.json([{"recipient_id": sender, "text": FEHLER_ANTWORT}])
            except Exception:  # noqa: BLE001 - the caseworker gets a German answer, the log gets the cause
                logger.exception("REST: Fehler bei der Verarbeitung")
                return response.json([{"recipient_id": sender, "text": FEHLER_ANTWORT}])
            nachrichten = fuehre_zusammen(collector.messages)
            if not nachrichten:
                nachrichten = [{"recipient_id": sender, "text": FEHLER_ANTWORT}]
            return response.json(nachrichten)

        return bp
