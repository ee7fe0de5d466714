"""Which `serviceUrl`s the bot may send replies (and with them its access token) to.

An activity names the URL the reply goes to. A forged activity could name any host, so a reply is only
sent to hosts on this list. Defaults: the hosts Microsoft's own Teams SDK allows for the public cloud
(smba.trafficmanager.net, smba.onyx.prod.teams.trafficmanager.net, smba.infra.gcc.teams.microsoft.com)
plus the Bot Framework channels (*.botframework.com: Web Chat, Direct Line) and *.teams.microsoft.com.
"""
from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

STANDARD_HOSTS = (
    "smba.trafficmanager.net",
    "smba.onyx.prod.teams.trafficmanager.net",
    "*.teams.microsoft.com",
    "*.botframework.com",
)
_HOSTMUSTER = re.compile(r"(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def lies_hostliste(roh: str | None) -> tuple[str, ...]:
    """Comma-separated host patterns (`host` or `*.domain`); empty → the defaults. Invalid entries are dropped."""
    if not roh or not roh.strip():
        return STANDARD_HOSTS
    hosts = []
    for eintrag in (e.strip().lower() for e in roh.split(",")):
        if _HOSTMUSTER.fullmatch(eintrag):
            hosts.append(eintrag)
        elif eintrag:
            logger.error("Teams: ungültiger Eintrag %r in der serviceUrl-Liste wird ignoriert", eintrag)
    return tuple(hosts)


def _origin(url: str) -> tuple[str, str, int | None] | None:
    try:
        teile = urlsplit(url)
        port = teile.port
    except ValueError:
        return None
    if teile.username is not None or teile.password is not None or not teile.hostname or teile.query \
            or teile.fragment:
        return None
    return teile.scheme.lower(), teile.hostname.lower(), port


class ServiceUrlListe:
    """Allow-list check. `test_url` adds one exact loopback origin (http allowed) – for tests only."""

    def __init__(self, hosts: tuple[str, ...] = STANDARD_HOSTS, test_url: str | None = None):
        self.hosts = hosts
        self.test_origin = None
        if test_url:
            origin = _origin(test_url)
            if origin and origin[0] in ("http", "https") and origin[1] in _LOOPBACK:
                self.test_origin = origin
                logger.warning("Teams: Test-Einstellung aktiv – Antworten auch an %s erlaubt", test_url)
            else:
                logger.error("Teams: Test-serviceUrl %r ignoriert (nur http(s)://localhost erlaubt)", test_url)

    def _host_erlaubt(self, host: str) -> bool:
        for muster in self.hosts:
            if muster.startswith("*."):
                if host.endswith(muster[1:]):
                    return True
            elif host == muster:
                return True
        return False

    def erlaubt(self, url: object) -> bool:
        if not isinstance(url, str) or len(url) > 2048 or any(z in url for z in "\\\r\n\t "):
            return False
        origin = _origin(url)
        if origin is None:
            return False
        if self.test_origin and origin == self.test_origin:
            return True
        schema, host, port = origin
        return schema == "https" and port in (None, 443) and self._host_erlaubt(host)
