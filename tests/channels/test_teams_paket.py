"""The Teams app package: manifest filled in and within Teams' limits, icons as Teams requires, zip layout."""
from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from bot.channels.teams.paket import ICONS, PROJEKT, QUELLE, PaketFehler, baue
from tests.channels.conftest import API_TOKEN, sende

APP_ID = "5b1f0c2e-8d8a-4c55-9a51-0d6f3c1e2a77"


@pytest.fixture
def paket(tmp_path) -> zipfile.ZipFile:
    with zipfile.ZipFile(baue({"KP_TEAMS_APP_ID": APP_ID.upper()}, ziel=tmp_path / "app.zip")) as archiv:
        yield archiv


def test_paket_enthaelt_genau_manifest_und_icons_im_wurzelordner(paket):
    assert sorted(paket.namelist()) == ["color.png", "manifest.json", "outline.png"]


def test_manifest_ist_ausgefuellt_und_haelt_die_grenzen_von_teams_ein(paket):
    manifest = json.loads(paket.read("manifest.json"))
    assert "${" not in json.dumps(manifest)
    assert tuple(map(int, manifest["manifestVersion"].split("."))) >= (1, 22)  # current schema (Microsoft Learn, 2026: v1.22)
    assert f"v{manifest['manifestVersion']}/MicrosoftTeams.schema.json" in manifest["$schema"]
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    assert re.fullmatch(r"\d+\.\d+\.\d+", manifest["version"])
    assert re.fullmatch(r"#[0-9A-Fa-f]{6}", manifest["accentColor"])
    entwickler = manifest["developer"]
    assert len(entwickler["name"]) <= 32
    assert all(entwickler[u].startswith("https://") for u in ("websiteUrl", "privacyUrl", "termsOfUseUrl"))
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["name"]["full"]) <= 100
    assert len(manifest["description"]["short"]) <= 80 and len(manifest["description"]["full"]) <= 4000
    (bot,) = manifest["bots"]
    assert set(bot["scopes"]) == {"personal", "team", "groupchat"}
    for liste in bot["commandLists"]:
        assert len(liste["commands"]) <= 10
        assert all(len(k["title"]) <= 32 and len(k["description"]) <= 128 for k in liste["commands"])
    assert manifest["localizationInfo"]["defaultLanguageTag"] == "de-de"


def test_icons_wie_teams_sie_verlangt(paket, tmp_path):
    for name, groesse in ICONS.items():
        (tmp_path / f"{name}.png").write_bytes(paket.read(f"{name}.png"))
        assert Image.open(tmp_path / f"{name}.png").size == groesse
    umriss = Image.open(tmp_path / "outline.png").convert("RGBA")
    pixel = [umriss.getpixel((x, y)) for x in range(32) for y in range(32)]
    assert {p[:3] for p in pixel if p[3] > 0} == {(255, 255, 255)}  # white only …
    assert sum(p[3] == 0 for p in pixel) > 512  # … on a transparent background
    farbig = Image.open(tmp_path / "color.png").convert("RGBA")
    assert farbig.getpixel((0, 0))[3] == 255 and len(farbig.getcolors(192 * 192)) > 2


def test_einstellungen_aus_der_umgebung(tmp_path):
    ziel = baue({"KP_TEAMS_APP_ID": APP_ID, "KP_TEAMS_APP_VERSION": "2.3.4", "KP_TEAMS_HERAUSGEBER": "Jobcenter Test",
                 "KP_TEAMS_DATENSCHUTZ_URL": "https://intranet.example/datenschutz"}, ziel=tmp_path / "app.zip")
    manifest = json.loads(zipfile.ZipFile(ziel).read("manifest.json"))
    assert manifest["version"] == "2.3.4" and manifest["developer"]["name"] == "Jobcenter Test"
    assert manifest["developer"]["privacyUrl"] == "https://intranet.example/datenschutz"


@pytest.mark.parametrize("env,meldung", [
    ({}, "KP_TEAMS_APP_ID"), ({"KP_TEAMS_APP_ID": "meine-app"}, "GUID"),
    ({"KP_TEAMS_APP_ID": APP_ID + "x"}, "GUID"),
    ({"KP_TEAMS_APP_ID": APP_ID, "KP_TEAMS_WEBSITE_URL": "http://intranet"}, "https://"),
    ({"KP_TEAMS_APP_ID": APP_ID, "KP_TEAMS_APP_VERSION": "1.0"}, "1.2.3"),
    ({"KP_TEAMS_APP_ID": APP_ID, "KP_TEAMS_HERAUSGEBER": "x" * 33}, "32")])
def test_falsche_einstellungen_werden_benannt(tmp_path, env, meldung):
    with pytest.raises(PaketFehler, match=re.escape(meldung)):
        baue(env, ziel=tmp_path / "app.zip")
    assert not (tmp_path / "app.zip").exists()


def test_unbekannter_platzhalter_faellt_auf(tmp_path):
    quelle = tmp_path / "teams"
    quelle.mkdir()
    manifest = json.loads((QUELLE / "manifest.json").read_text(encoding="utf-8"))
    manifest["name"]["short"] = "${KP_TIPPFEHLER}"
    (quelle / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    for name in ICONS:
        (quelle / f"{name}.png").write_bytes((QUELLE / f"{name}.png").read_bytes())
    with pytest.raises(PaketFehler, match="KP_TIPPFEHLER"):
        baue({"KP_TEAMS_APP_ID": APP_ID}, quelle=quelle, ziel=tmp_path / "app.zip")


def test_skript_baut_nach_dist_und_meldet_fehler_ohne_traceback():
    skript = PROJEKT / "scripts" / "teams-package.sh"
    ohne = subprocess.run([str(skript)], capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert ohne.returncode == 2 and "KP_TEAMS_APP_ID" in ohne.stderr and "Traceback" not in ohne.stderr
    mit = subprocess.run([str(skript)], capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "KP_TEAMS_APP_ID": APP_ID})
    assert mit.returncode == 0, mit.stderr
    ziel = Path(PROJEKT / "dist" / "kp-assistent-teams.zip")
    assert json.loads(zipfile.ZipFile(ziel).read("manifest.json"))["bots"][0]["botId"] == APP_ID


@pytest.mark.e2e
def test_befehle_des_manifests_versteht_der_assistent(assistent_mit_teams):
    befehle = json.loads((QUELLE / "manifest.json").read_text(encoding="utf-8"))["bots"][0]["commandLists"][0]
    url = f"{assistent_mit_teams.rasa_url}/webhooks/rest/webhook"
    for befehl in befehle["commands"]:
        status, antwort = sende(url, {"sender": "teams-befehle", "message": befehl["title"]},
                                {"Authorization": f"Bearer {API_TOKEN}"})
        text = "\n".join(n.get("text", "") for n in antwort)
        assert status == 200 and "nicht verstanden" not in text and "nicht sicher" not in text, (befehl, text)
