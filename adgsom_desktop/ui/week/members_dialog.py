"""Our members at a meeting: tick who goes (values in, values out)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.records import PersonRec
from ..common import a11y
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.labels import label_tr

PERSON = Qt.ItemDataRole.UserRole + 1


class MembersDialog(QDialog):
    def __init__(
        self,
        meeting_label: str,
        members: Sequence[PersonRec],
        chosen: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekMembersDialog")
        self.setWindowTitle(self.tr("Our members at %s") % meeting_label)
        self.list = QListWidget(self)
        self.list.setObjectName("weekMembersList")
        a11y.name(
            self.list,
            self.tr("Members"),
            self.tr("Tick the members who attend this meeting"),
        )
        for person in members:
            role = label_tr(person.role.label)
            node = QListWidgetItem(f"{person.display} · {role}", self.list)
            node.setData(PERSON, person.id)
            node.setCheckState(
                Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked
            )
        self.message = problem_label(self, "weekMembersMessage", hidden=True)
        hint = QLabel(
            self.tr("Tick who of our delegation goes to this meeting.")
            if members
            else self.tr("Our delegation has no members yet: add them under View > Our delegation.")
        )
        hint.setWordWrap(True)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(420, 360)

    def values(self) -> list[int]:
        out = []
        for n in range(self.list.count()):
            node = self.list.item(n)
            if node.checkState() == Qt.CheckState.Checked:
                out.append(int(node.data(PERSON)))
        return out

    def show_refusal(self, text: str) -> None:
        """The service said no (nothing was changed): say why and stay open."""
        self.message.setText(text)
        self.message.setVisible(True)
