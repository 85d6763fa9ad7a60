"""An exchange reads a scope's rows on the DB-API cursor (``storage.driver_read.rows_in``,
#17 speed): every row must read exactly as SQLAlchemy reads the same statement (the same
rows in the same order, each value of the same type: a datetime from SQLite's text, an
enum member, a bool), or a record's content, hence its revision, would differ between an
exchange and any other read of the store."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, select

from adgsom_desktop.domain.models import SyncRecord
from adgsom_desktop.services.sync.kinds import SPECS, chunks
from adgsom_desktop.storage.driver_read import rows_in


def _typed(row: Any) -> list[tuple[type, Any]]:
    return [(type(v), v) for v in row]


def test_rows_read_on_the_cursor_are_the_rows_sqlalchemy_reads(demo_services: Any) -> None:
    tables = {spec.table.name: spec.table for spec in SPECS.values()}
    tables["sync_record"] = cast(Table, SyncRecord.__table__)
    compared = 0
    kinds_of_value: set[type] = set()
    with demo_services.ctx.read() as s:
        conn = s.connection()
        assert conn.dialect.paramstyle == "qmark"  # the cursor's path, not SQLAlchemy's
        for name, table in sorted(tables.items()):
            columns = tuple(table.c)
            by = table.c.key if name == "sync_record" else table.c.id
            ids = sorted(conn.execute(select(by)).scalars())
            for size in (1, 7, 500):  # one, a few and a whole chunk per statement
                for part in chunks(ids, size):
                    values = list(part)
                    want = conn.execute(select(*columns).where(by.in_(values))).all()
                    got = rows_in(conn, columns, by, values)
                    assert [_typed(r) for r in got] == [_typed(r) for r in want], name
                    assert [dict(r._mapping) for r in got] == [dict(r._mapping) for r in want]
                    assert [r.id if "id" in table.c else r.key for r in got] == [
                        r.id if "id" in table.c else r.key for r in want
                    ]
                    compared += len(got)
                    kinds_of_value.update(type(v) for r in got for v in r)
    assert compared > 1000  # the demo holds every kind: the comparison means something
    from datetime import datetime
    from enum import Enum

    assert datetime in kinds_of_value and bool in kinds_of_value
    assert any(issubclass(t, Enum) for t in kinds_of_value)


def test_an_ordered_read_keeps_the_order(demo_services: Any) -> None:
    """A brief's sections are read in the ORM relationships' order (``brief_reader``)."""
    from adgsom_desktop.domain.models import PositionPoint

    table = cast(Table, PositionPoint.__table__)
    order = (table.c.position_id, table.c.ord, table.c.id)
    with demo_services.ctx.read() as s:
        conn = s.connection()
        ids = sorted(set(conn.execute(select(table.c.position_id)).scalars()), reverse=True)
        want = conn.execute(
            select(*table.c).where(table.c.position_id.in_(ids)).order_by(*order)
        ).all()
        got = rows_in(conn, tuple(table.c), table.c.position_id, ids, order)
    assert len(got) > 20 and [_typed(r) for r in got] == [_typed(r) for r in want]
    assert [r.position_id for r in got] == sorted(r.position_id for r in got)
