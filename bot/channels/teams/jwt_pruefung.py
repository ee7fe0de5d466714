"""Verifies the JWT the Bot Connector sends with each activity (Bot Framework "Connector to bot" rules).

Checked: RS256/384/512 signature with a key from the Bot Framework's key set, issuer
https://api.botframework.com, audience = our app id, expiry/not-before (5 minutes clock skew as in the
Bot Framework SDK), the `serviceurl` claim equals the activity's serviceUrl, and the key endorses the
activity's channelId. Keys are cached (24 h); an unknown key id triggers at most one refresh per 5 minutes.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

import aiohttp
import jwt
from jwt.exceptions import PyJWTError

logger = logging.getLogger(__name__)

AUSSTELLER = "https://api.botframework.com"
ALGORITHMEN = ("RS256", "RS384", "RS512")
TOLERANZ_SEKUNDEN = 5 * 60
MAX_TOKEN_LAENGE = 16 * 1024


class Abgelehnt(Exception):
    """A request that must not be processed; `status` is the HTTP answer."""

    def __init__(self, status: int, meldung: str, grund: str = ""):
        super().__init__(grund or meldung)
        self.status = status
        self.meldung = meldung


async def _hole_json(session: aiohttp.ClientSession, url: str) -> Any:
    async with session.get(url) as antwort:
        antwort.raise_for_status()
        return await antwort.json(content_type=None)


async def lade_von_openid(openid_url: str) -> list[dict[str, Any]]:
    """OpenID metadata → jwks_uri → keys (two GETs)."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10), trust_env=True) as session:
        metadaten = await _hole_json(session, openid_url)
        schluessel = await _hole_json(session, metadaten["jwks_uri"])
    return list(schluessel["keys"])


class Schluesselbund:
    """The signing keys by key id. Either fixed (injected list or file: never fetched) or loaded via `laden`."""

    MAX_ALTER = 24 * 3600
    MIN_ABSTAND = 5 * 60

    def __init__(self, schluessel: list[dict[str, Any]] | None = None,
                 laden: Callable[[], Awaitable[list[dict[str, Any]]]] | None = None,
                 uhr: Callable[[], float] = time.monotonic):
        if (schluessel is None) == (laden is None):
            raise ValueError("entweder feste Schlüssel oder eine Ladefunktion angeben")
        self._laden = laden
        self._uhr = uhr
        self._schluessel: dict[str, dict[str, Any]] = {}
        self._geladen_um: float | None = None
        self._versucht_um: float | None = None
        self._sperre: asyncio.Lock | None = None
        self.abrufe = 0
        if schluessel is not None:
            self._setze(schluessel)

    @classmethod
    def aus_openid(cls, openid_url: str) -> "Schluesselbund":
        return cls(laden=lambda: lade_von_openid(openid_url))

    @classmethod
    def aus_datei(cls, pfad: str | Path) -> "Schluesselbund":
        daten = json.loads(Path(pfad).read_text(encoding="utf-8"))
        return cls(schluessel=daten["keys"] if isinstance(daten, dict) else daten)

    def _setze(self, schluessel: list[dict[str, Any]]) -> None:
        self._schluessel = {s["kid"]: s for s in schluessel if isinstance(s, dict) and s.get("kid")}

    def _faellig(self, kid: str) -> bool:
        if self._laden is None:
            return False
        jetzt = self._uhr()
        if self._versucht_um is not None and jetzt - self._versucht_um <= self.MIN_ABSTAND:
            return False  # also after a failed fetch: no hammering on Microsoft (or on a dead proxy)
        return self._geladen_um is None or jetzt - self._geladen_um > self.MAX_ALTER or kid not in self._schluessel

    async def finde(self, kid: str) -> dict[str, Any] | None:
        if self._faellig(kid):
            self._sperre = self._sperre or asyncio.Lock()
            async with self._sperre:
                if self._faellig(kid):
                    await self._lade()
        if not self._schluessel:
            raise Abgelehnt(503, "Die Signaturschlüssel von Microsoft sind gerade nicht abrufbar.",
                            "keine Schlüssel geladen")
        return self._schluessel.get(kid)

    async def _lade(self) -> None:
        self._versucht_um = self._uhr()
        self.abrufe += 1
        try:
            schluessel = await self._laden()  # type: ignore[misc]
        except Exception as fehler:  # noqa: BLE001 - old keys stay usable; the cause goes to the log
            logger.warning("Teams: Signaturschlüssel konnten nicht geladen werden: %s", fehler)
            return
        self._setze(schluessel)
        self._geladen_um = self._uhr()
        logger.info("Teams: %d Signaturschlüssel geladen", len(self._schluessel))


class TokenPruefer:
    def __init__(self, app_id: str, schluesselbund: Schluesselbund, aussteller: str = AUSSTELLER,
                 toleranz: int = TOLERANZ_SEKUNDEN):
        self.app_id = app_id
        self.schluesselbund = schluesselbund
        self.aussteller = aussteller
        self.toleranz = toleranz

    async def pruefe(self, kopfzeile: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
        """Authorization header → (claims, signing key). Raises Abgelehnt(401) for anything not valid."""
        if not kopfzeile or not kopfzeile.startswith("Bearer ") or len(kopfzeile) > MAX_TOKEN_LAENGE:
            raise Abgelehnt(401, "Anmeldung fehlt oder ist ungültig.", "kein Bearer-Token")
        token = kopfzeile[7:].strip()
        try:
            kopf = jwt.get_unverified_header(token)
        except (PyJWTError, ValueError) as fehler:  # ValueError: e.g. non-ASCII bytes in the header
            raise Abgelehnt(401, "Anmeldung fehlt oder ist ungültig.", f"unlesbares Token: {fehler}") from None
        algorithmus, kid = kopf.get("alg"), kopf.get("kid")
        if algorithmus not in ALGORITHMEN or not isinstance(kid, str):
            raise Abgelehnt(401, "Anmeldung fehlt oder ist ungültig.", f"Algorithmus {algorithmus!r} / kid fehlt")
        jwk = await self.schluesselbund.finde(kid)
        if jwk is None:
            raise Abgelehnt(401, "Anmeldung fehlt oder ist ungültig.", f"unbekannter Schlüssel {kid!r}")
        try:
            schluessel = jwt.PyJWK(jwk, algorithmus).key
            claims = jwt.decode(token, key=schluessel, algorithms=[algorithmus], audience=self.app_id,
                                issuer=self.aussteller, leeway=self.toleranz,
                                options={"require": ["exp", "iss", "aud"]})
        except (PyJWTError, ValueError, TypeError, KeyError) as fehler:
            raise Abgelehnt(401, "Anmeldung fehlt oder ist ungültig.", f"Token ungültig: {fehler}") from None
        return claims, jwk

    @staticmethod
    def passt_zur_aktivitaet(claims: dict[str, Any], jwk: dict[str, Any], aktivitaet: dict[str, Any]) -> None:
        """The token was issued for this serviceUrl, and its key may speak for this channel."""
        if claims.get("serviceurl") != aktivitaet.get("serviceUrl"):
            raise Abgelehnt(401, "Anmeldung passt nicht zur Nachricht.", "serviceurl-Claim weicht ab")
        kanal = aktivitaet.get("channelId")
        bestaetigt = jwk.get("endorsements")
        if not isinstance(kanal, str) or not isinstance(bestaetigt, list) or kanal not in bestaetigt:
            raise Abgelehnt(403, "Dieser Kanal ist für den Schlüssel nicht freigegeben.",
                            f"channelId {kanal!r} nicht in endorsements")
