"""Connections to the team store's server: the engine, the liveness check, sessions.

``make_engine`` builds the SQLAlchemy engine over psycopg 3 for a locator (UTC
session time zone, no parameters in messages); ``connection_alive`` tells a pooled
connection the server has ended from a live one without a round trip; ``Sessions``
opens one read or write Session per user action.  (Part of ``pg_store``.)
"""

from __future__ import annotations

import select
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.base import declare_partial_indexes
from ..domain.locator import Locator
from ..domain.models import Base
from . import driver_sql
from .engine import WRITE_OPTION

CONNECT_TIMEOUT_S = 8
APPLICATION_NAME = "adgsom-desktop"


def make_engine(locator: Locator) -> Engine:
    # The models' partial indexes name their predicate for SQLite only (``partial_index``).
    declare_partial_indexes(Base.metadata)
    url = make_url(locator.connect_url).set(drivername="postgresql+psycopg")
    engine = create_engine(
        url,
        pool_size=4,
        max_overflow=6,
        # No ping before each use (a round trip per transaction): a connection the server
        # or the network dropped fails its statement, SQLAlchemy then drops the whole pool
        # and the next try (an editor's retry) connects anew; idle ones are renewed.
        pool_recycle=900,
        hide_parameters=True,  # messages and logs never carry note text or briefs
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
        },
    )

    @event.listens_for(engine, "connect")
    def _session_settings(dbapi: Any, _record: Any) -> None:
        with dbapi.cursor() as cur:  # times in UTC, like the file's naive UTC datetimes
            cur.execute("SET TIME ZONE 'UTC'")
        dbapi.commit()

    @event.listens_for(engine, "checkout")
    def _alive(dbapi: Any, _record: Any, _proxy: Any) -> None:
        if not connection_alive(dbapi):
            # The pool drops it and hands out another, connecting anew when needed: a
            # read or a write after a server restart or an ended session just works.
            raise DisconnectionError("the server ended this connection")

    return engine


def connection_alive(dbapi: Any) -> bool:
    """Is this idle pooled connection still open?  No round trip: a server that restarted
    or ended the session (``pg_terminate_backend``) has said so on the socket, which then
    reads as ready; the waiting bytes are consumed and the connection's state tells."""
    try:
        pgconn = dbapi.pgconn
        if dbapi.closed or pgconn.status != 0:  # 0: CONNECTION_OK
            return False
        for _ in range(4):  # a FATAL message, then the end of the stream
            ready, _w, _x = select.select([pgconn.socket], [], [], 0)
            if not ready:
                return bool(pgconn.status == 0)
            pgconn.consume_input()  # at the end of the stream: raises
        return False  # still talking to an idle connection: not to be trusted
    except Exception:  # any failure to look: not usable
        return False


class Sessions:
    """One Session per user action (as ``engine.SessionFactory`` for the file)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        # Marked as the file's write sessions are (``engine.WRITE_OPTION``): a listener can
        # tell reads from writes whatever the engine.
        self._write = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write() as session, session.begin():
            yield session

    def write_driver(self) -> AbstractContextManager[driver_sql.DriverTx]:
        # psycopg opens the transaction with the first statement (not in autocommit).
        return driver_sql.transaction(self._engine, None)
