"""Answers that are not decisions (bot/answers/nachfragen.py)."""
import pytest

from bot.answers.nachfragen import glossar, originaltext


def test_originaltext_zu_einem_thema_ohne_nummer():
    assert "Pkt. 9.1" in originaltext("Wortlaut zur Einstellungszusage bitte", None, None).text
    assert originaltext("Originaltext bitte", None, None).text.startswith("Welche Stelle")


def test_originaltext_zu_einer_umschriebenen_frage_nennt_den_punkt_ihrer_regel():
    # the section search alone ranks 6.2.1 first ("Verpflichtungsbescheid" occurs there more often)
    n = originaltext("zeig mir bitte die stelle, wie lange so ein verpflichtungsbescheid gilt, wörtlich", None, None)
    assert n.custom["abschnitte"] == ["8.1"]
    assert originaltext("Passage zum Maßnahmeabbruch bitte", None, None).custom["abschnitte"] == ["6.2.1"]


@pytest.mark.parametrize("text, kurz", [
    ("wofür steht eLb und was ist eine RBB?", ["eLb", "RBB"]),
    ("Was heißen PZU und RBB?", ["PZU", "RBB"]),
    ("Was ist eine PZU?", ["PZU"]),
])
def test_glossar_erklaert_jeden_gefragten_begriff(text, kurz):
    zeilen = glossar(text).splitlines()
    assert [zeile.split(" = ")[0] for zeile in zeilen] == kurz
