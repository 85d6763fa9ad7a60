"""Reads of an exchange (#17) on the DB-API connection of its transaction.

Exporting and importing read a scope's rows by ``column IN (ids)``, a few dozen
statements per exchange.  Through SQLAlchemy each costs its execution layer (the cache
key of a statement built anew, the expanding ``IN`` rendered, the result set-up, a
``Row`` per row), more than SQLite takes to answer it.  ``rows_in`` runs the same Core
``SELECT`` compiled once per dialect and per shape (shared by every store the process
opens, as ``driver_sql.Prepared``), the ``IN`` list's placeholders written for each
call as SQLAlchemy renders them, each value through the dialect's bind processor and
each fetched value through its result processor (so a row reads as through SQLAlchemy:
a ``datetime`` from SQLite's text, an enum member from its value), on the cursor of
the session's connection (same transaction, no autoflush: as ``Connection.execute``).

Only for a driver taking ``?`` placeholders (SQLite's); any other goes through
SQLAlchemy as before.  The rows come back as named tuples (by column key, by
position and through ``_mapping``, like a ``Row``).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, bindparam, select
from sqlalchemy.engine import Dialect

from .driver_sql import Prepared

_Processor = Callable[[Any], Any] | None
_MARK = "__[POSTCOMPILE_in_values]"


def _row_class(keys: list[str]) -> Any:
    """A named tuple with a ``Row``'s ``_mapping`` (by column key)."""
    base: Any = namedtuple("Row", keys, rename=True)  # type: ignore[misc]
    names = tuple(keys)

    def mapping(row: Any) -> dict[str, Any]:
        return dict(zip(names, row, strict=True))

    return type("Row", (base,), {"__slots__": (), "_mapping": property(mapping)})


class _InSelect:
    """``SELECT columns WHERE column IN (...)`` compiled for one dialect."""

    __slots__ = ("_bind", "_convert", "_row", "sql")

    def __init__(
        self, columns: Sequence[Any], column: Column[Any], order_by: Sequence[Any], dialect: Dialect
    ) -> None:
        stmt = select(*columns).where(column.in_(bindparam("in_values", expanding=True)))
        if order_by:
            stmt = stmt.order_by(*order_by)
        compiled = stmt.compile(dialect=dialect)
        self.sql = str(compiled)
        if self.sql.count(_MARK) != 1 or list(compiled.positiontup or ()) != ["in_values"]:  # type: ignore[attr-defined]
            raise ValueError(f"one expanding IN only: {self.sql}")
        self._bind: _Processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        selected = list(stmt.selected_columns)
        self._row: Any = _row_class([str(c.key) for c in selected])
        results = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in selected]
        self._convert = tuple((i, p) for i, p in enumerate(results) if p is not None)

    def run(self, cursor: Any, values: Sequence[Any]) -> list[Any]:
        bind = self._bind
        params = tuple(values) if bind is None else tuple(bind(v) for v in values)
        cursor.execute(self.sql.replace(_MARK, ", ".join("?" * len(params))), params)
        make = self._row._make
        fetched = cursor.fetchall()
        if not self._convert or not fetched:
            return list(map(make, fetched))
        # column by column (C loops): each converted column through its processor
        columns: list[Any] = list(zip(*fetched, strict=True))
        for i, process in self._convert:
            columns[i] = map(process, columns[i])
        return list(map(make, zip(*columns, strict=True)))


_COMPILED: dict[tuple[Any, ...], _InSelect] = {}


def rows_in(
    conn: Connection,
    columns: Sequence[Any],
    column: Column[Any],
    values: Sequence[Any],
    order_by: Sequence[Any] = (),
) -> list[Any]:
    """The rows of ``SELECT columns WHERE column IN values [ORDER BY order_by]``
    (``values`` non-empty, at most a chunk: ``sync.kinds.chunks``; columns of tables), in
    ``conn``'s transaction, in the order SQLite returns them to SQLAlchemy for the same
    statement."""
    dialect = conn.dialect
    if dialect.paramstyle != "qmark":
        stmt = select(*columns).where(column.in_(list(values)))
        return list(conn.execute(stmt.order_by(*order_by) if order_by else stmt))
    key = (
        dialect.name,
        dialect.driver,
        dialect.server_version_info,
        column.table.fullname,  # type: ignore[attr-defined]
        column.key,
        tuple(getattr(c, "table", None) is not None and c.table.fullname for c in columns),
        tuple(c.key for c in columns),
        tuple((c.table.fullname, c.key) for c in order_by),
    )
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = _InSelect(columns, column, order_by, dialect)
    cursor = conn.connection.cursor()
    try:
        return found.run(cursor, values)
    finally:
        cursor.close()


def rows_of(
    conn: Connection, prepared: Prepared, values: Mapping[str, Any] | None = None
) -> list[Any]:
    """Every row of the SELECT ``prepared`` (``driver_sql.Prepared``: compiled once per
    dialect) with ``values`` for its parameters, in ``conn``'s transaction: on the cursor
    of its DB-API connection for SQLite (values and rows through the dialect's bind and
    result processors: as SQLAlchemy reads them, as named tuples), through SQLAlchemy for
    any other driver.  No autoflush: as ``Connection.execute``."""
    if conn.dialect.paramstyle != "qmark":
        return list(conn.execute(prepared.stmt, dict(values or {})))
    compiled = prepared.compiled(conn.dialect)
    cursor = conn.connection.cursor()
    try:
        cursor.execute(compiled.sql, compiled.parameters(values or {}))
        return [compiled.row(raw) for raw in cursor.fetchall()]
    finally:
        cursor.close()
