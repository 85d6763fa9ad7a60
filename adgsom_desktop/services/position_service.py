"""Our position on an item: read, save (every save is a version), list history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import PositionStatus, approves_briefs
from ..domain.models import (
    AgendaItem,
    Person,
    Position,
)
from ..errors import NotFoundError, ValidationError
from .agenda_queries import items_by_meeting
from .approval_pins import ApprovalPins
from .brief_conflict import BriefConflict, Choice, Resolution, merge_content
from .brief_merge import Merged, three_way
from .changes import Change, ChangeKind
from .context import ServiceContext
from .item_tags import normalise_tags, resolve_tags
from .position_diff import PositionDiff, Tokenizer, diff_contents, tokens
from .position_records import (
    BriefSaved,
    PositionContent,
    PositionRec,
    PositionVersionRec,
    StepDone,
    WorkflowState,
)
from .position_rows import (
    amend_latest,
    apply_content,
    approver_name,
    base_content,
    clean_content,
    content_of,
    get_version,
    guard_edit,
    last_saver,
    load_position,
    position_rec,
    version_rec,
    write_version,
)
from .position_workflow import (
    approve,
    put_back,
    refuse_to_approve_here,
    set_status,
    sign_approval_now,
    unlock_approver_key,
    workflow_state,
)
from .row_locks import locked

__all__ = ["PositionService", "apply_content", "clean_content", "content_of", "write_version"]


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
            return [version_rec(v) for v in p.versions]

    def version(self, item_id: int, version_no: int) -> PositionVersionRec:
        with self._ctx.read() as s:
            return version_rec(get_version(s, item_id, version_no))

    def diff(
        self, item_id: int, old_no: int, new_no: int, tokenize: Tokenizer | None = None
    ) -> PositionDiff:
        """Word-level differences between two versions, section by section (``old_no`` 0:
        the empty brief before version 1, so that version 1 shows what it brought)."""
        with self._ctx.read() as s:
            old = (
                PositionContent()
                if old_no == 0
                else PositionContent.from_snapshot(get_version(s, item_id, old_no).snapshot)
            )
            new = PositionContent.from_snapshot(get_version(s, item_id, new_no).snapshot)
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
    @staticmethod
    def check(content: PositionContent) -> PositionContent:
        """The checks a brief passes before any write (no store needed): the GUI says at
        once what the store would refuse (a section too long, a control character)."""
        return clean_content(content)

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
        tags belong to the item (``save_brief`` saves both in one transaction).
        """
        done = self.save_brief(
            item_id,
            content,
            expected_version=expected_version,
            amend_version=amend_version,
            reopen_approved=reopen_approved,
        )
        assert done.rec is not None
        return done.rec

    def save_brief(
        self,
        item_id: int,
        content: PositionContent | None,
        *,
        tags: Iterable[str] | None = None,
        expected_version: int | None = None,
        amend_version: int | None = None,
        reopen_approved: bool = False,
    ) -> BriefSaved:
        """One autosave of the editor, one transaction: the brief's sections (``content``;
        None leaves them) and the item's ADM tags (``tags``; None leaves them).

        The checks and the versioning are ``save``'s; the tags are the item's
        (``AgendaService.set_tags``), written in the same transaction so one edit
        of both is one commit, one audit trail and one undo step.
        """
        clean = None if content is None else clean_content(content)
        codes = None if tags is None else normalise_tags(tags)
        changes: list[Change] = []
        with self._ctx.write() as s:
            item = locked(s, AgendaItem, item_id)  # its brief's writers take turns
            if item is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            p = s.scalar(
                select(Position)
                .where(Position.item_id == item_id)
                .execution_options(populate_existing=True)
            )
            if codes is not None:
                item.tags = resolve_tags(s, codes)
                self._ctx.audit(s, "tags", "agenda_item", item.id, ", ".join(codes) or "(none)")
                s.flush()
                agenda = items_by_meeting(s, [item.meeting_id]).get(item.meeting_id, [])
                changes.append(
                    Change(
                        ChangeKind.AGENDA,
                        frozenset({item_id}),
                        meeting_id=item.meeting_id,
                        item_id=item_id,
                        records=tuple(agenda),
                    )
                )
            merged: Merged | None = None
            if clean is not None:
                p, merged = self._write_content(
                    s, item_id, p, clean, expected_version, amend_version, reopen_approved
                )
            rec = None if p is None else position_rec(s, p)
            saved_tags = tuple(t.label for t in item.tags)
            if rec is not None and clean is not None:
                changes.append(self._change(rec))
            self._ctx.publish(*changes)
        return BriefSaved(
            item_id,
            rec,
            saved_tags,
            clean is not None,
            codes is not None,
            merged_with=merged.who if merged else "",
            merged_sections=merged.sections if merged else (),
        )

    def _write_content(
        self,
        s: Session,
        item_id: int,
        p: Position | None,
        content: PositionContent,
        expected_version: int | None,
        amend_version: int | None,
        reopen_approved: bool,
    ) -> tuple[Position, Merged | None]:
        created = p is None
        merged: Merged | None = None
        if p is None:
            p = Position(item_id=item_id, version_no=0, status=PositionStatus.DRAFT)
            s.add(p)
            s.flush()
        else:
            if expected_version is not None and p.version_no != expected_version:
                # Saved by someone else meanwhile (read under the item's lock): merged
                # three-way from the version both started from when they changed other
                # sections (G1), else a conflict, never an overwrite; the caller keeps
                # the text and offers the choice for the sections both changed.
                merged, content = self._merge_meanwhile(
                    s, item_id, p, content, expected_version, reopen_approved
                )
            guard_edit(
                p,
                p.version_no if merged else expected_version,
                reopen_approved,
                lambda: approver_name(s, p),
            )
        reopened = p.status is PositionStatus.APPROVED
        if reopened:
            p.status = PositionStatus.DRAFT
        apply_content(s, p, content)
        amended = None
        if (
            amend_version is not None
            and amend_version == p.version_no
            and not reopened
            and merged is None
        ):
            amended = amend_latest(s, p, self._ctx.actor)
        if amended is None:
            write_version(s, p, self._ctx.actor, merged.note if merged else "")
            self._ctx.audit(
                s,
                "create" if created else ("reopen" if reopened else "edit"),
                "position",
                p.id,
                f"item {item_id} v{p.version_no}" + (f" ({merged.note})" if merged else ""),
            )
        return p, merged

    def _merge_meanwhile(
        self,
        s: Session,
        item_id: int,
        p: Position,
        content: PositionContent,
        expected_version: int,
        reopen_approved: bool,
    ) -> tuple[Merged, PositionContent]:
        """``content`` (saved from ``expected_version``) merged with the version saved
        meanwhile, or ``BriefConflict`` if both changed a section (or the brief was
        approved meanwhile: approving again is the approver's, never a merge's)."""
        rec, who = position_rec(s, p), last_saver(s, p)
        base = base_content(s, item_id, expected_version)
        merge = None if base is None else three_way(base, content, rec.content)
        approved_meanwhile = p.status is PositionStatus.APPROVED and not reopen_approved
        # Nothing of mine to add (mine landed, its answer lost: the outbox's replay
        # knows that conflict) is no new version either.
        if merge is None or not merge.clean or merge.adds_nothing or approved_meanwhile:
            raise BriefConflict(item_id, expected_version, rec, who, content, base)
        by = f"version {p.version_no} by {who}" if who else f"version {p.version_no}"
        taken = ", ".join(merge.labels(merge.from_theirs))
        note = f"merged with {by}" + (f" ({taken})" if taken else "")
        return Merged(who, merge.labels(merge.from_theirs), note), merge.merged

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
            p = load_position(s, item_id, for_update=True)
            if p is None:
                raise NotFoundError("This item has no position to restore.")
            old = get_version(s, item_id, version_no)
            guard_edit(p, expected_version, reopen_approved, lambda: approver_name(s, p))
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
        return self.step(item_id, PositionStatus.FOR_REVIEW).rec

    def return_to_draft(self, item_id: int) -> PositionRec:
        return self.step(item_id, PositionStatus.DRAFT).rec

    def refuse_to_approve_here(self) -> None:
        """``ValidationError`` with the reason when nobody approves a brief here (a trip
        copy of a team store on a server; a member signed in who is neither the head nor
        an alternate): said before any PIN is asked, and the GUI's Approve… is off."""
        with self._ctx.read() as s:
            refuse_to_approve_here(s, self._ctx)

    def approve(self, item_id: int, approver_id: int, pin: str = "") -> PositionRec:
        """Approve the current version, by a member of our delegation (the HoD, usually),
        with their approval PIN unless they are signed in to a team store."""
        return self.step(item_id, PositionStatus.APPROVED, approver_id=approver_id, pin=pin).rec

    def step(
        self,
        item_id: int,
        status: PositionStatus,
        *,
        approver_id: int | None = None,
        pin: str = "",
        key_passphrase: str = "",
    ) -> StepDone:
        """One workflow step (to review, back to draft, approved by ``approver_id``), with
        the state before and after it for undo, all in one transaction.  An approval not
        made by a signed-in member needs the approver's own PIN (``ApprovalPins``): a
        wrong one is recorded and refused before anything else is done.  With
        ``key_passphrase`` the approver's own key here signs the approval (it travels)."""
        if status is PositionStatus.APPROVED:  # before a PIN is asked for or checked
            self.refuse_to_approve_here()
        pins = ApprovalPins(self._ctx)
        if status is PositionStatus.APPROVED and approver_id is not None and pins.required:
            pins.verify(approver_id, pin)
        keys = None
        if key_passphrase and status is PositionStatus.APPROVED and approver_id is not None:
            keys = unlock_approver_key(self._ctx, approver_id, key_passphrase)
        with self._ctx.write() as s:
            p = load_position(s, item_id, for_update=True)
            if p is None or p.version_no == 0:
                if status is PositionStatus.APPROVED:
                    raise ValidationError("There is no position on this item to approve yet.")
                raise ValidationError("Write the position first: there is nothing to submit yet.")
            before = workflow_state(s, item_id, p)
            if status is PositionStatus.APPROVED:
                if approver_id is None:
                    raise ValidationError("Choose who approves the position.", "approver")
                approve(s, self._ctx, p, item_id, approver_id)
                if keys is not None:
                    sign_approval_now(s, self._ctx, keys, p, item_id)
            else:
                set_status(s, self._ctx, p, item_id, status)
            rec = position_rec(s, p)
            after = workflow_state(s, item_id, p)
            number = s.scalar(select(AgendaItem.number).where(AgendaItem.id == item_id)) or ""
            self._publish(rec)
        return StepDone(rec, before, after, number)

    def workflow_state(self, item_id: int) -> WorkflowState | None:
        """The position's status and approval as they stand (None: no position yet)."""
        with self._ctx.read() as s:
            p = load_position(s, item_id)
            if p is None or p.version_no == 0:
                return None
            return workflow_state(s, item_id, p)

    def restore_workflow(
        self, state: WorkflowState, *, undo: bool = True, pin: str = ""
    ) -> PositionRec:
        """Put a position's status and approval back as ``state`` recorded (undo / redo).

        Refused if the brief was saved since (another version): the status then
        belongs to a text the state never saw.  Undoing an approval takes the
        position back to where it was (for review, usually); the history's mark and
        the audit log record it.  Putting an approval back (redo of an approval, undo of
        leaving it) is an approval again: the approver's own PIN (``pin``), or, on a team
        store, the approver signed in; a wrong or missing PIN is refused, nothing changed.
        """
        if state.status is PositionStatus.APPROVED:
            self._approving_again(state, pin)
        with self._ctx.write() as s:
            p = load_position(s, state.item_id, for_update=True)
            if p is None or p.version_no != state.version_no:
                raise ValidationError(
                    "The brief was saved again since this step: it cannot be undone or redone "
                    "any more. Change its status with the buttons."
                )
            put_back(s, self._ctx, p, state, undo)
            rec = position_rec(s, p)
            self._publish(rec)
        return rec

    def _approving_again(self, state: WorkflowState, pin: str) -> None:
        current = self.workflow_state(state.item_id)
        approver = state.approved_by_id
        if current is None or current.status is PositionStatus.APPROVED or approver is None:
            return  # nothing approved anew (the next step refuses what does not fit)
        signed = self._ctx.signed_in
        if signed is not None:
            if signed.person_id != approver or not approves_briefs(signed.role):
                raise ValidationError(
                    "Putting the approval back is an approval again, in the approver's own "
                    "name: you are signed in as {signed_name}. Nothing was changed.",
                    "approver",
                    signed_name=signed.name,
                )
            return
        pins = ApprovalPins(self._ctx)
        if not pin:
            raise ValidationError(
                "Putting the approval back is an approval again: it needs the approver's "
                "own PIN (Approve…). Nothing was changed.",
                "pin",
            )
        pins.verify(approver, pin)

    # -- a conflicting save -------------------------------------------------------------
    def resolve_conflict(self, conflict: BriefConflict, resolution: Resolution) -> PositionRec:
        """Settle a conflicting save: keep mine, take theirs, or the text merged by hand.

        The history keeps both: the user's text is written as a version of its own
        (after theirs), and taking theirs or merging writes the result after it.  If
        the brief was saved again meanwhile, a new ``BriefConflict`` says so (nothing
        written).  A brief approved meanwhile returns to draft, its approved version
        kept in the history (as any edit of an approved brief).
        """
        item_id, theirs_no = conflict.item_id, conflict.theirs.version_no
        mine = clean_content(conflict.mine)
        with self._ctx.write() as s:
            p = load_position(s, item_id, for_update=True)
            if p is None:
                raise NotFoundError("This item no longer has a position.")
            who = last_saver(s, p)
            base = base_content(s, item_id, conflict.base)
            if p.version_no != theirs_no:
                rec = position_rec(s, p)
                raise BriefConflict(item_id, conflict.base, rec, who, mine, base)
            theirs = content_of(s, p)
            result = clean_content(merge_content(mine, theirs, resolution, base))
            if p.status is PositionStatus.APPROVED:
                p.status = PositionStatus.DRAFT
            by = f"version {theirs_no} by {who}" if who else f"version {theirs_no}"
            apply_content(s, p, mine)
            if resolution.choice is Choice.MINE and result == mine:
                write_version(s, p, self._ctx.actor, f"kept over {by}, saved meanwhile")
            else:
                write_version(s, p, self._ctx.actor, f"not kept: it met {by}")
                yours = p.version_no
                apply_content(s, p, result)
                note = {
                    Choice.THEIRS: f"took {by} over version {yours}",
                    Choice.MINE: f"kept version {yours} over {by} where both changed, "
                    "merged elsewhere",
                    Choice.MERGED: f"merged by hand: version {yours} with {by}",
                }[resolution.choice]
                write_version(s, p, self._ctx.actor, note)
            self._ctx.audit(
                s,
                "conflict",
                "position",
                p.id,
                f"item {item_id}: {resolution.choice.value} ({by} met the save from "
                f"version {conflict.base or 0}) -> v{p.version_no}",
            )
            rec = position_rec(s, p)
            self._publish(rec)
        return rec

    @staticmethod
    def _change(rec: PositionRec) -> Change:
        return Change(
            ChangeKind.POSITIONS, frozenset({rec.id}), item_id=rec.item_id, records=(rec,)
        )

    def _publish(self, rec: PositionRec) -> None:
        self._ctx.publish(self._change(rec))
