"""`make run` (python -m bot run) starts everything with one command, and Ctrl-C stops everything."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.launcher import MODELL, PROJEKT, freier_port, port_frei
from bot.store.migration import migriere
from tests.e2e.conftest import post

pytestmark = pytest.mark.e2e


def _warte_auf_zeile(prozess: subprocess.Popen, zeile: str, timeout: float) -> list[str]:
    gelesen: list[str] = []
    ende = time.monotonic() + timeout
    while time.monotonic() < ende:
        text = prozess.stdout.readline()
        if not text and prozess.poll() is not None:
            break
        gelesen.append(text)
        if zeile in text:
            return gelesen
    pytest.fail(f"'{zeile}' kam nicht; Ausgabe: {''.join(gelesen)[-2000:]}")


@pytest.mark.timeout(400)
def test_strg_c_beendet_alle_dienste(tmp_path: Path):
    if not MODELL.exists():
        pytest.skip("kein trainiertes Modell (make train)")
    migriere(f"sqlite:///{tmp_path / 'kp.db'}")
    rasa_port, action_port = freier_port(), freier_port()
    env = {**os.environ, "PYTHONPATH": str(PROJEKT), "KP_RASA_PORT": str(rasa_port), "KP_ACTION_PORT": str(action_port),
           "KP_LOG_DIR": str(tmp_path / "log"), "KP_DB_URL": f"sqlite:///{tmp_path / 'kp.db'}",
           "KP_TRACKER_DB_URL": f"sqlite:///{tmp_path / 'tracker.db'}", "KP_API_TOKEN": "", "KP_HOST": "127.0.0.1",
           "PYTHONUNBUFFERED": "1"}
    prozess = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=PROJEKT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        ausgabe = "".join(_warte_auf_zeile(prozess, "Beenden mit Strg-C.", 300))
        assert f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook" in ausgabe and "Web-Chat" in ausgabe
        status, antwort = post(f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook",
                               {"sender": "strg-c", "message": "Muss der KP unterschrieben werden?"})
        assert status == 200 and "Weisung Pkt." in antwort[0]["text"]

        prozess.send_signal(signal.SIGINT)  # what the terminal sends on Ctrl-C
        assert prozess.wait(timeout=60) == 0
        assert "Stoppe KP-Assistent" in prozess.stdout.read()
        time.sleep(1)
        assert port_frei("127.0.0.1", rasa_port) and port_frei("127.0.0.1", action_port)
    finally:
        if prozess.poll() is None:
            prozess.kill()
