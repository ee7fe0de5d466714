"""Applies the Alembic migrations to the store at KP_DB_URL (idempotent). Used by `make migrate` (part of setup).

`python -m bot.store.migration` – exit 0 when the schema is current, 1 with a clear message when the
database is unreachable or the URL is invalid.
"""
from __future__ import annotations

import logging
import sys

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot.store.datenbank import DatenbankFehler, engine, pruefe
from bot.store.einstellungen import DB_URL, PROJEKT, anzeige, db_url

VERSIONSTABELLE = "kp_alembic_version"


def konfiguration(url: str) -> Config:
    cfg = Config(str(PROJEKT / "alembic.ini"))
    cfg.set_main_option("script_location", str(PROJEKT / "alembic"))
    cfg.attributes["url"] = url  # not via set_main_option: '%' in passwords would break configparser
    return cfg


def ziel_version() -> str:
    return ScriptDirectory.from_config(konfiguration("")).get_current_head()


def aktuelle_version(url: str) -> str | None:
    with engine(url).connect() as verbindung:
        return MigrationContext.configure(verbindung, opts={"version_table": VERSIONSTABELLE}).get_current_revision()


def migriere(url: str | None = None) -> str:
    """Brings the schema to the newest version; returns it. Raises DatenbankFehler if unreachable."""
    url = url or db_url()
    pruefe(url, DB_URL)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    command.upgrade(konfiguration(url), "head")
    return ziel_version()


def main() -> int:
    url = db_url()
    try:
        version = migriere(url)
    except DatenbankFehler as fehler:
        print(f"Fehler: {fehler}", file=sys.stderr)
        return 1
    print(f"Datenbank-Schema aktuell (Version {version}, {DB_URL}={anzeige(url)}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
