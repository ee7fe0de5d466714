"""Running assistants for the channel tests: one with Teams (pointed at a fake Microsoft) and an API token,
one with neither. Both are the real assistant (bot.launcher.Dienste) on free ports."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from bot.launcher import MODELL, PROJEKT, Dienste
from tests.channels.bot_framework_fake import FakeBotFramework

APP_ID = "5b1f0c2e-8d8a-4c55-9a51-0d6f3c1e2a77"
APP_PASSWORT = "test-geheimnis"
TENANT = "9c4e2b1a-3f5d-4e6a-8b7c-1d2e3f4a5b6c"
API_TOKEN = "kp-test-token-7f3a"
TEAMS_AUS = {"KP_TEAMS_APP_ID": "", "KP_TEAMS_APP_PASSWORD": "", "KP_TEAMS_TENANT_ID": "",
             "KP_TEAMS_TEST_SERVICE_URL": "", "KP_TEAMS_SERVICE_HOSTS": "", "KP_TEAMS_JWKS_DATEI": ""}


def sende(url: str, koerper: bytes | str | dict | None = None, kopf: dict[str, str] | None = None,
          methode: str | None = None) -> tuple[int, Any]:
    daten = None if koerper is None else (json.dumps(koerper).encode() if isinstance(koerper, dict) else (
        koerper.encode() if isinstance(koerper, str) else koerper))
    anfrage = urllib.request.Request(url, daten, {"Content-Type": "application/json", **(kopf or {})}, method=methode)
    try:
        with urllib.request.urlopen(anfrage, timeout=90) as antwort:
            return antwort.status, json.loads(antwort.read() or b"null")
    except urllib.error.HTTPError as fehler:
        roh = fehler.read()
        try:
            return fehler.code, json.loads(roh or b"null")
        except ValueError:
            return fehler.code, roh.decode("utf-8", "replace")


def _brauche_modell() -> None:
    if not MODELL.exists():
        pytest.skip("kein trainiertes Modell (make train)")


def eigene_speicher(ordner: Path) -> dict[str, str]:
    """Fresh SQLite stores for one assistant (not var/, not shared with parallel runs), schema migrated."""
    env = {"KP_DB_URL": f"sqlite:///{ordner / 'kp.db'}", "KP_TRACKER_DB_URL": f"sqlite:///{ordner / 'tracker.db'}"}
    ergebnis = subprocess.run([sys.executable, "-m", "bot.store.migration"], cwd=PROJEKT, capture_output=True,
                              text=True, env={**os.environ, "PYTHONPATH": str(PROJEKT), **env})
    assert ergebnis.returncode == 0, ergebnis.stderr
    return env


@pytest.fixture(scope="package")
def microsoft():
    """Token endpoint, key set and Bot Connector. Tokens live 1 s, so every reply needs a token request –
    which makes "no token request" for a refused activity observable."""
    with FakeBotFramework(APP_ID, APP_PASSWORT, tenant=TENANT, token_dauer=1) as fake:
        yield fake


@pytest.fixture(scope="package")
def fremder_dienst():
    """A service that is not on the allow-list: nothing may ever arrive here."""
    with FakeBotFramework(APP_ID, APP_PASSWORT) as fake:
        yield fake


@pytest.fixture(scope="package")
def assistent_mit_teams(microsoft, fremder_dienst, tmp_path_factory):
    _brauche_modell()
    env = {**TEAMS_AUS, **eigene_speicher(tmp_path_factory.mktemp("mit-teams")),
           "KP_HEUTE": "2026-11-27", "KP_API_TOKEN": API_TOKEN,
           "KP_TEAMS_APP_ID": APP_ID, "KP_TEAMS_APP_PASSWORD": APP_PASSWORT, "KP_TEAMS_TENANT_ID": TENANT,
           "KP_TEAMS_LOGIN_URL": microsoft.url, "KP_TEAMS_OPENID_URL": microsoft.openid_url,
           "KP_TEAMS_TEST_SERVICE_URL": microsoft.url}
    with Dienste(env=env) as dienste:
        yield dienste


@pytest.fixture(scope="package")
def nie_gefragt():
    """Key set and token endpoint for the assistant without Teams settings: must never be asked."""
    with FakeBotFramework(APP_ID, APP_PASSWORT) as fake:
        yield fake


@pytest.fixture(scope="package")
def assistent_ohne_teams(nie_gefragt, tmp_path_factory):
    _brauche_modell()
    env = {**TEAMS_AUS, **eigene_speicher(tmp_path_factory.mktemp("ohne-teams")), "KP_HEUTE": "2026-11-27",
           "KP_API_TOKEN": "", "KP_TEAMS_LOGIN_URL": nie_gefragt.url,
           "KP_TEAMS_OPENID_URL": nie_gefragt.openid_url}
    with Dienste(env=env) as dienste:
        yield dienste
