"""End-to-end through the REST channel of a running assistant: answers, citations, follow-ups, bad input."""
from __future__ import annotations

import uuid

import pytest

from tests.e2e.conftest import post


def _text(nachrichten) -> str:
    return "\n".join(n.get("text", "") for n in nachrichten)


def _payload(nachrichten) -> dict:
    return next(n["custom"] for n in nachrichten if isinstance(n.get("custom"), dict))


def test_rfb_mit_rueckfrage_und_button_antwort(frage):
    sender = uuid.uuid4().hex
    erste = frage("Braucht eine Einladung zum Beratungsgespräch eigentlich immer eine RFB?", sender)
    payload = _payload(erste)
    assert payload["regel"] == "einladung.rfb" and "4.2" in payload["abschnitte"]
    assert "Weisung Pkt. 4.2" in _text(erste)
    button = next(b for b in erste[0]["buttons"] if "Wunsch" in b["title"])
    zweite = frage(button["payload"], sender)
    assert _text(zweite).startswith("Nein")
    assert "ohne RFB" in _text(zweite) and _payload(zweite)["antwort"] == "nein"


def test_fakten_bleiben_im_gespraech(frage):
    sender = uuid.uuid4().hex
    frage("Unser Kooperationsplan ist vom 31.08.2026.", sender)
    antwort = frage("Bis wann muss ich ihn spätestens fortschreiben?", sender)
    assert "28.02.2027" in _text(antwort) and "6.3" in _payload(antwort)["abschnitte"]


def test_verpflichtung_nach_terminversaeumnis(frage):
    antwort = frage("Die Kundin kam ohne wichtigen Grund nicht zum Termin für den KP – kann ich sie verpflichten?")
    text = _text(antwort)
    assert text.startswith("Ja") and "§ 15a Abs. 1 SGB II" in text and "Pkt. 4.2.1" in text
    assert _payload(antwort)["modalitaet"] == "kann"


def test_warum_und_originaltext(frage):
    sender = uuid.uuid4().hex
    frage("Muss der Kooperationsplan unterschrieben werden?", sender)
    assert "Regel kp.unterschrift" in _text(frage("Warum?", sender))
    zitat = _text(frage("Zeig mir Pkt. 6.4", sender))
    assert "Ablage des Kooperationsplans" in zitat and "d.3" in zitat


def test_ausserhalb_der_weisung_keine_zahlen(frage):
    text = _text(frage("Wie hoch ist der Regelbedarf 2027?"))
    assert "Weisung" in text and not any(ziffer in text for ziffer in "0123456789")


@pytest.mark.parametrize("eingabe", ["", "   ", "x" * 10_000, "😀😀😀", "<img src=x onerror=alert(1)>",
                                     "Hello, do I need eine RFB for the Einladung?", "asdf qwer zxcv"])
def test_schlechte_eingaben_bekommen_deutsche_antwort(assistent, eingabe):
    status, antwort = post(f"{assistent.rasa_url}/webhooks/rest/webhook", {"sender": "bad", "message": eingabe})
    assert status == 200
    text = _text(antwort)
    assert text.strip(), "keine Stille"
    assert any(wort in text for wort in ("Sie", "Weisung", "RFB", "Frage", "nicht")), text


@pytest.mark.parametrize("koerper,status", [("{kaputt", 400), ('{"message": "hallo"}', 400),
                                            ('{"sender": "a", "message": 5}', 400), ("[1, 2]", 400),
                                            ('{"sender": "a", "message": "' + "x" * 70_000 + '"}', 413)])
def test_kaputte_anfragen_bekommen_4xx(assistent, koerper, status):
    erhalten, antwort = post(f"{assistent.rasa_url}/webhooks/rest/webhook", koerper)
    assert erhalten == status and "error" in antwort


def test_riesige_anfrage_wird_vor_dem_lesen_abgewiesen(assistent):
    """Over 1 MiB the web server refuses the body itself (Sanic's default would read up to 100 MB) – also as JSON."""
    erhalten, antwort = post(f"{assistent.rasa_url}/webhooks/rest/webhook",
                             '{"sender": "a", "message": "' + "x" * 2_000_000 + '"}')
    assert erhalten == 413 and antwort["status"] == 413
