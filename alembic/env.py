"""Alembic environment: our tables only (prefix kp_), version table kp_alembic_version.

The URL comes from the caller (bot.store.migration passes it as attribute "url") or from KP_DB_URL.
Rasa's `events` table in the same database is neither touched nor compared.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from bot.store.datenbank import engine_argumente, sqlite_ordner_anlegen
from bot.store.einstellungen import db_url
from bot.store.schema import metadata

VERSIONSTABELLE = "kp_alembic_version"


def _nur_unsere(objekt, name, typ, reflektiert, vergleich) -> bool:
    return typ != "table" or (name or "").startswith("kp_")


def _konfiguriere(**argumente) -> None:
    context.configure(target_metadata=metadata, version_table=VERSIONSTABELLE, include_object=_nur_unsere,
                      render_as_batch=True, compare_type=True, **argumente)


def offline() -> None:
    _konfiguriere(url=context.config.attributes.get("url") or db_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def online() -> None:
    verbindung = context.config.attributes.get("connection")
    if verbindung is not None:
        _konfiguriere(connection=verbindung)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.config.attributes.get("url") or db_url()
    sqlite_ordner_anlegen(url)
    engine = create_engine(url, future=True, **engine_argumente(url))
    try:
        with engine.connect() as verbindung:
            _konfiguriere(connection=verbindung)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    offline()
else:
    online()
