"""Our tables (prefix kp_, so they can share a database with Rasa's `events`). Changed only by Alembic migrations.

No free text except the two redacted, length-limited columns: the fallback question and the feedback comment.
Times are UTC.
"""
from __future__ import annotations

from sqlalchemy import (CheckConstraint, Column, DateTime, Float, ForeignKey, Integer, MetaData, String, Table,
                        Text)

MAX_FRAGE = 500  # characters of a redacted fallback question
MAX_KOMMENTAR = 1000  # characters of a feedback comment; longer ones are refused, not cut

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s"})

antworten = Table(
    "kp_antworten", metadata,
    Column("id", Integer, primary_key=True),
    Column("antwort_id", String(64), nullable=False, unique=True),
    Column("zeitpunkt", DateTime, nullable=False, index=True),
    Column("kanal", String(50)),
    Column("intent", String(100)),
    Column("regel", String(100), index=True),
    Column("verdikt", String(20)),
    Column("modalitaet", String(30)),
    Column("modell", String(64)),
)

antwort_abschnitte = Table(
    "kp_antwort_abschnitte", metadata,
    Column("antwort_id", String(64), ForeignKey("kp_antworten.antwort_id", ondelete="CASCADE"), primary_key=True),
    Column("abschnitt", String(10), primary_key=True),
)

rueckmeldungen = Table(
    "kp_rueckmeldungen", metadata,
    Column("id", Integer, primary_key=True),
    Column("antwort_id", String(64), ForeignKey("kp_antworten.antwort_id", ondelete="CASCADE"), nullable=False,
           unique=True),
    Column("zeitpunkt", DateTime, nullable=False, index=True),
    Column("bewertung", String(10), CheckConstraint("bewertung IN ('gut', 'schlecht')", name="bewertung"),
           nullable=False),
    Column("kommentar", Text),
    Column("kanal", String(50)),
)

fallback_fragen = Table(
    "kp_fallback_fragen", metadata,
    Column("id", Integer, primary_key=True),
    Column("zeitpunkt", DateTime, nullable=False, index=True),
    Column("kanal", String(50)),
    Column("intent", String(100)),
    Column("konfidenz", Float),
    Column("text", Text, nullable=False),
    Column("abschnitte", String(100)),
    Column("modell", String(64)),
)
