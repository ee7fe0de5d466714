"""A running assistant and a real headless Chromium for the web chat tests.

Locally, tests that need something missing (trained model, Chromium, the npm packages) are skipped
with the reason; in CI (KP_CI=1) a missing piece is a failure, never a skip.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.channels.web.adresse import PFAD
from bot.channels.web.seite import NODE_MODULES
from bot.launcher import MODELL, PROJEKT, Dienste

AXE = NODE_MODULES / "axe-core" / "axe.min.js"
SOCKET_IO = NODE_MODULES / "socket.io-client" / "dist" / "socket.io.min.js"
AUSGABE = PROJEKT / "test-output"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# Recorded before any page script runs: CSP violations the page causes.
CSP_PROTOKOLL = """
window.__cspVerstoesse = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspVerstoesse.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def fehlt(grund: str) -> None:
    if os.environ.get("KP_CI") == "1":
        pytest.fail(f"{grund} (in der CI Pflicht)")
    pytest.skip(grund)


def chromium_pfad() -> str | None:
    for kandidat in (os.environ.get("KP_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                     shutil.which("chromium-browser")):
        if kandidat and Path(kandidat).is_file():
            return kandidat
    return None


@pytest.fixture(scope="session")
def web_assistent():
    if not MODELL.exists():
        fehlt("kein trainiertes Modell (make train)")
    if not SOCKET_IO.exists():
        fehlt("socket.io-Client fehlt (scripts/setup-web.sh)")
    with Dienste(env={"KP_HEUTE": "2026-11-27", "KP_API_TOKEN": ""}) as dienste:
        yield dienste


@pytest.fixture(scope="session")
def seiten_url(web_assistent) -> str:
    return f"{web_assistent.rasa_url}{PFAD}"


@pytest.fixture(scope="session")
def browser():
    pfad = chromium_pfad()
    if not pfad:
        fehlt("kein Chromium gefunden (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        fehlt("Playwright für Python fehlt")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=pfad, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def kontext_fabrik(browser):
    """New isolated browser contexts (own sessionStorage = own conversation)."""
    kontexte = []

    def neu(**optionen):
        kontext = browser.new_context(locale="de-DE", **{"viewport": {"width": 1000, "height": 800}, **optionen})
        kontext.add_init_script(CSP_PROTOKOLL)
        kontext.set_default_timeout(30_000)
        kontexte.append(kontext)
        return kontext

    yield neu
    for kontext in kontexte:
        kontext.close()


def warte_bereit(page) -> None:
    """Connected, session confirmed and its history shown."""
    page.locator('body[data-verbindung="bereit"]').wait_for()


@pytest.fixture
def seite(kontext_fabrik, seiten_url):
    """The chat page, opened; fails the test on page errors, dialogs (alert!) or CSP violations."""
    page = kontext_fabrik().new_page()
    probleme: list[str] = []
    page.on("pageerror", lambda fehler: probleme.append(f"JavaScript-Fehler: {fehler}"))
    page.on("dialog", lambda dialog: (probleme.append(f"Dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(seiten_url)
    warte_bereit(page)
    yield page
    probleme += page.evaluate("() => window.__cspVerstoesse || []")
    assert not probleme, probleme


@pytest.fixture(scope="session")
def ausgabe() -> Path:
    AUSGABE.mkdir(exist_ok=True)
    return AUSGABE
