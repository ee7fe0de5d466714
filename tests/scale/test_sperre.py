"""The Redis lock store against a real Redis, used from several processes at once (as replicas do)."""
from __future__ import annotations

import asyncio
import multiprocessing
import uuid

import pytest
import redis
from rasa.utils.endpoints import EndpointConfig

from bot.store.sperre import RedisNichtErreichbar, RedisSperre, redis_parameter
from tests.store.hilfen import REDIS_URL, brauche, redis_erreichbar


@pytest.fixture
def redis_da():
    brauche(redis_erreichbar())


def _tickets(praefix: str, gespraech: str, anzahl: int, ergebnis) -> None:
    sperre = RedisSperre(url=REDIS_URL, key_prefix=praefix)
    ergebnis.extend([sperre.issue_ticket(gespraech, 600) for _ in range(anzahl)])


def _zaehle_unter_sperre(praefix: str, gespraech: str, anzahl: int) -> None:
    """Read–pause–write on a counter: only correct if no two processes are inside at the same time."""
    sperre = RedisSperre(url=REDIS_URL, key_prefix=praefix)
    zaehler = f"{praefix}:zaehler"

    async def einmal() -> None:
        async with sperre.lock(gespraech, lock_lifetime=30, wait_time_in_seconds=0.01):
            wert = int(sperre.red.get(zaehler) or 0)
            await asyncio.sleep(0.002)
            sperre.red.set(zaehler, wert + 1)

    async def alle() -> None:
        for _ in range(anzahl):
            await einmal()
    asyncio.run(alle())


@pytest.fixture
def praefix(redis_da):
    praefix = f"kptest{uuid.uuid4().hex[:8]}"
    yield praefix
    verbindung = redis.Redis.from_url(REDIS_URL)
    for schluessel in verbindung.scan_iter(f"{praefix}:*"):
        verbindung.delete(schluessel)


def test_gleichzeitig_ausgegebene_tickets_sind_eindeutig(praefix):
    kontext = multiprocessing.get_context("spawn")
    with kontext.Manager() as verwaltung:
        nummern = verwaltung.list()
        prozesse = [kontext.Process(target=_tickets, args=(praefix, "g1", 150, nummern)) for _ in range(4)]
        for p in prozesse:
            p.start()
        for p in prozesse:
            p.join(120)
        assert all(p.exitcode == 0 for p in prozesse)
        nummern = list(nummern)
    assert len(nummern) == 600 and len(set(nummern)) == 600
    lock = RedisSperre(url=REDIS_URL, key_prefix=praefix).get_lock("g1")
    assert len(lock.tickets) == 600


def test_kritischer_abschnitt_ueber_prozesse_serialisiert(praefix):
    kontext = multiprocessing.get_context("spawn")
    prozesse = [kontext.Process(target=_zaehle_unter_sperre, args=(praefix, "g2", 40)) for _ in range(3)]
    for p in prozesse:
        p.start()
    for p in prozesse:
        p.join(180)
    assert all(p.exitcode == 0 for p in prozesse)
    verbindung = redis.Redis.from_url(REDIS_URL)
    assert int(verbindung.get(f"{praefix}:zaehler")) == 120
    assert verbindung.get(f"{praefix}:lock:g2") is None  # the last one removed the lock


def test_konfiguration_aus_url_und_umgebung(monkeypatch, praefix):
    assert redis_parameter("redis://:ge%40heim@redis.intern:6380/3") == {
        "host": "redis.intern", "port": 6380, "db": 3, "username": None, "password": "ge@heim", "use_ssl": False}
    monkeypatch.setenv("KP_REDIS_URL", REDIS_URL)
    monkeypatch.setenv("KP_REDIS_PREFIX", praefix)
    sperre = RedisSperre(EndpointConfig(type="bot.store.sperre.RedisSperre"))
    assert sperre.key_prefix == f"{praefix}:lock:"


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379/1", "redis://127.0.0.1:6379/eins"])
def test_falsche_url(url):
    with pytest.raises(ValueError, match="KP_REDIS_URL"):
        RedisSperre(url=url)


def test_nicht_erreichbar_nennt_die_einstellung():
    with pytest.raises(RedisNichtErreichbar, match="KP_REDIS_URL=redis://:\\*\\*\\*@127.0.0.1:9/1"):
        RedisSperre(url="redis://:geheim@127.0.0.1:9/1")
