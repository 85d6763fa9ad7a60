"""An approval that comes in for a brief whose text is the one held here (review s33 R7, R2).

R7: the head approved a brief in his store (signed); in her store the aide approved the
same text in someone's name, an approval no key of his store can verify.  Her bundle
withdrew his real approval: the brief back to draft, a conflict on "Status", "edited
elsewhere", though nothing was edited.  Now an unverifiable approval of the same text
changes nothing here, and the report says so.
R2: the head's signed approval of a text the aide already holds came in as a new version
word for word the previous one, with that version's author and time.  Now the approval
is recorded on the version held (as approving here does), no new version.
"""

from __future__ import annotations

from sqlalchemy import func, select

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.domain.models import Position, PositionVersion, SyncConflict
from adgsom_desktop.services.container import Services
from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair
from tests.helpers import approve


def _waiting(svc: Services, meeting: int) -> int:
    """An item of the meeting whose brief is written and not approved."""
    from adgsom_desktop.domain.models import AgendaItem

    with svc.ctx.read() as s:
        return int(
            s.scalars(
                select(Position.item_id)
                .join(AgendaItem, AgendaItem.id == Position.item_id)
                .where(
                    AgendaItem.meeting_id == meeting,
                    Position.status != PositionStatus.APPROVED,
                    Position.version_no > 0,
                )
                .order_by(Position.item_id)
            ).first()
        )


def _forge_approval(svc: Services, item: int, approver: int) -> None:
    """An approval of the version held, in ``approver``'s name, written straight into the
    store's file (no key here can sign it): the text is not touched."""
    from sqlalchemy import update

    from adgsom_desktop.domain.base import utcnow

    with svc.ctx.write() as s:
        p = s.scalars(select(Position).where(Position.item_id == item)).one()
        p.status, p.approved_by_id = PositionStatus.APPROVED, approver
        p.approved_at, p.approved_version_no = utcnow(), p.version_no
        s.execute(
            update(PositionVersion)
            .where(PositionVersion.position_id == p.id, PositionVersion.version_no == p.version_no)
            .values(status=PositionStatus.APPROVED)
        )


def _not_the_aide(pair: Pair) -> int:
    """An approver whose approval her own key cannot sign (so it travels unsigned)."""
    aide = pair.a.keys.key(pair.aide_key).person_id
    return next(m.id for m in pair.a.delegations.approvers() if m.id != aide)


def _versions(svc: Services, item: int) -> list[tuple[int, str, str]]:
    with svc.ctx.read() as s:
        return [
            (v.version_no, v.status.value, v.saved_by)
            for v in s.scalars(
                select(PositionVersion)
                .join(Position, Position.id == PositionVersion.position_id)
                .where(Position.item_id == item)
                .order_by(PositionVersion.version_no)
            )
        ]


def _row(svc: Services, item: int) -> tuple[object, ...]:
    with svc.ctx.read() as s:
        p = s.scalars(select(Position).where(Position.item_id == item)).one()
        return (p.status, p.version_no, p.approved_by_id, p.approved_at, p.approved_version_no)


def _open_conflicts(svc: Services) -> int:
    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).where(SyncConflict.resolved_at.is_(None))) or 0)


def _head_sends(pair: Pair, name: str) -> object:
    sent = pair.b.bundles.export(
        pair.meeting, pair.tmp / name, sender_key_id=pair.head_key,
        sender_passphrase=HEAD_PASS, to_key_id=pair.aide_in_b,
    )  # fmt: skip
    return pair.a.bundles.import_opened(
        pair.a.bundles.open(sent.path, key_passphrase=AIDE_PASS), backup=False
    )


def test_an_unverifiable_approval_of_the_same_text_leaves_the_heads_approval(pair: Pair) -> None:
    item = _waiting(pair.b, pair.meeting)
    head = pair.b.keys.key(pair.head_key).person_id
    assert head is not None
    approve(pair.b, item, head)  # signed by his key, in his store
    before = (_row(pair.b, item), _versions(pair.b, item))
    # in her store, the same text approved in someone's name: no key of his verifies it
    _forge_approval(pair.a, item, _not_the_aide(pair))
    conflicts = _open_conflicts(pair.b)

    preview = pair.receive(pair.send(), dry_run=True)
    path = pair.send("again")
    report = pair.receive(path)

    for said in (preview, report):
        notes = [n for n in said.notices if "not signed" in n]
        assert notes and all("stays as it is" in n for n in notes), said.notices
        assert not any("edited elsewhere" in n for n in said.notices), said.notices
    assert (_row(pair.b, item), _versions(pair.b, item)) == before
    assert _open_conflicts(pair.b) == conflicts
    # settled: the same bundle again brings nothing, says nothing of it
    again = pair.receive(path)
    assert not any("stays as it is" in n for n in again.notices), again.notices
    assert (_row(pair.b, item), _versions(pair.b, item)) == before
    # and his approval goes back to her store: it replaces the one she made up
    _head_sends(pair, "h1")
    assert _row(pair.a, item)[0] is PositionStatus.APPROVED
    assert _row(pair.a, item)[2] == head


def test_the_heads_signed_approval_of_a_held_text_adds_no_version(pair: Pair) -> None:
    item = _waiting(pair.b, pair.meeting)
    head = pair.b.keys.key(pair.head_key).person_id
    assert head is not None
    held = _versions(pair.a, item)
    approve(pair.b, item, head)
    status, version_no, by, at, approved_no = _row(pair.b, item)

    report = _head_sends(pair, "h1")

    assert not any("not signed" in n for n in report.notices), report.notices
    got = _row(pair.a, item)
    assert got[0] is PositionStatus.APPROVED
    assert got[1] == version_no == held[-1][0]  # no new version
    assert got[2] == by and got[3] == at and got[4] == approved_no == version_no
    # the version held is the approved one, by its author, as approving here records it
    assert _versions(pair.a, item) == [*held[:-1], (held[-1][0], "approved", held[-1][2])]
    # and nothing more to send back: his store takes it as it is
    back = pair.receive(pair.send("back"))
    assert _row(pair.b, item) == (status, version_no, by, at, approved_no)
    assert not any("edited elsewhere" in n for n in back.notices)


def test_an_unsigned_approval_of_a_draft_held_here_is_a_version_of_the_import(
    pair: Pair,
) -> None:
    from adgsom_desktop.domain.base import utcnow
    from adgsom_desktop.domain.models import AgendaItem

    with pair.b.ctx.read() as s:
        item = s.scalars(
            select(Position.item_id)
            .join(AgendaItem, AgendaItem.id == Position.item_id)
            .where(Position.status == PositionStatus.DRAFT, Position.version_no > 0)
            .order_by(Position.item_id)
        ).first()
    assert item is not None
    held = _versions(pair.b, item)
    started = utcnow()
    # the same text, approved in her store, unsigned
    _forge_approval(pair.a, item, _not_the_aide(pair))

    sent = pair.a.bundles.export(
        _meeting_of(pair.a, item), pair.tmp / "d1", sender_key_id=pair.aide_key,
        sender_passphrase=AIDE_PASS, to_key_id=pair.head_in_a,
    )  # fmt: skip
    report = pair.receive(sent.path)

    assert any("not signed" in n for n in report.notices), report.notices
    got = _versions(pair.b, item)
    assert got[:-1] == held and got[-1][1] == "for_review"  # for review, as it came
    # saved by this import (by its sender, now), not as a copy of the last version
    # under that version's author and time
    assert got[-1][2] != held[-1][2]
    with pair.b.ctx.read() as s:
        saved = s.scalars(
            select(PositionVersion.saved_at)
            .join(Position, Position.id == PositionVersion.position_id)
            .where(Position.item_id == item)
            .order_by(PositionVersion.version_no)
        ).all()
    assert saved[-1] >= started > saved[-2]


def _meeting_of(svc: Services, item: int) -> int:
    from adgsom_desktop.domain.models import AgendaItem

    with svc.ctx.read() as s:
        return int(s.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item)))
