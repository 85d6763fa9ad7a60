"""Approve a position: who approves it (a member of our delegation; the HoD first)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ...domain.enums import MemberRole
from ...services.records import PersonRec


class ApproveDialog(QDialog):
    def __init__(self, members: list[PersonRec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(self.tr("Approve the position"))
        self.approver = QComboBox(self)
        self.approver.setObjectName("approver")
        ranked = sorted(
            members,
            key=lambda p: (p.role is not MemberRole.HEAD, p.role is not MemberRole.ALTERNATE),
        )
        for p in ranked:
            role = self.tr(p.role.label)
            self.approver.addItem(f"{p.display} — {role}", p.id)
        info = QLabel(
            self.tr(
                "The current version is recorded as approved, with who approved it and when. "
                "Later edits return the position to draft; the approved version stays in the history."
            ),
            self,
        )
        info.setWordWrap(True)
        if not members:
            info.setText(
                self.tr(
                    "No member of our delegation is listed yet: add them (with their role) first."
                )
            )
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Approve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(bool(members))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(info)
        layout.addRow(self.tr("Approved by"), self.approver)
        layout.addRow(buttons)
        self.resize(520, 140)

    def values(self) -> int | None:
        data = self.approver.currentData()
        return None if data is None else int(data)
