"""Store fixtures: `db_url` runs a test on a migrated SQLite file and on a private PostgreSQL schema."""
from __future__ import annotations

import pytest

from tests.store.hilfen import brauche, migriert, pg_erreichbar, pg_schema, sqlite_url, zusammenfassung


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield migriert(sqlite_url(tmp_path / "kp.db"))
        return
    brauche(pg_erreichbar())
    with pg_schema() as url:
        yield migriert(url)


@pytest.fixture
def sqlite_db(tmp_path):
    return migriert(sqlite_url(tmp_path / "kp.db"))


def pytest_terminal_summary(terminalreporter):
    zusammenfassung(terminalreporter)
