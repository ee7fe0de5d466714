"""The web channel's socket.io protocol and files, against a running assistant (and in-process for failures)."""
from __future__ import annotations

import asyncio
import re
import urllib.error
import urllib.request
from html.parser import HTMLParser
from typing import Any

import pytest
import socketio

from bot.channels.rest import FEHLER_ANTWORT, LEER_ANTWORT
from bot.channels.web.kanal import KEINE_ANTWORT, MAX_ZEICHEN, OHNE_SITZUNG, UNLESBAR, ZU_LANG, KpWebInput
from bot.channels.web.seite import STATISCH

FRAGE = "Braucht eine Einladung zum Beratungsgespräch eigentlich immer eine RFB?"


class Fenster:
    """One browser tab's socket, speaking the page's protocol (long-polling: engineio's websocket client
    needs a newer aiohttp than Rasa 3.6 allows; the browser tests cover the websocket)."""

    def __init__(self, url: str, kopf: dict[str, str] | None = None):
        self.url, self.kopf = url, kopf or {}
        self.client = socketio.AsyncClient(reconnection=False)
        self.ereignisse: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        for name in ("session_confirm", "verlauf", "bot_uttered"):
            self.client.on(name, self._merke(name))

    def _merke(self, name: str):
        async def handler(daten: Any = None) -> None:
            await self.ereignisse.put((name, daten))
        return handler

    async def __aenter__(self) -> "Fenster":
        await self.client.connect(self.url, headers=self.kopf, transports=["polling"], wait_timeout=10)
        return self

    async def __aexit__(self, *_: object) -> None:
        # abort: a graceful long-polling disconnect waits for the server's next ping (25 s)
        await self.client.eio.disconnect(abort=True)
        if self.client.eio.http:
            await self.client.eio.http.close()

    async def naechstes(self, name: str, timeout: float = 30) -> Any:
        while True:
            erhalten, daten = await asyncio.wait_for(self.ereignisse.get(), timeout)
            if erhalten == name:
                return daten

    async def sitzung(self, session_id: Any = None) -> tuple[str, list[dict[str, Any]]]:
        await self.client.emit("session_request", {"session_id": session_id})
        sid = await self.naechstes("session_confirm")
        verlauf = await self.naechstes("verlauf")
        assert verlauf["session_id"] == sid
        return sid, verlauf["nachrichten"]

    async def sage(self, daten: Any) -> dict[str, Any]:
        await self.client.emit("user_uttered", daten)
        return await self.naechstes("bot_uttered")

    async def still(self, sekunden: float = 1.5) -> bool:
        try:
            await asyncio.wait_for(self.ereignisse.get(), sekunden)
        except asyncio.TimeoutError:
            return True
        return False


def test_antwort_kommt_als_eine_nachricht_mit_knoepfen_und_fundstelle(web_assistent):
    async def ablauf():
        async with Fenster(web_assistent.rasa_url) as fenster:
            sid, verlauf = await fenster.sitzung()
            assert re.fullmatch(r"[0-9a-f]{32}", sid) and verlauf == []
            antwort = await fenster.sage({"message": FRAGE, "session_id": sid})
            assert antwort["text"].startswith("Grundsätzlich ja")
            assert any(k["payload"].startswith("/inform") and "Wunsch" in k["title"]
                       for k in antwort["quick_replies"])
            assert antwort["custom"]["typ"] == "entscheidung" and "4.2" in antwort["custom"]["abschnitte"]
            assert await fenster.still(), "Text, Knöpfe und Nutzlast gehören in eine Nachricht"
    asyncio.run(ablauf())


def test_zweites_fenster_sieht_verlauf_und_neue_antworten(web_assistent):
    async def ablauf():
        async with Fenster(web_assistent.rasa_url) as erstes, Fenster(web_assistent.rasa_url) as zweites:
            sid, _ = await erstes.sitzung()
            frage = await erstes.sage({"message": FRAGE, "session_id": sid})
            knopf = next(k for k in frage["quick_replies"] if "Wunsch" in k["title"])
            gleiche_sid, verlauf = await zweites.sitzung(sid)
            assert gleiche_sid == sid
            assert [n["von"] for n in verlauf] == ["nutzer", "bot"] and verlauf[0]["text"] == FRAGE
            assert verlauf[1]["custom"]["antwort_id"] == frage["custom"]["antwort_id"]
            antwort = await erstes.sage({"message": knopf["payload"], "session_id": sid})
            assert antwort["text"].startswith("Nein")
            assert (await zweites.naechstes("bot_uttered"))["text"] == antwort["text"]
            _, verlauf = await zweites.sitzung(sid)
            assert verlauf[2] == {"von": "nutzer", "text": knopf["title"]}
    asyncio.run(ablauf())


@pytest.mark.parametrize("daten,erwartet", [
    ("kaputt", UNLESBAR),
    ({"message": 5, "session_id": "SITZUNG"}, UNLESBAR),
    ({"message": "Braucht die Einladung eine RFB?"}, OHNE_SITZUNG),
    ({"message": "hallo", "session_id": "../../etc/passwd"}, OHNE_SITZUNG),
    ({"message": "   ", "session_id": "SITZUNG"}, LEER_ANTWORT),
    ({"message": "x" * (MAX_ZEICHEN + 1), "session_id": "SITZUNG"}, ZU_LANG),
])
def test_schlechte_eingaben_bekommen_deutsche_antwort(web_assistent, daten, erwartet):
    daten = dict(daten) if isinstance(daten, dict) else daten

    async def ablauf():
        async with Fenster(web_assistent.rasa_url) as fenster:
            sid, _ = await fenster.sitzung()
            if isinstance(daten, dict) and daten.get("session_id") == "SITZUNG":
                daten["session_id"] = sid
            assert (await fenster.sage(daten))["text"] == erwartet
    asyncio.run(ablauf())


@pytest.mark.parametrize("wunsch", ["../../etc", "kurz", "x" * 65, 42, None])
def test_ungueltige_sitzungskennung_wird_ersetzt(web_assistent, wunsch):
    async def ablauf():
        async with Fenster(web_assistent.rasa_url) as fenster:
            sid, verlauf = await fenster.sitzung(wunsch)
            assert re.fullmatch(r"[0-9a-f]{32}", sid) and verlauf == []
    asyncio.run(ablauf())


def test_fremde_seite_darf_sich_nicht_verbinden(web_assistent):
    async def ablauf():
        with pytest.raises(socketio.exceptions.ConnectionError):
            async with Fenster(web_assistent.rasa_url, {"Origin": "http://fremde-seite.example"}):
                pass
        async with Fenster(web_assistent.rasa_url, {"Origin": web_assistent.rasa_url}) as eigene:
            assert (await eigene.sitzung())[0]
    asyncio.run(ablauf())


def _hole(url: str) -> tuple[int, dict[str, str], bytes]:
    class OhneWeiterleitung(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None
    try:
        with urllib.request.build_opener(OhneWeiterleitung).open(url, timeout=10) as antwort:
            return antwort.status, dict(antwort.headers), antwort.read()
    except urllib.error.HTTPError as fehler:
        return fehler.code, dict(fehler.headers), fehler.read()


@pytest.mark.parametrize("datei,typ", [("", "text/html"), ("chat.js", "text/javascript"),
                                       ("chat.css", "text/css"), ("vendor/socket.io.min.js", "text/javascript"),
                                       ("favicon.svg", "image/svg+xml")])
def test_dateien_mit_sicherheitskoepfen(seiten_url, datei, typ):
    status, kopf, inhalt = _hole(seiten_url + datei)
    assert status == 200 and kopf["content-type"].startswith(typ) and inhalt
    csp = kopf["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe" not in csp
    assert kopf["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("datei", ["../kanal.py", "static/chat.js", "node_modules/axe-core/axe.min.js",
                                   "vendor/socket.io.js", "chat.js.map"])
def test_nur_freigegebene_dateien(seiten_url, datei):
    assert _hole(seiten_url + datei)[0] == 404


def test_ohne_schraegstrich_weiter_zur_seite(seiten_url):
    status, kopf, _ = _hole(seiten_url.rstrip("/"))
    assert status == 301 and kopf["Location"] == "web/"


class _InlineSuche(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.funde: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        namen = dict(attrs)
        if tag == "style" or (tag == "script" and not namen.get("src")):
            self.funde.append(f"<{tag}> inline")
        self.funde += [f"{tag}[{n}]" for n in namen if n == "style" or n.startswith("on")]


def test_seite_ohne_inline_skript_und_stil():
    suche = _InlineSuche()
    suche.feed((STATISCH / "index.html").read_text(encoding="utf-8"))
    assert suche.funde == []


def test_skript_fuegt_nachrichten_nie_als_html_ein():
    skript = (STATISCH / "chat.js").read_text(encoding="utf-8")
    verboten = ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                "setAttribute(\"style\"", ".style."]
    assert [v for v in verboten if v in skript] == []


class _Sio:
    """Stands in for socketio.AsyncServer in-process: records what would be emitted."""

    def __init__(self) -> None:
        self.gesendet: list[tuple[str, Any, str]] = []
        self.handlers: dict[str, Any] = {}

    def on(self, ereignis: str, namespace: str | None = None):
        def registriere(funktion):
            self.handlers[ereignis] = funktion
            return funktion
        return registriere

    async def emit(self, ereignis: str, daten: Any = None, room: str | None = None, **_: Any) -> None:
        self.gesendet.append((ereignis, daten, room))


def _handler(monkeypatch, on_new_message):
    sio = _Sio()
    monkeypatch.setattr("bot.channels.web.kanal.AsyncServer", lambda **_: sio)
    KpWebInput(session_persistence=False).blueprint(on_new_message)
    return sio, sio.handlers["user_uttered"]


@pytest.mark.parametrize("fehler", [RuntimeError("kaputt"), asyncio.CancelledError()])
def test_fehler_bei_der_antwort_gibt_deutsche_entschuldigung(monkeypatch, fehler):
    async def scheitert(_message):
        raise fehler
    sio, handler = _handler(monkeypatch, scheitert)
    asyncio.run(handler("sid-1", {"message": "Braucht die Einladung eine RFB?"}))
    assert sio.gesendet == [("bot_uttered", {"text": FEHLER_ANTWORT}, "sid-1")]


def test_stille_wird_zu_deutscher_antwort_ausser_beim_neustart(monkeypatch):
    async def schweigt(_message):
        return None
    sio, handler = _handler(monkeypatch, schweigt)
    asyncio.run(handler("sid-1", {"message": "Hm?"}))
    asyncio.run(handler("sid-1", {"message": "/restart"}))
    assert sio.gesendet == [("bot_uttered", {"text": KEINE_ANTWORT}, "sid-1")]


def test_antwort_geht_als_eine_nachricht_an_die_sitzung(monkeypatch):
    async def antwortet(message):
        await message.output_channel.send_response(message.sender_id, {
            "text": "Nein – ohne RFB.", "buttons": [{"title": "A", "payload": "/inform{}"}],
            "custom": {"typ": "entscheidung", "abschnitte": ["4.2"]}, "timestamp": 1.0})
    sio, handler = _handler(monkeypatch, antwortet)
    asyncio.run(handler("sid-1", {"message": "Frage"}))
    assert sio.gesendet == [("bot_uttered", {
        "text": "Nein – ohne RFB.", "quick_replies": [{"content_type": "text", "title": "A", "payload": "/inform{}"}],
        "custom": {"typ": "entscheidung", "abschnitte": ["4.2"]}}, "sid-1")]
