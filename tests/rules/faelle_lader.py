"""Loads the YAML case tables in tests/rules/faelle/ (one file per rule module, OpenFisca style)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ORDNER = Path(__file__).parent / "faelle"
STANDARD_STICHTAG = date(2026, 9, 1)


@dataclass(frozen=True)
class Fall:
    datei: str
    regel: str
    name: str
    fakten: dict[str, Any]
    stichtag: date
    erwartet: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.regel}: {self.name}"


def _datum(wert: Any) -> date:
    return wert if isinstance(wert, date) else date.fromisoformat(str(wert))


def lade_faelle() -> list[Fall]:
    faelle = []
    for pfad in sorted(ORDNER.glob("*.yml")):
        inhalt = yaml.safe_load(pfad.read_text(encoding="utf-8")) or {}
        for block in inhalt.get("regeln", []):
            for eintrag in block.get("faelle", []):
                faelle.append(Fall(
                    datei=pfad.name, regel=block["regel"], name=eintrag["name"],
                    fakten=dict(eintrag.get("fakten") or {}),
                    stichtag=_datum(eintrag.get("stichtag", STANDARD_STICHTAG)),
                    erwartet=dict(eintrag["erwartet"])))
    return faelle
