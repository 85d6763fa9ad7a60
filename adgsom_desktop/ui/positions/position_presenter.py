"""The position editor's presenter: the brief being edited, saving it, its workflow steps.

No Qt here (an import-linter contract says so): the widget (``position_editor``)
shows what this holds and forwards what the user does; this decides what to
save, hands each write to the operation runner and applies what comes back.

- **Saving** (``brief_saving.BriefSaving``, the save path): the changed sections and
  tags in one operation, one save in flight and the next waiting, sections the store
  would refuse held back, a save kept offline while a team store's server is away;
  acknowledged when committed (``listener.brief_saved``).
- **Own echo**: the changes a save publishes carry ``origin``; ``reaction``
  tells the widget to ignore them, to reload, or to show other counterparts.
- **Workflow**: each step runs after the pending save, and not at all if that
  save failed; its undo step comes from the states it read in its transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from ...domain.enums import PositionStatus
from ...errors import ConflictError, NotFoundError, ValidationError
from ...services.brief_conflict import BriefConflict, Resolution
from ...services.changes import Change, ChangeKind, new_origin
from ...services.position_records import (
    ApprovedEditError,
    PositionContent,
    PositionRec,
    StepDone,
)
from ...services.records import AgendaItemRec
from ...services.runner import Runner, Ticket
from .brief_saving import Brief, BriefSaving, Draft, Listener, UndoSink

if TYPE_CHECKING:
    from ...services.container import Services


@dataclass(frozen=True)
class Opened:
    """What the editor shows for an item: the item, and the brief or a draft of it."""

    item: AgendaItemRec
    brief: Brief
    draft: Draft | None = None  # edits not in the store yet: shown instead of it


class Reaction(Enum):
    IGNORE = "ignore"
    RELOAD = "reload"  # the brief was changed elsewhere: show the stored one (new spell)
    FOLLOW = "follow"  # a step made elsewhere while typing: its status is taken (G6)


class PositionPresenter(BriefSaving):
    def __init__(
        self,
        services: Services,
        runner: Runner,
        undo: UndoSink,
        listener: Listener,
        tr: Callable[[str], str] = lambda s: s,
    ) -> None:
        self.services = services
        self.runner = runner
        self.undo = undo
        self.listener = listener
        self.tr = tr
        self.origin = new_origin("position-editor")
        self.item_id: int | None = None
        self.brief: Brief | None = None
        self.conflict = False
        self.brief_conflict: BriefConflict | None = None  # a save met someone else's
        self._saving: Ticket[Any] | None = None  # the save in flight
        self._in_flight: Draft | None = None
        self._queue: list[Draft] = []  # saves asked for while one was in flight, in order

    # -- showing ------------------------------------------------------------------------
    @property
    def rec(self) -> PositionRec | None:
        return self.brief.rec if self.brief else None

    def open(self, item_id: int, keep_spell: bool = False) -> Opened | None:
        """Read the item and its brief (None: the item no longer exists).

        A brief whose save is still in flight is shown as typed (its draft), not
        as the store holds it yet.
        """
        old = self.brief
        self.item_id = item_id
        self.conflict = False
        self.brief_conflict = None
        try:
            item = self.services.agenda.item(item_id)
        except NotFoundError:
            self.item_id, self.brief = None, None
            return None
        for pending in [*reversed(self._queue), self._in_flight]:
            if pending is not None and pending.brief.item_id == item_id:
                self.brief = pending.brief
                return Opened(item, pending.brief, pending)
        rec = self.services.positions.get(item_id)
        brief = Brief(item_id, rec, rec.content if rec else PositionContent(), item.tags)
        spell = old.spell if keep_spell and old is not None and old.item_id == item_id else None
        if spell is not None and rec is not None and spell[0] == rec.version_no:
            brief.spell = spell
        self.brief = brief
        return Opened(item, brief)

    def show_draft(self, draft: Draft, error: BaseException | None) -> None:
        """Back on an item whose edits were kept (refused earlier): they are shown."""
        self.brief = draft.brief
        self.conflict = isinstance(error, ConflictError) and not isinstance(
            error, ApprovedEditError
        )
        self.brief_conflict = error if isinstance(error, BriefConflict) else None

    # -- a conflicting save -------------------------------------------------------------
    def resolve(
        self,
        conflict: BriefConflict,
        resolution: Resolution,
        done: Callable[[PositionRec], None],
        failed: Callable[[BaseException], None],
    ) -> Ticket[Any]:
        """Write the user's choice on a conflicting save (keep mine, take theirs, merged),
        on the runner after any save in flight; ``done`` once it is committed."""
        positions = self.services.positions

        def settled(rec: PositionRec) -> None:
            brief = self.brief
            if brief is not None and brief.item_id == conflict.item_id:
                brief.rec, brief.saved = rec, rec.content
                brief.spell, brief.reopen = None, False
                self.conflict, self.brief_conflict = False, None
            done(rec)

        def refused(error: BaseException) -> None:
            if isinstance(error, BriefConflict):  # saved once more meanwhile: compare again
                self.brief_conflict = error
            failed(error)

        return self.runner.submit(
            lambda: positions.resolve_conflict(conflict, resolution),
            origin=self.origin,
            done=settled,
            failed=refused,
            after=self._saving,
            label="resolve",
        )

    # -- workflow -----------------------------------------------------------------------
    def step(
        self,
        status: PositionStatus,
        label: str,
        approver_id: int | None = None,
        pin: str = "",
        key_passphrase: str = "",
    ) -> None:
        """Submit for review, return to draft or approve, after the pending save."""
        item_id = self.item_id
        if item_id is None:
            return
        positions, undo = self.services.positions, self.undo

        def done(result: StepDone) -> None:
            def put(state: Any, undoing: bool, pin: str = "") -> None:
                positions.restore_workflow(
                    replace(state, item_id=undo.rid(item_id)), undo=undoing, pin=pin
                )

            undo.push_write(
                self.tr("%s (item %s)") % (label, result.item_number),
                lambda: put(result.after, False),
                lambda: put(result.before, True),
                prepare_redo=self._approving_again(result.after, False, put),
                prepare_undo=self._approving_again(result.before, True, put),
            )
            self.listener.step_done(result)

        self.runner.submit(
            lambda: positions.step(
                item_id, status, approver_id=approver_id, pin=pin, key_passphrase=key_passphrase
            ),
            origin=self.origin,
            done=done,
            failed=self.listener.step_failed,
            after=self._saving,
            label="workflow",
        )

    def _approving_again(
        self, state: Any, undoing: bool, put: Callable[[Any, bool, str], None]
    ) -> Callable[[], Callable[[], Any]] | None:
        """Putting an approval back is approving again: the approver's PIN is asked (a
        store file, or the owner on a server); a signed-in member's sign-in is the act."""
        approver = state.approved_by_id
        if state.status is not PositionStatus.APPROVED or approver is None:
            return None

        def prepare() -> Callable[[], Any]:
            if not self.services.approval_pins.required:
                return lambda: put(state, undoing, "")
            pin = self.listener.approval_pin(approver)
            if not pin:
                raise ValidationError(
                    self.tr(
                        "Not done: putting the approval back is an approval again, and it "
                        "needs the approver's own PIN."
                    )
                )
            return lambda: put(state, undoing, pin)

        return prepare

    def unlock(self) -> None:
        """ "Edit…" on an approved position (the widget asked): the next save reopens it."""
        if self.brief is not None:
            self.brief.reopen = True

    # -- store events -------------------------------------------------------------------
    def reaction(self, change: Change, typing: bool) -> Reaction:
        """What a change means for the shown brief (``typing``: edits not saved yet)."""
        if self.item_id is None or not change.concerns(ChangeKind.POSITIONS, ChangeKind.AGENDA):
            return Reaction.IGNORE
        if change.made_by(self.origin):
            return Reaction.IGNORE  # our own save: the editor holds what it wrote
        if change.item_id not in (None, self.item_id):
            return Reaction.IGNORE  # another item's brief, or another item of an agenda
        if typing or self.saving:
            return self._follow_step(change)  # never replace unsaved text
        try:
            fresh = self._fresh_position(change)
            tags = self._fresh_tags(change)
        except NotFoundError:
            return Reaction.RELOAD
        rec = self.rec
        same = (fresh is None and rec is None) or (
            fresh is not None
            and rec is not None
            and (fresh.version_no, fresh.status, fresh.content)
            == (rec.version_no, rec.status, rec.content)
        )
        saved_tags = self.brief.saved_tags if self.brief else ()
        return Reaction.IGNORE if same and tags == saved_tags else Reaction.RELOAD

    def _follow_step(self, change: Change) -> Reaction:
        """While the user types: a workflow step made elsewhere on the version they edit
        (an approval, G6) is taken at once (the badge, read-only, the banner's choices);
        their text stays on screen. Anything else waits: the next save notices."""
        brief = self.brief
        try:
            fresh = self._fresh_position(change)
        except NotFoundError:
            return Reaction.IGNORE
        rec = brief.rec if brief is not None else None
        if (
            brief is None
            or fresh is None
            or rec is None
            or fresh == rec
            or (fresh.version_no, fresh.content) != (rec.version_no, rec.content)
        ):
            return Reaction.IGNORE
        brief.rec, brief.spell = fresh, None  # a status change starts a new version
        return Reaction.FOLLOW

    def _fresh_position(self, change: Change) -> PositionRec | None:
        """The brief as the change left it (its record), else as stored."""
        assert self.item_id is not None
        for rec in change.records:
            if isinstance(rec, PositionRec) and rec.item_id == self.item_id:
                return rec
        if change.kind is ChangeKind.AGENDA:
            return self.rec  # an agenda change leaves the brief as it was
        return self.services.positions.get(self.item_id)

    def _fresh_tags(self, change: Change) -> tuple[str, ...]:
        """The item's tags as the change left them, else as stored."""
        assert self.item_id is not None
        if change.kind is ChangeKind.POSITIONS:
            return self.brief.saved_tags if self.brief else ()
        for rec in change.records:
            if isinstance(rec, AgendaItemRec) and rec.id == self.item_id:
                return rec.tags
        return self.services.agenda.item(self.item_id).tags
