"""Teams end to end: the real assistant, a fake Microsoft on localhost, JWTs signed with a test key."""
from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from tests.channels.bot_framework_fake import FakeBotFramework, neuer_schluessel, signiere
from tests.channels.conftest import APP_ID, TENANT, sende

pytestmark = pytest.mark.e2e

FRAGE_RFB = "Braucht eine Einladung zum Beratungsgespräch eigentlich immer eine RFB?"


def aktivitaet(microsoft: FakeBotFramework, text: str | None = "", **felder: Any) -> dict[str, Any]:
    akt = {"type": "message", "id": uuid.uuid4().hex[:12], "channelId": "msteams",
           "serviceUrl": microsoft.service_url, "timestamp": "2026-11-27T09:00:00.000Z",
           "from": {"id": "29:1ifk-anna", "name": "Anna Beispiel", "aadObjectId": str(uuid.uuid4())},
           "recipient": {"id": f"28:{APP_ID}", "name": "KP-Assistent"},
           "conversation": {"id": f"a:{uuid.uuid4().hex}", "conversationType": "personal", "tenantId": TENANT},
           "channelData": {"tenant": {"id": TENANT}}, "locale": "de-DE", "text": text}
    akt.update(felder)
    return akt


class Teams:
    """Sends activities as the Bot Connector would, and collects what the bot posted back."""

    def __init__(self, assistent, microsoft: FakeBotFramework):
        self.url = f"{assistent.rasa_url}/webhooks/botframework/webhook"
        self.microsoft = microsoft

    def sende(self, akt: Any, token: str | None = "gueltig", kopf: dict[str, str] | None = None):
        if token == "gueltig":
            token = self.microsoft.jwt_fuer(akt.get("serviceUrl") if isinstance(akt, dict) else None)
        marke = self.microsoft.marke()
        status, antwort = sende(self.url, akt, {**({"Authorization": f"Bearer {token}"} if token else {}),
                                                **(kopf or {})})
        return status, antwort, self.microsoft.seit(marke)

    def frage(self, akt: dict[str, Any]) -> list[dict[str, Any]]:
        status, antwort, anfragen = self.sende(akt)
        assert status == 200, antwort
        gesendet = FakeBotFramework.gesendet(anfragen)
        assert gesendet, "keine Antwort an Teams gesendet"
        for anfrage in gesendet:
            assert FakeBotFramework.konversation(anfrage) == akt["conversation"]["id"]
            assert anfrage.pfad.endswith(f"/activities/{akt['id']}")
        return [a.json() for a in gesendet]


@pytest.fixture
def teams(assistent_mit_teams, microsoft):
    return Teams(assistent_mit_teams, microsoft)


def karte(aktivitaet_: dict[str, Any]) -> dict[str, Any]:
    (anhang,) = aktivitaet_["attachments"]
    assert anhang["contentType"] == "application/vnd.microsoft.card.adaptive"
    return anhang["content"]


def texte(element) -> list[str]:
    if isinstance(element, dict):
        eigene = [element["text"]] if element.get("type") == "TextBlock" else []
        return eigene + [t for wert in element.values() for t in texte(wert)]
    if isinstance(element, list):
        return [t for teil in element for t in texte(teil)]
    return []


def knoepfe(karte_: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for e in karte_["body"] if e["type"] == "ActionSet" for a in e["actions"]]


def test_erwaehnung_rein_adaptive_card_raus(teams, microsoft):
    akt = aktivitaet(microsoft, f"<at>KP-Assistent</at> {FRAGE_RFB}",
                     entities=[{"type": "mention", "text": "<at>KP-Assistent</at>",
                                "mentioned": {"id": f"28:{APP_ID}", "name": "KP-Assistent"}}])
    status, _, anfragen = teams.sende(akt)
    assert status == 200
    (gesendet,) = FakeBotFramework.gesendet(anfragen)
    (token_anfrage,) = FakeBotFramework.token_anfragen(anfragen)
    assert token_anfrage.pfad == f"/{TENANT}/oauth2/v2.0/token"  # single tenant: the bot's own tenant
    assert gesendet.kopf["Authorization"] == f"Bearer {microsoft.ausgegebene_tokens[-1]}"
    antwort = gesendet.json()
    assert antwort["replyToId"] == akt["id"] and antwort["recipient"]["id"] == akt["from"]["id"]
    assert antwort["from"]["id"] == akt["recipient"]["id"]
    inhalt = karte(antwort)
    verdikt = inhalt["body"][0]
    assert verdikt["type"] == "Container" and verdikt["style"] == "warning"
    assert verdikt["items"][0]["text"].startswith("Grundsätzlich ja") and verdikt["items"][0]["weight"] == "Bolder"
    assert "Quelle: Weisung Pkt. 4.2" in texte(inhalt)
    assert any(t.startswith("Rückfrage:") for t in texte(inhalt))
    assert any("Wunsch" in k["title"] and k["data"]["payload"].startswith("/inform") for k in knoepfe(inhalt))
    assert "Weisung Pkt. 4.2" in antwort["summary"] and antwort["summary"] == inhalt["fallbackText"]


def test_knopfdruck_kommt_als_value_und_wird_beantwortet(teams, microsoft):
    erste = aktivitaet(microsoft, FRAGE_RFB)
    (antwort,) = teams.frage(erste)
    knopf = next(k for k in knoepfe(karte(antwort)) if "Wunsch" in k["title"])
    klick = aktivitaet(microsoft, "", conversation=erste["conversation"], value=knopf["data"])
    klick.pop("text")
    (zweite,) = teams.frage(klick)
    inhalt = karte(zweite)
    assert inhalt["body"][0]["style"] == "attention"
    assert inhalt["body"][0]["items"][0]["text"].startswith("Nein")
    assert "ohne RFB" in zweite["summary"] and "Weisung Pkt. 4.2" in zweite["summary"]


def test_ja_mit_modalitaet_norm_und_fundstelle(teams, microsoft):
    (antwort,) = teams.frage(aktivitaet(
        microsoft, "<at>KP-Assistent</at> Die Kundin kam ohne wichtigen Grund nicht zum Termin für den KP – "
                   "kann ich sie verpflichten?"))
    inhalt = karte(antwort)
    assert inhalt["body"][0]["style"] == "good" and inhalt["body"][0]["items"][0]["text"].startswith("Ja")
    assert "Ermessen der IFK (kann)" in texte(inhalt)
    quelle = next(t for t in texte(inhalt) if t.startswith("Quelle:"))
    assert "Pkt. 4.2.1" in quelle and "§ 15a Abs. 1 SGB II" in quelle


def test_reiner_text_bleibt_text_und_rueckmeldung_ueber_die_karte(teams, microsoft):
    erste = aktivitaet(microsoft, "Muss der Kooperationsplan unterschrieben werden?")
    (antwort,) = teams.frage(erste)
    rueckmeldung = next(a for a in karte(antwort)["actions"] if a["type"] == "Action.ShowCard")
    daumen_hoch = rueckmeldung["card"]["actions"][0]["data"]
    warum = teams.frage(aktivitaet(microsoft, "Warum?", conversation=erste["conversation"]))
    assert len(warum) == 1 and "attachments" not in warum[0]
    assert warum[0]["textFormat"] == "xml" and "Regel kp.unterschrift" in warum[0]["text"]
    assert "<br>" in warum[0]["text"]
    klick = aktivitaet(microsoft, None, conversation=erste["conversation"],
                       value={**daumen_hoch, "kommentar": "passt"})
    (dank,) = teams.frage(klick)
    assert dank["text"] == "Danke für Ihre Rückmeldung!"


def test_nur_erwaehnung_ohne_text_bekommt_deutschen_hinweis(teams, microsoft):
    (antwort,) = teams.frage(aktivitaet(microsoft, "<at>KP-Assistent</at>"))
    assert "Ihre Nachricht war leer" in antwort["text"]


# --- refused requests: 4xx and nothing sent ------------------------------------------------------------

FREMD = neuer_schluessel()


def _token(microsoft: FakeBotFramework, art: str) -> str | None:
    jetzt = int(time.time())
    return {
        "fehlt": None,
        "gefaelscht": signiere(FREMD, microsoft.kid, {"iss": "https://api.botframework.com", "aud": APP_ID,
                                                      "exp": jetzt + 600, "serviceurl": microsoft.service_url}),
        "abgelaufen": microsoft.jwt_fuer(exp=jetzt - 3600, nbf=jetzt - 7200, iat=jetzt - 7200),
        "falsches_publikum": microsoft.jwt_fuer(aud="00000000-0000-0000-0000-000000000000"),
        "falscher_aussteller": microsoft.jwt_fuer(iss="https://login.microsoftonline.com/evil/v2.0"),
        "unsinn": "abc.def.ghi",
    }[art]


@pytest.mark.parametrize("art", ["fehlt", "gefaelscht", "abgelaufen", "falsches_publikum", "falscher_aussteller",
                                 "unsinn"])
def test_ungueltiges_token_401_und_nichts_gesendet(teams, microsoft, art):
    status, antwort, anfragen = teams.sende(aktivitaet(microsoft, FRAGE_RFB), token=_token(microsoft, art))
    assert status == 401 and "error" in antwort
    assert not FakeBotFramework.gesendet(anfragen) and not FakeBotFramework.token_anfragen(anfragen)


def test_fremde_service_url_abgelehnt_ohne_token_anfrage(teams, microsoft, fremder_dienst):
    fremd = aktivitaet(microsoft, FRAGE_RFB, serviceUrl=fremder_dienst.service_url)
    # even a correctly signed token issued for that serviceUrl does not get the bot to talk to it
    status, antwort, anfragen = teams.sende(fremd, token=microsoft.jwt_fuer(fremder_dienst.service_url))
    assert status == 403 and "serviceUrl" in antwort["error"]
    assert anfragen == [] and fremder_dienst.anfragen == []


@pytest.mark.parametrize("service_url", ["https://evil.example/", "https://smba.trafficmanager.net.evil.example/",
                                         "http://smba.trafficmanager.net/emea/"])
def test_service_url_ausserhalb_der_liste(teams, microsoft, service_url):
    status, _, anfragen = teams.sende(aktivitaet(microsoft, FRAGE_RFB, serviceUrl=service_url),
                                      token=microsoft.jwt_fuer(service_url))
    assert status == 403 and anfragen == []


def test_token_fuer_andere_service_url_passt_nicht(teams, microsoft, fremder_dienst):
    akt = aktivitaet(microsoft, FRAGE_RFB)
    status, _, anfragen = teams.sende(akt, token=microsoft.jwt_fuer(fremder_dienst.service_url))
    assert status == 401 and anfragen == []


def test_fremder_tenant_wird_abgelehnt(teams, microsoft):
    akt = aktivitaet(microsoft, FRAGE_RFB, channelData={"tenant": {"id": "00000000-1111-2222-3333-444444444444"}})
    status, antwort, anfragen = teams.sende(akt)
    assert status == 403 and "error" in antwort and anfragen == []


def test_kanal_ohne_bestaetigung_des_schluessels(teams, microsoft):
    status, _, anfragen = teams.sende(aktivitaet(microsoft, FRAGE_RFB, channelId="slack"))
    assert status == 403 and anfragen == []


@pytest.mark.parametrize("koerper,status", [("{kaputt", 400), ("[1, 2]", 400), ("[" * 5000 + "]" * 5000, 400),
                                            ('{"type": "message", "text": "hallo"}', 401)],  # no serviceUrl
                         ids=["kaputt", "liste", "tief_verschachtelt", "ohne_service_url"])
def test_kaputte_aktivitaeten_4xx(teams, microsoft, koerper, status):
    erhalten, antwort, anfragen = teams.sende(koerper, token=microsoft.jwt_fuer())
    assert erhalten == status and "error" in antwort and anfragen == []


def test_fehlende_felder_und_zu_grosse_anfrage(teams, microsoft):
    ohne_konversation = aktivitaet(microsoft, FRAGE_RFB)
    del ohne_konversation["conversation"]
    status, antwort, anfragen = teams.sende(ohne_konversation)
    assert status == 400 and "conversation" in antwort["error"] and anfragen == []
    riesig = aktivitaet(microsoft, "x" * 300_000)
    status, antwort, anfragen = teams.sende(riesig)
    assert status == 413 and anfragen == []


def test_andere_aktivitaeten_werden_quittiert_aber_nicht_beantwortet(teams, microsoft):
    akt = aktivitaet(microsoft, None, type="conversationUpdate", membersAdded=[{"id": f"28:{APP_ID}"}])
    status, antwort, anfragen = teams.sende(akt)
    assert status == 200 and antwort["status"] == "ignoriert" and anfragen == []


def test_schluessel_werden_nur_einmal_geladen(teams, microsoft):
    for _ in range(3):
        teams.frage(aktivitaet(microsoft, "Was ist eine PZU?"))
    metadaten = [a for a in microsoft.anfragen if a.pfad.startswith("/v1/.well-known/")]
    assert [a.pfad for a in metadaten] == ["/v1/.well-known/openidconfiguration", "/v1/.well-known/keys"]

