"""SQLAlchemy engines for our store (2.0 style) and a reachability check with a message naming the setting."""
from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from bot.store.einstellungen import DB_URL, anzeige

VERBINDUNGS_TIMEOUT_S = 5
_engines: dict[str, Engine] = {}
_sperre = threading.Lock()


class DatenbankFehler(Exception):
    """The database behind a setting cannot be used; the message names the setting and the URL."""


def engine_argumente(url: str) -> dict:
    """Keyword arguments for create_engine: short timeouts, no SQL parameters (user text) in error messages."""
    adresse = make_url(url)
    argumente: dict = {"hide_parameters": True, "pool_pre_ping": True}
    if adresse.get_backend_name() == "sqlite":
        argumente["connect_args"] = {"timeout": 15}
    elif adresse.get_backend_name() == "postgresql":
        argumente["connect_args"] = {"connect_timeout": VERBINDUNGS_TIMEOUT_S}
    return argumente


def sqlite_ordner_anlegen(url: str) -> None:
    adresse = make_url(url)
    if adresse.get_backend_name() == "sqlite" and adresse.database and adresse.database != ":memory:":
        Path(adresse.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _sqlite_einrichten(engine: Engine) -> None:
    """Foreign keys on (SQLite asks per connection) and SQLAlchemy's recipe for working SAVEPOINTs on pysqlite."""
    @event.listens_for(engine, "connect")
    def _verbunden(verbindung, _):
        verbindung.isolation_level = None
        verbindung.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _beginn(verbindung):
        verbindung.exec_driver_sql("BEGIN")


def engine(url: str, einstellung: str = DB_URL) -> Engine:
    """One engine per URL and process."""
    with _sperre:
        if url not in _engines:
            try:
                sqlite_ordner_anlegen(url)
                neu = create_engine(url, future=True, **engine_argumente(url))
            except (ArgumentError, NoSuchModuleError, ValueError) as fehler:
                raise DatenbankFehler(f"Ungültige Datenbank-URL in {einstellung} ({anzeige(url)}): {fehler}") from None
            if neu.dialect.name == "sqlite":
                _sqlite_einrichten(neu)
            _engines[url] = neu
        return _engines[url]


def grund(fehler: BaseException) -> str:
    """First line of the driver's message – without SQL or parameters."""
    ursache = getattr(fehler, "orig", None) or fehler
    zeilen = str(ursache).strip().splitlines()
    return zeilen[0] if zeilen else type(ursache).__name__


def pruefe(url: str, einstellung: str = DB_URL) -> None:
    """Raises DatenbankFehler with a clear German message if the database does not answer."""
    try:
        with engine(url, einstellung).connect() as verbindung:
            verbindung.execute(text("SELECT 1"))
    except SQLAlchemyError as fehler:
        raise DatenbankFehler(f"Datenbank nicht erreichbar – Einstellung {einstellung}={anzeige(url)}: "
                              f"{grund(fehler)}") from None


def vergiss_engines() -> None:
    """Disposes all engines (tests, after a database was removed)."""
    with _sperre:
        for e in _engines.values():
            e.dispose()
        _engines.clear()
