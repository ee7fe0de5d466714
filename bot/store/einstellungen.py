"""Settings of the stores, read from the environment in one place so Rasa, the actions and the CLI agree.

KP_DB_URL          our log (answers, fallback questions, feedback); default SQLite var/kp.db
KP_TRACKER_DB_URL  Rasa's conversations (tracker store);           default SQLite var/tracker.db
KP_REDIS_URL       Redis lock store when several Rasa replicas run; default redis://127.0.0.1:6379/1
KP_AUFBEWAHRUNG    retention period for `python -m bot purge`;     default 90d
KP_ENDPOINTS       Rasa endpoint file;                             default endpoints.yml
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

PROJEKT = Path(__file__).resolve().parents[2]
VAR = PROJEKT / "var"

DB_URL = "KP_DB_URL"
TRACKER_DB_URL = "KP_TRACKER_DB_URL"
REDIS_URL = "KP_REDIS_URL"
AUFBEWAHRUNG = "KP_AUFBEWAHRUNG"
ENDPOINTS = "KP_ENDPOINTS"


def _wert(name: str, standard: str, env: Mapping[str, str] | None) -> str:
    return ((env if env is not None else os.environ).get(name) or "").strip() or standard


def db_url(env: Mapping[str, str] | None = None) -> str:
    return _wert(DB_URL, f"sqlite:///{VAR / 'kp.db'}", env)


def tracker_db_url(env: Mapping[str, str] | None = None) -> str:
    return _wert(TRACKER_DB_URL, f"sqlite:///{VAR / 'tracker.db'}", env)


def redis_url(env: Mapping[str, str] | None = None) -> str:
    return _wert(REDIS_URL, "redis://127.0.0.1:6379/1", env)


def aufbewahrung(env: Mapping[str, str] | None = None) -> str:
    return _wert(AUFBEWAHRUNG, "90d", env)


def endpoints(env: Mapping[str, str] | None = None) -> str:
    return _wert(ENDPOINTS, "endpoints.yml", env)


def anzeige(url: str) -> str:
    """The URL for messages and logs: without password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<ungültige URL>"
