"""Who is editing which brief on a team store: presence kept by the server itself.

Each app that shows a brief holds a *shared* advisory lock on (``NAMESPACE``, item id)
on a connection of its own, whose ``application_name`` carries the member's name
(``adgsom~`` + base64url of the UTF-8 name: the server keeps only printable ASCII
there).  Anybody may read ``pg_locks`` and the other sessions' ``application_name``,
so ``editors`` asks the server who holds the lock of an item right now.  Nothing is
written to the store: a presence ends when the app leaves the brief, closes, or dies
(the server ends a dead connection's session and its locks with it; TCP keepalives
make that take seconds, not hours, when the network rather than the app went away).
Entering or leaving also sends a notice on the change feed's channel so the other
apps look again at once instead of at their next poll.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import threading
from typing import Any

from ..domain.locator import Locator
from .pg_feed import CHANNEL

log = logging.getLogger(__name__)

NAMESPACE = 0x16ED  # the advisory lock's first key: "a brief shown" (the second: item id)
_PREFIX = "adgsom~"
_MAX_NAME_BYTES = 40  # application_name keeps 63 bytes: prefix + base64 of 40 bytes fits

_HOLDERS = """
SELECT l.objid::int, a.application_name
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.classid = %(ns)s AND l.objsubid = 2 AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.pid <> pg_backend_pid()
"""


def encode_name(name: str) -> str:
    """``application_name`` for ``name`` (cut at a character boundary to fit)."""
    raw = name.encode("utf-8")[:_MAX_NAME_BYTES].decode("utf-8", "ignore").encode("utf-8")
    return _PREFIX + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_name(application_name: str) -> str | None:
    """The member's name in an ``application_name`` (None: not a presence session)."""
    if not application_name.startswith(_PREFIX):
        return None
    text = application_name[len(_PREFIX) :]
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


class PgPresence:
    """This app's presence on a team store (one connection, opened on first use)."""

    def __init__(self, locator: Locator, name: str, session_id: str) -> None:
        self._locator = locator
        self._name = name
        self._session = session_id
        self._conn: Any = None
        self._item: int | None = None
        self._lock = threading.Lock()  # one connection, used from worker threads

    def _connection(self) -> Any:
        if self._conn is None or self._conn.closed:
            import psycopg

            self._conn = psycopg.connect(
                self._locator.connect_url,
                autocommit=True,
                connect_timeout=8,
                application_name=encode_name(self._name),
                keepalives=1,
                keepalives_idle=10,
                keepalives_interval=5,
                keepalives_count=3,
            )
            # The server notices a vanished app as fast (its presence ends with it).
            with contextlib.suppress(Exception):
                self._conn.execute("SET tcp_keepalives_idle = 10")
                self._conn.execute("SET tcp_keepalives_interval = 5")
                self._conn.execute("SET tcp_keepalives_count = 3")
            self._item = None
        return self._conn

    def enter(self, item_id: int | None, notice: str = "") -> None:
        """Show this member on ``item_id``'s brief (None: on none), leaving the last one;
        ``notice``: a change-feed payload sent with it (the others look again)."""
        with self._lock:
            try:
                conn = self._connection()
                if self._item == item_id:
                    return
                if self._item is not None:
                    conn.execute(
                        "SELECT pg_advisory_unlock_shared(%s, %s)", (NAMESPACE, self._item)
                    )
                    self._item = None
                if item_id is not None:
                    conn.execute("SELECT pg_advisory_lock_shared(%s, %s)", (NAMESPACE, item_id))
                    self._item = item_id
                if notice:
                    conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, notice))
            except Exception:
                self._drop()
                raise

    def editors(self) -> dict[int, tuple[str, ...]]:
        """Every brief another app shows now: item id -> the members' names, sorted."""
        with self._lock:
            try:
                rows = self._connection().execute(_HOLDERS, {"ns": NAMESPACE}).fetchall()
            except Exception:
                self._drop()
                raise
        found: dict[int, set[str]] = {}
        for item_id, app_name in rows:
            name = decode_name(app_name or "")
            if name is not None:
                found.setdefault(int(item_id), set()).add(name)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    def _drop(self) -> None:
        with contextlib.suppress(Exception):
            if self._conn is not None:
                self._conn.close()
        self._conn = None
        self._item = None

    def close(self) -> None:
        """Leave every brief (the session and its locks end with the connection)."""
        with self._lock:
            self._drop()
