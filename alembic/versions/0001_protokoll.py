"""Our store: answer log (+ sections), feedback, fallback questions.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kp_antworten",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("antwort_id", sa.String(length=64), nullable=False),
        sa.Column("zeitpunkt", sa.DateTime(), nullable=False),
        sa.Column("kanal", sa.String(length=50), nullable=True),
        sa.Column("intent", sa.String(length=100), nullable=True),
        sa.Column("regel", sa.String(length=100), nullable=True),
        sa.Column("verdikt", sa.String(length=20), nullable=True),
        sa.Column("modalitaet", sa.String(length=30), nullable=True),
        sa.Column("modell", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kp_antworten")),
        sa.UniqueConstraint("antwort_id", name=op.f("uq_kp_antworten_antwort_id")),
    )
    op.create_index(op.f("ix_kp_antworten_regel"), "kp_antworten", ["regel"])
    op.create_index(op.f("ix_kp_antworten_zeitpunkt"), "kp_antworten", ["zeitpunkt"])

    op.create_table(
        "kp_antwort_abschnitte",
        sa.Column("antwort_id", sa.String(length=64), nullable=False),
        sa.Column("abschnitt", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["antwort_id"], ["kp_antworten.antwort_id"],
                                name=op.f("fk_kp_antwort_abschnitte_antwort_id"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("antwort_id", "abschnitt", name=op.f("pk_kp_antwort_abschnitte")),
    )

    op.create_table(
        "kp_rueckmeldungen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("antwort_id", sa.String(length=64), nullable=False),
        sa.Column("zeitpunkt", sa.DateTime(), nullable=False),
        sa.Column("bewertung", sa.String(length=10), nullable=False),
        sa.Column("kommentar", sa.Text(), nullable=True),
        sa.Column("kanal", sa.String(length=50), nullable=True),
        sa.CheckConstraint("bewertung IN ('gut', 'schlecht')", name=op.f("ck_kp_rueckmeldungen_bewertung")),
        sa.ForeignKeyConstraint(["antwort_id"], ["kp_antworten.antwort_id"],
                                name=op.f("fk_kp_rueckmeldungen_antwort_id"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kp_rueckmeldungen")),
        sa.UniqueConstraint("antwort_id", name=op.f("uq_kp_rueckmeldungen_antwort_id")),
    )
    op.create_index(op.f("ix_kp_rueckmeldungen_zeitpunkt"), "kp_rueckmeldungen", ["zeitpunkt"])

    op.create_table(
        "kp_fallback_fragen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("zeitpunkt", sa.DateTime(), nullable=False),
        sa.Column("kanal", sa.String(length=50), nullable=True),
        sa.Column("intent", sa.String(length=100), nullable=True),
        sa.Column("konfidenz", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("abschnitte", sa.String(length=100), nullable=True),
        sa.Column("modell", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kp_fallback_fragen")),
    )
    op.create_index(op.f("ix_kp_fallback_fragen_zeitpunkt"), "kp_fallback_fragen", ["zeitpunkt"])


def downgrade() -> None:
    op.drop_table("kp_fallback_fragen")
    op.drop_table("kp_rueckmeldungen")
    op.drop_table("kp_antwort_abschnitte")
    op.drop_table("kp_antworten")
