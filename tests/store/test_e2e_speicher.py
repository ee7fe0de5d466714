"""Through the REST channel of a running assistant (SQLite stores in a temporary folder): conversations survive a
restart, nothing personal reaches a file (databases and logs), feedback and the answer log work, and an outage
of the log database during operation costs no answer."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from bot.launcher import MODELL, Dienste
from bot.store import schema
from bot.store.migration import migriere
from tests.e2e.conftest import post

pytestmark = pytest.mark.e2e


def _sqlite(pfad: Path) -> str:
    return f"sqlite:///{pfad}"


def _dienste(ordner: Path) -> Dienste:
    if not MODELL.exists():
        pytest.skip("kein trainiertes Modell (make train)")
    migriere(_sqlite(ordner / "kp.db"))
    return Dienste(env={"KP_DB_URL": _sqlite(ordner / "kp.db"), "KP_TRACKER_DB_URL": _sqlite(ordner / "tracker.db"),
                        "KP_HEUTE": "2026-11-27", "KP_API_TOKEN": ""},
                   log_dir=ordner / "log", endpoints="endpoints.yml")


def _frage(dienste: Dienste, text: str, sender: str) -> list[dict]:
    status, antwort = post(f"{dienste.rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": text})
    assert status == 200, antwort
    return antwort


def _text(nachrichten: list[dict]) -> str:
    return "\n".join(n.get("text", "") for n in nachrichten)


def _antwort_id(nachrichten: list[dict]) -> str:
    return next(n["custom"]["antwort_id"] for n in nachrichten if isinstance(n.get("custom"), dict)
                and n["custom"].get("antwort_id"))


def _fakten(ordner: Path, sender: str) -> dict:
    """The last value of the slot `fakten` as stored in the tracker database."""
    e = create_engine(_sqlite(ordner / "tracker.db"))
    with e.connect() as v:
        daten = v.execute(text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'slot' ORDER BY id"),
                          {"s": sender}).scalars().all()
    e.dispose()
    werte = [json.loads(d)["value"] for d in daten if json.loads(d)["name"] == "fakten"]
    return werte[-1] if werte else {}


def test_gespraech_ueberlebt_neustart(tmp_path):
    sender = uuid.uuid4().hex
    with _dienste(tmp_path) as dienste:
        _frage(dienste, "Unser Kooperationsplan ist vom 31.08.2026.", sender)
    assert _fakten(tmp_path, sender) == {"kp_erstellt_am": "2026-08-31"}
    with _dienste(tmp_path) as dienste:  # new processes, same database
        antwort = _frage(dienste, "Bis wann muss ich ihn spätestens fortschreiben?", sender)
    assert "28.02.2027" in _text(antwort)


@pytest.fixture(scope="module")
def laufend(tmp_path_factory):
    ordner = tmp_path_factory.mktemp("speicher")
    with _dienste(ordner) as dienste:
        yield dienste, ordner


def _anzahl(ordner: Path, tabelle) -> int:
    e = create_engine(_sqlite(ordner / "kp.db"))
    with e.connect() as v:
        ergebnis = v.execute(select(func.count()).select_from(tabelle)).scalar_one()
    e.dispose()
    return ergebnis


ORIGINALE = ["Kowalski", "Schneider-Yilmaz", "0171 9876543", "0171/9876543", "kowalski.anna@example.org",
             "DE89 3704 0044 0532 0130 00", "12345BG1234567", "962D123456", "07.03.1991", "Lindenweg 14"]
NACHRICHTEN = [
    "Frau Kowalski (Kundennummer 962D123456, geb. 07.03.1991) kam am 15.11.2026 ohne wichtigen Grund nicht zum "
    "Termin – kann ich sie verpflichten?",
    "Der KP von Herrn Schneider-Yilmaz wurde am 31.08.2026 erstellt, Tel. 0171 9876543. Bis wann fortschreiben?",
    "Erreichbar unter kowalski.anna@example.org oder 0171/9876543, BG 12345BG1234567, wohnt Lindenweg 14",
    "Fahrtkosten auf DE89 3704 0044 0532 0130 00 überweisen?",
]


def _vorkommen(dateien: list[Path], original: str) -> list[str]:
    formen = {original.encode(), json.dumps(original)[1:-1].encode()}  # Rasa writes JSON with \\u escapes
    return [str(d) for d in dateien for form in formen if form in d.read_bytes()]


def test_nichts_persoenliches_in_datenbanken_und_logs(laufend):
    dienste, ordner = laufend
    sender = uuid.uuid4().hex
    antworten = [_frage(dienste, text, sender) for text in NACHRICHTEN]
    _frage(dienste, '/feedback{"antwort_id": "%s", "bewertung": "schlecht", "kommentar": "Frau Kowalski sagt, '
                    'ihre Nummer 0171 9876543 stimmt"}' % _antwort_id(antworten[0]), sender)
    dateien = [p for p in ordner.rglob("*") if p.is_file()]
    assert {p.name for p in dateien} >= {"kp.db", "tracker.db", "rasa.log", "actions.log"}
    for original in ORIGINALE:
        assert not _vorkommen(dateien, original), f"{original!r} steht in {_vorkommen(dateien, original)}"
    # the same files do hold what was redacted around: the check looks at the right place
    tracker = (ordner / "tracker.db").read_bytes()
    assert b"31.08.2026" in tracker and b"[Name]" in tracker and b"[Kundennummer]" in tracker
    assert _anzahl(ordner, schema.rueckmeldungen) == 1


def test_rueckmeldung_ueber_rest(laufend):
    dienste, ordner = laufend
    sender = uuid.uuid4().hex
    antwort_id = _antwort_id(_frage(dienste, "Braucht die Einladung eine RFB?", sender))
    vorher = _anzahl(ordner, schema.rueckmeldungen)

    def feedback(antwort_id: str, kommentar: str = "") -> tuple[int, object]:
        return post(f"{dienste.rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": "/feedback" + json.dumps(
            {"antwort_id": antwort_id, "bewertung": "gut", "kommentar": kommentar}, ensure_ascii=False)})

    status, antwort = feedback(uuid.uuid4().hex)
    assert status == 200 and "unbekannte antwort_id" in _text(antwort)
    status, antwort = feedback(antwort_id, "sehr lang " * 1000)  # 10 KB: passes the channel, too long to store
    assert status == 200 and "Kommentar ist zu lang" in _text(antwort)
    status, antwort = feedback(antwort_id, "ü" * 100_000)  # 100 KB: the REST channel refuses it
    assert status == 413 and "zu groß" in antwort["error"]
    assert _anzahl(ordner, schema.rueckmeldungen) == vorher
    status, antwort = feedback(antwort_id, "passt")
    assert status == 200 and _text(antwort) == "Danke für Ihre Rückmeldung!"
    assert _anzahl(ordner, schema.rueckmeldungen) == vorher + 1


def test_antwortprotokoll(laufend):
    dienste, ordner = laufend
    antwort_id = _antwort_id(_frage(dienste, "Braucht die Einladung eine RFB?", uuid.uuid4().hex))
    e = create_engine(_sqlite(ordner / "kp.db"))
    with e.connect() as v:
        zeile = v.execute(select(schema.antworten).where(schema.antworten.c.antwort_id == antwort_id)).one()._mapping
        abschnitte = v.execute(select(schema.antwort_abschnitte.c.abschnitt).where(
            schema.antwort_abschnitte.c.antwort_id == antwort_id)).scalars().all()
    e.dispose()
    assert zeile["kanal"] == "rest" and zeile["intent"] == "frage_einladung_rfb" and zeile["regel"] == "einladung.rfb"
    assert zeile["verdikt"] == "bedingt" and len(zeile["modell"]) == 32 and abschnitte == ["4.2"]


def test_zz_ausfall_der_datenbanken_im_betrieb(laufend):
    """Runs last in this module (name): afterwards the databases of `laufend` are gone."""
    dienste, ordner = laufend
    os.remove(ordner / "kp.db")  # the next connection finds an empty database without tables
    os.remove(ordner / "tracker.db")  # our tracker store keeps conversations in memory until it is back
    sender = uuid.uuid4().hex
    for frage in ["Braucht die Einladung eine RFB?", "Muss der Kooperationsplan unterschrieben werden?",
                  "asdf qwer zxcv", "Kann ich bei Profillage I auf den KP verzichten?"]:
        antwort = _frage(dienste, frage, sender)
        assert _text(antwort).strip() and "technischer Fehler" not in _text(antwort)
    _frage(dienste, "Der KP wurde am 01.09.2026 erstellt.", sender)  # facts given during the outage stay known
    assert "01.03.2027" in _text(_frage(dienste, "Bis wann muss ich ihn fortschreiben?", sender))
    status, antwort = post(f"{dienste.rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": "/feedback" +
                           json.dumps({"antwort_id": uuid.uuid4().hex, "bewertung": "gut"})})
    assert status == 200 and "nicht speichern" in _text(antwort)
    log = (ordner / "log" / "actions.log").read_text(encoding="utf-8", errors="replace")
    assert log.count("Protokoll-Datenbank nicht verfügbar") == 1
    rasa_log = (ordner / "log" / "rasa.log").read_text(encoding="utf-8", errors="replace")
    assert "no such table: events" in rasa_log and "Profillage I auf den KP" not in rasa_log  # cause, not question
    assert rasa_log.count("Gesprächs-Datenbank nicht erreichbar") == 1
