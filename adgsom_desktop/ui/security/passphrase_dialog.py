"""Ask for the passphrase of an encrypted store (the text is never stored anywhere)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..common import a11y
from ..common.dialog_parts import ok_cancel, problem_label


class PassphraseDialog(QDialog):
    def __init__(self, store_name: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypted store"))
        label = QLabel(self.tr("Enter the passphrase of <b>%s</b>:") % store_name, self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphrase")
        a11y.name(self.edit, self.tr("Passphrase"))
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = problem_label(self, "passphraseProblem", problem)
        self.problem.setVisible(bool(problem.strip()))
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def passphrase(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
