"""Building blocks of the Teams channel, without a running assistant: allow-list, text, cards, JWT, tokens."""
from __future__ import annotations

import asyncio
import json
import time

import aiohttp
import pytest

from bot.channels.teams.aktivitaet import absender, antwortgeruest, nachrichtentext, ohne_erwaehnungen
from bot.channels.teams.einstellungen import TeamsEinstellungen
from bot.channels.teams.jwt_pruefung import Abgelehnt, Schluesselbund, TokenPruefer
from bot.channels.teams.karte import KARTENTYP, als_aktivitaet
from bot.channels.teams.service_url import STANDARD_HOSTS, ServiceUrlListe, lies_hostliste
from bot.channels.teams.zugangstoken import ZustellFehler, Zugangstoken
from tests.channels.bot_framework_fake import (AUSSTELLER, FakeBotFramework, jwk_von, neuer_schluessel,
                                               signiere)

APP_ID = "5b1f0c2e-8d8a-4c55-9a51-0d6f3c1e2a77"
SERVICE = "https://smba.trafficmanager.net/emea/"


# --- serviceUrl allow-list ---------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/teams/",
    "https://smba.trafficmanager.net:443/de/", "https://smba.infra.gcc.teams.microsoft.com/gcc/",
    "https://webchat.botframework.com/", "https://europe.directline.botframework.com/",
    "https://smba.onyx.prod.teams.trafficmanager.net/amer/", "HTTPS://SMBA.TRAFFICMANAGER.NET/emea/"])
def test_microsofts_hosts_sind_erlaubt(url):
    assert ServiceUrlListe().erlaubt(url)


@pytest.mark.parametrize("url", [
    "http://smba.trafficmanager.net/emea/",  # no TLS
    "https://smba.trafficmanager.net:8443/emea/",
    "https://evil.example/", "https://smba.trafficmanager.net.evil.example/",
    "https://evilbotframework.com/", "https://botframework.com.evil.example/",
    "https://smba.trafficmanager.net@evil.example/", "https://user:pw@smba.trafficmanager.net/",
    "https://smba.trafficmanager.net./emea/", "https://smba.trafficmanager.net/emea/?x=1",
    "https://smba.trafficmanager.net\\@evil.example/", "https://127.0.0.1/", "http://127.0.0.1:8999/",
    "https://[::1]/", "//smba.trafficmanager.net/", "smba.trafficmanager.net", "", None, 42, {"url": SERVICE},
    "https://smba.trafficmanager.net:99999/", "https://" + "a" * 3000 + ".botframework.com/"])
def test_fremde_oder_kaputte_urls_sind_verboten(url):
    assert not ServiceUrlListe().erlaubt(url)


def test_testurl_gilt_nur_fuer_genau_diesen_loopback_origin():
    liste = ServiceUrlListe(test_url="http://127.0.0.1:8999")
    assert liste.erlaubt("http://127.0.0.1:8999/teams/")
    assert not liste.erlaubt("http://127.0.0.1:8998/teams/")
    assert not liste.erlaubt("http://localhost:8999/teams/")
    assert not ServiceUrlListe(test_url="http://10.1.2.3:8999").erlaubt("http://10.1.2.3:8999/")
    assert not ServiceUrlListe(test_url="http://evil.example:80").erlaubt("http://evil.example/")


def test_hostliste_ist_konfigurierbar_und_ein_stern_allein_gilt_nicht():
    assert lies_hostliste(None) == STANDARD_HOSTS and lies_hostliste(" ") == STANDARD_HOSTS
    eigene = ServiceUrlListe(lies_hostliste("smba.infra.gov.teams.microsoft.us, *.example.org, *, a b"))
    assert eigene.hosts == ("smba.infra.gov.teams.microsoft.us", "*.example.org")
    assert eigene.erlaubt("https://smba.infra.gov.teams.microsoft.us/")
    assert eigene.erlaubt("https://bot.example.org/") and not eigene.erlaubt("https://example.org.evil.example/")
    assert not eigene.erlaubt(SERVICE)


# --- settings --------------------------------------------------------------------------------------------

def test_einstellungen_aus_der_umgebung():
    leer = TeamsEinstellungen.aus_umgebung({})
    assert not leer.eingerichtet and len(leer.fehler()) == 2
    multi = TeamsEinstellungen.aus_umgebung({"KP_TEAMS_APP_ID": APP_ID, "KP_TEAMS_APP_PASSWORD": "x"})
    assert multi.eingerichtet
    assert multi.token_url == "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"
    einzel = TeamsEinstellungen.aus_umgebung({"KP_TEAMS_APP_ID": APP_ID, "KP_TEAMS_APP_PASSWORD": "x",
                                              "KP_TEAMS_TENANT_ID": "9c4e2b1a-3f5d-4e6a-8b7c-1d2e3f4a5b6c"})
    assert einzel.token_url == ("https://login.microsoftonline.com/9c4e2b1a-3f5d-4e6a-8b7c-1d2e3f4a5b6c"
                                "/oauth2/v2.0/token")
    boese = TeamsEinstellungen.aus_umgebung({"KP_TEAMS_APP_ID": APP_ID, "KP_TEAMS_APP_PASSWORD": "x",
                                             "KP_TEAMS_TENANT_ID": "evil.example/../x?"})
    assert not boese.eingerichtet
    andere_namen = TeamsEinstellungen.aus_umgebung({"MEINE_ID": APP_ID}, app_id_env="MEINE_ID")
    assert andere_namen.app_id == APP_ID


def test_ohne_einstellungen_ruft_der_kanal_nichts_ab():
    from bot.channels.teams.kanal import TeamsInput
    kanal = TeamsInput(TeamsEinstellungen())
    assert not kanal.aktiv and kanal.pruefer is None and kanal.zugang is None


# --- incoming text ---------------------------------------------------------------------------------------

def test_erwaehnungen_werden_entfernt():
    assert ohne_erwaehnungen("<at>KP-Assistent</at> Braucht die Einladung eine RFB?") == \
        "Braucht die Einladung eine RFB?"
    assert ohne_erwaehnungen("Frage an <at id=\"0\">KP Assistent</at>:&nbsp;Gilt das\n auch <AT>x</AT>?") == \
        "Frage an : Gilt das auch ?"
    assert ohne_erwaehnungen("<at>KP-Assistent</at>") == ""


def test_erwaehnung_mit_attributen_und_grossschreibung():
    text = ohne_erwaehnungen('<AT id="0">Bot</AT>  Muss der KP   unterschrieben werden?')
    assert text == "Muss der KP unterschrieben werden?"


@pytest.mark.parametrize("aktivitaet,erwartet", [
    ({"text": "<at>Bot</at> Was ist eine PZU?"}, "Was ist eine PZU?"),
    ({"text": "", "value": {"payload": '/inform{"fakt": "termin_anlass", "wert": "wunsch_elb"}'}},
     '/inform{"fakt": "termin_anlass", "wert": "wunsch_elb"}'),
    ({"value": {"text": "Warum?"}}, "Warum?"),
    ({"text": "<at>Bot</at>", "value": {"payload": "/warum"}}, "/warum"),
    ({"value": {"bewertung": "gut", "antwort_id": "abc123"}},
     '/feedback{"antwort_id": "abc123", "bewertung": "gut"}'),
    ({"value": {"bewertung": "schlecht", "antwort_id": "abc123", "kommentar": "  fehlt\n Pkt. 6.3 "}},
     '/feedback{"antwort_id": "abc123", "bewertung": "schlecht", "kommentar": "fehlt Pkt. 6.3"}'),
    ({"value": {"bewertung": "toll", "antwort_id": "abc"}}, ""),
    ({"value": {"bewertung": "gut", "antwort_id": "a\"}{b"}}, ""),
    ({"value": "kaputt"}, ""), ({"text": 5}, ""), ({}, ""),
])
def test_nachrichtentext(aktivitaet, erwartet):
    assert nachrichtentext(aktivitaet) == erwartet


def test_feedback_kommentar_wird_gekuerzt_und_bleibt_gueltiges_json():
    text = nachrichtentext({"value": {"bewertung": "gut", "antwort_id": "x1", "kommentar": '"}' * 400}})
    daten = json.loads(text[len("/feedback"):])
    assert daten["kommentar"] == ('"}' * 400)[:500]


def test_absender_ist_pseudonym_und_je_unterhaltung_verschieden():
    a = {"conversation": {"id": "a:1"}, "from": {"id": "29:anna"}}
    b = {"conversation": {"id": "a:2"}, "from": {"id": "29:anna"}}
    assert absender(a) == absender(dict(a)) != absender(b)
    assert "anna" not in absender(a)


def test_antwort_geht_an_den_absender_als_antwort_auf_seine_nachricht():
    geruest = antwortgeruest({"id": "m1", "from": {"id": "29:u", "name": "Anna"}, "recipient": {"id": "28:bot"},
                              "conversation": {"id": "c1", "tenantId": "t"}})
    assert geruest == {"type": "message", "from": {"id": "28:bot"}, "recipient": {"id": "29:u"},
                       "conversation": {"id": "c1"}, "replyToId": "m1"}


# --- outgoing cards --------------------------------------------------------------------------------------

ENTSCHEIDUNG = {
    "typ": "entscheidung", "antwort_id": "a1b2", "regel": "kp.verpflichtung", "antwort": "ja", "modalitaet": "kann",
    "kurz": "Ja – Sie können die Absprachen per Verwaltungsakt festlegen.",
    "erlaeuterung": ["Zeile 1", "Zeile 2", "Zeile 3", "Zeile 4", "Zeile 5"],
    "abschnitte": ["4.2.1"], "normen": ["§ 15a Abs. 1 SGB II"], "quelle": "Weisung Pkt. 4.2.1; § 15a Abs. 1 SGB II",
    "fakten_verwendet": {"termin_anlass": "wunsch_elb"}, "fakten_fehlend": [], "buttons": [],
}


def _karte(inhalt):
    (anhang,) = inhalt["attachments"]
    assert anhang["contentType"] == KARTENTYP
    return anhang["content"]


def _texte(element):
    if isinstance(element, dict):
        if element.get("type") == "TextBlock":
            yield element["text"]
        for wert in element.values():
            yield from _texte(wert)
    elif isinstance(element, list):
        for teil in element:
            yield from _texte(teil)


def _aktionen(element):
    if isinstance(element, dict):
        if str(element.get("type", "")).startswith("Action."):
            yield element
        for wert in element.values():
            yield from _aktionen(wert)
    elif isinstance(element, list):
        for teil in element:
            yield from _aktionen(teil)


def test_entscheidung_wird_adaptive_card_mit_verdikt_quelle_und_rueckmeldung():
    inhalt = als_aktivitaet({"text": "Ja – …\nQuelle: Weisung Pkt. 4.2.1", "custom": ENTSCHEIDUNG})
    karte = _karte(inhalt)
    assert karte["type"] == "AdaptiveCard" and karte["version"] == "1.4"
    verdikt = karte["body"][0]
    assert verdikt["type"] == "Container" and verdikt["style"] == "good"
    assert verdikt["items"][0]["text"] == ENTSCHEIDUNG["kurz"] and verdikt["items"][0]["weight"] == "Bolder"
    texte = list(_texte(karte["body"]))
    assert "Ermessen der IFK (kann)" in texte
    assert [t for t in texte if t.startswith("• ")] == ["• Zeile 1", "• Zeile 2", "• Zeile 3", "• Zeile 4"]
    assert any(t.startswith("Berücksichtigt: ") and "Auf Wunsch der eLb" in t for t in texte)
    assert texte[-1] == "Quelle: Weisung Pkt. 4.2.1; § 15a Abs. 1 SGB II"
    rueckmeldung = [a for a in _aktionen(karte["actions"]) if a["type"] == "Action.Submit"]
    assert [a["data"] for a in rueckmeldung] == [{"antwort_id": "a1b2", "bewertung": "gut"},
                                                 {"antwort_id": "a1b2", "bewertung": "schlecht"}]
    # plain-text fallback for clients and notifications without cards
    assert inhalt["summary"] == karte["fallbackText"] == "Ja – …\nQuelle: Weisung Pkt. 4.2.1"


def test_rueckfrage_mit_knoepfen_als_action_submit():
    optionen = [{"title": f"Option {i}", "payload": f'/inform{{"fakt": "f", "wert": "{i}"}}'} for i in range(7)]
    custom = {**ENTSCHEIDUNG, "antwort": "bedingt", "modalitaet": "offen", "buttons": optionen,
              "fakten_fehlend": [{"name": "termin_anlass", "frage": "Aus welchem Anlass?", "optionen": []}]}
    karte = _karte(als_aktivitaet({"text": "Grundsätzlich ja …", "buttons": optionen, "custom": custom}))
    assert karte["body"][0]["style"] == "warning"
    assert "Rückfrage: Aus welchem Anlass?" in list(_texte(karte["body"]))
    zeilen = [e for e in karte["body"] if e["type"] == "ActionSet"]
    assert [len(z["actions"]) for z in zeilen] == [5, 2]  # all options visible, none hidden behind "…"
    knoepfe = [a for z in zeilen for a in z["actions"]]
    assert [k["data"]["payload"] for k in knoepfe] == [o["payload"] for o in optionen]
    assert all(k["type"] == "Action.Submit" for k in knoepfe)


def test_knoepfe_der_nachricht_wenn_die_nutzlast_keine_hat():
    buttons = [{"title": "Ja", "payload": "/affirm"}, {"title": "Nein", "payload": "/deny"}]
    custom = {k: v for k, v in ENTSCHEIDUNG.items() if k != "buttons"}
    karte = _karte(als_aktivitaet({"text": "…", "buttons": buttons, "custom": custom}))
    knoepfe = [a for e in karte["body"] if e["type"] == "ActionSet" for a in e["actions"]]
    assert [k["data"] for k in knoepfe] == [{"payload": "/affirm"}, {"payload": "/deny"}]


def test_verdikt_nein_ist_hervorgehoben():
    karte = _karte(als_aktivitaet({"text": "Nein …", "custom": {**ENTSCHEIDUNG, "antwort": "nein"}}))
    assert karte["body"][0]["style"] == "attention"


def test_text_mit_knoepfen_wird_einfache_karte():
    buttons = [{"title": "Pkt. 4.2 zeigen", "payload": '/originaltext{"abschnitt": "4.2"}'}]
    inhalt = als_aktivitaet({"text": "Da bin ich mir nicht sicher.\n• Pkt. 4.2 Einladung", "buttons": buttons,
                             "custom": {"typ": "fallback", "abschnitte": ["4.2"]}})
    karte = _karte(inhalt)
    assert list(_texte(karte["body"])) == ["Da bin ich mir nicht sicher.", "• Pkt. 4.2 Einladung"]
    assert [a["data"] for a in _aktionen(karte)] == [{"payload": '/originaltext{"abschnitt": "4.2"}'}]


def test_reiner_text_bleibt_text_mit_zeilenumbruechen_und_ohne_html_einschleusung():
    inhalt = als_aktivitaet({"text": "So bin ich zu der Antwort gekommen:\n1. <b>Regel</b> & mehr"})
    assert inhalt == {"text": "So bin ich zu der Antwort gekommen:<br>1. &lt;b&gt;Regel&lt;/b&gt; &amp; mehr",
                      "textFormat": "xml"}
    assert "attachments" not in inhalt


def test_leere_nachricht_wird_nicht_gesendet():
    assert als_aktivitaet({"text": "", "custom": {"typ": "originaltext"}}) is None
    assert als_aktivitaet({}) is None


# --- JWT -------------------------------------------------------------------------------------------------

SCHLUESSEL = neuer_schluessel()
FREMDER_SCHLUESSEL = neuer_schluessel()
KID = "kid-1"


def _claims(**abweichend):
    jetzt = int(time.time())
    claims = {"iss": AUSSTELLER, "aud": APP_ID, "exp": jetzt + 600, "nbf": jetzt - 10, "serviceurl": SERVICE}
    claims.update(abweichend)
    return {k: v for k, v in claims.items() if v is not None}


def _pruefer(endorsements=None):
    return TokenPruefer(APP_ID, Schluesselbund(schluessel=[jwk_von(SCHLUESSEL, KID, endorsements)]))


def _pruefe(kopfzeile, pruefer=None):
    return asyncio.run((pruefer or _pruefer()).pruefe(kopfzeile))


def test_gueltiges_token_wird_angenommen():
    claims, jwk = _pruefe("Bearer " + signiere(SCHLUESSEL, KID, _claims()))
    assert claims["aud"] == APP_ID and jwk["kid"] == KID
    TokenPruefer.passt_zur_aktivitaet(claims, jwk, {"serviceUrl": SERVICE, "channelId": "msteams"})


def test_uhrenabweichung_bis_fuenf_minuten_wird_toleriert():
    _pruefe("Bearer " + signiere(SCHLUESSEL, KID, _claims(exp=int(time.time()) - 200)))


@pytest.mark.parametrize("kopfzeile", [
    None, "", "Bearer", "Bearer ", "Basic abc", "bearer x.y.z", "Bearer kaputt", "Bearer ä.ö.ü",
    "Bearer " + signiere(FREMDER_SCHLUESSEL, KID, _claims()),  # forged: right kid, wrong key
    "Bearer " + signiere(SCHLUESSEL, "anderer-kid", _claims()),
    "Bearer " + signiere(SCHLUESSEL, KID, _claims(exp=int(time.time()) - 400)),  # expired beyond the skew
    "Bearer " + signiere(SCHLUESSEL, KID, _claims(nbf=int(time.time()) + 900)),
    "Bearer " + signiere(SCHLUESSEL, KID, _claims(aud="11111111-1111-1111-1111-111111111111")),
    "Bearer " + signiere(SCHLUESSEL, KID, _claims(iss="https://sts.windows.net/evil/")),
    "Bearer " + signiere(SCHLUESSEL, KID, _claims(exp=None)),
    "Bearer " + signiere(SCHLUESSEL, KID, _claims(aud=None)),
    "Bearer " + signiere(SCHLUESSEL, KID, _claims(), algorithmus="PS256"),
])
def test_ungueltige_tokens_ergeben_401(kopfzeile):
    with pytest.raises(Abgelehnt) as abgelehnt:
        _pruefe(kopfzeile)
    assert abgelehnt.value.status == 401


def test_alg_none_und_hmac_mit_oeffentlichem_schluessel_werden_abgelehnt():
    import base64
    kopf = base64.urlsafe_b64encode(json.dumps({"alg": "none", "kid": KID}).encode()).rstrip(b"=").decode()
    rumpf = base64.urlsafe_b64encode(json.dumps(_claims()).encode()).rstrip(b"=").decode()
    for token in (f"{kopf}.{rumpf}.", __import__("jwt").encode(_claims(), "geheim", algorithm="HS256",
                                                               headers={"kid": KID})):
        with pytest.raises(Abgelehnt) as abgelehnt:
            _pruefe("Bearer " + token)
        assert abgelehnt.value.status == 401


def test_token_muss_zur_aktivitaet_passen():
    claims, jwk = _pruefe("Bearer " + signiere(SCHLUESSEL, KID, _claims()))
    with pytest.raises(Abgelehnt) as anderer_dienst:
        TokenPruefer.passt_zur_aktivitaet(claims, jwk, {"serviceUrl": "https://evil.example/", "channelId": "msteams"})
    assert anderer_dienst.value.status == 401
    with pytest.raises(Abgelehnt) as nicht_bestaetigt:
        TokenPruefer.passt_zur_aktivitaet(claims, jwk, {"serviceUrl": SERVICE, "channelId": "slack"})
    assert nicht_bestaetigt.value.status == 403
    ohne_endorsements = {k: v for k, v in jwk.items() if k != "endorsements"}
    with pytest.raises(Abgelehnt):
        TokenPruefer.passt_zur_aktivitaet(claims, ohne_endorsements, {"serviceUrl": SERVICE, "channelId": "msteams"})


def test_schluessel_aus_datei(tmp_path):
    datei = tmp_path / "jwks.json"
    datei.write_text(json.dumps({"keys": [jwk_von(SCHLUESSEL, KID)]}))
    pruefer = TokenPruefer(APP_ID, Schluesselbund.aus_datei(datei))
    claims, _ = asyncio.run(pruefer.pruefe("Bearer " + signiere(SCHLUESSEL, KID, _claims())))
    assert claims["serviceurl"] == SERVICE


class Uhr:
    def __init__(self):
        self.jetzt = 1000.0

    def __call__(self):
        return self.jetzt


def test_schluessel_werden_zwischengespeichert_und_selten_neu_geladen():
    uhr, geladen = Uhr(), []

    async def laden():
        geladen.append(uhr.jetzt)
        return [jwk_von(SCHLUESSEL, KID)]

    bund = Schluesselbund(laden=laden, uhr=uhr)

    async def ablauf():
        assert await bund.finde(KID) is not None
        for _ in range(50):
            await bund.finde(KID)
        assert len(geladen) == 1
        assert await bund.finde("unbekannt") is None  # within 5 minutes of the last fetch: no new fetch
        assert len(geladen) == 1
        uhr.jetzt += 301
        assert await bund.finde("unbekannt") is None  # unknown key id after 5 minutes: one refresh
        assert await bund.finde("unbekannt") is None
        assert len(geladen) == 2
        uhr.jetzt += 24 * 3600 + 1
        await bund.finde(KID)
        assert len(geladen) == 3  # daily refresh

    asyncio.run(ablauf())


def test_ohne_abrufbare_schluessel_503_und_kein_dauerfeuer():
    uhr, versuche = Uhr(), []

    async def laden():
        versuche.append(1)
        raise aiohttp.ClientConnectionError("kein Netz")

    bund = Schluesselbund(laden=laden, uhr=uhr)

    async def ablauf():
        for _ in range(3):
            with pytest.raises(Abgelehnt) as abgelehnt:
                await bund.finde(KID)
            assert abgelehnt.value.status == 503
        assert len(versuche) == 1

    asyncio.run(ablauf())


def test_schluessel_von_der_openid_metadaten_adresse():
    with FakeBotFramework(APP_ID, "geheim") as fake:
        bund = Schluesselbund.aus_openid(fake.openid_url)
        jwk = asyncio.run(bund.finde(fake.kid))
        assert jwk is not None and jwk["kid"] == fake.kid
        assert [a.pfad for a in fake.anfragen] == ["/v1/.well-known/openidconfiguration", "/v1/.well-known/keys"]


# --- the bot's own token ---------------------------------------------------------------------------------

def test_zugangstoken_vom_eigenen_tenant_und_zwischengespeichert():
    tenant = "9c4e2b1a-3f5d-4e6a-8b7c-1d2e3f4a5b6c"
    with FakeBotFramework(APP_ID, "geheim", tenant=tenant) as fake:
        einstellungen = TeamsEinstellungen(app_id=APP_ID, app_passwort="geheim", tenant=tenant, login_url=fake.url)
        zugang = Zugangstoken(einstellungen.token_url, APP_ID, "geheim")

        async def ablauf():
            async with aiohttp.ClientSession() as session:
                return [await zugang.kopf(session) for _ in range(5)]

        koepfe = asyncio.run(ablauf())
        assert koepfe == [{"Authorization": f"Bearer {fake.ausgegebene_tokens[0]}"}] * 5
        (anfrage,) = fake.token_anfragen(fake.anfragen)
        assert anfrage.pfad == f"/{tenant}/oauth2/v2.0/token"
        assert anfrage.formular() == {"grant_type": "client_credentials", "client_id": APP_ID,
                                      "client_secret": "geheim", "scope": "https://api.botframework.com/.default"}


def test_zugangstoken_wird_kurz_vor_ablauf_erneuert():
    uhr = Uhr()
    with FakeBotFramework(APP_ID, "geheim", token_dauer=3600) as fake:
        zugang = Zugangstoken(f"{fake.url}/botframework.com/oauth2/v2.0/token", APP_ID, "geheim", uhr=uhr)

        async def ablauf():
            async with aiohttp.ClientSession() as session:
                await zugang.kopf(session)
                uhr.jetzt += 3600 - 301
                await zugang.kopf(session)
                uhr.jetzt += 2
                await zugang.kopf(session)

        asyncio.run(ablauf())
        assert len(fake.token_anfragen(fake.anfragen)) == 2


def test_falsches_passwort_ergibt_zustellfehler_ohne_geheimnis_in_der_meldung():
    with FakeBotFramework(APP_ID, "geheim") as fake:
        zugang = Zugangstoken(f"{fake.url}/botframework.com/oauth2/v2.0/token", APP_ID, "falsch-XYZ")

        async def ablauf():
            async with aiohttp.ClientSession() as session:
                await zugang.kopf(session)

        with pytest.raises(ZustellFehler) as fehler:
            asyncio.run(ablauf())
        assert "401" in str(fehler.value) and "falsch-XYZ" not in str(fehler.value)
