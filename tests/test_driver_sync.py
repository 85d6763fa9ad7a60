"""An import's bulk inserts (``storage.driver_sync.insert_many``, #17 speed) write the rows
SQLAlchemy's ``executemany`` writes: on SQLite as multi-row ``INSERT ... VALUES`` statements
(one per chunk, not one per row), so every row, id, value and stored type, and what the
tables' triggers write (the full-text index of the notes), must be the same."""

from __future__ import annotations

from typing import Any, cast

import pytest
from sqlalchemy import Table, delete, insert, select, text

from adgsom_desktop.domain.models import Note, NoteVersion
from adgsom_desktop.storage import driver_sync

NOTE = cast(Table, Note.__table__)
VERSION = cast(Table, NoteVersion.__table__)


def _busiest_meeting(conn: Any) -> int:
    return int(
        conn.execute(
            text("SELECT meeting_id FROM note GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()
    )


def _written(demo_services: Any, write: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """A meeting's notes and their history removed, then written again by ``write``
    (without their ids: the store numbers them), in a transaction rolled back after: the
    notes as stored (each value with SQLite's type), their history, their index rows."""
    with demo_services.ctx.read() as s:
        conn = s.connection()
        meeting = _busiest_meeting(conn)
        rows = conn.execute(select(NOTE).where(NOTE.c.meeting_id == meeting).order_by(NOTE.c.id))
        notes = {r.id: {k: v for k, v in r._mapping.items() if k != "id"} for r in rows}
        versions = [
            {k: v for k, v in r._mapping.items() if k != "id"}
            for r in conn.execute(
                select(VERSION).where(VERSION.c.note_id.in_(notes)).order_by(VERSION.c.id)
            )
        ]
        conn.execute(delete(NOTE).where(NOTE.c.id.in_(notes)))
        write(conn, NOTE, list(notes.values()))
        new_id = dict(
            conn.execute(select(NOTE.c.uuid, NOTE.c.id).where(NOTE.c.meeting_id == meeting)).all()
        )
        write(
            conn, VERSION, [{**v, "note_id": new_id[notes[v["note_id"]]["uuid"]]} for v in versions]
        )
        stored = conn.exec_driver_sql(
            "SELECT *, typeof(taken_at), typeof(item_id), typeof(observed_stance) FROM note "
            "WHERE meeting_id = ? ORDER BY id",
            (meeting,),
        ).all()
        history = conn.exec_driver_sql(
            "SELECT *, typeof(snapshot) FROM note_version WHERE note_id IN "
            "(SELECT id FROM note WHERE meeting_id = ?) ORDER BY id",
            (meeting,),
        ).all()
        index = conn.exec_driver_sql(
            "SELECT rowid, * FROM search_fts WHERE kind = 'note' AND meeting_id = ? ORDER BY rowid",
            (meeting,),
        ).all()
        s.rollback()
    assert len(history) >= len(stored)
    return stored, history, index


def _sqlalchemy(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    conn.execute(insert(table), rows)


def test_multi_row_inserts_write_what_executemany_writes(
    demo_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    want = _written(demo_services, _sqlalchemy)
    assert len(want[0]) > 20 and len(want[2]) == len(want[0])  # every note indexed
    statements: list[str] = []
    real = driver_sync._one_row

    def counted(sql: str) -> Any:
        statements.append(sql)
        return real(sql)

    monkeypatch.setattr(driver_sync, "_one_row", counted)
    got = _written(demo_services, driver_sync.insert_many)
    assert statements and all(real(sql) is not None for sql in statements)  # multi-row
    assert got == want
    # chunked: several statements per table, the same rows in the same order
    monkeypatch.setattr(driver_sync, "MAX_ROWS", 7)
    assert _written(demo_services, driver_sync.insert_many) == want
    monkeypatch.setattr(driver_sync, "MAX_ROWS", 500)
    monkeypatch.setattr(driver_sync, "MAX_VARIABLES", 40)  # fewer than two notes' values
    assert _written(demo_services, driver_sync.insert_many) == want


def test_only_plain_inserts_are_written_as_multi_row() -> None:
    assert driver_sync._one_row("INSERT INTO t (a, b) VALUES (?, ?)") == (
        "INSERT INTO t (a, b) VALUES ",
        "(?, ?)",
    )
    assert driver_sync._one_row("INSERT INTO t (a, b) VALUES (?, CURRENT_TIMESTAMP)") is None
    assert driver_sync._one_row("UPDATE t SET a=? WHERE b = ?") is None
    assert driver_sync._one_row("INSERT INTO t (a) VALUES (%(a)s)") is None


def test_the_driver_takes_as_many_values_as_a_statement_is_given(tmp_path: Any) -> None:
    """The limit assumed (SQLite >= 3.32's 32,766 values) is the bundled driver's."""
    from adgsom_desktop.storage import sqlite_driver

    conn = sqlite_driver.connect(tmp_path / "limits.db")
    try:
        conn.execute("CREATE TABLE t (a)")
        n = driver_sync.MAX_VARIABLES
        conn.execute("INSERT INTO t (a) VALUES " + ", ".join(["(?)"] * n), list(range(n)))
        assert conn.execute("SELECT count(*), sum(a) FROM t").fetchone() == (n, n * (n - 1) // 2)
    finally:
        conn.close()


def test_a_batch_s_values_are_converted_as_row_by_row(demo_services: Any) -> None:
    """``Compiled.parameters_many`` converts a value shared by the rows (the batch's one
    ``now``) once: every row's values must be those ``parameters`` gives, of the same
    types, whether shared, repeated or not."""
    from datetime import datetime

    from adgsom_desktop.storage.driver_sync import _prepared

    with demo_services.ctx.read() as s:
        conn = s.connection()
        rows = [
            {k: v for k, v in r._mapping.items() if k != "id"}
            for r in conn.execute(select(NOTE).order_by(NOTE.c.id))
        ]
        dialect = conn.dialect
    now = datetime(2026, 1, 12, 10, 32, 5, 123456)
    for n, row in enumerate(rows):  # one object shared, then a run of equal ones, then not
        row["created_at"] = now if n % 3 else datetime(2026, 1, 12, 10, 32, 5, 123456)
        row["deleted_at"] = None if n % 5 else now
    prepared = _prepared(NOTE, tuple(rows[0]))
    assert prepared is not None
    compiled = prepared.compiled(dialect)
    want = [compiled.parameters(r) for r in rows]
    got = compiled.parameters_many(rows)
    assert [[(type(v), v) for v in p] for p in got] == [[(type(v), v) for v in p] for p in want]
    assert len(got) == len(rows) > 50 and len(set(got)) == len(rows)
