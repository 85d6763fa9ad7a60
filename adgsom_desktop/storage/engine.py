"""SQLAlchemy engine and session factories over ``sqlite_driver``.

Transactions: the driver runs in autocommit mode and SQLAlchemy emits BEGIN
itself (the recipe in SQLAlchemy's SQLite docs), so SAVEPOINT and rollback work.
Sessions that will write begin with ``BEGIN IMMEDIATE``: two writers queue on
the busy timeout instead of failing on a lock upgrade; readers stay deferred
and never block a writer (WAL).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from . import driver_sql, shared_dialect, sqlite_driver
from .keys import Key

WRITE_OPTION = "adgsom_write"


def make_engine(
    path: Path, passphrase: Key | None = None, *, echo: bool = False, readonly: bool = False
) -> Engine:
    """``readonly``: every connection reads only and writes nothing, not even side files
    (a damaged store is opened so: ``sqlite_driver.connect(readonly=True)``)."""

    def creator() -> Any:
        return sqlite_driver.connect(path, passphrase, readonly=readonly)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        echo=echo,
        # Error messages and logs never carry the values (note text, positions).
        hide_parameters=True,
    )
    shared_dialect.share(engine)  # statements compiled once per process, not per store

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


class SessionFactory:
    """Opens one Session per user action (SQLAlchemy: 'one Session per button push').

    ``gate``: held by every write transaction, and by an operation that replaces the
    file under the engine (encrypt, change the passphrase, restore) for its whole
    length, so that no write lands in the old file after its copy was taken.  A write
    that cannot get it within the busy timeout fails as "database is locked" (the
    editors keep the text and save it again), never silently into the old file.
    """

    def __init__(self, engine: Engine, gate: Any = None) -> None:
        self.engine = engine
        self._gate = gate
        # The factory of the engine that replaced this one (the file was replaced under
        # it): a caller still holding this one is sent there.
        self.successor: SessionFactory | None = None
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        # The hot writes' own connection (closed when the engine is disposed).
        self.writer = driver_sql.WriteConnection(engine, "BEGIN IMMEDIATE")

    def current(self) -> SessionFactory:
        factory = self
        while factory.successor is not None:
            factory = factory.successor
        return factory

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.current()._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed on normal exit, rolled back on any error."""
        gate = self._gate
        if gate is not None and not gate.acquire(timeout=sqlite_driver.BUSY_TIMEOUT_MS / 1000):
            raise sqlite_driver.OperationalError(
                "database is locked (the store is being encrypted, re-keyed or restored)"
            )
        try:
            with self.current()._write() as session, session.begin():
                yield session
        finally:
            if gate is not None:
                gate.release()

    def write_driver(self) -> AbstractContextManager[driver_sql.DriverTx]:
        """A write transaction on the DB-API connection (``driver_sql``), begun, gated
        and ended like ``write``'s, on the store's own write connection (no pool
        checkout per write: ``driver_sql.WriteConnection``)."""
        return _DriverWrite(self)


class _DriverWrite:
    """``SessionFactory.write_driver``: the gate, then a transaction on the current
    factory's write connection (a class, not a generator: every note written runs it)."""

    __slots__ = ("factory", "inner")

    def __init__(self, factory: SessionFactory) -> None:
        self.factory = factory
        self.inner: Any = None

    def __enter__(self) -> driver_sql.DriverTx:
        gate = self.factory._gate
        if gate is not None and not gate.acquire(timeout=sqlite_driver.BUSY_TIMEOUT_MS / 1000):
            raise sqlite_driver.OperationalError(
                "database is locked (the store is being encrypted, re-keyed or restored)"
            )
        try:
            self.inner = self.factory.current().writer.transaction()
            return self.inner.__enter__()  # type: ignore[no-any-return]
        except BaseException:
            if gate is not None:
                gate.release()
            raise

    def __exit__(self, *exc: Any) -> None:
        try:
            self.inner.__exit__(*exc)
        finally:
            gate = self.factory._gate
            if gate is not None:
                gate.release()
