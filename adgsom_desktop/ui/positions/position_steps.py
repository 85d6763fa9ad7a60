"""The position editor's workflow bar: submit for review, approve, return to draft, edit an
approved position, its history and carrying it forward.

Each step hands pending edits over first and runs after them on the operation
runner (not at all if the store refused them: it says so); it is an undo step of
its own, so Ctrl+Z right after approving withdraws the approval.  The dialogs
(approve, history, carry forward) open here; the steps are the presenter's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ...domain.enums import PositionStatus
from ...errors import AppError
from ...services.position_records import StepDone
from ...services.runner import Skipped
from ..common import confirm
from ..common.errors import show_error

if TYPE_CHECKING:
    from ...services.container import Services
    from .position_editor import PositionEditor


class PositionSteps(QObject):
    """The workflow bar's actions of one ``PositionEditor``."""

    def __init__(self, editor: PositionEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def submit_for_review(self) -> None:
        self._step(PositionStatus.FOR_REVIEW, self.tr("submit for review"))

    def return_to_draft(self) -> None:
        self._step(PositionStatus.DRAFT, self.tr("return to draft"))

    def approve(self) -> None:
        if self.editor.item_id is None or not self.editor._saved_first():
            return
        from .approve_dialog import ApproveDialog

        services = self.editor.services
        signed = services.team.signed_in()
        rec = self.editor.rec
        approvers = services.delegations.approvers()
        own_key = (
            signed is not None
            and signed.person_id is not None
            and services.keys.own_key_of(signed.person_id) is not None
        )
        dlg = ApproveDialog(
            approvers,
            self.editor,
            needs_pin=services.approval_pins.required,
            signed_in_id=signed.person_id if signed else None,
            services=services,
            from_draft=rec is not None and rec.status is PositionStatus.DRAFT,
            own_key=own_key,
            not_here=_not_here(services, [p.id for p in approvers]),
        )
        approver = dlg.values() if dlg.exec() == QDialog.DialogCode.Accepted else None
        pin, key_passphrase = dlg.pin_text(), dlg.key_passphrase_text()
        dlg.pin.clear()
        dlg.key_passphrase.clear()
        if (
            approver is not None
            and own_key
            and not key_passphrase
            and not confirm.ask(
                self.editor,
                self.tr("Approve without your signature"),
                self.tr(
                    "No key passphrase: the approval is not signed by your key, so it arrives "
                    "in the other stores for review, not approved. Approve unsigned?"
                ),
                self.tr("Approve unsigned"),
            )
        ):
            return
        if approver is not None:
            self._step(PositionStatus.APPROVED, self.tr("approval"), approver, pin, key_passphrase)

    def approval_pin(self, approver_id: int) -> str | None:
        """Redo of an approval (or undo back to one): the approver's PIN, asked again in
        the Approve dialog holding only them (None: cancelled)."""
        from .approve_dialog import ApproveDialog

        services = self.editor.services
        members = [p for p in services.delegations.approvers() if p.id == approver_id]
        dlg = ApproveDialog(
            members,
            self.editor,
            needs_pin=True,
            services=services,
            not_here=_not_here(services, [approver_id]),
        )
        dlg.setWindowTitle(self.tr("Approve the position again"))
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        pin = dlg.pin_text()
        dlg.pin.clear()
        return pin if accepted and pin else None

    def _step(
        self,
        status: PositionStatus,
        label: str,
        approver: int | None = None,
        pin: str = "",
        key_passphrase: str = "",
    ) -> None:
        """A workflow step after the pending save; it becomes the step Ctrl+Z undoes."""
        if self.editor.item_id is None or not self.editor._saved_first():
            return
        self.editor.presenter.step(status, label, approver, pin, key_passphrase)

    def done(self, done: StepDone) -> None:
        if done.rec.item_id == self.editor.item_id:
            self.editor.reload_from_store()

    def failed(self, error: BaseException) -> None:
        if isinstance(error, Skipped):
            error = AppError(
                self.tr("Your edits to this brief are not saved yet (%s). Nothing else was done.")
                % str(error)
            )
        show_error(self.editor, error)

    def unlock(self) -> None:
        """Edit an approved position: ask first."""
        if self.editor.rec is None or self.editor.brief is None:
            return
        if not confirm.ask(
            self.editor,
            self.tr("Edit an approved position"),
            self.tr(
                "This position was approved by %s (version %s). Editing it returns it to "
                "draft for a new approval; the approved version stays in the history. Edit it?"
            )
            % (self.editor.rec.approved_by_name or "?", self.editor.rec.approved_version_no),
            self.tr("Edit"),
        ):
            return
        self.editor.presenter.unlock()
        self.editor._show_status()
        self.editor.form.objective.setFocus()

    def show_history(self) -> None:
        from .position_history_dialog import PositionHistoryDialog

        self._run_dialog(PositionHistoryDialog)

    def carry_forward(self) -> None:
        from .carry_forward_dialog import CarryForwardDialog

        self._run_dialog(CarryForwardDialog)

    def _run_dialog(self, dialog_class: Any) -> None:
        """History or carry forward: the pending save first (committed: the dialog reads the
        versions), run the dialog, show the brief as stored."""
        if self.editor.item_id is None or not self.editor._saved_first():
            return
        self.editor.runner.call(
            lambda: None, parent=self.editor
        )  # the save committed, window painting
        if self.editor.state.failed:
            return
        dlg = dialog_class(self.editor.services, self.editor.item_id, self.editor)
        dlg.exec()
        self.editor.reload_from_store()


def _not_here(services: Services, ids: list[int]) -> dict[int, str]:
    """Approvers who approve in their own store, with the reason (review s33 R18)."""
    return {pid: str(reason) for pid, reason in services.approval_pins.not_here(ids).items()}
