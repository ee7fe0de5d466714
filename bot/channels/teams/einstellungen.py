"""Teams settings, read from the environment once at server start (never from credentials.yml: no secrets there).

| Variable | Meaning |
|---|---|
| KP_TEAMS_APP_ID / KP_TEAMS_APP_PASSWORD | Microsoft App ID and client secret of the Azure Bot (both needed) |
| KP_TEAMS_TENANT_ID | Entra tenant (directory) ID of a single-tenant bot; empty → multi-tenant (botframework.com) |
| KP_TEAMS_SERVICE_HOSTS | comma-separated allowed serviceUrl hosts (`host` or `*.domain`); empty → Microsoft's hosts |
| KP_TEAMS_LOGIN_URL | token authority (default https://login.microsoftonline.com) |
| KP_TEAMS_OPENID_URL | OpenID metadata of the Bot Framework (source of the signing keys) |
| KP_TEAMS_JWKS_DATEI | JSON key set file: use these keys, fetch none |
| KP_TEAMS_TEST_SERVICE_URL | tests only: one loopback origin (e.g. http://127.0.0.1:8999) replies may go to |
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Mapping

LOGIN_URL = "https://login.microsoftonline.com"
MULTI_TENANT = "botframework.com"
OPENID_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
_TENANT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,253}")
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def ist_guid(wert: str | None) -> bool:
    return bool(wert and _GUID.fullmatch(wert))


@dataclass(frozen=True)
class TeamsEinstellungen:
    app_id: str | None = None
    app_passwort: str | None = None
    tenant: str | None = None
    service_hosts: str | None = None
    login_url: str = LOGIN_URL
    openid_url: str = OPENID_URL
    jwks_datei: str | None = None
    test_service_url: str | None = None

    @classmethod
    def aus_umgebung(cls, env: Mapping[str, str] | None = None, app_id_env: str = "KP_TEAMS_APP_ID",
                     app_password_env: str = "KP_TEAMS_APP_PASSWORD",
                     tenant_id_env: str = "KP_TEAMS_TENANT_ID") -> "TeamsEinstellungen":
        env = os.environ if env is None else env

        def lies(name: str) -> str | None:
            wert = (env.get(name) or "").strip()
            return wert or None

        return cls(app_id=lies(app_id_env), app_passwort=lies(app_password_env), tenant=lies(tenant_id_env),
                   service_hosts=lies("KP_TEAMS_SERVICE_HOSTS"),
                   login_url=(lies("KP_TEAMS_LOGIN_URL") or LOGIN_URL).rstrip("/"),
                   openid_url=lies("KP_TEAMS_OPENID_URL") or OPENID_URL,
                   jwks_datei=lies("KP_TEAMS_JWKS_DATEI"), test_service_url=lies("KP_TEAMS_TEST_SERVICE_URL"))

    def fehler(self) -> list[str]:
        """What keeps the channel from working; empty when it is ready."""
        fehlt = []
        if not self.app_id:
            fehlt.append("KP_TEAMS_APP_ID fehlt")
        if not self.app_passwort:
            fehlt.append("KP_TEAMS_APP_PASSWORD fehlt")
        if self.tenant and not _TENANT.fullmatch(self.tenant):
            fehlt.append("KP_TEAMS_TENANT_ID ist keine gültige Tenant-ID")
        return fehlt

    @property
    def eingerichtet(self) -> bool:
        return not self.fehler()

    @property
    def token_url(self) -> str:
        """Single-tenant bots get their token from their own tenant, multi-tenant bots from botframework.com."""
        return f"{self.login_url}/{self.tenant or MULTI_TENANT}/oauth2/v2.0/token"
