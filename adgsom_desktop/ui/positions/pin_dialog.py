"""Set or change an approver's own approval PIN (#15 item 4).

While unset, the approver chooses one (twice); once set, changing it asks for the
old one (a wrong old PIN counts towards the 60-second wait like a wrong PIN at an
approval).  A refusal is said under the fields and nothing is changed; the PIN is
hashed on the store's operation runner (Argon2id: a tenth of a second), the window
painting meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.runner import runner_for

if TYPE_CHECKING:
    from ...services.container import Services


class PinDialog(QDialog):
    def __init__(self, services: Services, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.services = services
        self.person_id = person_id
        state = services.approval_pins.state(person_id)
        self.changing = state.is_set
        self.setWindowTitle(
            self.tr("Change the approval PIN") if state.is_set else self.tr("Set an approval PIN")
        )
        intro = QLabel(
            (
                self.tr("%s changes their approval PIN: the old one first, then the new one twice.")
                if state.is_set
                else self.tr(
                    "%s sets their own approval PIN: at least 6 characters, typed twice. "
                    "Only they should know it: approving a brief in their name asks for it."
                )
            )
            % state.name,
            self,
        )
        intro.setWordWrap(True)
        self.old = self._field("oldPin")
        self.new = self._field("newPin")
        self.again = self._field("repeatPin")
        self.problem = problem_label(self, "pinProblem")
        buttons = ok_cancel(self)
        form = QFormLayout()
        if state.is_set:
            form.addRow(self.tr("Old PIN:"), self.old)
        else:
            self.old.hide()
        form.addRow(self.tr("New PIN:"), self.new)
        form.addRow(self.tr("Repeat it:"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(480, 220)

    def _field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(lambda _t: self.problem.setText(""))
        return edit

    def accept(self) -> None:
        if self.new.text() != self.again.text():
            self.problem.setText(self.tr("The two new PINs differ: nothing was changed."))
            return
        pins, person, new, old = (
            self.services.approval_pins,
            self.person_id,
            self.new.text(),
            self.old.text(),
        )
        try:
            runner_for(self.services).call(
                lambda: pins.set_pin(person, new, old), parent=self, label=self.tr("Saving…")
            )
        except AppError as exc:
            for edit in (self.old, self.new, self.again):
                edit.clear()  # (clearing empties the problem line: said after)
            self.problem.setText(str(exc))
            return
        super().accept()
