"""The position editor's workflow bar: submit for review, approve, return to draft,
edit an approved position, its history and carrying it forward.

Each step saves pending edits first (and stops, saying so, if that fails) and
is an undo step of its own: Ctrl+Z right after approving withdraws the approval.

``PositionWorkflow`` is a part of ``position_editor.PositionEditor``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

from ...domain.enums import PositionStatus
from ..common import confirm
from ..common.errors import show_error

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.position_records import PositionRec
    from ..common.undo import UndoHub
    from .position_form import PositionForm
    from .position_saving import _Brief

    _Base = QWidget
else:
    _Base = object


class PositionWorkflow(_Base):
    """The status steps of ``PositionEditor`` and the dialogs they open."""

    # Set by PositionEditor.
    services: Services
    hub: UndoHub
    item_id: int | None
    brief: _Brief | None
    form: PositionForm

    if TYPE_CHECKING:  # from PositionEditor and PositionSaving

        @property
        def rec(self) -> PositionRec | None: ...

        def _saved_first(self) -> bool: ...

        def _show_status(self) -> None: ...

        def reload_from_store(self, keep_spell: bool = False) -> None: ...

    def _workflow(self, status: PositionStatus, step: str, approver_id: int | None = None) -> None:
        """Run a workflow step; it becomes the step Ctrl+Z undoes (back where it was).

        So Ctrl+Z right after approving withdraws the approval, visibly, instead of
        undoing an older edit on another tab while the position stays approved.
        The step and the states before and after it are one transaction.
        """
        if self.item_id is None or not self._saved_first():
            return
        item_id = self.item_id
        positions, hub = self.services.positions, self.hub
        try:
            done = positions.step(item_id, status, approver_id=approver_id)
        except Exception as exc:
            show_error(self, exc)
            return

        def put(state: Any, undo: bool) -> None:
            positions.restore_workflow(replace(state, item_id=hub.rid(item_id)), undo=undo)

        hub.push_done(
            self.tr("%s (item %s)") % (step, done.item_number),
            lambda: put(done.after, False),
            lambda: put(done.before, True),
        )
        self.reload_from_store()

    def submit_for_review(self) -> None:
        self._workflow(PositionStatus.FOR_REVIEW, self.tr("submit for review"))

    def return_to_draft(self) -> None:
        self._workflow(PositionStatus.DRAFT, self.tr("return to draft"))

    def approve(self) -> None:
        if self.item_id is None or not self._saved_first():
            return
        from .approve_dialog import ApproveDialog

        members = self.services.delegations.our_members()
        dlg = ApproveDialog(members, self)
        approver = dlg.values() if dlg.exec() == QDialog.DialogCode.Accepted else None
        if approver is None:
            return
        self._workflow(PositionStatus.APPROVED, self.tr("approval"), approver)

    def unlock(self) -> None:
        """Edit an approved position: ask first."""
        if self.rec is None or self.brief is None:
            return
        if not confirm.ask(
            self,
            self.tr("Edit an approved position"),
            self.tr(
                "This position was approved by %s (version %s). Editing it returns it to "
                "draft for a new approval; the approved version stays in the history. Edit it?"
            )
            % (self.rec.approved_by_name or "?", self.rec.approved_version_no),
            self.tr("Edit"),
        ):
            return
        self.brief.reopen = True
        self._show_status()
        self.form.objective.setFocus()

    def show_history(self) -> None:
        from .position_history_dialog import PositionHistoryDialog

        self._run_dialog(PositionHistoryDialog)

    def carry_forward(self) -> None:
        from .carry_forward_dialog import CarryForwardDialog

        self._run_dialog(CarryForwardDialog)

    def _run_dialog(self, dialog_class: Any) -> None:
        """History or carry forward: save first, run the dialog, show the brief as stored."""
        if self.item_id is None or not self._saved_first():
            return
        dlg = dialog_class(self.services, self.item_id, self)
        dlg.exec()
        self.reload_from_store()
