"""Bulk inserts of an import (#17) on the DB-API connection of its transaction.

An import writes hundreds of rows of a few shapes (the notes of a meeting, their history
versions, the records' revisions).  SQLAlchemy's ``executemany`` builds each row's
parameters through its execution context; ``insert_many`` runs the same Core ``INSERT``
compiled once per dialect and per set of columns (``driver_sql.Prepared``: the compiled
forms are shared by every store opened in the process, where SQLAlchemy's cache belongs
to each engine), each value through the dialect's own bind processor, as SQLAlchemy
would store it, with one DB-API ``executemany`` on the connection of the session's
transaction (so in that transaction, rolled back with it).

On SQLite the rows go in as one multi-row ``INSERT ... VALUES (...), (...)`` per chunk
(``_one_row``) instead of one statement per row: the same statement text repeated, the
same values in the same order, so the same rows with the same ids (assigned in order) and
every trigger firing for each row as ever.  A statement per row costs SQLite its
statement set-up each time, and the full-text index its pending terms flushed at each
statement's end: 400 notes made ~130 small index segments (48 ms of CPU with the commit)
where one statement makes a few (13 ms: ``docs/performance.md``, *Exchange bundles*).

A shape whose statement needs a Python-side default (a column left out that has one)
goes through SQLAlchemy as before: nothing is ever written otherwise than it would be.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert

from .driver_sql import Prepared

_PREPARED: dict[tuple[str, tuple[str, ...]], Prepared | None] = {}


def _prepared(table: Table, keys: tuple[str, ...]) -> Prepared | None:
    shape = (table.fullname, keys)
    if shape not in _PREPARED:
        prepared: Prepared | None = Prepared(
            insert(table).values({k: bindparam(k, type_=table.c[k].type) for k in keys})
        )
        _PREPARED[shape] = prepared
    return _PREPARED[shape]


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts of column values, all with the same columns) into ``table``
    in ``conn``'s transaction."""
    if not rows:
        return
    keys = tuple(rows[0])
    prepared = _prepared(table, keys)
    compiled = None
    if prepared is not None:
        try:
            compiled = prepared.compiled(conn.dialect)
        except ValueError:  # a default computed in Python: SQLAlchemy's path
            _PREPARED[(table.fullname, keys)] = None
    if compiled is None or any(tuple(r) != keys for r in rows):
        conn.execute(insert(table), list(rows))
        return
    params = compiled.parameters_many(rows)
    cursor = conn.connection.cursor()
    try:
        one = _one_row(compiled.sql) if conn.dialect.paramstyle == "qmark" else None
        if one is None or len(rows) == 1:
            cursor.executemany(compiled.sql, params)
            return
        head, group = one
        per = max(1, min(MAX_ROWS, MAX_VARIABLES // len(keys)))
        for start in range(0, len(params), per):
            part = params[start : start + per]
            flat = [v for p in part for v in p]
            cursor.execute(head + ", ".join([group] * len(part)), flat)
    finally:
        cursor.close()


# SQLite's limits (3.32 and later; the bundled SQLCipher's too: tests/test_driver_sync.py)
MAX_VARIABLES = 32766  # SQLITE_MAX_VARIABLE_NUMBER: the values of one statement
MAX_ROWS = 500  # rows of one statement

_ONE_ROW: dict[str, tuple[str, str] | None] = {}


def _one_row(sql: str) -> tuple[str, str] | None:
    """``INSERT INTO t (a, b) VALUES (?, ?)`` as its head (up to ``VALUES ``) and its row
    group ``(?, ?)``, or None for any other form (it runs row by row)."""
    if sql not in _ONE_ROW:
        head, sep, group = sql.rpartition(" VALUES ")
        plain = group.startswith("(") and group.endswith(")") and set(group[1:-1]) <= set("?, ")
        _ONE_ROW[sql] = (head + sep, group) if sep and plain and head.startswith("INSERT") else None
    return _ONE_ROW[sql]


def execute_many(conn: Connection, prepared: Prepared, rows: Sequence[Mapping[str, Any]]) -> None:
    """``prepared`` (an ``UPDATE`` whose every value is a bind parameter: a Python-side
    default such as ``onupdate`` is refused when it is compiled, so state it) once per row
    of ``rows``, with one DB-API ``executemany`` in ``conn``'s transaction: an import's
    small batches (places, numbers, marks) without SQLAlchemy's execution context."""
    if not rows:
        return
    compiled = prepared.compiled(conn.dialect)
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(compiled.sql, [compiled.parameters(r) for r in rows])
    finally:
        cursor.close()
