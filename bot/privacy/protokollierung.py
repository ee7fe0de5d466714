"""Log records are redacted when they are created, before any handler writes them.

Rasa logs message text at DEBUG, and an exception message may quote what a user typed; a handler-level filter
would miss handlers that Rasa configures later, so the record factory itself redacts message and traceback."""
from __future__ import annotations

import logging
import runpy
import sys

from bot.privacy.redaktion import redigiere

_FORMATIERER = logging.Formatter()


def installiere() -> None:
    """Idempotent: every log record created in this process carries only redacted text."""
    vorher = logging.getLogRecordFactory()
    if getattr(vorher, "redigiert", False):
        return

    def fabrik(*args, **kwargs) -> logging.LogRecord:
        record = vorher(*args, **kwargs)
        try:
            text = record.getMessage()
        except Exception:  # a malformed format string: keep the record as logging would
            return record
        record.msg, record.args = redigiere(text), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redigiere(_FORMATIERER.formatException(record.exc_info))
        return record

    fabrik.redigiert = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(fabrik)


def main() -> None:
    """`python -m bot.privacy.protokollierung rasa run …` / `… rasa_sdk --actions actions`: run a module redacted."""
    if len(sys.argv) < 2:
        raise SystemExit("Aufruf: python -m bot.privacy.protokollierung MODUL [ARGUMENTE …]")
    installiere()
    modul = sys.argv[1]
    sys.argv = [modul, *sys.argv[2:]]
    runpy.run_module(modul, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
