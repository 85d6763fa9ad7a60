"""Hot writes on the DB-API connection: Core statements compiled once per dialect.

SQLAlchemy's execute layer costs about 0.1 ms a statement (the compiled-cache
lookup, building the parameters, result set-up, events), more than SQLite takes to
run a small statement (``docs/performance.md``, *One note edit*).  The hot writes
(a note edit) run their prebuilt Core statements through ``Prepared`` instead:

- compiled once per dialect (SQLite's ``?``, psycopg's ``%(name)s``, ``FOR UPDATE``
  where the engine has it), never written by hand for one engine;
- their values converted by the dialect's own bind processors and their rows by its
  result processors, so a value is stored and read exactly as through SQLAlchemy
  (a ``datetime`` as SQLite text, a ``StrEnum`` as its value, JSON);
- run in a ``DriverTx``: one write transaction on a DB-API connection, begun as
  the engine's write sessions begin (SQLite: ``BEGIN IMMEDIATE``), committed on
  normal exit and rolled back on any error, like ``Backend.write``.

A store file's hot writes keep one connection of their own (``WriteConnection``,
like Anki's one collection connection): checked out of the engine's pool once and
detached from it, so a write pays no pool checkout and return (about 7 µs and the
pool's reset), and its page cache stays warm.  It is closed whenever the engine is
disposed (the store closed, encrypted, re-keyed or restored: the engine's
``engine_disposed`` event), so no connection outlives the file it was opened on.

A statement whose compiled form needs SQLAlchemy's execution context (a Python-side
default or ``onupdate`` computed per row, an expanding ``IN``) is refused when it is
compiled: such a statement states its values instead.
"""

from __future__ import annotations

import threading
from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from operator import itemgetter
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.selectable import Select

_Processor = Callable[[Any], Any] | None


class Compiled:
    """One statement compiled for one dialect: its SQL and how to build its values."""

    __slots__ = (
        "_binds",
        "_convert",
        "_defaults",
        "_get",
        "_named",
        "_names",
        "_results",
        "_row",
        "_row_convert",
        "sql",
    )

    def __init__(self, stmt: ClauseElement, dialect: Dialect) -> None:
        compiled = stmt.compile(dialect=dialect)
        if compiled.insert_prefetch or compiled.update_prefetch:  # type: ignore[attr-defined]
            raise ValueError(f"state every value of {stmt}: a Python-side default needs the ORM")
        if compiled.escaped_bind_names:  # type: ignore[attr-defined]
            raise ValueError(f"plain bind names only: {stmt}")
        self.sql = str(compiled)
        self._defaults: dict[str, Any] = {}
        processors: dict[str, _Processor] = {}
        for bind, name in compiled.bind_names.items():  # type: ignore[attr-defined]
            if bind.expanding or bind.callable is not None:
                raise ValueError(f"expanding or computed parameters need SQLAlchemy: {stmt}")
            if not bind.required:
                self._defaults[name] = bind.value
            processors[name] = bind.type.dialect_impl(dialect).bind_processor(dialect)
        positions = compiled.positiontup  # type: ignore[attr-defined]
        self._named = positions is None
        # (name, processor) in the order the driver takes them (all of them when named).
        order = processors if positions is None else positions
        self._binds: tuple[tuple[str, _Processor], ...] = tuple(
            (name, processors[name]) for name in order
        )
        # Built once (every hot write runs them): the values in that order in one C call,
        # then only those with a processor converted (most values have none).
        self._names = tuple(order)
        self._get = itemgetter(*self._names) if self._names else None
        self._convert = tuple((i, p) for i, (_n, p) in enumerate(self._binds) if p is not None)
        self._row: Any = None
        self._results: tuple[_Processor, ...] = ()
        # The rows a SELECT, or a statement with RETURNING, hands back.
        columns = list(stmt.selected_columns if isinstance(stmt, Select) else stmt.exported_columns)  # type: ignore[attr-defined]
        if columns:
            self._row = namedtuple("Row", [c.key for c in columns], rename=True)  # type: ignore[misc]
            self._results = tuple(
                c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
            )
        self._row_convert = tuple((i, p) for i, p in enumerate(self._results) if p is not None)

    def parameters(self, values: Mapping[str, Any]) -> Any:
        """The DB-API parameters (a tuple, or a dict for a named paramstyle); each value
        through the dialect's bind processor, as SQLAlchemy would (None included)."""
        if self._defaults:
            values = {**self._defaults, **values}
        names = self._names
        if self._get is None:
            return {} if self._named else ()
        try:
            got = self._get(values)
        except KeyError as exc:
            raise TypeError(f"no value for {exc} in {self.sql!r}") from None
        out = [got] if len(names) == 1 else list(got)
        for i, process in self._convert:
            out[i] = process(out[i])
        return dict(zip(names, out, strict=True)) if self._named else tuple(out)

    def parameters_many(self, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
        """``parameters`` of each of ``rows`` (a batch): a value that is the very object
        the row before had in its place is converted once (a batch's one ``now`` in its
        ``created_at``, ``updated_at``: a datetime's text costs more than the look-up)."""
        if self._defaults or self._named or len(self._names) < 2:
            return [self.parameters(r) for r in rows]
        get, convert = self._get, self._convert
        assert get is not None
        last: list[tuple[Any, Any]] = [(_UNSET, None)] * len(convert)
        out = []
        for r in rows:
            try:
                values = list(get(r))
            except KeyError as exc:
                raise TypeError(f"no value for {exc} in {self.sql!r}") from None
            for j, (i, process) in enumerate(convert):
                value = values[i]
                seen = last[j]
                if seen[0] is value:
                    values[i] = seen[1]
                else:
                    values[i] = converted = process(value)
                    last[j] = (value, converted)
            out.append(tuple(values))
        return out

    def row(self, raw: Any) -> Any:
        """A fetched row as a named tuple, each value through the dialect's processor."""
        if len(raw) != len(self._results):
            raise ValueError(f"{len(raw)} values for {len(self._results)} columns: {self.sql!r}")
        if not self._row_convert:
            return self._row._make(raw)
        out = list(raw)
        for i, process in self._row_convert:
            out[i] = process(out[i])
        return self._row._make(out)


_UNSET = object()  # no value converted yet (``parameters_many``)


class Prepared:
    """A Core statement, compiled on first use for each dialect it runs on."""

    __slots__ = ("_compiled", "_last", "stmt")

    def __init__(self, stmt: ClauseElement) -> None:
        self.stmt: Any = stmt  # a Core statement (run by SQLAlchemy on the ORM paths)
        self._compiled: dict[tuple[Any, ...], Compiled] = {}
        self._last: tuple[Dialect, Compiled] | None = None  # the dialect of the last call

    def compiled(self, dialect: Dialect) -> Compiled:
        last = self._last
        if last is not None and last[0] is dialect:
            return last[1]
        key = (dialect.name, dialect.driver, dialect.paramstyle, dialect.server_version_info)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = Compiled(self.stmt, dialect)
        self._last = (dialect, found)
        return found


class DriverTx:
    """One write transaction on a DB-API connection (see the module's notes).

    ``info`` is kept like a ``Session``'s: the audit entries queued for the commit.
    ``exec_driver_sql`` lets a backend take its locks (``Backend.lock``) as on a
    SQLAlchemy connection.
    """

    def __init__(self, cursor: Any, dialect: Dialect) -> None:
        self.cursor = cursor
        self.dialect = dialect
        self.info: dict[str, Any] = {}

    def execute(self, prepared: Prepared, values: Mapping[str, Any] | None = None) -> int:
        """Run ``prepared``; returns the rows it changed (DB-API ``rowcount``)."""
        c = prepared.compiled(self.dialect)
        self.cursor.execute(c.sql, c.parameters(values or {}))
        return int(self.cursor.rowcount)

    def first(self, prepared: Prepared, values: Mapping[str, Any] | None = None) -> Any:
        """The first row of a SELECT (None when there is none)."""
        c = prepared.compiled(self.dialect)
        self.cursor.execute(c.sql, c.parameters(values or {}))
        raw = self.cursor.fetchone()
        return None if raw is None else c.row(raw)

    def exec_driver_sql(self, sql: str, parameters: Any = None) -> None:
        self.cursor.execute(sql, parameters or ())


@contextmanager
def transaction(engine: Engine, begin: str | None) -> Iterator[DriverTx]:
    """A write transaction on one of ``engine``'s pooled DB-API connections.

    ``begin``: the statement that opens it (SQLite's driver runs in autocommit
    mode: ``BEGIN IMMEDIATE``); None for a driver that opens one by itself (psycopg).
    A connection whose failure says it is gone is dropped from the pool.
    """
    raw = engine.raw_connection()
    cursor = None
    try:
        cursor = raw.cursor()
        if begin:
            cursor.execute(begin)
        tx = DriverTx(cursor, engine.dialect)
        try:
            yield tx
            raw.commit()
        except BaseException as exc:
            dbapi = engine.dialect.loaded_dbapi
            if isinstance(exc, dbapi.Error) and engine.dialect.is_disconnect(
                exc, raw.dbapi_connection, cursor
            ):
                raw.invalidate(exc)
            else:
                try:
                    raw.rollback()
                except dbapi.Error:
                    raw.invalidate(exc)
            raise
    finally:
        if cursor is not None:
            with suppress(Exception):
                cursor.close()
        raw.close()


class WriteConnection:
    """The hot writes' own DB-API connection on ``engine`` (see the module's notes).

    ``transaction()`` runs on it; when it is busy (another thread's write, or a write
    inside a write) or retired, a pooled connection serves as before.  Closed when
    the engine is disposed: at once when no transaction runs on it, else by that
    transaction as it ends.
    """

    def __init__(self, engine: Engine, begin: str | None) -> None:
        self.engine = engine
        self.begin = begin
        self.dbapi: Any = None  # the detached DB-API connection, opened on first use
        self.cursor: Any = None  # its one cursor, kept with it
        self.retired = False
        self.busy = threading.Lock()
        event.listen(engine, "engine_disposed", self._disposed)

    def transaction(self) -> Any:
        """A context manager: ``with w.transaction() as tx`` (a ``DriverTx``)."""
        if self.busy.acquire(blocking=False):
            if not self.retired:
                return _HeldTx(self)
            self.busy.release()
        return transaction(self.engine, self.begin)

    def open(self) -> Any:
        """The connection's cursor, the connection opened first when it is not (the
        caller holds ``busy``)."""
        if self.dbapi is None:
            fairy = self.engine.raw_connection()
            fairy.detach()  # the pool forgets it: closing it closes it
            self.dbapi = fairy.dbapi_connection
        if self.cursor is None:
            self.cursor = self.dbapi.cursor()
        return self.cursor

    def drop(self) -> None:
        """Close the connection (the caller holds ``busy``); the next write opens one."""
        dbapi, cursor, self.dbapi, self.cursor = self.dbapi, self.cursor, None, None
        for thing in (cursor, dbapi):
            if thing is not None:
                with suppress(Exception):
                    thing.close()

    def release(self) -> None:
        self.busy.release()
        if self.retired:
            self._close_if_free()

    def _disposed(self, _engine: Any) -> None:
        self.retired = True
        self._close_if_free()

    def _close_if_free(self) -> None:
        if self.busy.acquire(blocking=False):
            try:
                self.drop()
            finally:
                self.busy.release()


class _HeldTx:
    """One write transaction on a ``WriteConnection`` (whose ``busy`` the caller took):
    a class, not a generator: it runs for every note written."""

    __slots__ = ("owner",)

    def __init__(self, owner: WriteConnection) -> None:
        self.owner = owner

    def __enter__(self) -> DriverTx:
        owner = self.owner
        try:
            cursor = owner.cursor or owner.open()
            if owner.begin:
                cursor.execute(owner.begin)
        except BaseException as exc:
            self._failed(exc)
            owner.release()
            raise
        return DriverTx(cursor, owner.engine.dialect)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, _tb: TracebackType | None
    ) -> None:
        owner = self.owner
        try:
            if exc is None:
                try:
                    owner.dbapi.commit()
                except BaseException as failed:
                    self._failed(failed)
                    raise
            else:
                self._failed(exc)
        finally:
            owner.release()

    def _failed(self, exc: BaseException) -> None:
        """Roll back after ``exc``; a connection that is gone, or that cannot roll
        back, is closed (the next write opens another)."""
        owner = self.owner
        dbapi = owner.dbapi
        if dbapi is None:
            return
        dialect = owner.engine.dialect
        errors = dialect.loaded_dbapi.Error
        if isinstance(exc, errors) and dialect.is_disconnect(exc, dbapi, owner.cursor):
            owner.drop()
            return
        try:
            dbapi.rollback()
        except errors:
            owner.drop()
