"""Approve a position: who approves it (the head of our delegation or the alternate,
``DelegationService.approvers``; the head first), and that person's own approval PIN (a
store file, or the store's owner on a server: #15).  A brief nobody sent for review
(``from_draft``) says that approving it skips the review.

A member signed in to a team store approves only in their own name (the server
refuses anything else), so the list holds just them and no PIN is asked: their
sign-in is the act; with their own key in the store, its passphrase signs the approval
(review s32 H21).  "Set or change my PIN…" opens ``PinDialog`` for the chosen
approver.  The dialog only gathers; the position editor runs the approval.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.enums import MemberRole
from ...services.records import PersonRec
from ..common import a11y
from ..common.labels import label_tr
from ..common.theme import tone

if TYPE_CHECKING:
    from ...services.container import Services


class ApproveDialog(QDialog):
    def __init__(
        self,
        members: list[PersonRec],
        parent: QWidget | None = None,
        *,
        needs_pin: bool = False,
        signed_in_id: int | None = None,
        services: Services | None = None,
        from_draft: bool = False,
        own_key: bool = False,
        not_here: dict[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(self.tr("Approve the position"))
        self._services = services  # for Set or change my PIN…
        if signed_in_id is not None:
            members = [p for p in members if p.id == signed_in_id]
        # approvers who approve in their own store, not here: left out, with the reason,
        # before any PIN is asked (review s33 R18)
        elsewhere = [(p, (not_here or {})[p.id]) for p in members if p.id in (not_here or {})]
        members = [p for p in members if p.id not in (not_here or {})]
        self.approver = QComboBox(self)
        self.approver.setObjectName("approver")
        ranked = sorted(
            members,
            key=lambda p: (p.role is not MemberRole.HEAD, p.role is not MemberRole.ALTERNATE),
        )
        for p in ranked:
            role = label_tr(p.role.label)
            self.approver.addItem(f"{p.display} — {role}", p.id)
        info = QLabel(
            self.tr(
                "The current version is recorded as approved, with who approved it and when. "
                "Later edits return the position to draft; the approved version stays in the history."
            ),
            self,
        )
        info.setWordWrap(True)
        if not members and elsewhere:
            info.setText(self.tr("Nobody approves briefs in this store:"))
        elif not members:
            info.setText(
                self.tr(
                    "Only the head of delegation or the alternate approves a brief, and "
                    "neither is listed in our delegation yet: add them (with their role) first."
                )
                if signed_in_id is None
                else self.tr(
                    "Only the head of delegation or the alternate approves a brief: you are "
                    "signed in as neither (or are not in our delegation's list)."
                )
            )
        self.pin = QLineEdit(self)
        self.pin.setObjectName("approvalPin")
        a11y.name(self.pin, self.tr("Approval PIN"), self.tr("The approver's PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("the approver's own PIN"))
        self.set_pin = QPushButton(self.tr("Set or change my PIN…"), self)
        self.set_pin.setObjectName("setApprovalPin")
        self.set_pin.clicked.connect(self._set_pin)
        self.key_passphrase = QLineEdit(self)  # signed in with one's own key here (H21)
        self.key_passphrase.setObjectName("approvalKeyPassphrase")
        a11y.name(
            self.key_passphrase,
            self.tr("Your key passphrase"),
            self.tr("Signs the approval with your own key"),
        )
        self.key_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_passphrase.setPlaceholderText(self.tr("your own key's passphrase"))
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Approve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(bool(members))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(info)
        if from_draft and members:
            skipped = QLabel(
                self.tr(
                    "Nobody sent this brief for review: approving it now skips the review "
                    "(the audit log records that)."
                ),
                self,
            )
            skipped.setObjectName("approveFromDraft")
            skipped.setWordWrap(True)
            tone(skipped, "warning")
            layout.addRow(skipped)
        if members:
            layout.addRow(self.tr("Approved by"), self.approver)
        else:
            self.approver.hide()
        if elsewhere:
            others = QLabel("\n".join(reason for _p, reason in elsewhere), self)
            others.setObjectName("approversElsewhere")
            others.setWordWrap(True)
            tone(others, "muted")
            if members:
                layout.addRow(self.tr("Not here"), others)
            else:
                layout.addRow(others)
        if needs_pin and members:
            row = QHBoxLayout()
            row.addWidget(self.pin, 1)
            row.addWidget(self.set_pin)
            layout.addRow(self.tr("Their PIN"), row)
            note = QLabel(
                self.tr(
                    "An approval is the approver's own act: they type their PIN here. "
                    "Five wrong PINs in a row make approvals in their name wait a minute; "
                    "each is recorded in the audit log."
                ),
                self,
            )
            note.setWordWrap(True)
            tone(note, "muted")
            layout.addRow(note)
        else:
            self.pin.hide()
            self.set_pin.hide()
        if not needs_pin:
            if signed_in_id is not None:
                signed = QLabel(
                    self.tr("You approve in your own name: your sign-in is your act."), self
                )
                signed.setWordWrap(True)
                layout.addRow(signed)
            if own_key:
                layout.addRow(self.tr("Your key passphrase"), self.key_passphrase)
                why = QLabel(
                    self.tr(
                        "Your own key is in this store: its passphrase signs the approval, so "
                        "that it arrives approved in the other stores (by anyone's bundle). "
                        "Left empty, the approval is not signed and arrives there for review."
                    ),
                    self,
                )
                why.setWordWrap(True)
                tone(why, "muted")
                layout.addRow(why)
        if not (own_key and signed_in_id is not None and not needs_pin):
            self.key_passphrase.hide()
        layout.addRow(buttons)
        self._fit()

    def _fit(self) -> None:
        """Open wide enough for every row (a Thai button label is long) and as tall as its
        wrapped text needs at that width: a fixed size cut descenders in English and tone
        marks in Thai (review s30 F8)."""
        width = max(560, self.minimumSizeHint().width(), self.sizeHint().width())
        height = self.heightForWidth(width)
        if height < 0:
            height = self.sizeHint().height()
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def values(self) -> int | None:
        data = self.approver.currentData()
        return None if data is None else int(data)

    def pin_text(self) -> str:
        return self.pin.text()

    def key_passphrase_text(self) -> str:
        return self.key_passphrase.text() if self.key_passphrase.isVisibleTo(self) else ""

    def _set_pin(self) -> None:
        from .pin_dialog import PinDialog

        approver = self.values()
        if approver is None or self._services is None:
            return
        PinDialog(self._services, approver, self).exec()
        self.pin.setFocus()
