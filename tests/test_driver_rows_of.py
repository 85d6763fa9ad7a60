"""An export's small reads on the DB-API cursor (``storage.driver_read.rows_of``: a
prepared SELECT compiled once per dialect, #17 speed) read exactly what SQLAlchemy reads
for the same statement: the same rows, in the same order, each value of the same type,
so the payload they build is the one it was."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select

from adgsom_desktop.domain.models import AuditEntry, Delegation, Note, StoreSetting
from adgsom_desktop.domain.settings import OUR_DELEGATION
from adgsom_desktop.services.sync import canon, collect
from adgsom_desktop.storage.driver_read import rows_of
from adgsom_desktop.storage.driver_sql import Prepared


def _typed(rows: Any) -> list[list[tuple[type, Any]]]:
    return [[(type(v), v) for v in row] for row in rows]


def test_prepared_reads_are_the_rows_sqlalchemy_reads(demo_services: Any) -> None:
    ctx = demo_services.ctx
    with ctx.write() as s:  # a delegation of our own, a peer's mark, a row without a UUID
        s.execute(StoreSetting.__table__.update().values(value="TH").where(
            StoreSetting.key == OUR_DELEGATION))  # fmt: skip
        s.execute(collect.SyncPeer.__table__.insert().values(peer="key:x", audit_sent=3))
        s.execute(Note.__table__.update().values(uuid=None).where(Note.id < 4))
    every_kind = Prepared(
        select(AuditEntry.id, AuditEntry.at, AuditEntry.entity_id, Delegation.kind)
        .join(Delegation, Delegation.id == AuditEntry.entity_id, isouter=True)
        .where(AuditEntry.id > bindparam("after"))
        .order_by(AuditEntry.id)
    )
    cases = [
        (canon._CODES, {}),
        (canon._OUR_MEMBERS, {}),
        (canon._WITHOUT_UUID, {}),
        (collect._SENT, {"peer": "key:x"}),
        (collect._SENT, {"peer": "key:nobody"}),
        (collect._AUDIT_AFTER, {"after": 0}),
        (collect._AUDIT_AFTER, {"after": 5}),
        (every_kind, {"after": 0}),
    ]
    read = 0
    with ctx.read() as s:
        conn = s.connection()
        assert conn.dialect.paramstyle == "qmark"  # the cursor's path, not SQLAlchemy's
        for prepared, values in cases:
            want = conn.execute(prepared.stmt, values).all()
            got = rows_of(conn, prepared, values)
            assert _typed(got) == _typed(want), prepared.stmt
            assert [r._asdict() for r in got] == [dict(r._mapping) for r in want]
            read += len(got)
        assert len(rows_of(conn, canon._WITHOUT_UUID)) == 3  # the notes made so
        assert rows_of(conn, canon._OUR_MEMBERS)  # our delegation's members
    assert read > 100  # the demo's audit log, its members and delegations
