"""The workflow of a position (draft -> for review -> approved) inside a write transaction.

``PositionService.step`` runs one step and reads the state before and after it
in the same transaction (the undo step of the GUI puts it back exactly);
``restore_workflow`` puts a recorded state back (``put_back``).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.enums import PositionStatus, approves_briefs
from ..domain.locator import Locator
from ..domain.models import Delegation, Person, Position, PositionVersion, StoreSetting
from ..domain.settings import TRIP_OF
from ..errors import ValidationError
from .context import ServiceContext
from .position_records import WorkflowState
from .settings_service import our_code


def latest_version(session: Session, p: Position) -> PositionVersion:
    return session.scalars(
        select(PositionVersion).where(
            PositionVersion.position_id == p.id, PositionVersion.version_no == p.version_no
        )
    ).one()


def workflow_state(session: Session, item_id: int, p: Position) -> WorkflowState:
    return WorkflowState(
        item_id=item_id,
        version_no=p.version_no,
        status=p.status,
        version_status=latest_version(session, p).status,
        approved_by_id=p.approved_by_id,
        approved_at=p.approved_at,
        approved_version_no=p.approved_version_no,
    )


def set_status(
    session: Session, ctx: ServiceContext, p: Position, item_id: int, status: PositionStatus
) -> None:
    """To review, or back to draft (an approved version keeps its mark in the history)."""
    if p.status is status:
        raise ValidationError(
            "The position is already {status_label}.", status_label=status.label.lower()
        )
    if p.status is PositionStatus.APPROVED and status is PositionStatus.FOR_REVIEW:
        raise ValidationError("An approved position goes back to draft before review.")
    leaving_approval = p.status is PositionStatus.APPROVED
    p.status = status
    if not leaving_approval:
        latest_version(session, p).status = status
    ctx.audit(session, status.value, "position", p.id, f"item {item_id} v{p.version_no}")


def team_server_of_trip(session: Session) -> Locator | None:
    """The team store on a server this store is a trip copy of (None: it is not one)."""
    raw = session.scalar(select(StoreSetting.value).where(StoreSetting.key == TRIP_OF))
    if not raw:
        return None
    try:
        locator = Locator.parse(json.loads(raw)["locator"])
    except (ValueError, KeyError, TypeError, ValidationError):
        return None
    return locator if locator.is_server else None


def refuse_on_a_trip_of_a_team_server(session: Session) -> None:
    """A trip copy of a team store on a server takes no approval (review s31 G10): the
    server accepts an approval only from the approver signed in there (#17: an approval
    travels only when signed by the approver), so one made on the laptop would make the
    whole return fail later.  Said now, before anything is written or a PIN asked."""
    locator = team_server_of_trip(session)
    if locator is not None:
        raise ValidationError(
            "This is a trip copy of the team store {team}: an approval made here could not "
            "be brought back (the team store takes an approval only from the approver signed "
            "in to it). Nothing was approved. Send the brief for review here, and approve it "
            "in the team store once the copy is back.",
            "approver",
            team=locator.display,
        )


def refuse_to_approve_here(session: Session, ctx: ServiceContext) -> None:
    """Nobody approves here: a trip copy of a team store on a server, or a member signed
    in who is neither the head nor an alternate.  The reason, before any PIN is asked."""
    refuse_on_a_trip_of_a_team_server(session)
    signed = ctx.signed_in
    if signed is not None and not approves_briefs(signed.role):
        raise ValidationError(
            "Only the head of delegation or the alternate approves a brief: you are signed "
            "in as {signed_name} ({signed_role}).",
            "approver",
            signed_name=signed.name,
            signed_role=signed.role,
        )


def approve(
    session: Session, ctx: ServiceContext, p: Position, item_id: int, approver_id: int
) -> None:
    """Approve the current version, by the head of our delegation or the alternate
    (``approves_briefs``: a person's role in our delegation at a store file, the member's
    team role when signed in).  On a team store a signed-in member approves only as
    themselves (the server refuses anyone else too, whatever SQL they send).  A brief
    nobody sent for review may be approved directly by them: the audit log says so."""
    refuse_to_approve_here(session, ctx)
    signed = ctx.signed_in
    if signed is not None and approver_id != signed.person_id:
        raise ValidationError(
            "An approval is your own act: you are signed in as {signed_name}, so you "
            "approve in your own name; another approver signs in to approve.",
            "approver",
            signed_name=signed.name,
        )
    if p.status is PositionStatus.APPROVED:
        raise ValidationError(
            "This position is already approved (version {p_approved_version_no}).",
            p_approved_version_no=p.approved_version_no,
        )
    person = session.get(Person, approver_id)
    ours = our_code(session)
    if not ours:
        raise ValidationError(
            "Set our delegation (View > Our delegation) before approving positions."
        )
    code = (
        session.scalar(select(Delegation.code).where(Delegation.id == person.delegation_id))
        if person
        else None
    )
    if person is None or code != ours:
        raise ValidationError(
            "A position is approved by a member of our own delegation ({ours}); "
            "choose one of them.",
            "approver",
            ours=ours,
        )
    if signed is None and not approves_briefs(person.role):
        raise ValidationError(
            "Only the head of delegation or the alternate approves a brief: "
            "{person_name}'s role in our delegation is {role}. Nothing was approved.",
            "approver",
            person_name=person.full_name,
            role=person.role.label.lower(),
        )
    directly = p.status is PositionStatus.DRAFT
    p.status = PositionStatus.APPROVED
    p.approved_by_id = person.id
    p.approved_at = utcnow()
    p.approved_version_no = p.version_no
    latest_version(session, p).status = PositionStatus.APPROVED
    signed_at = signed_earlier(session, p, person)
    if signed_at is not None:  # the approval they signed elsewhere, confirmed here
        p.approved_at = signed_at
    how = "signed in" if signed is not None else "with their approval PIN"
    ctx.audit(
        session,
        "approve",
        "position",
        p.id,
        f"item {item_id} v{p.version_no} by {person.full_name}, {how}"
        + (", directly from draft (not sent for review)" if directly else ""),
    )


def approver_key(session: Session, approver_id: int) -> int | None:
    """The id of the approver's own key in this store (its private key here), if any."""
    from ..domain.models import MemberKey

    uuid = session.scalar(select(Person.uuid).where(Person.id == approver_id))
    if uuid is None:
        return None
    return session.scalar(
        select(MemberKey.id).where(MemberKey.person_uuid == uuid, MemberKey.holds_private)
    )


def unlock_approver_key(ctx: ServiceContext, approver_id: int, passphrase: str) -> object:
    """The approver's own key, unlocked with their key passphrase, before an approval that
    it signs (review s32 H21): a wrong passphrase is refused before anything is written."""
    from .key_service import KeyService

    with ctx.read() as s:
        key_id = approver_key(s, approver_id)
    if key_id is None:
        raise ValidationError(
            "The approver has no key of their own in this store: there is nothing to sign "
            "the approval with. Nothing was approved.",
            "approver",
        )
    return KeyService(ctx).unlock(key_id, passphrase)


def sign_approval_now(
    session: Session, ctx: ServiceContext, keys: object, p: Position, item_id: int
) -> None:
    """The approval just given, signed by the approver's key in the same transaction: it
    travels in any member's bundle from here (#17)."""
    from .key_service import sign_approvals

    uuid = session.scalar(select(Person.uuid).where(Person.id == p.approved_by_id))
    session.flush()
    if uuid is not None and sign_approvals(session, keys, uuid, [item_id]):  # type: ignore[arg-type]
        ctx.audit(session, "sign approval", "position", p.id, f"item {item_id}")


def signed_earlier(session: Session, p: Position, person: Person) -> datetime | None:
    """When ``person`` approved this very text elsewhere, signed by their key (a signature
    kept from a bundle, review s32 H20): confirming it here keeps that approval's time, so
    the signature still verifies and the approval travels back as it came."""
    from ..domain.models import ApprovalSignature

    if person.uuid is None or not session.scalar(
        select(ApprovalSignature.id).where(ApprovalSignature.approver_uuid == person.uuid).limit(1)
    ):
        return None
    from .sync.canon import Links, position_content
    from .sync.kinds import Conv, position_key
    from .sync.withhold import approval_hash

    session.flush()
    links = Links(session)
    links.fetch(Conv.ITEM, [p.item_id])
    content = position_content(session, p, links)
    return session.scalar(
        select(ApprovalSignature.approved_at)
        .where(
            ApprovalSignature.position_key == position_key(content["item"]),
            ApprovalSignature.content_hash == approval_hash(content["brief"]),
            ApprovalSignature.approver_uuid == person.uuid,
        )
        .order_by(ApprovalSignature.approved_at.desc())
        .limit(1)
    )


def put_back(
    session: Session, ctx: ServiceContext, p: Position, state: WorkflowState, undo: bool
) -> None:
    """The status and approval as ``state`` recorded them (undo / redo of a step)."""
    was = p.status
    p.status = state.status
    p.approved_by_id = state.approved_by_id
    p.approved_at = state.approved_at
    p.approved_version_no = state.approved_version_no
    latest_version(session, p).status = state.version_status
    ctx.audit(
        session,
        "undo status" if undo else "redo status",
        "position",
        p.id,
        f"item {state.item_id} v{p.version_no}: {was.label} -> {state.status.label}",
    )
