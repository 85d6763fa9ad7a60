"""Change the passphrase of an encrypted store, or encrypt a plain one (values in, values out)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.passphrase import validate_new_passphrase
from ...errors import ValidationError
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.theme import tone


@dataclass(frozen=True, repr=False)
class PassphraseValues:
    current: str  # '' when encrypting a plain store
    new: str
    repeat: str

    def __repr__(self) -> str:  # never show passphrases in a log or a traceback
        return "PassphraseValues(<hidden>)"


class PassphraseChangeDialog(QDialog):
    def __init__(self, store_name: str, encrypt: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseChangeDialog")
        self.encrypt = encrypt
        self.setWindowTitle(
            self.tr("Encrypt the store") if encrypt else self.tr("Change passphrase")
        )
        if encrypt:
            intro = (
                self.tr(
                    "<b>%s</b> is stored as plain SQLite: anyone who copies the file can read "
                    "every position and red line. Encrypting it rewrites the store and its backups "
                    "under a passphrase; the plain copies are overwritten."
                )
                % store_name
            )
        else:
            intro = (
                self.tr(
                    "Every page of <b>%s</b> and of its backups is re-encrypted under the new "
                    "passphrase. A backup made under an older passphrase elsewhere keeps it."
                )
                % store_name
            )
        label = QLabel(intro, self)
        label.setWordWrap(True)
        form = QFormLayout()
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        if encrypt:
            self.current.hide()
        else:
            form.addRow(self.tr("Current passphrase:"), self.current)
        self.new = QLineEdit(self)
        self.new.setObjectName("newPassphrase")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeatPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        hint = QLabel(
            self.tr(
                "Use several words, at least 8 characters. There is no way to recover a "
                "forgotten passphrase: keep it safe."
            ),
            self,
        )
        hint.setWordWrap(True)
        tone(hint, "muted")
        self.problem = problem_label(self, "passphraseChangeProblem", hidden=True)
        buttons = ok_cancel(
            self,
            accept=self._accept,
            ok_text=self.tr("Encrypt") if encrypt else self.tr("Change passphrase"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)

    def problem_text(self) -> str:
        if not self.encrypt and not self.current.text():
            return self.tr("Enter the current passphrase.")
        try:
            validate_new_passphrase(
                self.new.text(), self.repeat.text(), None if self.encrypt else self.current.text()
            )
        except ValidationError as exc:
            return str(exc)
        return ""

    def _accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()

    def values(self) -> PassphraseValues:
        return PassphraseValues(self.current.text(), self.new.text(), self.repeat.text())

    def clear(self) -> None:
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
