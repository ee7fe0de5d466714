"""The web chat as a caseworker meets it: a real headless Chromium against the running assistant."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.web.conftest import AXE, warte_bereit

RFB_FRAGE = "Braucht eine Einladung zum Beratungsgespräch eigentlich immer eine RFB?"
XSS = "<img src=x onerror=alert(1)>"
SITZUNG = "() => sessionStorage.getItem('kp-assistent.session_id')"


def antworten(page: Page) -> Locator:
    return page.locator("#verlauf .nachricht.bot")


def fragen(page: Page) -> Locator:
    return page.locator("#verlauf .nachricht.nutzer")


def naechste_antwort(page: Page, aktion) -> Locator:
    """Runs the action (typing, a click, …) and returns the assistant's next message."""
    bisher = antworten(page).count()
    aktion()
    antwort = antworten(page).nth(bisher)
    antwort.wait_for()
    return antwort


def frage(page: Page, text: str) -> Locator:
    def tippen() -> None:
        page.locator("#frage").fill(text)
        page.locator("#frage").press("Enter")
    return naechste_antwort(page, tippen)


def test_frage_fundstelle_rueckfrage_und_verlauf_nach_neuladen(seite: Page, ausgabe):
    expect(seite.locator("#beispiele")).to_be_visible()
    seite.screenshot(path=ausgabe / "web-chat-start.png")
    antwort = frage(seite, RFB_FRAGE)
    expect(antwort.locator(".verdikt")).to_have_text(re.compile(r"^Grundsätzlich ja"))
    expect(antwort.locator(".quellen .chip", has_text="Weisung Pkt. 4.2")).to_be_visible()
    expect(seite.locator("#beispiele")).to_be_hidden()
    knopf = antwort.locator(".auswahl button", has_text="Auf Wunsch der eLb")
    aufgeloest = naechste_antwort(seite, knopf.click)
    expect(aufgeloest.locator(".verdikt")).to_have_text(re.compile(r"^Nein"))
    expect(aufgeloest).to_contain_text("ohne RFB")
    expect(aufgeloest.locator(".quellen .chip", has_text="Weisung Pkt. 4.2")).to_be_visible()
    expect(fragen(seite).last.locator("p")).to_have_text("Auf Wunsch der eLb")
    expect(knopf).to_be_disabled()
    seite.screenshot(path=ausgabe / "web-chat.png")

    seite.reload()
    warte_bereit(seite)
    expect(fragen(seite).locator("p")).to_have_text([RFB_FRAGE, "Auf Wunsch der eLb"])
    expect(antworten(seite)).to_have_count(2)
    expect(antworten(seite).nth(0).locator(".verdikt")).to_have_text(re.compile(r"^Grundsätzlich ja"))
    expect(antworten(seite).nth(1).locator(".verdikt")).to_have_text(re.compile(r"^Nein"))
    expect(antworten(seite).nth(1).locator(".quellen .chip", has_text="Weisung Pkt. 4.2")).to_be_visible()
    expect(antworten(seite).nth(0).locator(".auswahl button", has_text="Auf Wunsch der eLb")).to_be_disabled()
    expect(seite.locator("#beispiele")).to_be_hidden()


def test_html_in_nachrichten_bleibt_text(seite: Page):
    frage(seite, XSS)
    expect(fragen(seite).last.locator("p")).to_have_text(XSS)
    assert seite.locator("#verlauf img").count() == 0
    seite.reload()
    warte_bereit(seite)
    expect(fragen(seite).last.locator("p")).to_have_text(XSS)
    assert seite.locator("#verlauf img").count() == 0
    # the fixture fails the test if alert() opened a dialog or the CSP blocked anything


def test_warum_originaltext_und_bewertung(seite: Page):
    antwort = frage(seite, "Muss der Kooperationsplan unterschrieben werden?")
    warum = naechste_antwort(seite, antwort.get_by_role("button", name="Warum?").click)
    expect(warum).to_contain_text("So bin ich zu der Antwort gekommen")
    original = naechste_antwort(seite, antwort.get_by_role("button", name="Originaltext").click)
    expect(original.locator(".quellen .chip").first).to_contain_text("Weisung Pkt.")
    gut = antwort.get_by_role("button", name="Hilfreich", exact=True)
    schlecht = antwort.get_by_role("button", name="Nicht hilfreich")
    bestaetigung = naechste_antwort(seite, gut.click)
    expect(bestaetigung).to_contain_text("Rückmeldung")  # action_feedback answered (thanks, or why not stored)
    expect(gut).to_have_attribute("aria-pressed", "true")
    expect(schlecht).to_have_attribute("aria-pressed", "false")
    expect(schlecht).to_be_disabled()
    # a click on a section chip shows that section's wording
    chip = antwort.locator(".quellen button.chip").first
    abschnitt = chip.inner_text().removeprefix("Weisung Pkt. ")
    wortlaut = naechste_antwort(seite, chip.click)
    expect(wortlaut).to_contain_text(f"Pkt. {abschnitt}")

    seite.reload()
    warte_bereit(seite)
    expect(antworten(seite).first.get_by_role("button", name="Hilfreich", exact=True)).to_have_attribute(
        "aria-pressed", "true")
    expect(fragen(seite)).to_have_count(4)  # the question, Warum?, Originaltext, the chip – no feedback bubble


def test_beispielfrage_und_neues_gespraech(seite: Page):
    antwort = naechste_antwort(seite, seite.get_by_role("button", name="Was ist eine PZU?").click)
    expect(antwort).to_contain_text("Postzustellungsurkunde")
    alte_sitzung = seite.evaluate(SITZUNG)
    seite.get_by_role("button", name="Neues Gespräch").click()
    warte_bereit(seite)
    expect(antworten(seite)).to_have_count(0)
    expect(seite.locator("#beispiele")).to_be_visible()
    expect(seite.locator("#frage")).to_be_focused()
    neue_sitzung = seite.evaluate(SITZUNG)
    assert neue_sitzung and neue_sitzung != alte_sitzung
    seite.reload()
    warte_bereit(seite)
    expect(antworten(seite)).to_have_count(0)
    assert seite.evaluate(SITZUNG) == neue_sitzung


def test_schreibanzeige_bis_die_antwort_kommt(kontext_fabrik, seiten_url):
    kontext = kontext_fabrik()
    kontext.add_init_script("""
        window.__tippt = [];
        document.addEventListener("DOMContentLoaded", function () {
          const t = document.getElementById("tippt");
          new MutationObserver(function () {
            window.__tippt.push([!t.hidden, document.querySelectorAll("#verlauf .nachricht.bot").length]);
          }).observe(t, {attributes: true, attributeFilter: ["hidden"]});
        });""")
    page = kontext.new_page()
    page.goto(seiten_url)
    warte_bereit(page)
    expect(page.locator("#tippt")).to_be_hidden()
    frage(page, RFB_FRAGE)
    expect(page.locator("#tippt")).to_be_hidden()
    # shown while no answer was there; hidden in the same step that shows the answer
    assert page.evaluate("() => window.__tippt") == [[True, 0], [False, 1]]


def test_nur_mit_tastatur(seite: Page):
    fokus = []
    for _ in range(12):
        seite.keyboard.press("Tab")
        fokus.append(seite.evaluate("() => { const e = document.activeElement; "
                                    "return e.tagName === 'INPUT' ? e.id : e.textContent; }"))
        if fokus[-1] == "frage":
            break
    assert fokus[0] == "Zur Eingabe springen" and "Neues Gespräch" in fokus and fokus[-1] == "frage", fokus
    assert "Was ist eine PZU?" in fokus
    _fokus_sichtbar(seite)

    bisher = antworten(seite).count()
    seite.keyboard.type(RFB_FRAGE)
    seite.keyboard.press("Enter")
    antworten(seite).nth(bisher).wait_for()
    expect(seite.locator("#frage")).to_be_focused()
    expect(seite.locator("#frage")).to_have_value("")

    # back from the input to the clarifying buttons, choose one with Enter
    for _ in range(15):
        seite.keyboard.press("Shift+Tab")
        if seite.evaluate("() => document.activeElement.textContent") == "Auf Wunsch der eLb":
            break
    else:
        raise AssertionError("Rückfrage-Knopf nicht per Tastatur erreichbar")
    _fokus_sichtbar(seite)
    aufgeloest = naechste_antwort(seite, lambda: seite.keyboard.press("Enter"))
    expect(aufgeloest.locator(".verdikt")).to_have_text(re.compile(r"^Nein"))
    expect(seite.locator("#frage")).to_be_focused()


def _fokus_sichtbar(page: Page) -> None:
    stil, breite = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }")
    assert stil != "none" and float(breite.removesuffix("px")) >= 2, (stil, breite)


def test_skip_link_fuehrt_zur_eingabe(seite: Page):
    seite.keyboard.press("Tab")
    seite.keyboard.press("Enter")
    expect(seite.locator("#frage")).to_be_focused()


def _axe(page: Page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, hilfe: v.help,
                                       stellen: v.nodes.map(n => n.target.join(" "))}));
    }""")


def _schwer(verstoesse: list[dict]) -> list[dict]:
    return [v for v in verstoesse if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("breite,hoehe", [(1000, 800), (320, 640)])
def test_barrierefreiheit_axe(kontext_fabrik, seiten_url, breite, hoehe):
    # axe is injected as a script, which the page's own CSP rightly forbids: this context ignores the CSP
    page = kontext_fabrik(bypass_csp=True, viewport={"width": breite, "height": hoehe}).new_page()
    page.goto(seiten_url)
    warte_bereit(page)
    assert _schwer(_axe(page)) == []
    antwort = frage(page, RFB_FRAGE)
    naechste_antwort(page, antwort.get_by_role("button", name="Nicht hilfreich").click)
    frage(page, "Warum?")
    assert _schwer(_axe(page)) == []
    # new messages land in the live region that screen readers announce
    expect(page.locator("#verlauf")).to_have_attribute("role", "log")
    expect(page.locator('[role="log"] .nachricht.bot')).to_have_count(3)


def _kein_waagrechtes_scrollen(page: Page) -> None:
    breite, sichtbar = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert breite <= sichtbar, f"Seite {breite}px breit bei {sichtbar}px Anzeige"


def _im_bild(page: Page, locator: Locator) -> None:
    box = locator.bounding_box()
    hoehe = page.viewport_size["height"]
    breite = page.viewport_size["width"]
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= breite and box["y"] + box["height"] <= hoehe + 1, box


def _frei(locator: Locator) -> None:
    """In view and not hidden under the pinned input area (what a keyboard user focuses must be seen)."""
    assert locator.evaluate("""e => { const r = e.getBoundingClientRect();
        return e.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); }"""), \
        "verdeckt oder außerhalb des Bildes"


def test_schmaler_bildschirm_320px(kontext_fabrik, seiten_url, ausgabe):
    page = kontext_fabrik(viewport={"width": 320, "height": 640}).new_page()
    page.goto(seiten_url)
    warte_bereit(page)
    _kein_waagrechtes_scrollen(page)
    antwort = frage(page, RFB_FRAGE)
    _kein_waagrechtes_scrollen(page)
    _im_bild(page, page.locator("#frage"))
    _im_bild(page, page.get_by_role("button", name="Senden"))
    antwort.locator(".verdikt").scroll_into_view_if_needed()
    _im_bild(page, antwort.locator(".verdikt"))
    for knopf in antwort.locator("button").all():
        knopf.focus()
        _frei(knopf)
    page.screenshot(path=ausgabe / "web-chat-320px.png")


def test_200_prozent_zoom(kontext_fabrik, seiten_url, ausgabe):
    # a 1280 × 800 window at 200 % zoom lays out like 640 × 400 CSS pixels at device scale 2
    page = kontext_fabrik(viewport={"width": 640, "height": 400}, device_scale_factor=2).new_page()
    page.goto(seiten_url)
    warte_bereit(page)
    antwort = frage(page, RFB_FRAGE)
    _kein_waagrechtes_scrollen(page)
    _im_bild(page, page.locator("#frage"))
    _im_bild(page, page.get_by_role("button", name="Senden"))
    for knopf in antwort.locator("button").all():
        knopf.focus()
        _frei(knopf)
    antwort.locator(".auswahl button", has_text="Auf Wunsch der eLb").focus()
    page.screenshot(path=ausgabe / "web-chat-200-prozent.png")
