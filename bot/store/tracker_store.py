"""Rasa's SQL tracker store, with client identifiers redacted before any event is persisted or streamed.

Configured in endpoints.yml as `type: bot.store.tracker_store.RedigierenderTrackerStore`. The database comes
from KP_TRACKER_DB_URL (default SQLite var/tracker.db; PostgreSQL for several replicas), or from `url:` in the
endpoint file. Differences from Rasa's SQLTrackerStore:
- every string of every event (user text, parse data and entities, bot texts and payloads, slot values such
  as the last question) goes through bot.privacy.redaktion before it is written or published; identifiers
  found in the turn's user messages are also removed where the same turn's bot texts or slots echo them
  (e.g. a date of birth the dialog took for the reference date, in any date format);
- an unreachable database stops the start after KP_DB_WARTEZEIT seconds (default 30) with a message naming
  the setting, instead of Rasa's endless retry loop; SQL parameters never appear in error messages;
- a database that fails during operation costs no answer and no fact: conversations are kept in memory until it
  is back, with one warning per outage (bot/store/ausfall.py) instead of Rasa's error per message.
The in-memory tracker of the running turn keeps the original text, so the actions still see what was asked.
"""
from __future__ import annotations

import json
import logging
import os
import time
from typing import Any, Dict, Iterable, List, Optional, Text

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore, create_engine_kwargs
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import ConnectionException
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.privacy.redaktion import Fund, finde_tief, redigiere_tief
from bot.store.ausfall import Ausfallspeicher
from bot.store.datenbank import engine_argumente, grund, sqlite_ordner_anlegen
from bot.store.einstellungen import TRACKER_DB_URL, anzeige, tracker_db_url

logger = logging.getLogger(__name__)


class TrackerDatenbankFehler(ConnectionException):
    """The conversation database is unreachable at start; the message names the setting."""


def _engine_argumente(url: str) -> Dict[Text, Any]:
    """Rasa's (pool size, POSTGRESQL_SCHEMA) merged with ours (timeouts, hidden SQL parameters)."""
    rasa, unsere = create_engine_kwargs(url), engine_argumente(url)
    return {**rasa, **unsere, "connect_args": {**rasa.get("connect_args", {}), **unsere.get("connect_args", {})}}


def _wartezeit() -> float:
    try:
        return max(0.0, float(os.environ.get("KP_DB_WARTEZEIT", 30)))
    except ValueError:
        return 30.0


def funde(ereignisse: List[Event]) -> List[Fund]:
    """The identifiers in the user messages among `ereignisse` – the same turn's bot texts and slots may echo them."""
    return [f for e in ereignisse if isinstance(e, UserUttered) for f in finde_tief(e.as_dict())]


def redigiertes_ereignis(ereignis: Event, bekannt: List[Fund]) -> Dict[Text, Any]:
    return redigiere_tief(ereignis.as_dict(), bekannt)


class RedigierenderTrackerStore(SQLTrackerStore):
    def __init__(self, domain: Optional[Domain] = None, host: Optional[Text] = None,
                 event_broker: Optional[EventBroker] = None, url: Optional[Text] = None,
                 **kwargs: Any) -> None:
        for rasa_option in ("dialect", "db", "username", "password", "port", "login_db", "query"):
            if rasa_option in kwargs:
                raise ValueError(f"Die Option '{rasa_option}' wird nicht unterstützt – bitte die vollständige "
                                 f"Datenbank-URL in {TRACKER_DB_URL} (oder `url:`) angeben.")
        self.url = url or host or tracker_db_url()
        sqlite_ordner_anlegen(self.url)
        self.engine = sa.create_engine(self.url, **_engine_argumente(self.url))
        self._warte_auf_datenbank(_wartezeit())
        self._lege_tabelle_an()
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        TrackerStore.__init__(self, domain, event_broker, **kwargs)
        self.ausfall = Ausfallspeicher(TRACKER_DB_URL, anzeige(self.url))
        logger.info("Gespräche werden redigiert gespeichert (%s=%s).", TRACKER_DB_URL, anzeige(self.url))

    def _lege_tabelle_an(self) -> None:
        """Replicas starting together race to create `events`; the loser sees the winner's table on retry."""
        for versuch in range(3):
            try:
                self.Base.metadata.create_all(self.engine)
                return
            except (sa.exc.OperationalError, sa.exc.ProgrammingError, sa.exc.IntegrityError) as fehler:
                logger.info("Tabelle events gleichzeitig von einer anderen Instanz angelegt (%s)", grund(fehler))
                time.sleep(0.5 * (versuch + 1))
        self.Base.metadata.create_all(self.engine)

    def _warte_auf_datenbank(self, wartezeit: float) -> None:
        ende = time.monotonic() + wartezeit
        while True:
            try:
                with self.engine.connect() as verbindung:
                    verbindung.execute(sa.text("SELECT 1"))
                return
            except sa.exc.SQLAlchemyError as fehler:
                if time.monotonic() >= ende:
                    raise TrackerDatenbankFehler(
                        f"Gesprächs-Datenbank nicht erreichbar – Einstellung {TRACKER_DB_URL}={anzeige(self.url)}: "
                        f"{grund(fehler)}") from None
                logger.warning("Gesprächs-Datenbank noch nicht erreichbar (%s=%s), neuer Versuch …",
                               TRACKER_DB_URL, anzeige(self.url))
                time.sleep(min(2.0, max(0.0, ende - time.monotonic())))

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return await self._lies(sender_id, fetch_events_from_all_sessions=False)

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        return await self._lies(conversation_id, fetch_events_from_all_sessions=True)

    async def _lies(self, sender_id: Text, fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
        behalten = self.ausfall.lies(sender_id)  # newer than the database: saved while it was down
        if behalten is not None:
            return behalten.copy()
        try:
            tracker = await self._retrieve(sender_id, fetch_events_from_all_sessions)
        except sa.exc.SQLAlchemyError as fehler:
            self.ausfall.fehler(fehler)
            return None
        self.ausfall.erreichbar()
        return tracker

    async def keys(self) -> Iterable[Text]:
        try:
            gespeichert = await super().keys()
        except sa.exc.SQLAlchemyError as fehler:
            self.ausfall.fehler(fehler)
            gespeichert = []
        return list(dict.fromkeys([*gespeichert, *self.ausfall.schluessel()]))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        try:
            self._schreibe(tracker)
        except sa.exc.SQLAlchemyError as fehler:
            self.ausfall.fehler(fehler)
            self.ausfall.behalte(tracker)
            return
        self.ausfall.erreichbar()
        self.ausfall.gespeichert(tracker.sender_id)

    def _schreibe(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save, with each event redacted before it is serialised."""
        with self.session_scope() as session:
            neue = list(self._additional_events(session, tracker))
            bekannt = funde(neue)
            for ereignis in neue:
                daten = redigiertes_ereignis(ereignis, bekannt)
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id,
                    type_name=ereignis.type_name,
                    timestamp=daten.get("timestamp"),
                    intent_name=(daten.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=daten.get("name"),
                    data=json.dumps(daten)))
            session.commit()

    async def _stream_new_events(self, event_broker: EventBroker, new_events: List[Event], sender_id: Text) -> None:
        bekannt = funde(new_events)
        for ereignis in new_events:
            event_broker.publish({"sender_id": sender_id, **redigiertes_ereignis(ereignis, bekannt)})
