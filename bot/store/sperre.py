"""Rasa's Redis lock store for several replicas: configured by one URL, checked at start, changed atomically.

endpoints (deploy/endpoints.skaliert.yml):  lock_store: {type: bot.store.sperre.RedisSperre}
KP_REDIS_URL     redis://[:passwort@]host:port/db (default redis://127.0.0.1:6379/1)
KP_REDIS_PREFIX  key prefix, letters and digits only (default kp) → keys "kp:lock:<conversation>"

Rasa's RedisLockStore reads a conversation's ticket lock, changes it in Python and writes it back. Two replicas
doing that at the same moment overwrite each other's ticket, so two messages of one conversation can run at
once (Rasa issue #9213). Here every read-modify-write runs as a Redis transaction (WATCH/MULTI, retried on
conflict); the lock format and everything else stay Rasa's.
"""
from __future__ import annotations

import json
import os
from typing import Any, Callable, Optional, Text, Tuple
from urllib.parse import unquote, urlsplit

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.shared.exceptions import ConnectionException
from rasa.utils.endpoints import EndpointConfig

from bot.store.einstellungen import REDIS_URL, redis_url

Aenderung = Callable[[Optional[TicketLock]], Tuple[Optional[TicketLock], Any]]


class RedisNichtErreichbar(ConnectionException):
    """Redis does not answer at start; the message names the setting."""


def redis_parameter(url: str) -> dict[str, Any]:
    teile = urlsplit(url)
    if teile.scheme not in ("redis", "rediss") or not teile.hostname:
        raise ValueError(f"{REDIS_URL} muss die Form redis://host:port/db haben, nicht '{url}'.")
    db = teile.path.strip("/") or "1"
    if not db.isdigit():
        raise ValueError(f"{REDIS_URL}: Datenbanknummer '{db}' ist keine Zahl.")
    return {"host": teile.hostname, "port": teile.port or 6379, "db": int(db),
            "username": unquote(teile.username) if teile.username else None,
            "password": unquote(teile.password) if teile.password else None, "use_ssl": teile.scheme == "rediss"}


def anzeige(url: str) -> str:
    teile = urlsplit(url)
    if teile.password:
        return url.replace(f":{teile.password}@", ":***@")
    return url


class RedisSperre(RedisLockStore):
    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, url: Optional[str] = None,
                 key_prefix: Optional[str] = None) -> None:
        optionen = (endpoint_config.kwargs if endpoint_config else {}) or {}
        self.url = url or (endpoint_config.url if endpoint_config else None) or redis_url()
        super().__init__(**redis_parameter(self.url), key_prefix=key_prefix or optionen.get("key_prefix")
                         or os.environ.get("KP_REDIS_PREFIX", "kp"), socket_timeout=5)
        try:
            self.red.ping()
        except redis.RedisError as fehler:
            raise RedisNichtErreichbar(f"Redis nicht erreichbar – Einstellung {REDIS_URL}={anzeige(self.url)}: "
                                       f"{fehler}") from None

    def _atomar(self, conversation_id: Text, aenderung: Aenderung) -> Any:
        schluessel = self.key_prefix + conversation_id

        def transaktion(pipe: redis.client.Pipeline) -> Any:
            roh = pipe.get(schluessel)
            alt = TicketLock.from_dict(json.loads(roh)) if roh else None
            neu, ergebnis = aenderung(alt)
            pipe.multi()
            if neu is None:
                pipe.delete(schluessel)
            else:
                pipe.set(schluessel, neu.dumps())
            return ergebnis

        return self.red.transaction(transaktion, schluessel, value_from_callable=True)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def aenderung(lock: Optional[TicketLock]) -> Tuple[TicketLock, int]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)
        try:
            return self._atomar(conversation_id, aenderung)
        except redis.RedisError as fehler:
            raise LockError(f"Error while acquiring lock. Error:\n{fehler}") from fehler

    def update_lock(self, conversation_id: Text) -> None:
        def aenderung(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None
        self._atomar(conversation_id, aenderung)

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        def aenderung(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None
        self._atomar(conversation_id, aenderung)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        """Returns the ticket; deletes the lock in the same transaction when nobody waits."""
        def aenderung(lock: Optional[TicketLock]) -> Tuple[Optional[TicketLock], None]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None
        self._atomar(conversation_id, aenderung)
