"""An approval travels only when signed by the approver's key (#17 item 2).

The head approves a brief in the head's store and sends the meeting: it arrives approved,
the signature kept (so it can travel on).  A brief approved in the aide's store in the
head's name (written into her file behind the app's back: the app refuses an approval in
the name of a member whose own key is not in the store, review s32 H15) cannot be signed by
the aide: it arrives for review, and the preview says why.
A signature that is not the approver's (forged bytes, or the aide's own key claiming the
head's approval) counts for nothing."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.domain.models import ApprovalSignature, Person, Position
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.key_service import approval_message
from adgsom_desktop.services.sync import crypto
from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair
from tests.helpers import approve


def _person(svc: Services, key_id: int) -> int:
    pid = svc.keys.key(key_id).person_id
    assert pid is not None
    return pid


def _meeting_item(svc: Services, meeting: int) -> int:
    """An item of the meeting whose brief is not approved."""
    from adgsom_desktop.domain.models import AgendaItem

    with svc.ctx.read() as s:
        return int(
            s.scalars(
                select(Position.item_id)
                .join(AgendaItem, AgendaItem.id == Position.item_id)
                .where(
                    AgendaItem.meeting_id == meeting,
                    Position.status != PositionStatus.APPROVED,
                )
                .order_by(Position.item_id)
            ).first()
        )


def _edit_and_approve(svc: Services, item: int, approver: int, words: str) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, objective=f"{rec.content.objective} {words}"))
    approve(svc, item, approver)  # with the approver's own PIN (#15)


def _edit_and_forge(svc: Services, item: int, approver: int, words: str) -> None:
    """An approval in ``approver``'s name written straight into the store's file (the app
    refuses one in the name of a member whose own key is not there)."""
    from sqlalchemy import update

    from adgsom_desktop.domain.base import utcnow
    from adgsom_desktop.domain.models import PositionVersion

    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, objective=f"{rec.content.objective} {words}"))
    with svc.ctx.write() as s:
        p = s.scalars(select(Position).where(Position.item_id == item)).one()
        p.status, p.approved_by_id = PositionStatus.APPROVED, approver
        p.approved_at, p.approved_version_no = utcnow(), p.version_no
        s.execute(
            update(PositionVersion)
            .where(PositionVersion.position_id == p.id, PositionVersion.version_no == p.version_no)
            .values(status=PositionStatus.APPROVED)
        )


def _head_to_aide(pair: Pair, name: str = "h1") -> object:
    """The head sends the meeting from the head's store; the aide imports it."""
    sent = pair.b.bundles.export(
        pair.meeting,
        pair.tmp / name,
        sender_key_id=pair.head_key,
        sender_passphrase=HEAD_PASS,
        to_key_id=pair.aide_in_b,
    )
    opened = pair.a.bundles.open(sent.path, key_passphrase=AIDE_PASS)
    return pair.a.bundles.import_opened(opened, backup=False)


def test_an_approval_signed_by_its_approver_travels(pair: Pair) -> None:
    item = _meeting_item(pair.b, pair.meeting)
    head = _person(pair.b, pair.head_key)
    _edit_and_approve(pair.b, item, head, "(approved by the head in the head's store)")
    _head_to_aide(pair)
    got = pair.a.positions.get(item)
    assert got is not None
    assert got.status is PositionStatus.APPROVED
    assert got.content.objective.endswith("(approved by the head in the head's store)")
    with pair.a.ctx.read() as s:
        assert s.scalar(select(Position.approved_by_id).where(Position.item_id == item)) == (
            s.scalar(
                select(Person.id).where(Person.uuid == pair.b.keys.key(pair.head_key).person_uuid)
            )
        )
        kept = s.scalars(select(ApprovalSignature)).all()
    fingerprint = pair.b.keys.key(pair.head_key).fingerprint
    # kept (the head's approvals of the meeting, this one among them): they travel on
    assert kept and {k.fingerprint for k in kept} == {fingerprint}
    assert got.content.objective.endswith("store)")


def test_an_approval_the_sender_cannot_sign_arrives_for_review(pair: Pair) -> None:
    item = _meeting_item(pair.a, pair.meeting)
    head_in_a = pair.a.keys.key(pair.head_in_a).person_id
    assert head_in_a is not None
    # in the aide's store, the brief is approved in the head's name
    _edit_and_forge(pair.a, item, head_in_a, "(approved in the aide's store)")
    preview = pair.receive(pair.send(), dry_run=True)
    assert any("not signed by its approver's key" in n for n in preview.notices)
    pair.receive(pair.send("again"))
    got = pair.b.positions.get(item)
    assert got is not None
    assert got.content.objective.endswith("(approved in the aide's store)")
    assert got.status is not PositionStatus.APPROVED


def _forge(pair: Pair, item: int, fingerprint: str, signature: bytes) -> None:
    """A signature row in the aide's store for the head's approval of ``item``."""
    from adgsom_desktop.services.sync.canon import Links, position_content, position_key
    from adgsom_desktop.services.sync.kinds import Conv
    from adgsom_desktop.services.sync.withhold import approval_hash

    with pair.a.ctx.write() as s:
        p = s.scalars(select(Position).where(Position.item_id == item)).one()
        links = Links(s)
        links.fetch(Conv.ITEM, [p.item_id])
        content = position_content(s, p, links)
        approval = content["approval"]
        s.add(
            ApprovalSignature(
                position_key=position_key(content["item"]),
                content_hash=approval_hash(content["brief"]),
                approver_uuid=approval["by"],
                approved_at=p.approved_at,
                fingerprint=fingerprint,
                signature=crypto.b64(signature),
            )
        )


def _approved_in_aides_store(pair: Pair) -> int:
    item = _meeting_item(pair.a, pair.meeting)
    head_in_a = pair.a.keys.key(pair.head_in_a).person_id
    assert head_in_a is not None
    _edit_and_forge(pair.a, item, head_in_a, "(forged approval)")
    return item


def test_forged_bytes_under_the_heads_fingerprint_count_for_nothing(pair: Pair) -> None:
    item = _approved_in_aides_store(pair)
    head_fp = pair.a.keys.key(pair.head_in_a).fingerprint
    _forge(pair, item, head_fp, bytes(range(64)))
    pair.receive(pair.send())
    got = pair.b.positions.get(item)
    assert got is not None and got.status is not PositionStatus.APPROVED


def test_the_aides_own_signature_of_the_heads_approval_counts_for_nothing(pair: Pair) -> None:
    from adgsom_desktop.domain.models import MemberKey
    from adgsom_desktop.services.key_service import sealed_of

    item = _approved_in_aides_store(pair)
    with pair.a.ctx.read() as s:
        aide = s.get(MemberKey, pair.aide_key)
        assert aide is not None
        keys = crypto.unlock(sealed_of(aide), AIDE_PASS, aide.name)
    # a real signature, by the wrong key: the aide signs the head's approval
    from adgsom_desktop.services.sync.canon import Links, position_content, position_key
    from adgsom_desktop.services.sync.kinds import Conv
    from adgsom_desktop.services.sync.withhold import approval_hash

    with pair.a.ctx.read() as s:
        p = s.scalars(select(Position).where(Position.item_id == item)).one()
        links = Links(s)
        links.fetch(Conv.ITEM, [p.item_id])
        content = position_content(s, p, links)
    message = approval_message(
        position_key(content["item"]),
        approval_hash(content["brief"]),
        content["approval"]["by"],
        str(content["approval"]["at"] or ""),
    )
    _forge(pair, item, keys.public.fingerprint, keys.sign(message))
    pair.receive(pair.send())
    got = pair.b.positions.get(item)
    assert got is not None and got.status is not PositionStatus.APPROVED
