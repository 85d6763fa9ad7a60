"""Our position on an item: read, save (every save is a version), list history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

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
from ..domain.text import clean_text
from ..errors import ConflictError, NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .position_diff import PositionDiff, Tokenizer, diff_contents, tokens
from .position_records import (
    ApprovedEditError,
    DefensiveLineRec,
    PointRec,
    PositionContent,
    PositionRec,
    PositionVersionRec,
    TheirObjectiveRec,
    WorkflowState,
)
from .settings_service import our_code

_TEXT_FIELDS = (
    ("objective", "Objective"),
    ("opening", "Opening position"),
    ("red_line", "Red line"),
    ("tactical", "Tactical arguments"),
    ("press_line", "Press line"),
    ("background_releasable", "Background (releasable)"),
    ("background_nfd", "Background (not for disclosure)"),
)


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
            raise ValidationError(f"No delegation with code {t.delegation_code}.", "their")
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


def load_position(session: Session, item_id: int) -> Position | None:
    if session.get(AgendaItem, item_id) is None:
        raise NotFoundError(f"Agenda item {item_id} no longer exists.")
    return session.scalar(select(Position).where(Position.item_id == item_id))


def guard_edit(
    p: Position, expected_version: int | None, reopen_approved: bool, name: Callable[[], str]
) -> None:
    """Refuse a stale save, and an edit of an approved position the user did not confirm."""
    if expected_version is not None and p.version_no != expected_version:
        raise ConflictError(
            "This position was changed elsewhere since you opened it "
            f"(now version {p.version_no}). Reload it before saving."
        )
    if p.status is PositionStatus.APPROVED and not reopen_approved:
        raise ApprovedEditError(
            f"This position was approved (version {p.approved_version_no}, by {name()}). "
            "Editing it returns it to draft; the approved version stays in the history."
        )


class PositionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------------
    def get(self, item_id: int) -> PositionRec | None:
        with self._ctx.read() as s:
            p = s.scalar(select(Position).where(Position.item_id == item_id))
            return None if p is None else position_rec(s, p)

    def versions(self, item_id: int) -> list[PositionVersionRec]:
        """Every saved version, oldest first."""
        with self._ctx.read() as s:
            p = s.scalar(select(Position).where(Position.item_id == item_id))
            if p is None:
                return []
            return [_version_rec(v) for v in p.versions]

    def version(self, item_id: int, version_no: int) -> PositionVersionRec:
        with self._ctx.read() as s:
            return _version_rec(_get_version(s, item_id, version_no))

    def diff(
        self, item_id: int, old_no: int, new_no: int, tokenize: Tokenizer | None = None
    ) -> PositionDiff:
        """Word-level differences between two versions, section by section."""
        with self._ctx.read() as s:
            old = PositionContent.from_snapshot(_get_version(s, item_id, old_no).snapshot)
            new = PositionContent.from_snapshot(_get_version(s, item_id, new_no).snapshot)
            names = {pid: n for pid, n in s.execute(select(Person.id, Person.full_name))}
        return diff_contents(
            item_id,
            old_no,
            old,
            new_no,
            new,
            lambda pid: names.get(pid, "") if pid is not None else "",
            tokenize or tokens,
        )

    # -- saving -----------------------------------------------------------------------
    def save(
        self,
        item_id: int,
        content: PositionContent,
        *,
        expected_version: int | None = None,
        amend_version: int | None = None,
        reopen_approved: bool = False,
    ) -> PositionRec:
        """Save the whole brief as a new version (creates the position if needed).

        ``expected_version`` guards against overwriting a save made elsewhere
        since the editor loaded the position.  ``amend_version`` (the editor's
        autosave while the user keeps typing) folds this save into that version
        when it is still the newest one by the same person, instead of adding a
        version per second of typing.  An approved position is edited only with
        ``reopen_approved`` (the user said yes): it returns to draft and the
        approved version stays in the history.  ``content.tags`` is not saved:
        tags belong to the item (``AgendaService.set_tags``).
        """
        content = clean_content(content)
        with self._ctx.write() as s:
            p = load_position(s, item_id)
            created = p is None
            if p is None:
                p = Position(item_id=item_id, version_no=0, status=PositionStatus.DRAFT)
                s.add(p)
                s.flush()
            else:
                guard_edit(p, expected_version, reopen_approved, lambda: _approver(s, p))
            reopened = p.status is PositionStatus.APPROVED
            if reopened:
                p.status = PositionStatus.DRAFT
            apply_content(s, p, content)
            amended = None
            if amend_version is not None and amend_version == p.version_no and not reopened:
                amended = amend_latest(s, p, self._ctx.actor)
            if amended is None:
                write_version(s, p, self._ctx.actor)
                self._ctx.audit(
                    s,
                    "create" if created else ("reopen" if reopened else "edit"),
                    "position",
                    p.id,
                    f"item {item_id} v{p.version_no}",
                )
            rec = position_rec(s, p)
        self._publish(rec)
        return rec

    def restore(
        self,
        item_id: int,
        version_no: int,
        *,
        expected_version: int | None = None,
        reopen_approved: bool = False,
    ) -> PositionRec:
        """Make an earlier version the current one: restoring is itself a new version."""
        with self._ctx.write() as s:
            p = load_position(s, item_id)
            if p is None:
                raise NotFoundError("This item has no position to restore.")
            old = _get_version(s, item_id, version_no)
            guard_edit(p, expected_version, reopen_approved, lambda: _approver(s, p))
            if p.status is PositionStatus.APPROVED:
                p.status = PositionStatus.DRAFT
            content = PositionContent.from_snapshot(old.snapshot)
            if content.owner_id is not None and s.get(Person, content.owner_id) is None:
                content = replace(content, owner_id=None)
            apply_content(s, p, clean_content(content))
            write_version(s, p, self._ctx.actor, f"restored from v{version_no}")
            self._ctx.audit(
                s, "restore", "position", p.id, f"item {item_id} v{version_no} -> v{p.version_no}"
            )
            rec = position_rec(s, p)
        self._publish(rec)
        return rec

    # -- workflow: draft -> for review -> approved --------------------------------------
    def submit_for_review(self, item_id: int) -> PositionRec:
        return self._set_status(item_id, PositionStatus.FOR_REVIEW)

    def return_to_draft(self, item_id: int) -> PositionRec:
        return self._set_status(item_id, PositionStatus.DRAFT)

    def approve(self, item_id: int, approver_id: int) -> PositionRec:
        """Approve the current version, by a member of our delegation (the HoD, usually)."""
        with self._ctx.write() as s:
            p = load_position(s, item_id)
            if p is None or p.version_no == 0:
                raise ValidationError("There is no position on this item to approve yet.")
            if p.status is PositionStatus.APPROVED:
                raise ValidationError(
                    f"This position is already approved (version {p.approved_version_no})."
                )
            person = s.get(Person, approver_id)
            ours = our_code(s)
            if not ours:
                raise ValidationError(
                    "Set our delegation (View > Our delegation) before approving positions."
                )
            code = (
                s.scalar(select(Delegation.code).where(Delegation.id == person.delegation_id))
                if person
                else None
            )
            if person is None or code != ours:
                raise ValidationError(
                    "A position is approved by a member of our own delegation "
                    f"({ours}); choose one of them.",
                    "approver",
                )
            p.status = PositionStatus.APPROVED
            p.approved_by_id = person.id
            p.approved_at = utcnow()
            p.approved_version_no = p.version_no
            _latest(s, p).status = PositionStatus.APPROVED
            self._ctx.audit(
                s,
                "approve",
                "position",
                p.id,
                f"item {item_id} v{p.version_no} by {person.full_name}",
            )
            rec = position_rec(s, p)
        self._publish(rec)
        return rec

    def workflow_state(self, item_id: int) -> WorkflowState | None:
        """The position's status and approval as they stand (None: no position yet)."""
        with self._ctx.read() as s:
            p = load_position(s, item_id)
            if p is None or p.version_no == 0:
                return None
            return WorkflowState(
                item_id=item_id,
                version_no=p.version_no,
                status=p.status,
                version_status=_latest(s, p).status,
                approved_by_id=p.approved_by_id,
                approved_at=p.approved_at,
                approved_version_no=p.approved_version_no,
            )

    def restore_workflow(self, state: WorkflowState, *, undo: bool = True) -> PositionRec:
        """Put a position's status and approval back as ``state`` recorded (undo / redo).

        Refused if the brief was saved since (another version): the status then
        belongs to a text the state never saw.  Undoing an approval takes the
        position back to where it was (for review, usually); the history's mark and
        the audit log record it.
        """
        with self._ctx.write() as s:
            p = load_position(s, state.item_id)
            if p is None or p.version_no != state.version_no:
                raise ValidationError(
                    "The brief was saved again since this step: it cannot be undone or redone "
                    "any more. Change its status with the buttons."
                )
            was = p.status
            p.status = state.status
            p.approved_by_id = state.approved_by_id
            p.approved_at = state.approved_at
            p.approved_version_no = state.approved_version_no
            _latest(s, p).status = state.version_status
            action = "undo status" if undo else "redo status"
            self._ctx.audit(
                s,
                action,
                "position",
                p.id,
                f"item {state.item_id} v{p.version_no}: {was.label} -> {state.status.label}",
            )
            rec = position_rec(s, p)
        self._publish(rec)
        return rec

    def _set_status(self, item_id: int, status: PositionStatus) -> PositionRec:
        with self._ctx.write() as s:
            p = load_position(s, item_id)
            if p is None or p.version_no == 0:
                raise ValidationError("Write the position first: there is nothing to submit yet.")
            if p.status is status:
                raise ValidationError(f"The position is already {status.label.lower()}.")
            if p.status is PositionStatus.APPROVED and status is PositionStatus.FOR_REVIEW:
                raise ValidationError("An approved position goes back to draft before review.")
            leaving_approval = p.status is PositionStatus.APPROVED
            p.status = status
            if not leaving_approval:  # the approved version keeps its mark in the history
                _latest(s, p).status = status
            self._ctx.audit(s, status.value, "position", p.id, f"item {item_id} v{p.version_no}")
            rec = position_rec(s, p)
        self._publish(rec)
        return rec

    def _publish(self, rec: PositionRec) -> None:
        self._ctx.publish(Change(ChangeKind.POSITIONS, frozenset({rec.id}), item_id=rec.item_id))


def _latest(session: Session, p: Position) -> PositionVersion:
    return session.scalars(
        select(PositionVersion).where(
            PositionVersion.position_id == p.id, PositionVersion.version_no == p.version_no
        )
    ).one()


def _approver(session: Session, p: Position) -> str:
    person = session.get(Person, p.approved_by_id) if p.approved_by_id else None
    return person.full_name if person else "unknown"


def _get_version(session: Session, item_id: int, version_no: int) -> PositionVersion:
    v = session.scalar(
        select(PositionVersion)
        .join(Position, Position.id == PositionVersion.position_id)
        .where(Position.item_id == item_id, PositionVersion.version_no == version_no)
    )
    if v is None:
        raise NotFoundError(f"Version {version_no} of this position does not exist.")
    return v


def _version_rec(v: PositionVersion) -> PositionVersionRec:
    return PositionVersionRec(
        v.version_no,
        v.saved_at,
        v.saved_by,
        v.status,
        v.comment,
        PositionContent.from_snapshot(v.snapshot),
    )
