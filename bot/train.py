"""Trains the Rasa model when data, config or the spaCy pipeline changed (Rasa's fingerprint skips the rest)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.nlp.pipeline import MARKER, ZIEL

MODELLE = Path("models/rasa")
MODELLNAME = "kp-assistent"


def main() -> int:
    MODELLE.mkdir(parents=True, exist_ok=True)
    spacy_stempel = MODELLE / ".spacy-pipeline"
    aktuell = json.loads((ZIEL / MARKER).read_text())["fingerabdruck"]
    if not spacy_stempel.exists() or spacy_stempel.read_text() != aktuell:
        for alt in MODELLE.glob("*.tar.gz"):
            alt.unlink()  # Rasa's fingerprint does not see the spaCy pipeline's content
    befehl = [sys.executable, "-m", "rasa", "train", "--out", str(MODELLE), "--fixed-model-name", MODELLNAME,
              "--quiet"]
    ergebnis = subprocess.run(befehl)
    if ergebnis.returncode == 0:
        spacy_stempel.write_text(aktuell)
    return ergebnis.returncode


if __name__ == "__main__":
    sys.exit(main())
