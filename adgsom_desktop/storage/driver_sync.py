"""Bulk inserts of an import (#17) on the DB-API connection of its transaction.

An import writes hundreds of rows of a few shapes (the notes of a meeting, their history
versions, the records' revisions).  SQLAlchemy's ``executemany`` builds each row's
parameters through its execution context; ``insert_many`` runs the same Core ``INSERT``
compiled once per dialect and per set of columns (``driver_sql.Prepared``: the compiled
forms are shared by every store opened in the process, where SQLAlchemy's cache belongs
to each engine), each value through the dialect's own bind processor, as SQLAlchemy
would store it, with one DB-API ``executemany`` on the connection of the session's
transaction (so in that transaction, rolled back with it).

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
    params = [compiled.parameters(r) for r in rows]
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(compiled.sql, params)
    finally:
        cursor.close()
