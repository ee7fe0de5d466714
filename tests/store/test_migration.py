"""Alembic: the migrations create exactly the tables of bot/store/schema.py, are idempotent and reversible."""
from __future__ import annotations

import os
import subprocess
import sys

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.store import schema
from bot.store.datenbank import engine
from bot.store.einstellungen import PROJEKT
from bot.store.migration import VERSIONSTABELLE, aktuelle_version, konfiguration, migriere, ziel_version


def test_schema_entspricht_den_modellen(db_url):
    with engine(db_url).connect() as v:
        kontext = MigrationContext.configure(v, opts={"version_table": VERSIONSTABELLE, "compare_type": True,
                                                      "include_object": lambda o, n, t, r, c: t != "table" or
                                                      n.startswith("kp_")})
        unterschiede = compare_metadata(kontext, schema.metadata)
    assert unterschiede == []
    assert aktuelle_version(db_url) == ziel_version()


def test_migration_ist_idempotent_und_umkehrbar(db_url):
    assert migriere(db_url) == ziel_version()  # second run: nothing to do
    command.downgrade(konfiguration(db_url), "base")
    tabellen = set(inspect(engine(db_url)).get_table_names())
    assert not {t.name for t in schema.metadata.sorted_tables} & tabellen
    migriere(db_url)
    assert {t.name for t in schema.metadata.sorted_tables} <= set(inspect(engine(db_url)).get_table_names())


def _migration(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.store.migration"], cwd=PROJEKT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(PROJEKT), **env}, timeout=120)


def test_kommandozeile_legt_sqlite_samt_ordner_an(tmp_path):
    datei = tmp_path / "neu" / "kp.db"
    ergebnis = _migration({"KP_DB_URL": f"sqlite:///{datei}"})
    assert ergebnis.returncode == 0, ergebnis.stderr
    assert "Datenbank-Schema aktuell" in ergebnis.stdout and datei.exists()


def test_unerreichbare_datenbank_nennt_die_einstellung():
    ergebnis = _migration({"KP_DB_URL": "postgresql://kp:geheim@127.0.0.1:9/kp"})
    assert ergebnis.returncode == 1
    assert "KP_DB_URL" in ergebnis.stderr and "nicht erreichbar" in ergebnis.stderr
    assert "geheim" not in ergebnis.stderr and "Traceback" not in ergebnis.stderr


def test_ungueltige_url_nennt_die_einstellung():
    ergebnis = _migration({"KP_DB_URL": "kein-url"})
    assert ergebnis.returncode == 1 and "KP_DB_URL" in ergebnis.stderr and "Traceback" not in ergebnis.stderr
