"""The held-out questions stay out of the training data (else the reported accuracy would be inflated)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

WURZEL = Path(__file__).resolve().parents[1]
SAETZE = sorted(p.name for p in (WURZEL / "tests" / "heldout").glob("fragen*.yml"))


def _norm(text: str) -> str:
    return re.sub(r"[^\wäöüß ]+", "", text.lower()).strip()


def _trainingsbeispiele() -> set[str]:
    beispiele = set()
    for pfad in (WURZEL / "data" / "nlu").glob("*.yml"):
        for block in (yaml.safe_load(pfad.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if "intent" in block:
                beispiele |= {_norm(z.strip()[2:]) for z in block["examples"].splitlines() if z.strip().startswith("- ")}
    return beispiele


def _fragen(datei: str) -> list[dict]:
    return yaml.safe_load((WURZEL / "tests" / "heldout" / datei).read_text(encoding="utf-8"))["fragen"]


@pytest.mark.parametrize("datei", SAETZE)
def test_keine_zurueckgehaltene_frage_in_den_trainingsdaten(datei):
    fragen = _fragen(datei)
    training = _trainingsbeispiele()
    doppelt = [f["id"] for f in fragen if _norm(f["frage"]) in training]
    assert doppelt == []


@pytest.mark.parametrize("datei", SAETZE)
def test_zurueckgehaltene_fragen_sind_vollstaendig_beschrieben(datei):
    fragen = _fragen(datei)
    assert len(fragen) >= 150 and len({f["id"] for f in fragen}) == len(fragen)
    assert all(f["frage"].strip() and f.get("intent_erwartet") for f in fragen)


def test_alle_saetze_werden_gefunden():
    assert "fragen.yml" in SAETZE and len(SAETZE) >= 12
