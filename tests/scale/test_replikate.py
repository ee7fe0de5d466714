"""Two Rasa replicas behind nginx on PostgreSQL + Redis: a conversation keeps its state across replicas, and
concurrent messages of one conversation are processed one after the other (Redis lock store)."""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
import uuid
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from bot.store.skalierung import KOPF_REPLIK

pytestmark = pytest.mark.e2e


def sende(basis: str, sender: str, nachricht: str) -> tuple[int, Any, str]:
    anfrage = urllib.request.Request(f"{basis}/webhooks/rest/webhook",
                                     json.dumps({"sender": sender, "message": nachricht}).encode(),
                                     {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(anfrage, timeout=180) as antwort:
            return antwort.status, json.loads(antwort.read()), antwort.headers.get(KOPF_REPLIK, "")
    except urllib.error.HTTPError as fehler:
        return fehler.code, fehler.read().decode(errors="replace"), fehler.headers.get(KOPF_REPLIK, "")


def _text(nachrichten: list[dict]) -> str:
    return "\n".join(n.get("text", "") for n in nachrichten)


def ereignisse(url: str, sender: str) -> list[dict]:
    e = create_engine(url)
    with e.connect() as v:
        daten = v.execute(text("SELECT data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}).scalars()
        ergebnis = [json.loads(d) for d in daten]
    e.dispose()
    return ergebnis


def letzte_fakten(liste: list[dict]) -> dict:
    werte = [e["value"] for e in liste if e["event"] == "slot" and e["name"] == "fakten"]
    return werte[-1] if werte else {}


def test_gespraech_wechselt_die_replik_und_behaelt_seine_fakten(cluster):
    replikate, url = cluster
    sender = uuid.uuid4().hex
    status, erste, replik_1 = sende(replikate.url, sender, "Unser Kooperationsplan ist vom 31.08.2026.")
    assert status == 200, erste
    status, zweite, replik_2 = sende(replikate.url, sender, "Bis wann muss ich ihn spätestens fortschreiben?")
    assert status == 200, zweite
    status, dritte, replik_3 = sende(replikate.url, sender, "Warum?")
    assert {replik_1, replik_2} == {f"127.0.0.1:{d.rasa_port}" for d in replikate.replikate}
    assert replik_3 == replik_1  # round robin: the third message is back on the first replica
    assert "28.02.2027" in _text(zweite)
    assert "frist.kp_fortschreibung" in _text(dritte)  # "Warum?" needs the decision stored by the other replica
    assert letzte_fakten(ereignisse(url, sender)) == {"kp_erstellt_am": "2026-08-31"}


# Statements the assistant notes as facts ("Notiert – …"); a message the NLU sends to the fallback notes nothing,
# so only the facts of turns without fallback are expected (at least three such turns).
GLEICHZEITIG = {
    "Unser Kooperationsplan ist vom 31.08.2026.": {"kp_erstellt_am": "2026-08-31"},
    "Kundin 17 Jahre": {"alter": 17},
    "Profillage I, Vollzeit": {"profillage_1": True, "erwerbssituation": "vollzeit"},
    "Er hatte einen wichtigen Grund, war krankgeschrieben": {"wichtiger_grund": True},
}


def test_gleichzeitige_nachrichten_eines_gespraechs_laufen_nacheinander(cluster):
    replikate, url = cluster
    sender = uuid.uuid4().hex
    start = threading.Barrier(len(GLEICHZEITIG))
    ergebnisse: dict[str, tuple[int, Any, str]] = {}

    def schicke(nachricht: str) -> None:
        start.wait()
        ergebnisse[nachricht] = sende(replikate.url, sender, nachricht)

    faeden = [threading.Thread(target=schicke, args=(n,)) for n in GLEICHZEITIG]
    for faden in faeden:
        faden.start()
    for faden in faeden:
        faden.join(300)
    assert all(status == 200 and _text(antwort).strip() for status, antwort, _ in ergebnisse.values()), ergebnisse
    assert len({replik for _, _, replik in ergebnisse.values()}) == 2, "beide Repliken sollten beteiligt sein"

    liste = ereignisse(url, sender)
    arten = [e["event"] if e["event"] != "action" else e["name"] for e in liste]
    nutzer = [i for i, art in enumerate(arten) if art == "user"]
    assert len(nutzer) == len(GLEICHZEITIG), arten  # no turn lost
    for von, bis in zip(nutzer, nutzer[1:] + [len(arten)]):
        zug = arten[von:bis]
        assert zug[-1] == "action_listen" and "user" not in zug[1:], f"Züge verschränkt: {arten}"
    # every message states facts: understood as a question or noted by the fallback, none may be lost
    erwartet = {k: v for fakten in GLEICHZEITIG.values() for k, v in fakten.items()}
    assert letzte_fakten(liste) == erwartet  # each turn saw the facts of the turns before it
