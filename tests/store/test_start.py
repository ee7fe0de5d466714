"""Unreachable stores at start: one clear line naming the setting, no process started, no hanging."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.launcher import MODELL, Dienste, freier_port
from bot.store.einstellungen import PROJEKT
from tests.store.hilfen import sqlite_url

pytestmark = pytest.mark.skipif(not MODELL.exists(), reason="kein trainiertes Modell (make train)")
NIEMAND = "postgresql://kp:geheim@127.0.0.1:9/kp"  # port 9 (discard): nothing listens


def _starte(tmp_path, endpoints: str = "endpoints.yml", **env: str) -> Dienste:
    dienste = Dienste(env={"KP_DB_URL": sqlite_url(tmp_path / "kp.db"),
                           "KP_TRACKER_DB_URL": sqlite_url(tmp_path / "tracker.db"), **env},
                      log_dir=tmp_path / "log", endpoints=endpoints)
    return dienste


@pytest.mark.parametrize("einstellung", ["KP_DB_URL", "KP_TRACKER_DB_URL"])
def test_datenbank_nicht_erreichbar(tmp_path, einstellung):
    dienste = _starte(tmp_path, **{einstellung: NIEMAND})
    with pytest.raises(RuntimeError) as fehler:
        dienste.starte()
    meldung = str(fehler.value)
    assert meldung.startswith("Datenbank nicht erreichbar") and f"{einstellung}=postgresql://kp:***@" in meldung
    assert "geheim" not in meldung and dienste.prozesse == []


def test_redis_nicht_erreichbar(tmp_path):
    dienste = _starte(tmp_path, "deploy/endpoints.skaliert.yml", KP_REDIS_URL="redis://127.0.0.1:9/1")
    with pytest.raises(RuntimeError, match="Redis nicht erreichbar – Einstellung KP_REDIS_URL=redis://127.0.0.1:9/1"):
        dienste.starte()
    assert dienste.prozesse == []


def test_endpunktdatei_fehlt(tmp_path):
    with pytest.raises(RuntimeError, match="KP_ENDPOINTS"):
        _starte(tmp_path, "deploy/gibt-es-nicht.yml").starte()


def test_make_run_meldet_die_einstellung(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(PROJEKT), "KP_DB_URL": NIEMAND, "KP_RASA_PORT": str(freier_port()),
           "KP_ACTION_PORT": str(freier_port()), "KP_LOG_DIR": str(tmp_path)}
    ergebnis = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=PROJEKT, env=env, capture_output=True,
                              text=True, timeout=120)
    assert ergebnis.returncode == 1
    assert "Fehler: Datenbank nicht erreichbar – Einstellung KP_DB_URL=" in ergebnis.stderr
    assert "Traceback" not in ergebnis.stderr
