"""What the actions record: answers, fallback questions and feedback – redacted – in the store at KP_DB_URL.

Called once per action (`protokoll.antwort(tracker, nachrichten)`, `protokoll.fallback(tracker, nachricht)`,
`protokoll.feedback(tracker)`). Never raises into an action: when the database is unavailable the assistant
answers anyway, answer and fallback entries wait in a bounded in-memory buffer until the database is back,
and one warning is logged per outage. Feedback is only accepted for an answer id in the log; otherwise the
caller gets a German message to show instead of the thanks.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from sqlalchemy import select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from bot.privacy.redaktion import redigiere
from bot.store import schema
from bot.store.datenbank import DatenbankFehler, engine, grund
from bot.store.einstellungen import DB_URL, anzeige, db_url

logger = logging.getLogger(__name__)

PAUSE_NACH_FEHLER_S = 30.0  # no new connection attempt for this long after a failure: answers stay fast
MAX_PUFFER = 5000
GUT = {"gut", "positiv", "+1", "1", "daumen_hoch", "up", "👍"}
SCHLECHT = {"schlecht", "negativ", "-1", "0", "daumen_runter", "down", "👎"}

MELDUNG_OHNE_ID = ("Ihre Rückmeldung konnte ich keiner Antwort zuordnen (es fehlt die antwort_id) – gespeichert "
                   "wurde nichts.")
MELDUNG_UNBEKANNT = ("Zu dieser Rückmeldung finde ich keine Antwort (unbekannte antwort_id) – gespeichert wurde "
                     "nichts.")
MELDUNG_BEWERTUNG = "Bitte bewerten Sie die Antwort mit „gut“ oder „schlecht“ – gespeichert wurde nichts."
MELDUNG_ZU_LANG = (f"Ihr Kommentar ist zu lang (höchstens {schema.MAX_KOMMENTAR} Zeichen). Bitte kürzen Sie ihn – "
                   "gespeichert wurde nichts.")
MELDUNG_STOERUNG = ("Ihre Rückmeldung kann ich gerade nicht speichern (technische Störung). Bitte versuchen Sie es "
                    "später noch einmal.")

Schreiber = Callable[[Connection], None]


def jetzt() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _latest(tracker: Any) -> dict[str, Any]:
    return getattr(tracker, "latest_message", None) or {}


def _kanal(tracker: Any) -> str | None:
    try:
        kanal = tracker.get_latest_input_channel()
    except (AttributeError, TypeError):
        kanal = None
    return str(kanal)[:50] if kanal else None


def _intent(tracker: Any) -> tuple[str | None, float | None]:
    intent = _latest(tracker).get("intent") or {}
    konfidenz = intent.get("confidence")
    return (str(intent["name"])[:100] if intent.get("name") else None,
            float(konfidenz) if isinstance(konfidenz, (int, float)) else None)


def _modell(tracker: Any) -> str | None:
    """Rasa stamps each event with the id of the model that handled it."""
    for ereignis in reversed(getattr(tracker, "events", None) or []):
        if isinstance(ereignis, dict) and ereignis.get("event") == "user":
            modell = (ereignis.get("metadata") or {}).get("model_id")
            return str(modell)[:64] if modell else None
    return None


def _entitaeten(tracker: Any) -> dict[str, Any]:
    return {e.get("entity"): e.get("value") for e in _latest(tracker).get("entities") or [] if e.get("entity")}


def _kurz(wert: Any, laenge: int) -> str | None:
    return str(wert)[:laenge] if wert not in (None, "") else None


def _custom(nachricht: Any) -> dict[str, Any]:
    custom = nachricht.get("custom") if isinstance(nachricht, dict) else getattr(nachricht, "custom", None)
    return custom if isinstance(custom, dict) else {}


class Protokoll:
    """The log of one database. Thread-safe; one instance per process is enough."""

    def __init__(self, url: str):
        self.url = url
        self._puffer: deque[Schreiber] = deque(maxlen=MAX_PUFFER)
        self._sperre = threading.Lock()
        self._gestoert_seit: float | None = None
        self._naechster_versuch = 0.0

    # -- what the actions call -------------------------------------------------------------------------------

    def antwort(self, tracker: Any, nachrichten: Iterable[Any]) -> None:
        """Logs every answer that carries an antwort_id (rule, verdict, sections – no text)."""
        kanal, (intent, _), modell = _kanal(tracker), _intent(tracker), _modell(tracker)
        for nachricht in nachrichten:
            custom = _custom(nachricht)
            antwort_id = custom.get("antwort_id")
            if not antwort_id:
                continue
            zeile = {"antwort_id": str(antwort_id)[:64], "zeitpunkt": jetzt(), "kanal": kanal, "intent": intent,
                     "regel": _kurz(custom.get("regel"), 100), "verdikt": _kurz(custom.get("antwort"), 20),
                     "modalitaet": _kurz(custom.get("modalitaet"), 30), "modell": modell}
            abschnitte = sorted({str(a)[:10] for a in custom.get("abschnitte") or []})
            self._schreibe(_antwort_schreiber(zeile, abschnitte))

    def fallback(self, tracker: Any, nachricht: Any) -> None:
        """Logs a question the assistant could not place – redacted and shortened – for improving training data."""
        text = redigiere(_latest(tracker).get("text") or "").strip()
        if not text:
            return
        intent, konfidenz = _intent(tracker)
        abschnitte = ",".join(str(a) for a in _custom(nachricht).get("abschnitte") or [])[:100]
        zeile = {"zeitpunkt": jetzt(), "kanal": _kanal(tracker), "intent": intent, "konfidenz": konfidenz,
                 "text": text[:schema.MAX_FRAGE], "abschnitte": abschnitte or None, "modell": _modell(tracker)}
        self._schreibe(lambda verbindung: verbindung.execute(schema.fallback_fragen.insert().values(**zeile)))

    def feedback(self, tracker: Any) -> str | None:
        """Stores 👍/👎 (and a redacted comment) for a logged answer. Returns None, or a German message why not."""
        entitaeten = _entitaeten(tracker)
        antwort_id = entitaeten.get("antwort_id")
        if not isinstance(antwort_id, str) or not antwort_id.strip():
            return MELDUNG_OHNE_ID
        roh = str(entitaeten.get("bewertung") or "").strip().lower()
        bewertung = "gut" if roh in GUT else "schlecht" if roh in SCHLECHT else None
        if bewertung is None:
            return MELDUNG_BEWERTUNG
        kommentar = entitaeten.get("kommentar")
        kommentar = "" if kommentar is None else str(kommentar).strip()
        if len(kommentar) > schema.MAX_KOMMENTAR:
            return MELDUNG_ZU_LANG
        if len(antwort_id) > 64:
            return MELDUNG_UNBEKANNT
        zeile = {"antwort_id": antwort_id.strip(), "zeitpunkt": jetzt(), "bewertung": bewertung,
                 "kommentar": redigiere(kommentar) or None, "kanal": _kanal(tracker)}
        try:
            with self._sperre:
                if not self._bereit():
                    return MELDUNG_STOERUNG
                with engine(self.url).begin() as verbindung:
                    geschrieben = self._schreibe_puffer(verbindung)
                    bekannt = verbindung.execute(select(schema.antworten.c.id).where(
                        schema.antworten.c.antwort_id == zeile["antwort_id"])).first() is not None
                    if bekannt:
                        _speichere_rueckmeldung(verbindung, zeile)
                self._nach_commit(geschrieben)
        except (SQLAlchemyError, DatenbankFehler) as fehler:
            self._stoerung(fehler)
            return MELDUNG_STOERUNG
        return None if bekannt else MELDUNG_UNBEKANNT

    # -- degradation ---------------------------------------------------------------------------------------

    @property
    def wartend(self) -> int:
        return len(self._puffer)

    def _bereit(self) -> bool:
        return self._gestoert_seit is None or time.monotonic() >= self._naechster_versuch

    def _schreibe(self, schreiber: Schreiber) -> None:
        with self._sperre:
            self._puffer.append(schreiber)
            if not self._bereit():
                return
            try:
                with engine(self.url).begin() as verbindung:
                    geschrieben = self._schreibe_puffer(verbindung)
                self._nach_commit(geschrieben)
            except (SQLAlchemyError, DatenbankFehler) as fehler:
                self._stoerung(fehler)

    def _schreibe_puffer(self, verbindung: Connection) -> int:
        """Writes the waiting entries in the caller's transaction; they leave the buffer only after the commit."""
        for schreiber in list(self._puffer):
            try:
                with verbindung.begin_nested():
                    schreiber(verbindung)
            except (IntegrityError, DataError) as fehler:  # this entry can never be written; the others can
                logger.warning("Protokoll: Eintrag verworfen (%s)", grund(fehler))
        return len(self._puffer)

    def _nach_commit(self, geschrieben: int) -> None:
        for _ in range(geschrieben):
            self._puffer.popleft()
        self._erholt()

    def _stoerung(self, fehler: BaseException) -> None:
        self._naechster_versuch = time.monotonic() + PAUSE_NACH_FEHLER_S
        if self._gestoert_seit is None:
            self._gestoert_seit = time.monotonic()
            logger.warning("Protokoll-Datenbank nicht verfügbar (%s=%s): %s – der Assistent antwortet weiter, "
                           "Einträge werden zwischengespeichert (höchstens %d).", DB_URL, anzeige(self.url),
                           grund(fehler), MAX_PUFFER)

    def _erholt(self) -> None:
        if self._gestoert_seit is not None:
            logger.warning("Protokoll-Datenbank wieder verfügbar (%s=%s).", DB_URL, anzeige(self.url))
            self._gestoert_seit = None


def _antwort_schreiber(zeile: dict[str, Any], abschnitte: list[str]) -> Schreiber:
    def schreibe(verbindung: Connection) -> None:
        vorhanden = verbindung.execute(select(schema.antworten.c.id).where(
            schema.antworten.c.antwort_id == zeile["antwort_id"])).first()
        if vorhanden is not None:  # written already before a failed commit: writing it again must not fail
            return
        verbindung.execute(schema.antworten.insert().values(**zeile))
        if abschnitte:
            verbindung.execute(schema.antwort_abschnitte.insert(),
                               [{"antwort_id": zeile["antwort_id"], "abschnitt": a} for a in abschnitte])
    return schreibe


def _speichere_rueckmeldung(verbindung: Connection, zeile: dict[str, Any]) -> None:
    """One feedback per answer: a second one replaces the first (the caseworker changed their mind)."""
    tabelle = schema.rueckmeldungen
    aenderung = {k: zeile[k] for k in ("zeitpunkt", "bewertung", "kommentar", "kanal")}
    if verbindung.execute(update(tabelle).where(tabelle.c.antwort_id == zeile["antwort_id"])
                          .values(**aenderung)).rowcount:
        return
    try:
        with verbindung.begin_nested():
            verbindung.execute(tabelle.insert().values(**zeile))
    except IntegrityError:  # a replica inserted it just now
        verbindung.execute(update(tabelle).where(tabelle.c.antwort_id == zeile["antwort_id"]).values(**aenderung))


_standard: Protokoll | None = None
_standard_sperre = threading.Lock()


def standard() -> Protokoll:
    """The log at KP_DB_URL (read at first use)."""
    global _standard
    with _standard_sperre:
        url = db_url()
        if _standard is None or _standard.url != url:
            _standard = Protokoll(url)
        return _standard


def antwort(tracker: Any, nachrichten: Iterable[Any]) -> None:
    _sicher(lambda: standard().antwort(tracker, nachrichten))


def fallback(tracker: Any, nachricht: Any) -> None:
    _sicher(lambda: standard().fallback(tracker, nachricht))


def feedback(tracker: Any) -> str | None:
    try:
        return standard().feedback(tracker)
    except Exception:  # noqa: BLE001 - feedback must never break the conversation
        logger.exception("Rückmeldung: unerwarteter Fehler")
        return MELDUNG_STOERUNG


def _sicher(aufruf: Callable[[], None]) -> None:
    try:
        aufruf()
    except Exception:  # noqa: BLE001 - logging must never break an answer
        logger.exception("Protokoll: unerwarteter Fehler")
