"""The team store's change feed: ``NOTIFY`` in a write, one ``LISTEN`` thread per app.

``announce(conn, payload)`` sends a short JSON payload (what changed, its ids, who
asked) with ``pg_notify`` on ``conn``, the write's own connection, inside its
transaction: PostgreSQL delivers it when the write commits and never when it rolls
back, in commit order.  A change outside any write (``conn`` None: a store restored)
goes to a sender thread that sends it on a connection of its own.  ``listen``
starts a thread that receives the other sessions' payloads (a session skips its
own: the payload carries the sender's session).  The live team view (#16) builds on this; the
services turn payloads back into ``Change`` notices (``services.changes``).

While the server is away the listener tries again every ``RETRY_SECONDS``; the log
says so once when the connection is lost and once when it is back (no traceback at
every try: a server down for an hour would fill the log).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from ..domain.locator import Locator

log = logging.getLogger(__name__)

CHANNEL = "adgsom_changes"
MAX_PAYLOAD = 7000  # NOTIFY payloads are limited to 8000 bytes
_NOTIFY = "SELECT pg_notify(%(channel)s, %(payload)s)"
RETRY_SECONDS = 2.0  # the listener tries the server again this often while it is away


def first_line(exc: BaseException) -> str:
    """The error in one line (psycopg's messages run over several), for the log."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class PgFeed:
    def __init__(self, locator: Locator) -> None:
        self._locator = locator
        self._outbox: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._sender: threading.Thread | None = None
        self._listeners: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._sent = threading.Condition()
        self._queued = 0
        self._done = 0
        self._closed = False

    def _connect(self) -> Any:
        import psycopg

        return psycopg.connect(
            self._locator.connect_url,
            autocommit=True,
            connect_timeout=8,
            application_name="adgsom-desktop feed",
        )

    # -- sending ----------------------------------------------------------------------------
    def announce(self, conn: Any, payload: str) -> None:
        """Send ``payload`` to the other sessions: in ``conn``'s transaction (a SQLAlchemy
        connection or a ``DriverTx``), or, with ``conn`` None, by the sender thread."""
        if self._closed or len(payload.encode("utf-8")) > MAX_PAYLOAD:
            return
        if conn is not None:
            conn.exec_driver_sql(_NOTIFY, {"channel": CHANNEL, "payload": payload})
            return
        with self._lock:
            if self._sender is None:
                self._sender = threading.Thread(
                    target=self._send_loop, name="adgsom-feed-send", daemon=True
                )
                self._sender.start()
        with self._sent:
            self._queued += 1
        self._outbox.put(payload)

    def _send_loop(self) -> None:
        conn: Any = None
        while True:
            payload = self._outbox.get()
            if payload is None:
                break
            try:
                if conn is None or conn.closed:
                    conn = self._connect()
                conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
            except Exception as exc:  # a lost notice only delays another app's refresh
                log.warning("change feed: a change was not announced (%s)", first_line(exc))
                with contextlib.suppress(Exception):
                    conn.close()
                conn = None
            with self._sent:
                self._done += 1
                self._sent.notify_all()
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until what was announced so far was sent (tests, closing)."""
        with self._sent:
            target = self._queued
            return self._sent.wait_for(lambda: self._done >= target, timeout)

    # -- receiving --------------------------------------------------------------------------
    def listen(self, deliver: Callable[[str], None]) -> Callable[[], None]:
        stop = threading.Event()
        ready = threading.Event()

        def run() -> None:
            conn: Any = None
            lost = False  # said once when the server went away, once when it is back
            while not stop.is_set():
                try:
                    if conn is None:
                        conn = self._connect()
                        conn.execute(f"LISTEN {CHANNEL}")
                        ready.set()
                        if lost:
                            lost = False
                            log.info("change feed: the connection to the server is back")
                    for note in conn.notifies(timeout=0.5):
                        if note.payload:
                            try:
                                deliver(note.payload)
                            except Exception:
                                log.exception("a change listener failed")
                except Exception as exc:
                    if not lost:
                        lost = True
                        log.warning(
                            "change feed: the connection to the server was lost (%s); "
                            "trying again every %g s",
                            first_line(exc),
                            RETRY_SECONDS,
                        )
                    else:
                        log.debug("change feed: still no server (%s)", first_line(exc))
                    with contextlib.suppress(Exception):
                        conn.close()
                    conn = None
                    ready.set()
                    stop.wait(RETRY_SECONDS)
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()

        thread = threading.Thread(target=run, name="adgsom-feed-listen", daemon=True)
        thread.start()
        ready.wait(10)

        def cancel() -> None:
            stop.set()
            thread.join(5)

        with self._lock:
            self._listeners.append(cancel)
        return cancel

    def close(self) -> None:
        self._closed = True
        with self._lock:
            listeners, self._listeners = self._listeners, []
            sender = self._sender
        for cancel in listeners:
            cancel()
        if sender is not None:
            self.flush(5.0)  # what was announced goes out before the store closes
            self._outbox.put(None)
            sender.join(5)
