"""A running assistant (action server + Rasa server on free ports) for end-to-end tests."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from bot.launcher import MODELL, Dienste


@pytest.fixture(scope="session")
def assistent():
    if not MODELL.exists():
        pytest.skip("kein trainiertes Modell (make train)")
    with Dienste(env={"KP_HEUTE": "2026-11-27", "KP_API_TOKEN": ""}) as dienste:
        yield dienste


def post(url: str, koerper: bytes | str | dict, kopf: dict[str, str] | None = None) -> tuple[int, Any]:
    daten = json.dumps(koerper).encode() if isinstance(koerper, dict) else (
        koerper.encode() if isinstance(koerper, str) else koerper)
    anfrage = urllib.request.Request(url, daten, {"Content-Type": "application/json", **(kopf or {})})
    try:
        with urllib.request.urlopen(anfrage, timeout=60) as antwort:
            return antwort.status, json.loads(antwort.read())
    except urllib.error.HTTPError as fehler:
        return fehler.code, json.loads(fehler.read() or b"null")


@pytest.fixture
def frage(assistent):
    def stelle(text: str, sender: str = "e2e") -> list[dict[str, Any]]:
        status, antwort = post(f"{assistent.rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": text})
        assert status == 200, antwort
        return antwort
    return stelle
