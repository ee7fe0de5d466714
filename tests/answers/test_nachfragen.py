"""Answers that are not decisions (bot/answers/nachfragen.py)."""
from bot.answers.nachfragen import originaltext


def test_originaltext_zu_einem_thema_ohne_nummer():
    assert "Pkt. 9.1" in originaltext("Wortlaut zur Einstellungszusage bitte", None, None).text
    assert originaltext("Originaltext bitte", None, None).text.startswith("Welche Stelle")
