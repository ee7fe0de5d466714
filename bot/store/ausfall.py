"""Conversations while the tracker database is down: kept in memory, one warning per outage.

Rasa's FailSafeTrackerStore logs an error for every message of an outage and, when reading fails, starts the
conversation afresh (the facts of the conversation are gone). Our tracker store catches database errors itself:
- a tracker that cannot be saved is kept here (in memory only, never on disk), and read from here while the
  database is down, so the conversation keeps its facts;
- the first failure logs one warning naming the setting; the first success afterwards logs that it is back;
- the next successful save of a conversation writes what was kept (Rasa saves the whole tracker's new events)
  and drops the memory copy;
- at most HOECHSTENS conversations are kept (the least recently active one is dropped first).
Per process: with several replicas, a conversation continues from memory only on the replica that kept it.
"""
from __future__ import annotations

import logging
from typing import Dict, Optional

from rasa.shared.core.trackers import DialogueStateTracker

from bot.store.datenbank import grund

logger = logging.getLogger(__name__)

HOECHSTENS = 10_000


class Ausfallspeicher:
    def __init__(self, einstellung: str, anzeige: str) -> None:
        self._einstellung = einstellung
        self._anzeige = anzeige
        self._gespraeche: Dict[str, DialogueStateTracker] = {}
        self.ausgefallen = False

    def fehler(self, fehler: BaseException) -> None:
        if not self.ausgefallen:
            logger.warning("Gesprächs-Datenbank nicht erreichbar (%s=%s): %s – Gespräche werden bis zur "
                           "Wiederherstellung nur im Arbeitsspeicher gehalten.", self._einstellung, self._anzeige,
                           grund(fehler))
        self.ausgefallen = True

    def erreichbar(self) -> None:
        if self.ausgefallen:
            logger.warning("Gesprächs-Datenbank wieder erreichbar (%s=%s).", self._einstellung, self._anzeige)
        self.ausgefallen = False

    def behalte(self, tracker: DialogueStateTracker) -> None:
        self._gespraeche.pop(tracker.sender_id, None)
        self._gespraeche[tracker.sender_id] = tracker.copy()
        while len(self._gespraeche) > HOECHSTENS:
            del self._gespraeche[next(iter(self._gespraeche))]

    def gespeichert(self, sender_id: str) -> None:
        self._gespraeche.pop(sender_id, None)

    def lies(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return self._gespraeche.get(sender_id)

    def schluessel(self) -> list[str]:
        return list(self._gespraeche)
