"""Two Rasa replicas + one action server behind nginx, on PostgreSQL (private schema) and Redis (private prefix).

Skipped with a clear reason when PostgreSQL, Redis, nginx or the model are missing – a failure with KP_CI=1.
"""
from __future__ import annotations

import uuid

import pytest

from bot.launcher import MODELL
from bot.store.migration import migriere
from bot.store.skalierung import Replikate, nginx_programm
from tests.store.hilfen import (REDIS_URL, brauche, pg_erreichbar, pg_schema, redis_erreichbar,
                                zusammenfassung)


def brauche_dienste() -> None:
    brauche(pg_erreichbar())
    brauche(redis_erreichbar())
    brauche(None if nginx_programm() else "nginx fehlt (apt-get install -y nginx-light)")
    brauche(None if MODELL.exists() else f"kein trainiertes Modell unter {MODELL} (make train)")


@pytest.fixture(scope="session")
def redis_praefix():
    import redis
    praefix = f"kptest{uuid.uuid4().hex[:8]}"
    yield praefix
    verbindung = redis.Redis.from_url(REDIS_URL)
    for schluessel in verbindung.scan_iter(f"{praefix}:*"):
        verbindung.delete(schluessel)


@pytest.fixture(scope="session")
def cluster(tmp_path_factory, redis_praefix):
    brauche_dienste()
    with pg_schema("kp_scale_test") as url:
        migriere(url)
        env = {"KP_DB_URL": url, "KP_TRACKER_DB_URL": url, "KP_REDIS_URL": REDIS_URL,
               "KP_REDIS_PREFIX": redis_praefix, "KP_HEUTE": "2026-11-27", "KP_API_TOKEN": ""}
        with Replikate(2, env=env, log_dir=tmp_path_factory.mktemp("skaliert")) as replikate:
            yield replikate, url


def pytest_terminal_summary(terminalreporter):
    zusammenfassung(terminalreporter)
