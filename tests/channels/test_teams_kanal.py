"""The Teams input channel without Rasa: what happens when the answer fails or cannot be delivered."""
from __future__ import annotations

import asyncio
import json

from bot.channels.rest import FEHLER_ANTWORT
from bot.channels.teams.einstellungen import TeamsEinstellungen
from bot.channels.teams.jwt_pruefung import Schluesselbund
from bot.channels.teams.kanal import TeamsInput
from tests.channels.bot_framework_fake import FakeBotFramework

APP_ID = "5b1f0c2e-8d8a-4c55-9a51-0d6f3c1e2a77"


def _kanal(fake: FakeBotFramework, passwort: str = "geheim") -> TeamsInput:
    einstellungen = TeamsEinstellungen(app_id=APP_ID, app_passwort=passwort, login_url=fake.url,
                                       test_service_url=fake.url)
    return TeamsInput(einstellungen, Schluesselbund(schluessel=fake.jwks["keys"]))


def _aktivitaet(fake: FakeBotFramework) -> dict:
    return {"type": "message", "id": "m1", "channelId": "msteams", "serviceUrl": fake.service_url,
            "from": {"id": "29:u"}, "recipient": {"id": "28:bot"}, "conversation": {"id": "a:c1"},
            "text": "Braucht die Einladung eine RFB?"}


def test_fehler_bei_der_verarbeitung_ergibt_deutsche_entschuldigung():
    async def kaputt(_nachricht):
        raise RuntimeError("Action-Server weg")

    with FakeBotFramework(APP_ID, "geheim") as fake:
        antwort = asyncio.run(_kanal(fake)._beantworte(_aktivitaet(fake), kaputt))
        assert antwort.status == 200
        (gesendet,) = FakeBotFramework.gesendet(fake.anfragen)
        assert gesendet.json()["text"] == FEHLER_ANTWORT.replace("\n", "<br>")


def test_stille_wird_nicht_weitergegeben():
    async def stumm(_nachricht):
        return None

    with FakeBotFramework(APP_ID, "geheim") as fake:
        asyncio.run(_kanal(fake)._beantworte(_aktivitaet(fake), stumm))
        (gesendet,) = FakeBotFramework.gesendet(fake.anfragen)
        assert "technischer Fehler" in gesendet.json()["text"]


def test_antwort_aus_rasa_wird_eine_aktivitaet_an_die_unterhaltung():
    async def rasa(nachricht):
        assert nachricht.text == "Braucht die Einladung eine RFB?" and nachricht.sender_id.startswith("teams-")
        await nachricht.output_channel.send_response(nachricht.sender_id, {
            "text": "Grundsätzlich ja …", "buttons": [{"title": "Auf Wunsch der eLb", "payload": "/inform{}"}],
            "custom": {"typ": "entscheidung", "antwort_id": "a1", "antwort": "bedingt", "kurz": "Grundsätzlich ja …",
                       "quelle": "Weisung Pkt. 4.2", "buttons": [{"title": "Auf Wunsch der eLb",
                                                                   "payload": "/inform{}"}]}})

    with FakeBotFramework(APP_ID, "geheim") as fake:
        antwort = asyncio.run(_kanal(fake)._beantworte(_aktivitaet(fake), rasa))
        assert antwort.status == 200 and json.loads(antwort.body) == {"status": "ok"}
        (gesendet,) = FakeBotFramework.gesendet(fake.anfragen)
        assert gesendet.pfad == "/teams/v3/conversations/a%3Ac1/activities/m1"
        inhalt = gesendet.json()
        assert inhalt["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
        assert inhalt["conversation"] == {"id": "a:c1"} and inhalt["replyToId"] == "m1"


def test_nicht_zustellbare_antwort_ergibt_502_ohne_absturz():
    async def rasa(nachricht):
        await nachricht.output_channel.send_response(nachricht.sender_id, {"text": "Hallo"})

    with FakeBotFramework(APP_ID, "geheim") as fake:
        antwort = asyncio.run(_kanal(fake, passwort="falsch")._beantworte(_aktivitaet(fake), rasa))
        assert antwort.status == 502 and "nicht an Teams zugestellt" in json.loads(antwort.body)["error"]
        assert FakeBotFramework.gesendet(fake.anfragen) == []
        assert len(FakeBotFramework.token_anfragen(fake.anfragen)) == 1
