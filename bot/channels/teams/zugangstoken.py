"""The bot's own access token for the Bot Connector (OAuth2 client credentials), cached until shortly before expiry."""
from __future__ import annotations

import asyncio
import logging
import time
from typing import Callable

import aiohttp

logger = logging.getLogger(__name__)

SCOPE = "https://api.botframework.com/.default"
PUFFER_SEKUNDEN = 5 * 60


class ZustellFehler(Exception):
    """A reply could not be delivered (no token, or the Bot Connector refused it)."""


class Zugangstoken:
    def __init__(self, token_url: str, app_id: str, passwort: str, scope: str = SCOPE,
                 uhr: Callable[[], float] = time.monotonic):
        self.token_url = token_url
        self._formular = {"grant_type": "client_credentials", "client_id": app_id, "client_secret": passwort,
                          "scope": scope}
        self._uhr = uhr
        self._token: str | None = None
        self._gueltig_bis = 0.0
        self._sperre: asyncio.Lock | None = None
        self.abrufe = 0

    def _gueltig(self) -> bool:
        return self._token is not None and self._uhr() < self._gueltig_bis

    async def kopf(self, session: aiohttp.ClientSession) -> dict[str, str]:
        if not self._gueltig():
            self._sperre = self._sperre or asyncio.Lock()
            async with self._sperre:
                if not self._gueltig():
                    await self._hole(session)
        return {"Authorization": f"Bearer {self._token}"}

    async def _hole(self, session: aiohttp.ClientSession) -> None:
        self.abrufe += 1
        try:
            async with session.post(self.token_url, data=self._formular) as antwort:
                daten = await antwort.json(content_type=None) if antwort.status == 200 else None
                if daten is None:
                    raise ZustellFehler(f"Token-Anfrage an {self.token_url}: HTTP {antwort.status} "
                                        f"{(await antwort.text())[:300]}")
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as fehler:
            raise ZustellFehler(f"Token-Anfrage an {self.token_url} fehlgeschlagen: {fehler!r}") from None
        token, dauer = daten.get("access_token") if isinstance(daten, dict) else None, None
        try:
            dauer = int(daten.get("expires_in", 0))
        except (TypeError, ValueError, AttributeError):
            pass
        if not isinstance(token, str) or not token or not dauer:
            raise ZustellFehler(f"Token-Antwort von {self.token_url} ohne access_token/expires_in")
        self._token = token
        self._gueltig_bis = self._uhr() + max(dauer - PUFFER_SEKUNDEN, dauer // 2)
