"""The held-out evaluation's scoring (bot/eval/heldout.py) – what counts as correct."""
from bot.eval.heldout import bewerte


def test_intent_namen_des_katalogs_gelten_wie_die_der_domain():
    glossar = bewerte({"intent_erwartet": "frage_glossar"}, "PZU = Postzustellungsurkunde", {}, "glossar")
    falsch = bewerte({"intent_erwartet": "frage_glossar"}, "…", {}, "originaltext")
    assert glossar.intent_korrekt and not falsch.intent_korrekt


def test_gegenteiliges_verdikt_und_fehlende_zitate():
    frage = {"intent_erwartet": "frage_einladung_rfb", "abschnitte": ["4.2"], "antwort": "ja"}
    richtig = bewerte(frage, "Ja – … Quelle: Weisung Pkt. 4.2; § 59 SGB II", {"antwort": "ja"}, "frage_einladung_rfb")
    gegenteil = bewerte(frage, "Nein – … Quelle: Weisung Pkt. 4.1", {"antwort": "nein"}, "frage_einladung_rfb")
    assert richtig.korrekt and not gegenteil.korrekt and gegenteil.gegenteil
    assert any("4.2" in f for f in gegenteil.fehler)


def test_gleichwertige_abschnitte_als_liste_einer_genuegt():
    frage = {"intent_erwartet": "frage_kp_unterschrift", "abschnitte": [["1", "4.1", "6.4"]]}
    assert bewerte(frage, "Nein – … Quelle: Weisung Pkt. 6.4", {}, "frage_kp_unterschrift").korrekt
    assert not bewerte(frage, "Nein – … Quelle: Weisung Pkt. 5", {}, "frage_kp_unterschrift").korrekt
