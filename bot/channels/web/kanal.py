"""Web chat channel: Rasa's socket.io protocol plus the chat page, both on the Rasa server (one origin).

Same events as rasa.core.channels.socketio (session_request → session_confirm, user_uttered →
bot_uttered), so any Rasa socket.io client works. Differences, each fixing what Rasa 3.6 gets wrong
with python-socketio 5.x or what the caseworkers need:
- the socket really joins the session's room (Rasa forgets to await `enter_room`, so with
  session_persistence no answer ever arrives, RasaHQ/rasa#13027);
- an answer is one `bot_uttered` with text, `quick_replies` and `custom` together (Rasa's
  send_custom_json passes the payload as keyword arguments to `emit` and fails);
- after session_confirm the server sends `verlauf` (the conversation so far, from the tracker),
  so a reload shows the history without storing chat text in the browser;
- bad input (no object, no text, empty, too long, no session) gets a German answer, a failing
  answer a German apology – never silence;
- the socket accepts only pages from its own origin unless `cors_allowed_origins` says otherwise.
"""
from __future__ import annotations

import logging
import os
import re
import uuid
from asyncio import CancelledError
from typing import Any, Awaitable, Callable

from sanic import Blueprint, Sanic
from socketio import AsyncServer

from rasa.core.channels.channel import UserMessage, decode_bearer_token
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput

from bot.channels.rest import FEHLER_ANTWORT, LEER_ANTWORT
from bot.channels.web.nachricht import bot_nachricht
from bot.channels.web.seite import registriere_seite
from bot.channels.web.verlauf import verlauf

logger = logging.getLogger(__name__)

MAX_ZEICHEN = int(os.environ.get("KP_WEB_MAX_ZEICHEN", 2000))
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
UNLESBAR = "Ihre Nachricht konnte nicht gelesen werden. Bitte stellen Sie Ihre Frage noch einmal."
ZU_LANG = (f"Ihre Nachricht ist zu lang (höchstens {MAX_ZEICHEN} Zeichen). Bitte stellen Sie eine kurze Frage "
           "zum Kooperationsplan.")
OHNE_SITZUNG = "Die Verbindung zum Gespräch fehlt. Bitte laden Sie die Seite neu."
KEINE_ANTWORT = ("Darauf habe ich keine Antwort gefunden. Bitte formulieren Sie die Frage anders, z. B. "
                 "„Braucht die Einladung eine RFB?“")
STUMME_BEFEHLE = ("/restart",)


class KpWebOutput(SocketIOOutput):
    """Sends each answer as one message and counts them (an answer must never be silence)."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.gesendet = 0

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        nachricht = bot_nachricht(message)
        if nachricht:
            await self._send_message(recipient_id, nachricht)
            self.gesendet += 1


class _WebBlueprint(SocketBlueprint):
    """Remembers the app it is registered on: the history needs the agent's tracker store."""

    def register(self, app: Sanic, options: dict[str, Any]) -> None:
        self.ctx.app = app
        super().register(app, options)


class KpWebInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "web"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "KpWebInput":
        credentials = credentials or {}
        return cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", True),
            credentials.get("socketio_path", "/socket.io"),
            credentials.get("jwt_key"),
            credentials.get("jwt_method", "HS256"),
            credentials.get("metadata_key", "metadata"),
            credentials.get("cors_allowed_origins"),
        )

    def __init__(self, user_message_evt: str = "user_uttered", bot_message_evt: str = "bot_uttered",
                 namespace: str | None = None, session_persistence: bool = True,
                 socketio_path: str | None = "/socket.io", jwt_key: str | None = None,
                 jwt_method: str | None = "HS256", metadata_key: str | None = "metadata",
                 cors_allowed_origins: str | list[str] | None = None) -> None:
        super().__init__(user_message_evt, bot_message_evt, namespace, session_persistence, socketio_path,
                         jwt_key, jwt_method, metadata_key)
        self.cors_allowed_origins = cors_allowed_origins
        self.bp: _WebBlueprint | None = None

    def get_output_channel(self) -> KpWebOutput | None:
        return KpWebOutput(self.sio, self.bot_message_evt) if self.sio else None

    async def _verlauf(self, session_id: str) -> list[dict[str, Any]]:
        agent = getattr(self.bp.ctx.app.ctx, "agent", None) if self.bp else None
        if agent is None or agent.tracker_store is None:
            return []
        try:
            tracker = await agent.tracker_store.retrieve(session_id)
        except Exception:  # noqa: BLE001 - without history the chat still works
            logger.exception("Web-Chat: Verlauf für eine Sitzung nicht lesbar")
            return []
        return verlauf(tracker.events) if tracker else []

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=self.cors_allowed_origins,
                          max_http_buffer_size=64 * 1024)
        self.sio = sio
        bp = _WebBlueprint(sio, self.socketio_path, "kp_web", __name__)
        self.bp = bp
        registriere_seite(bp)
        ns = self.namespace

        async def antworte(raum: str, text: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": text}, room=raum, namespace=ns)

        async def betrete(sid: str, session_id: str) -> None:
            sitzung = await sio.get_session(sid, namespace=ns)
            vorher = sitzung.get("session_id")
            if vorher == session_id:
                return
            if vorher:
                await sio.leave_room(sid, vorher, namespace=ns)
            await sio.enter_room(sid, session_id, namespace=ns)
            sitzung["session_id"] = session_id
            await sio.save_session(sid, sitzung, namespace=ns)

        @sio.on("connect", namespace=ns)
        async def connect(sid: str, environ: dict, auth: dict | None = None) -> bool:
            if not self.jwt_key:
                return True
            token = auth.get("token") if isinstance(auth, dict) else None
            return bool(token and decode_bearer_token(token, self.jwt_key, self.jwt_algorithm))

        @sio.on("session_request", namespace=ns)
        async def session_request(sid: str, data: Any = None) -> None:
            wunsch = data.get("session_id") if isinstance(data, dict) else None
            session_id = wunsch if isinstance(wunsch, str) and SESSION_ID.match(wunsch) else uuid.uuid4().hex
            if self.session_persistence:
                await betrete(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid, namespace=ns)
            if self.session_persistence:
                nachrichten = await self._verlauf(session_id)
                await sio.emit("verlauf", {"session_id": session_id, "nachrichten": nachrichten}, room=sid,
                               namespace=ns)

        @sio.on(self.user_message_evt, namespace=ns)
        async def handle_message(sid: str, data: Any = None) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("message"), str):
                await antworte(sid, UNLESBAR)
                return
            text = data["message"]
            if self.session_persistence:
                session_id = data.get("session_id")
                if not isinstance(session_id, str) or not SESSION_ID.match(session_id):
                    await antworte(sid, OHNE_SITZUNG)
                    return
                await betrete(sid, session_id)
            else:
                session_id = sid
            if not text.strip():
                await antworte(sid, LEER_ANTWORT)
                return
            if len(text) > MAX_ZEICHEN:
                await antworte(sid, ZU_LANG)
                return
            metadata = data.get(self.metadata_key)
            ausgabe = KpWebOutput(sio, self.bot_message_evt)
            try:
                await on_new_message(UserMessage(text, ausgabe, session_id, input_channel=self.name(),
                                                 metadata=metadata if isinstance(metadata, dict) else None))
            except CancelledError:
                logger.error("Web-Chat: Zeitüberschreitung bei der Verarbeitung")
                await antworte(session_id, FEHLER_ANTWORT)
                return
            except Exception:  # noqa: BLE001 - the caseworker gets a German answer, the log gets the cause
                logger.exception("Web-Chat: Fehler bei der Verarbeitung")
                await antworte(session_id, FEHLER_ANTWORT)
                return
            if not ausgabe.gesendet and not text.strip().startswith(STUMME_BEFEHLE):
                await antworte(session_id, KEINE_ANTWORT)

        return bp
