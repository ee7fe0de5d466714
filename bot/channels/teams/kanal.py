"""Microsoft Teams via the Bot Framework: Rasa's `botframework` channel, hardened.

Differences from rasa.core.channels.botframework:
- settings from environment variables only; without app id/password the webhook answers 503 (the server starts);
- single-tenant bots get their token from their own tenant; multi-tenant stays possible (botframework.com);
- the incoming JWT is fully checked (see jwt_pruefung); keys are fetched on first use, not at start, and cached;
- replies only go to allow-listed serviceUrls; a foreign one → 403, no token requested, nothing sent;
- `<at>…</at>` mentions are stripped; Adaptive Card clicks (`value`) become the message text;
- answers become Adaptive Cards; HTTP calls are asynchronous (aiohttp) instead of blocking the server;
- bad requests get 400/413 with a short German JSON error; a failing answer gets a German apology.
"""
from __future__ import annotations

import asyncio
import json
import logging
from asyncio import CancelledError
from typing import Any, Awaitable, Callable
from urllib.parse import quote

import aiohttp
import yarl
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.botframework import BotFramework, BotFrameworkInput
from rasa.core.channels.channel import UserMessage

from bot.channels.rest import FEHLER_ANTWORT, LEER_ANTWORT, fehler
from bot.channels.teams import aktivitaet as akt
from bot.channels.teams.einstellungen import TeamsEinstellungen, ist_guid
from bot.channels.teams.jwt_pruefung import Abgelehnt, Schluesselbund, TokenPruefer
from bot.channels.teams.karte import als_aktivitaet
from bot.channels.teams.service_url import ServiceUrlListe, lies_hostliste
from bot.channels.teams.zugangstoken import ZustellFehler, Zugangstoken

logger = logging.getLogger(__name__)

MAX_KOERPER = 256 * 1024
SENDE_TIMEOUT = aiohttp.ClientTimeout(total=15)


class TeamsOutput(BotFramework):
    """Sends the replies to one incoming activity. Only constructed for an allow-listed serviceUrl."""

    def __init__(self, eingang: dict[str, Any], service_urls: ServiceUrlListe, zugang: Zugangstoken,
                 session: aiohttp.ClientSession) -> None:
        if not service_urls.erlaubt(eingang.get("serviceUrl")):
            raise ValueError("serviceUrl nicht erlaubt")
        super().__init__("", "", eingang["conversation"], eingang.get("recipient") or {}, eingang["serviceUrl"])
        self.geruest = akt.antwortgeruest(eingang)
        self.zugang = zugang
        self.session = session
        self.gesendet = 0
        self.fehlgeschlagen = 0

    @property
    def ziel_url(self) -> str:
        url = f"{self.global_uri}conversations/{quote(self.conversation['id'], safe='')}/activities"
        if "replyToId" in self.geruest:
            url += "/" + quote(self.geruest["replyToId"], safe="")
        return url

    async def send(self, message_data: dict[str, Any]) -> None:
        try:
            kopf = await self.zugang.kopf(self.session)
            # encoded=True: the ids stay percent-encoded as the Bot Framework SDK sends them (no '..' folding)
            ziel = yarl.URL(self.ziel_url, encoded=True)
            async with self.session.post(ziel, json=message_data, headers=kopf) as antwort:
                if antwort.status >= 300:
                    raise ZustellFehler(f"Bot Connector: HTTP {antwort.status} {(await antwort.text())[:300]}")
            self.gesendet += 1
        except (ZustellFehler, aiohttp.ClientError, asyncio.TimeoutError) as fehler_:
            self.fehlgeschlagen += 1
            logger.error("Teams: Antwort nicht zugestellt: %s", fehler_)

    async def sende_inhalt(self, inhalt: dict[str, Any]) -> None:
        await self.send({**self.geruest, **inhalt})

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        inhalt = als_aktivitaet(message)
        if inhalt is not None:
            await self.sende_inhalt(inhalt)
        for feld, senden in (("image", self.send_image_url), ("attachment", self.send_attachment)):
            if message.get(feld):
                await senden(recipient_id, message[feld])

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        inhalt = als_aktivitaet({"text": text})
        if inhalt is not None:
            await self.sende_inhalt(inhalt)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        inhalt = als_aktivitaet({"text": text, "buttons": buttons})
        if inhalt is not None:
            await self.sende_inhalt(inhalt)

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        inhalt = als_aktivitaet({"custom": json_message})
        if inhalt is not None:
            await self.sende_inhalt(inhalt)

    def prepare_message(self, recipient_id: str, message_data: dict[str, Any]) -> dict[str, Any]:
        return {**self.geruest, "text": "", **message_data}


class TeamsInput(BotFrameworkInput):
    """Webhook /webhooks/botframework/webhook (the messaging endpoint of the Azure Bot)."""

    @classmethod
    def name(cls) -> str:
        return "botframework"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "TeamsInput":
        credentials = credentials or {}
        namen = {schluessel: credentials[schluessel] for schluessel in
                 ("app_id_env", "app_password_env", "tenant_id_env") if credentials.get(schluessel)}
        return cls(TeamsEinstellungen.aus_umgebung(**namen))

    def __init__(self, einstellungen: TeamsEinstellungen | None = None,
                 schluesselbund: Schluesselbund | None = None) -> None:
        # BotFrameworkInput.__init__ is not called on purpose: it fetches Microsoft's keys at server start.
        self.einstellungen = einstellungen or TeamsEinstellungen.aus_umgebung()
        self.app_id = self.einstellungen.app_id
        self.app_password = self.einstellungen.app_passwort
        self.service_urls = ServiceUrlListe(lies_hostliste(self.einstellungen.service_hosts),
                                            self.einstellungen.test_service_url)
        self.pruefer: TokenPruefer | None = None
        self.zugang: Zugangstoken | None = None
        probleme = self.einstellungen.fehler()
        if probleme:
            if self.einstellungen.app_id or self.einstellungen.app_passwort:
                logger.error("Teams-Kanal nicht aktiv: %s", "; ".join(probleme))
            else:
                logger.info("Teams-Kanal nicht eingerichtet (KP_TEAMS_APP_ID/KP_TEAMS_APP_PASSWORD fehlen)")
            return
        if schluesselbund is None:
            schluesselbund = (Schluesselbund.aus_datei(self.einstellungen.jwks_datei) if self.einstellungen.jwks_datei
                              else Schluesselbund.aus_openid(self.einstellungen.openid_url))
        self.pruefer = TokenPruefer(self.einstellungen.app_id, schluesselbund)
        self.zugang = Zugangstoken(self.einstellungen.token_url, self.einstellungen.app_id,
                                   self.einstellungen.app_passwort)
        logger.info("Teams-Kanal aktiv (%s, Token von %s)",
                    "Single-Tenant" if self.einstellungen.tenant else "Multi-Tenant", self.einstellungen.token_url)

    @property
    def aktiv(self) -> bool:
        return self.pruefer is not None and self.zugang is not None

    def _fremder_tenant(self, aktivitaet: dict[str, Any]) -> bool:
        """A single-tenant bot answers Teams users of its own tenant only."""
        eigener = self.einstellungen.tenant
        if not ist_guid(eigener) or aktivitaet.get("channelId") != "msteams":
            return False
        return (akt.tenant(aktivitaet) or "").lower() != eigener.lower()  # type: ignore[union-attr]

    async def _pruefe(self, request: Request) -> dict[str, Any]:
        """Everything that must hold before anything is processed or sent; raises Abgelehnt."""
        if not self.aktiv:
            raise Abgelehnt(503, "Microsoft Teams ist für diesen Assistenten nicht eingerichtet.")
        if len(request.body or b"") > MAX_KOERPER:
            raise Abgelehnt(413, f"Anfrage zu groß (höchstens {MAX_KOERPER} Bytes).")
        claims, jwk = await self.pruefer.pruefe(request.headers.get("Authorization"))  # type: ignore[union-attr]
        try:
            aktivitaet = json.loads((request.body or b"").decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise Abgelehnt(400, "Ungültiges JSON.") from None
        if not isinstance(aktivitaet, dict):
            raise Abgelehnt(400, "Erwartet wird eine Bot-Framework-Aktivität (JSON-Objekt).")
        TokenPruefer.passt_zur_aktivitaet(claims, jwk, aktivitaet)
        if not self.service_urls.erlaubt(aktivitaet.get("serviceUrl")):
            raise Abgelehnt(403, "Die serviceUrl ist nicht zugelassen.", f"serviceUrl {aktivitaet.get('serviceUrl')!r}")
        if self._fremder_tenant(aktivitaet):
            raise Abgelehnt(403, "Dieser Assistent ist nur für die eigene Organisation freigegeben.", "fremder Tenant")
        return aktivitaet

    async def _beantworte(self, aktivitaet: dict[str, Any],
                          on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        async with aiohttp.ClientSession(timeout=SENDE_TIMEOUT, trust_env=True) as session:
            ausgabe = TeamsOutput(aktivitaet, self.service_urls, self.zugang, session)  # type: ignore[arg-type]
            text = akt.nachrichtentext(aktivitaet)
            if not text:
                await ausgabe.sende_inhalt(als_aktivitaet({"text": LEER_ANTWORT}))  # type: ignore[arg-type]
            else:
                try:
                    await on_new_message(UserMessage(
                        text, ausgabe, akt.absender(aktivitaet), input_channel=self.name(),
                        metadata={"teams": {"channelId": aktivitaet.get("channelId"),
                                            "conversationType": (aktivitaet["conversation"] or {}).get(
                                                "conversationType")}}))
                except CancelledError:
                    logger.error("Teams: Zeitüberschreitung bei der Verarbeitung")
                except Exception:  # noqa: BLE001 - the caseworker gets a German answer, the log gets the cause
                    logger.exception("Teams: Fehler bei der Verarbeitung")
                if ausgabe.gesendet == 0 and ausgabe.fehlgeschlagen == 0:
                    await ausgabe.sende_inhalt(als_aktivitaet({"text": FEHLER_ANTWORT}))  # type: ignore[arg-type]
        if ausgabe.fehlgeschlagen:
            return fehler(502, "Die Antwort konnte nicht an Teams zugestellt werden.")
        return response.json({"status": "ok"})

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("kp_teams_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.aktiv else "nicht eingerichtet"})

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            try:
                aktivitaet = await self._pruefe(request)
            except Abgelehnt as abgelehnt:
                if abgelehnt.status != 503 or self.aktiv:
                    logger.warning("Teams: Anfrage abgelehnt (%d): %s", abgelehnt.status, abgelehnt)
                return fehler(abgelehnt.status, abgelehnt.meldung)
            if aktivitaet.get("type") != "message":
                return response.json({"status": "ignoriert"})
            fehlt = akt.pflichtfelder_fehlen(aktivitaet)
            if fehlt:
                return fehler(400, fehlt)
            return await self._beantworte(aktivitaet, on_new_message)

        return bp
