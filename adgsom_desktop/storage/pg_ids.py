"""Id sequences of the team store: behind their tables, moved on (``pg_store``'s ids).

A bulk import or an undone deletion writes explicit ids; the server's sequences do
not advance by themselves then.  ``resync`` moves each past its table's highest id
(never backwards), ``sequences_behind`` says which lag (the health check).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def sequence_of(conn: Any, table: str) -> str | None:
    found = conn.exec_driver_sql(
        "SELECT pg_get_serial_sequence(%(t)s, 'id')", {"t": f'"{table}"'}
    ).scalar()
    return None if found is None else str(found)


def used_value(conn: Any, seq: str) -> int:
    """The highest value ``seq`` has handed out (0: none yet)."""
    row = conn.exec_driver_sql(f"SELECT last_value, is_called FROM {seq}").fetchone()
    return int(row[0]) if row[1] else int(row[0]) - 1


def _id_tables(conn: Any) -> list[str]:
    """Tables whose ``id`` takes its values from a sequence of its own (serial)."""
    rows = conn.exec_driver_sql(
        "SELECT t.relname FROM pg_class AS s "
        "JOIN pg_depend AS d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
        "JOIN pg_class AS t ON t.oid = d.refobjid "
        "JOIN pg_attribute AS a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
        "JOIN pg_namespace AS n ON n.oid = t.relnamespace "
        "WHERE s.relkind = 'S' AND a.attname = 'id' AND n.nspname = current_schema() "
        "ORDER BY t.relname"
    ).fetchall()
    return [str(r[0]) for r in rows]


def sequences_behind(conn: Any) -> list[str]:
    """Tables whose next id would collide with a row they hold."""
    out = []
    for table in _id_tables(conn):
        seq = sequence_of(conn, table)
        top = conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar()
        if seq is not None and int(top) > used_value(conn, seq):
            out.append(table)
    return out


def resync(conn: Any, tables: Iterable[str] | None = None) -> None:
    """Move each table's id sequence past its highest id (never backwards: an id once
    used is not handed out again, as a deleted record's id may still be named)."""
    for table in tables if tables is not None else _id_tables(conn):
        seq = sequence_of(conn, table)
        if seq is None:
            continue
        top = int(conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar())
        value = max(top, used_value(conn, seq))
        if value > 0:
            conn.exec_driver_sql("SELECT setval(%(seq)s, %(v)s, true)", {"seq": seq, "v": value})
