"""Before the assistant starts: are the stores reachable that the endpoint file and settings name?

A RuntimeError carries a message naming the setting (KP_DB_URL, KP_TRACKER_DB_URL, KP_REDIS_URL), so
`make run` stops with one clear line instead of a server that hangs in Rasa's retry loop.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

import yaml

from bot.store.datenbank import DatenbankFehler, pruefe
from bot.store.einstellungen import DB_URL, PROJEKT, TRACKER_DB_URL, db_url, redis_url, tracker_db_url

UNSER_TRACKER_STORE = "bot.store.tracker_store.RedigierenderTrackerStore"
REDIS_SPERREN = {"redis", "bot.store.sperre.RedisSperre"}


def _endpunkte(pfad: str) -> dict:
    datei = Path(pfad) if Path(pfad).is_absolute() else PROJEKT / pfad
    if not datei.exists():
        raise RuntimeError(f"Endpunkt-Datei {pfad} fehlt (Einstellung KP_ENDPOINTS).")
    return yaml.safe_load(datei.read_text(encoding="utf-8")) or {}


def pruefe_speicher(env: Mapping[str, str], endpoints: str = "endpoints.yml") -> None:
    konfiguration = _endpunkte(endpoints)
    try:
        pruefe(db_url(env), DB_URL)
        tracker = (konfiguration.get("tracker_store") or {}).get("type")
        if tracker == UNSER_TRACKER_STORE and not (konfiguration.get("tracker_store") or {}).get("url"):
            pruefe(tracker_db_url(env), TRACKER_DB_URL)
    except DatenbankFehler as fehler:
        raise RuntimeError(str(fehler)) from None
    sperre = (konfiguration.get("lock_store") or {}).get("type")
    if sperre in REDIS_SPERREN:
        _pruefe_redis(redis_url(env))


def _pruefe_redis(url: str) -> None:
    import redis

    from bot.store.sperre import anzeige, redis_parameter
    try:
        parameter = redis_parameter(url)
        verbindung = redis.Redis(host=parameter["host"], port=parameter["port"], db=parameter["db"],
                                 username=parameter["username"], password=parameter["password"],
                                 ssl=parameter["use_ssl"], socket_timeout=5, socket_connect_timeout=5)
        verbindung.ping()
    except ValueError as fehler:
        raise RuntimeError(str(fehler)) from None
    except redis.RedisError as fehler:
        raise RuntimeError(f"Redis nicht erreichbar – Einstellung KP_REDIS_URL={anzeige(url)}: {fehler}") from None
