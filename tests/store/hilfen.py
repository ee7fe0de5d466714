"""Test databases: migrated SQLite files, a private PostgreSQL schema per test run, Redis with a private prefix.

PostgreSQL (KP_TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432/test) and Redis (KP_TEST_REDIS_URL,
default redis://127.0.0.1:6379/1) are used when they answer; otherwise their tests are skipped with a reason
that the terminal summary repeats – and with KP_CI=1 (set by .ci/run) their absence is a failure.
"""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("KP_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("KP_TEST_REDIS_URL", "redis://127.0.0.1:6379/1")
UEBERSPRUNGEN: set[str] = set()


def pg_erreichbar() -> str | None:
    """None, or why PostgreSQL cannot be used."""
    try:
        e = create_engine(PG_URL, future=True, connect_args={"connect_timeout": 3})
        with e.connect() as v:
            v.execute(text("SELECT 1"))
        e.dispose()
        return None
    except Exception as fehler:  # noqa: BLE001 - any failure means: not available
        return f"PostgreSQL unter {PG_URL} antwortet nicht ({type(fehler).__name__})"


def redis_erreichbar() -> str | None:
    import redis
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3, socket_timeout=3).ping()
        return None
    except Exception as fehler:  # noqa: BLE001
        return f"Redis unter {REDIS_URL} antwortet nicht ({type(fehler).__name__})"


def brauche(grund: str | None) -> None:
    """Skips (or, with KP_CI=1, fails) the calling test when a service is missing."""
    if grund is None:
        return
    if os.environ.get("KP_CI") == "1":
        pytest.fail(f"{grund} – in der CI (KP_CI=1) ist das ein Fehler.")
    UEBERSPRUNGEN.add(grund)
    pytest.skip(grund)


def mit_schema(url: str, schema: str) -> str:
    trenner = "&" if "?" in url else "?"
    return f"{url}{trenner}options={quote(f'-csearch_path={schema}')}"


@contextmanager
def pg_schema(praefix: str = "kp_test") -> Iterator[str]:
    """A fresh schema in the test database; yields a URL whose search_path points there; drops it afterwards."""
    name = f"{praefix}_{uuid.uuid4().hex[:10]}"
    e = create_engine(PG_URL, future=True)
    with e.begin() as v:
        v.execute(text(f'CREATE SCHEMA "{name}"'))
    try:
        yield mit_schema(PG_URL, name)
    finally:
        from bot.store.datenbank import vergiss_engines
        vergiss_engines()
        with e.begin() as v:
            v.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        e.dispose()


def sqlite_url(pfad) -> str:
    return f"sqlite:///{pfad}"


def migriert(url: str) -> str:
    from bot.store.migration import migriere
    migriere(url)
    return url


_ausgegeben: list[bool] = []


def zusammenfassung(terminalreporter) -> None:
    """Called from the conftests of tests/store and tests/scale; prints once."""
    if UEBERSPRUNGEN and not _ausgegeben:
        _ausgegeben.append(True)
        terminalreporter.section("Dienste für Speicher-/Skalierungstests")
        for grund in sorted(UEBERSPRUNGEN):
            terminalreporter.write_line(f"ÜBERSPRUNGEN: {grund} (mit KP_CI=1 wäre das ein Fehler)")
