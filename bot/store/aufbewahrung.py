"""Retention: deletes conversations and log rows older than a period, in both stores (DSGVO Art. 5 (1) e).

Conversations: every event of Rasa's tracker store (table `events`, KP_TRACKER_DB_URL) older than the cut-off;
a conversation whose last event is older disappears completely. Our store (KP_DB_URL): answers (with their
sections and feedback), feedback and fallback questions older than the cut-off. SQLite files are compacted
afterwards (VACUUM), so deleted rows do not linger in free pages.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, create_engine, delete, func, inspect, or_, \
    select
from sqlalchemy.engine import Connection, Engine

from bot.store import schema
from bot.store.datenbank import engine, engine_argumente, pruefe, sqlite_ordner_anlegen
from bot.store.einstellungen import DB_URL, TRACKER_DB_URL
from bot.store.protokoll import jetzt

# The columns of Rasa's SQLTrackerStore table that retention needs (rasa.core.tracker_store.SQLTrackerStore.SQLEvent).
_rasa = MetaData()
ereignisse = Table("events", _rasa, Column("id", Integer, primary_key=True), Column("sender_id", String(255)),
                   Column("timestamp", Float))


@dataclass
class Zaehlung:
    gespraeche: int = 0  # conversations removed completely
    ereignisse: int = 0
    antworten: int = 0
    rueckmeldungen: int = 0
    fallback_fragen: int = 0

    def zeilen(self) -> list[str]:
        return [f"  Gespräche (vollständig): {self.gespraeche:>8}",
                f"  Gesprächsereignisse:     {self.ereignisse:>8}",
                f"  Antwortprotokoll:        {self.antworten:>8}",
                f"  Rückmeldungen:           {self.rueckmeldungen:>8}",
                f"  Fallback-Fragen:         {self.fallback_fragen:>8}"]


def tracker_engine(url: str) -> Engine:
    """Like Rasa's engine for the tracker store: honours POSTGRESQL_SCHEMA."""
    argumente = engine_argumente(url)
    schema_name = os.environ.get("POSTGRESQL_SCHEMA")
    if schema_name and url.startswith("postgresql"):
        argumente["connect_args"] = {**argumente.get("connect_args", {}), "options": f"-csearch_path={schema_name}"}
    sqlite_ordner_anlegen(url)
    return create_engine(url, future=True, **argumente)


def stichtag(frist: timedelta) -> datetime:
    return jetzt() - frist


def _zaehle_gespraeche(v: Connection, grenze: float) -> tuple[int, int]:
    alte = v.execute(select(func.count()).select_from(ereignisse).where(ereignisse.c.timestamp < grenze)).scalar_one()
    letzte = select(ereignisse.c.sender_id).group_by(ereignisse.c.sender_id).having(
        func.max(ereignisse.c.timestamp) < grenze).subquery()
    gespraeche = v.execute(select(func.count()).select_from(letzte)).scalar_one()
    return gespraeche, alte


def _alte_antworten(grenze: datetime):
    return select(schema.antworten.c.antwort_id).where(schema.antworten.c.zeitpunkt < grenze)


def _rueckmeldungen_bedingung(grenze: datetime):
    r = schema.rueckmeldungen
    return or_(r.c.zeitpunkt < grenze, r.c.antwort_id.in_(_alte_antworten(grenze)))


def _zaehle_protokoll(v: Connection, grenze: datetime) -> tuple[int, int, int]:
    def anzahl(tabelle, bedingung) -> int:
        return v.execute(select(func.count()).select_from(tabelle).where(bedingung)).scalar_one()
    return (anzahl(schema.antworten, schema.antworten.c.zeitpunkt < grenze),
            anzahl(schema.rueckmeldungen, _rueckmeldungen_bedingung(grenze)),
            anzahl(schema.fallback_fragen, schema.fallback_fragen.c.zeitpunkt < grenze))


def _vacuum(e: Engine) -> None:
    """SQLite keeps deleted rows in free pages until VACUUM; it must run outside a transaction, hence DBAPI."""
    if e.dialect.name != "sqlite":
        return
    roh = e.raw_connection()
    try:
        cursor = roh.cursor()
        cursor.execute("VACUUM")
        cursor.close()
    finally:
        roh.close()


def bereinige(frist: timedelta, db_url: str, tracker_url: str, probelauf: bool = False) -> Zaehlung:
    """Counts (probelauf) or deletes everything older than `frist`. Raises DatenbankFehler if a store is down."""
    pruefe(db_url, DB_URL)
    pruefe(tracker_url, TRACKER_DB_URL)
    grenze = stichtag(frist)
    grenze_epoche = (grenze - datetime(1970, 1, 1)).total_seconds()
    zaehlung = Zaehlung()

    t = tracker_engine(tracker_url)
    try:
        if inspect(t).has_table(ereignisse.name):
            with t.begin() as v:
                zaehlung.gespraeche, zaehlung.ereignisse = _zaehle_gespraeche(v, grenze_epoche)
                if not probelauf:
                    v.execute(delete(ereignisse).where(ereignisse.c.timestamp < grenze_epoche))
            if not probelauf:
                _vacuum(t)
    finally:
        t.dispose()

    p = engine(db_url)
    if inspect(p).has_table(schema.antworten.name):
        with p.begin() as v:
            zaehlung.antworten, zaehlung.rueckmeldungen, zaehlung.fallback_fragen = _zaehle_protokoll(v, grenze)
            if not probelauf:
                v.execute(delete(schema.rueckmeldungen).where(_rueckmeldungen_bedingung(grenze)))
                v.execute(delete(schema.antwort_abschnitte).where(
                    schema.antwort_abschnitte.c.antwort_id.in_(_alte_antworten(grenze))))
                v.execute(delete(schema.antworten).where(schema.antworten.c.zeitpunkt < grenze))
                v.execute(delete(schema.fallback_fragen).where(schema.fallback_fragen.c.zeitpunkt < grenze))
        if not probelauf:
            _vacuum(p)
    return zaehlung
