"""An export's and an open's envelope reads as prepared columns (#17 round 2,
``bundle_service._TITLES``/``_ROLE``/``_SIGNER``, ``key_service._ANY_APPROVED``): the
same rows, values and types as SQLAlchemy reads for the same statement, found and not."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from adgsom_desktop.domain.enums import MemberRole, PositionStatus
from adgsom_desktop.domain.models import Meeting, MemberKey, Person, Position
from adgsom_desktop.services import bundle_service, key_service
from adgsom_desktop.storage.driver_read import rows_of


def _typed(rows: Any) -> list[list[tuple[type, Any]]]:
    return [[(type(v), v) for v in row] for row in rows]


def test_envelope_reads_are_the_rows_sqlalchemy_reads(demo_services: Any) -> None:
    ctx = demo_services.ctx
    with ctx.write() as s:  # a member known by their public keys (the demo holds none)
        s.add(MemberKey(person_uuid="a" * 32, name="ก Malee", sign_public="c2lnbg==",
                        box_public="Ym94", fingerprint="ab12"))  # fmt: skip
    with ctx.read() as s:
        meeting_id = s.scalar(select(Meeting.id).order_by(Meeting.id))
        people = s.execute(select(Person.uuid, Person.role).where(Person.uuid.is_not(None))).all()
        approver = s.scalar(
            select(Person.uuid)
            .join(Position, Position.approved_by_id == Person.id)
            .where(Position.status == PositionStatus.APPROVED)
        )
        signs = list(s.scalars(select(MemberKey.sign_public)))
    assert meeting_id is not None and people and approver is not None and signs
    cases = [
        (bundle_service._TITLES, {"meeting": meeting_id}, 1),
        (bundle_service._TITLES, {"meeting": -1}, 0),
        (bundle_service._ROLE, {"person": people[0][0]}, 1),
        (bundle_service._ROLE, {"person": "0" * 32}, 0),
        (bundle_service._SIGNER, {"sign": "nobody's"}, 0),
        (key_service._ANY_APPROVED, {"uuid": approver}, 1),
        (key_service._ANY_APPROVED, {"uuid": "0" * 32}, 0),
    ] + [(bundle_service._SIGNER, {"sign": sign}, 1) for sign in signs]
    with ctx.read() as s:
        conn = s.connection()
        assert conn.dialect.paramstyle == "qmark"  # the cursor's path, not SQLAlchemy's
        for prepared, values, count in cases:
            want = conn.execute(prepared.stmt, values).all()
            got = rows_of(conn, prepared, values)
            assert len(got) == count, (prepared.stmt, values)
            assert _typed(got) == _typed(want), prepared.stmt
        roles = rows_of(conn, bundle_service._ROLE, {"person": people[0][0]})
        assert isinstance(roles[0].role, MemberRole) and roles[0].role == people[0][1]
