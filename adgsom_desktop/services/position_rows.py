"""A position's rows: validating, reading and writing a brief inside a transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.enums import PositionStatus
from ..domain.models import (
    AgendaItem,
    DefensiveLine,
    Delegation,
    Person,
    Position,
    PositionFallback,
    PositionPoint,
    PositionVersion,
    TheirObjective,
)
from ..domain.position_sections import LABELS, TEXT_SECTIONS
from ..domain.text import clean_text
from ..errors import ConflictError, NotFoundError, ValidationError
from .position_records import (
    ApprovedEditError,
    DefensiveLineRec,
    PointRec,
    PositionContent,
    PositionRec,
    PositionVersionRec,
    TheirObjectiveRec,
)
from .row_locks import locked

_TEXT_FIELDS = tuple((name, LABELS[name]) for name in TEXT_SECTIONS)  # domain/


def clean_content(content: PositionContent) -> PositionContent:
    """Validate every section (raises ValidationError naming the section)."""
    values = {name: clean_text(getattr(content, name), label) for name, label in _TEXT_FIELDS}
    return PositionContent(
        stance=content.stance,
        authority=content.authority,
        owner_id=content.owner_id,
        fallbacks=tuple(clean_text(f, "Fallback") for f in content.fallbacks),
        points=tuple(clean_text(p, "Point to make") for p in content.points),
        their_objectives=tuple(
            TheirObjectiveRec(
                t.delegation_code.strip().upper(),
                clean_text(t.their_objective, "Their objective"),
                clean_text(t.our_response, "Our response"),
            )
            for t in content.their_objectives
        ),
        defensive_lines=tuple(
            DefensiveLineRec(clean_text(d.question, "Question"), clean_text(d.answer, "Answer"))
            for d in content.defensive_lines
        ),
        tags=(),  # the tags belong to the item: AgendaService.set_tags
        **values,
    )


def content_of(session: Session, p: Position) -> PositionContent:
    codes = dict(session.execute(select(Delegation.id, Delegation.code)).all())
    item = session.get_one(AgendaItem, p.item_id)
    return PositionContent(
        objective=p.objective,
        stance=p.stance,
        opening=p.opening,
        fallbacks=tuple(f.text for f in p.fallbacks),
        red_line=p.red_line,
        authority=p.authority,
        points=tuple(x.text for x in p.points),
        tactical=p.tactical,
        their_objectives=tuple(
            TheirObjectiveRec(
                codes.get(t.delegation_id or 0, ""), t.their_objective, t.our_response
            )
            for t in p.their_objectives
        ),
        defensive_lines=tuple(DefensiveLineRec(d.question, d.answer) for d in p.defensive_lines),
        press_line=p.press_line,
        background_releasable=p.background_releasable,
        background_nfd=p.background_nfd,
        owner_id=p.owner_id,
        tags=tuple(t.label for t in item.tags),
    )


def position_rec(session: Session, p: Position) -> PositionRec:
    def name(person_id: int | None) -> str:
        if person_id is None:
            return ""
        person = session.get(Person, person_id)
        return person.full_name if person else ""

    return PositionRec(
        id=p.id,
        item_id=p.item_id,
        content=content_of(session, p),
        status=p.status,
        version_no=p.version_no,
        updated_at=p.updated_at,
        points=tuple(PointRec(x.id, x.ord, x.text, x.delivered_at) for x in p.points),
        approved_by_id=p.approved_by_id,
        approved_by_name=name(p.approved_by_id),
        approved_at=p.approved_at,
        approved_version_no=p.approved_version_no,
        owner_name=name(p.owner_id),
    )


def apply_content(session: Session, p: Position, c: PositionContent) -> None:
    """Write ``c`` into position ``p`` (children replaced; delivered points kept).

    ``c.tags`` is not written: the ADM tags belong to the item
    (``AgendaService.set_tags``); a version's snapshot records them as they stood.
    """
    codes = {code: id_ for id_, code in session.execute(select(Delegation.id, Delegation.code))}
    for name, _label in _TEXT_FIELDS:
        setattr(p, name, getattr(c, name))
    p.stance, p.authority = c.stance, c.authority
    if c.owner_id is not None and session.get(Person, c.owner_id) is None:
        raise ValidationError("The owner is not a known person.", "owner")
    p.owner_id = c.owner_id
    p.fallbacks = [PositionFallback(ord=n, text=t) for n, t in enumerate(c.fallbacks)]
    # Keep a point's identity (and its delivered tick) when its text is unchanged.
    old = {x.text: x for x in p.points}
    new_points = []
    for n, text in enumerate(c.points):
        existing = old.pop(text, None)
        if existing is not None:
            existing.ord = n
            new_points.append(existing)
        else:
            new_points.append(PositionPoint(ord=n, text=text))
    p.points = new_points
    their = []
    for n, t in enumerate(c.their_objectives):
        if t.delegation_code and t.delegation_code not in codes:
            raise ValidationError(
                "No delegation with code {t_delegation_code}.",
                "their",
                t_delegation_code=t.delegation_code,
            )
        their.append(
            TheirObjective(
                ord=n,
                delegation_id=codes.get(t.delegation_code),
                their_objective=t.their_objective,
                our_response=t.our_response,
            )
        )
    p.their_objectives = their
    p.defensive_lines = [
        DefensiveLine(ord=n, question=d.question, answer=d.answer)
        for n, d in enumerate(c.defensive_lines)
    ]


def write_version(
    session: Session, p: Position, saved_by: str, comment: str = ""
) -> PositionVersion:
    """Bump the version and store a snapshot of the position as it now stands."""
    session.flush()
    p.version_no += 1
    version = PositionVersion(
        position_id=p.id,
        version_no=p.version_no,
        saved_by=saved_by,
        status=p.status,
        comment=comment,
        snapshot=content_of(session, p).to_snapshot(),
    )
    session.add(version)
    session.flush()
    return version


def amend_latest(session: Session, p: Position, saved_by: str) -> PositionVersion | None:
    """Fold this save into the newest version (continuous typing), or None if not allowed.

    Only the newest version, saved by the same person, still at the position's
    status, neither approved nor a restore or a copy, is amended.
    """
    session.flush()
    latest = session.scalar(
        select(PositionVersion).where(
            PositionVersion.position_id == p.id, PositionVersion.version_no == p.version_no
        )
    )
    if (
        latest is None
        or latest.saved_by != saved_by
        or latest.status is not p.status
        or latest.comment
        or (p.approved_version_no == latest.version_no and p.status is PositionStatus.APPROVED)
    ):
        return None
    latest.snapshot = content_of(session, p).to_snapshot()
    latest.saved_at = utcnow()
    session.flush()
    return latest


def load_position(session: Session, item_id: int, *, for_update: bool = False) -> Position | None:
    """The item's position; ``for_update``: the item locked first (every write of a brief
    locks its item, so two writers of one brief, or its first save, take turns)."""
    item = locked(session, AgendaItem, item_id) if for_update else session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
    stmt = select(Position).where(Position.item_id == item_id)
    if for_update:
        stmt = stmt.execution_options(populate_existing=True)
    return session.scalar(stmt)


def guard_edit(
    p: Position, expected_version: int | None, reopen_approved: bool, name: Callable[[], str]
) -> None:
    """Refuse a stale save, and an edit of an approved position the user did not confirm."""
    if expected_version is not None and p.version_no != expected_version:
        raise ConflictError(
            "This position was changed elsewhere since you opened it "
            "(now version {p_version_no}). Reload it before saving.",
            p_version_no=p.version_no,
        )
    if p.status is PositionStatus.APPROVED and not reopen_approved:
        raise ApprovedEditError(
            "This position was approved (version {p_approved_version_no}, by {value}). "
            "Editing it returns it to draft; the approved version stays in the history.",
            p_approved_version_no=p.approved_version_no,
            value=name(),
        )


def last_saver(session: Session, p: Position) -> str:
    """Who saved the position's newest version ("" when unknown)."""
    name = session.scalar(
        select(PositionVersion.saved_by).where(
            PositionVersion.position_id == p.id, PositionVersion.version_no == p.version_no
        )
    )
    return str(name or "")


def approver_name(session: Session, p: Position) -> str:
    person = session.get(Person, p.approved_by_id) if p.approved_by_id else None
    return person.full_name if person else "unknown"


def base_content(session: Session, item_id: int, version_no: int | None) -> PositionContent | None:
    """The brief as version ``version_no`` held it: the base of a three-way merge (0: the
    empty brief before version 1; None: unknown)."""
    if version_no is None:
        return None
    if version_no == 0:
        return PositionContent()
    try:
        return PositionContent.from_snapshot(get_version(session, item_id, version_no).snapshot)
    except NotFoundError:
        return None


def get_version(session: Session, item_id: int, version_no: int) -> PositionVersion:
    v = session.scalar(
        select(PositionVersion)
        .join(Position, Position.id == PositionVersion.position_id)
        .where(Position.item_id == item_id, PositionVersion.version_no == version_no)
    )
    if v is None:
        raise NotFoundError(
            "Version {version_no} of this position does not exist.", version_no=version_no
        )
    return v


def version_rec(v: PositionVersion) -> PositionVersionRec:
    return PositionVersionRec(
        v.version_no,
        v.saved_at,
        v.saved_by,
        v.status,
        v.comment,
        PositionContent.from_snapshot(v.snapshot),
    )
