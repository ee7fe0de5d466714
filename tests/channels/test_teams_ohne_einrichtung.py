"""Without Teams settings the server still starts; the Teams webhook says so in German (503), nothing is fetched."""
from __future__ import annotations

import pytest

from tests.channels.conftest import sende

pytestmark = pytest.mark.e2e


def test_teams_webhook_ohne_einrichtung_503_mit_deutschem_hinweis(assistent_ohne_teams, nie_gefragt):
    url = f"{assistent_ohne_teams.rasa_url}/webhooks/botframework"
    status, antwort = sende(f"{url}/webhook", {"type": "message", "text": "hallo"},
                            {"Authorization": "Bearer x.y.z"})
    assert status == 503 and antwort["error"] == "Microsoft Teams ist für diesen Assistenten nicht eingerichtet."
    assert sende(f"{url}/", methode="GET") == (200, {"status": "nicht eingerichtet"})
    assert nie_gefragt.anfragen == []


def test_ohne_einrichtung_beantwortet_rest_weiter(assistent_ohne_teams):
    status, antwort = sende(f"{assistent_ohne_teams.rasa_url}/webhooks/rest/webhook",
                            {"sender": "ohne-teams", "message": "Muss der Kooperationsplan unterschrieben werden?"})
    assert status == 200 and "Weisung Pkt." in "\n".join(n.get("text", "") for n in antwort)
