"""The command line: catalogue as JSON, decisions, and clear errors with exit code 2."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.cli import main


def test_rules_json(capsys):
    assert main(["rules", "--json"]) == 0
    katalog = json.loads(capsys.readouterr().out)
    eintrag = next(e for e in katalog if e["id"] == "einladung.rfb")
    assert eintrag["sections"] == ["4.2"] and eintrag["valid_from"] == "2026-07-01"
    assert eintrag["facts"][0]["name"] == "termin_anlass"
    assert all({"id", "sections", "norms", "valid_from", "facts"} <= set(e) for e in katalog)


def test_decide_json(capsys):
    assert main(["decide", "ausnahme.einstellungszusage", "--fact", "feste_einstellungszusage=ja",
                 "--fact", "einstellung_am=2026-10-27", "--fact", "foerderung_erforderlich=nein",
                 "--date", "2026-09-01", "--json"]) == 0
    entscheidung = json.loads(capsys.readouterr().out)
    assert entscheidung["antwort"] == "ja" and entscheidung["modalitaet"] == "kann"
    assert entscheidung["abschnitte"][0] == "9.1" and entscheidung["spur"]


def test_decide_text_nennt_fehlende_fakten(capsys):
    assert main(["decide", "einladung.rfb"]) == 0
    ausgabe = capsys.readouterr().out
    assert "Fehlt: termin_anlass" in ausgabe and "Quelle: Weisung Pkt. 4.2" in ausgabe


@pytest.mark.parametrize("argumente", [
    ["decide", "gibt.es.nicht"],
    ["decide", "einladung.rfb", "--fact", "unbekannt=1"],
    ["decide", "einladung.rfb", "--fact", "termin_anlass=irgendwas"],
    ["decide", "einladung.rfb", "--fact", "termin_anlass"],
    ["decide", "frist.kp_fortschreibung", "--fact", "kp_erstellt_am=31.02.2026"],
    ["decide", "einladung.rfb", "--fact", "kp_erstellt_am=2026-01-01"],
    ["decide", "einladung.rfb", "--date", "morgen"],
    ["abschnitt", "10.5"],
])
def test_fehler_exit_2_ohne_traceback(argumente):
    ergebnis = subprocess.run([sys.executable, "-m", "bot", *argumente], capture_output=True, text=True)
    assert ergebnis.returncode == 2
    assert "Traceback" not in ergebnis.stderr and ergebnis.stderr.startswith(("Fehler:", "usage:"))


def test_rest_ohne_token_nur_auf_loopback():
    from bot.launcher import rest_ohne_token_im_netz
    assert rest_ohne_token_im_netz("127.0.0.1", {}) is None
    assert rest_ohne_token_im_netz("0.0.0.0", {"KP_API_TOKEN": "geheim"}) is None
    assert "KP_API_TOKEN" in rest_ohne_token_im_netz("0.0.0.0", {})
    assert "KP_API_TOKEN" in rest_ohne_token_im_netz("10.1.2.3", {"KP_API_TOKEN": "  "})


def test_make_run_im_netz_ohne_token_startet_nicht(monkeypatch, capsys):
    from bot.launcher import run
    monkeypatch.setenv("KP_HOST", "0.0.0.0")
    monkeypatch.delenv("KP_API_TOKEN", raising=False)
    assert run(None) == 2
    assert "KP_API_TOKEN" in capsys.readouterr().err
