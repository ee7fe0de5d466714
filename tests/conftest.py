"""Test-wide settings: tests never write into the project's own stores (var/kp.db, var/tracker.db)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

_ORDNER = Path(tempfile.mkdtemp(prefix="kp-tests-"))


def pytest_configure(config):
    os.environ.setdefault("KP_DB_URL", f"sqlite:///{_ORDNER / 'kp.db'}")
    os.environ.setdefault("KP_TRACKER_DB_URL", f"sqlite:///{_ORDNER / 'tracker.db'}")
    os.environ.setdefault("KP_LOG_DIR", str(_ORDNER / "log"))
    from bot.store.migration import migriere
    migriere(os.environ["KP_DB_URL"])
