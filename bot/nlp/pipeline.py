"""Builds the German spaCy pipeline at models/spacy-de, which config.yml and the action server load.

One setting chooses the base (environment variable KP_SPACY_BASIS, or --basis):
- "auto" (default): de_core_news_sm if it is installed (3.4.x), else a blank German pipeline;
- "de_core_news_sm": the trained model, error if it is missing;
- "blank": spacy.blank("de") with the lookup lemmatizer from spacy-lookups-data.
Either way our EntityRuler with the domain patterns (bot/nlp/muster.py) is added, so the rest of the
project sees one path and one set of labels. Nothing is downloaded.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

import spacy
from spacy.language import Language

PROJEKT = Path(__file__).resolve().parents[2]
ZIEL = PROJEKT / "models" / "spacy-de"
TRAINED = "de_core_news_sm"
MARKER = "kp-pipeline.json"


def verfuegbare_basis(gewuenscht: str) -> str:
    if gewuenscht not in {"auto", TRAINED, "blank"}:
        raise SystemExit(f"KP_SPACY_BASIS='{gewuenscht}' unbekannt; erlaubt: auto, {TRAINED}, blank")
    if gewuenscht == "blank":
        return "blank"
    try:
        import de_core_news_sm  # noqa: F401
        return TRAINED
    except ImportError:
        if gewuenscht == TRAINED:
            raise SystemExit(f"{TRAINED} ist nicht installiert. Mit Internet: "
                             f"pip install https://github.com/explosion/spacy-models/releases/download/"
                             f"{TRAINED}-3.4.0/{TRAINED}-3.4.0-py3-none-any.whl") from None
        return "blank"


def _basis_pipeline(basis: str) -> Language:
    if basis == TRAINED:
        return spacy.load(TRAINED)
    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    return nlp


def _fingerabdruck(basis: str) -> str:
    from bot.nlp import muster
    daten = json.dumps({"basis": basis, "spacy": spacy.__version__, "muster": muster.entity_ruler_muster()},
                       sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(daten.encode()).hexdigest()[:16]


def baue(ziel: Path = ZIEL, basis_wunsch: str | None = None, erzwingen: bool = False) -> Path:
    from bot.nlp import muster
    basis = verfuegbare_basis(basis_wunsch or os.environ.get("KP_SPACY_BASIS", "auto"))
    fingerabdruck = _fingerabdruck(basis)
    marker = ziel / MARKER
    if not erzwingen and marker.exists() and json.loads(marker.read_text()).get("fingerabdruck") == fingerabdruck:
        print(f"spaCy-Pipeline aktuell: {ziel} ({basis})")
        return ziel
    nlp = _basis_pipeline(basis)
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    if basis == "blank":
        nlp.initialize()
    ruler.add_patterns(muster.entity_ruler_muster())
    nlp.meta["name"] = "kp_de"
    nlp.meta["description"] = f"KP-Assistent: {basis} + Lemmatizer + Domänenmuster"
    nlp.to_disk(ziel)
    marker.write_text(json.dumps({"basis": basis, "fingerabdruck": fingerabdruck}))
    print(f"spaCy-Pipeline gebaut: {ziel} ({basis}, {len(muster.entity_ruler_muster())} Muster)")
    return ziel


def lade(ziel: Path = ZIEL) -> Language:
    if not (ziel / MARKER).exists():
        baue(ziel)
    return spacy.load(ziel)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--basis", choices=["auto", TRAINED, "blank"])
    p.add_argument("--ziel", type=Path, default=ZIEL)
    p.add_argument("--force", action="store_true")
    args = p.parse_args(argv)
    baue(args.ziel, args.basis, args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
