"""Log records are redacted at creation (bot/privacy/protokollierung.py), whatever handler writes them."""
from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.privacy import protokollierung

WURZEL = Path(__file__).resolve().parents[2]


@pytest.fixture
def log():
    vorher = logging.getLogRecordFactory()
    protokollierung.installiere()
    protokollierung.installiere()  # idempotent
    puffer = io.StringIO()
    handler = logging.StreamHandler(puffer)
    logger = logging.getLogger("kp.test.protokollierung")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield logger, puffer
    logger.removeHandler(handler)
    logging.setLogRecordFactory(vorher)


def test_nachricht_und_argumente_werden_redigiert(log):
    logger, puffer = log
    logger.debug("Received user message '%s'", "Frau Kowalski, kowalski@example.org, KP vom 15.08.2026")
    zeile = puffer.getvalue()
    assert "Kowalski" not in zeile and "kowalski@example.org" not in zeile
    assert "15.08.2026" in zeile  # facts of the question survive


def test_ausnahmetext_wird_redigiert(log):
    logger, puffer = log
    try:
        raise ValueError("kaputt bei Nachricht von max.muster@example.org")
    except ValueError:
        logger.exception("Fehler")
    assert "max.muster@example.org" not in puffer.getvalue() and "ValueError" in puffer.getvalue()


def test_startet_ein_modul_mit_redigierten_logs(tmp_path):
    (tmp_path / "kp_logt.py").write_text("import logging, sys\nlogging.basicConfig(stream=sys.stdout, level=logging.INFO)\n"
                                         "logging.info('Mail von %s', 'a.b@example.org')\n", encoding="utf-8")
    ergebnis = subprocess.run([sys.executable, "-m", "bot.privacy.protokollierung", "kp_logt"], capture_output=True,
                              text=True, timeout=60, env={"PYTHONPATH": f"{WURZEL}:{tmp_path}"})
    assert ergebnis.returncode == 0, ergebnis.stderr
    assert "Mail von" in ergebnis.stdout and "a.b@example.org" not in ergebnis.stdout


def test_ohne_modul_klare_meldung():
    ergebnis = subprocess.run([sys.executable, "-m", "bot.privacy.protokollierung"], capture_output=True, text=True,
                              timeout=60, env={"PYTHONPATH": str(WURZEL)})
    assert ergebnis.returncode != 0 and "Aufruf" in ergebnis.stderr
