"""REST channel and Rasa's HTTP API with KP_API_TOKEN set (and without it): 401 without the token, never 500."""
from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import pytest

from tests.channels.conftest import API_TOKEN, sende

pytestmark = pytest.mark.e2e

FRAGE = {"sender": "rest-token", "message": "Braucht die Einladung eine RFB?"}
MIT_TOKEN = {"Authorization": f"Bearer {API_TOKEN}"}


@pytest.fixture
def rest(assistent_mit_teams):
    return f"{assistent_mit_teams.rasa_url}/webhooks/rest/webhook"


def _roh(url: str, kopf: dict[str, bytes | str], koerper: bytes) -> tuple[int, dict]:
    """http.client, because urllib cannot send header bytes outside ASCII."""
    teile = urlsplit(url)
    verbindung = http.client.HTTPConnection(teile.hostname, teile.port, timeout=60)
    try:
        verbindung.putrequest("POST", teile.path)
        for name, wert in {**kopf, "Content-Type": "application/json",
                           "Content-Length": str(len(koerper))}.items():
            verbindung.putheader(name, wert)
        verbindung.endheaders(koerper)
        antwort = verbindung.getresponse()
        return antwort.status, json.loads(antwort.read())
    finally:
        verbindung.close()


@pytest.mark.parametrize("kopf", [
    {}, {"Authorization": "Bearer falsch"}, {"Authorization": f"Basic {API_TOKEN}"},
    {"Authorization": API_TOKEN}, {"Authorization": f"Bearer {API_TOKEN}x"}, {"Authorization": "Bearer "},
    {"Authorization": f"bearer{API_TOKEN}"}])
def test_ohne_richtiges_token_401(rest, kopf):
    status, antwort = sende(rest, FRAGE, kopf)
    assert status == 401 and "Bearer" in antwort["error"]


def test_token_in_der_url_gilt_nicht(rest):
    status, _ = sende(f"{rest}?token={API_TOKEN}", FRAGE)
    assert status == 401


def test_nicht_ascii_im_kopf_401_statt_500(rest):
    koerper = json.dumps(FRAGE).encode()
    for wert in ("Bearer kp-tést".encode("latin-1"), "Bearer ä€😀".encode("utf-8"), b"Bearer \xff\xfe"):
        status, antwort = _roh(rest, {"Authorization": wert}, koerper)
        assert status == 401 and "error" in antwort


def test_mit_token_kommt_die_antwort(rest):
    status, antwort = sende(rest, FRAGE, MIT_TOKEN)
    assert status == 200
    assert "Weisung Pkt. 4.2" in "\n".join(n.get("text", "") for n in antwort)
    status, _ = sende(rest, FRAGE, {"Authorization": f"Bearer   {API_TOKEN}  "})
    assert status == 200


def test_anmeldung_wird_vor_dem_inhalt_geprueft(rest):
    status, antwort = sende(rest, "{kaputt")
    assert status == 401 and "Bearer" in antwort["error"]


@pytest.mark.parametrize("koerper,status", [
    ("{kaputt", 400), ("", 400), ("[1, 2]", 400), ('{"message": "hallo"}', 400), ('{"sender": "a"}', 400),
    ('{"sender": "a", "message": 5}', 400), ('{"sender": "", "message": "x"}', 400),
    ("[" * 20_000 + "]" * 20_000, 400),  # deeply nested: RecursionError in json, formerly a 500
    (b'{"sender": "a", "message": "\xff"}', 400),
    ('{"sender": "a", "message": "' + "x" * 70_000 + '"}', 413)],
    ids=["kaputt", "leer", "liste", "ohne_sender", "ohne_message", "message_zahl", "sender_leer", "tief_verschachtelt",
         "kein_utf8", "zu_gross"])
def test_kaputte_anfragen_mit_token_4xx_mit_json_fehler(rest, koerper, status):
    erhalten, antwort = sende(rest, koerper, MIT_TOKEN)
    assert erhalten == status and isinstance(antwort, dict) and antwort["error"] and antwort["status"] == status


def test_rasa_http_api_nur_mit_token(assistent_mit_teams):
    basis = assistent_mit_teams.rasa_url
    assert sende(f"{basis}/status", methode="GET")[0] == 401
    assert sende(f"{basis}/status?token=falsch", methode="GET")[0] == 401
    assert sende(f"{basis}/conversations/rest-token/tracker", methode="GET")[0] == 401
    assert sende(f"{basis}/model/parse", {"text": "hallo"})[0] == 401
    status, antwort = sende(f"{basis}/status?token={API_TOKEN}", methode="GET")
    assert status == 200 and "model_file" in antwort


def test_ohne_token_ist_die_http_api_aus_und_rest_offen(assistent_ohne_teams):
    basis = assistent_ohne_teams.rasa_url
    assert sende(f"{basis}/status", methode="GET")[0] == 404
    assert sende(f"{basis}/model/parse", {"text": "hallo"})[0] == 404
    assert sende(f"{basis}/conversations/x/tracker", methode="GET")[0] == 404
    status, antwort = sende(f"{basis}/webhooks/rest/webhook", FRAGE)
    assert status == 200 and antwort
