"""Create a store: where, for which delegation, and (proposed by default) encrypted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.passphrase import MIN_PASSPHRASE, passphrase_problem
from ...domain.reference import DELEGATIONS
from ..common import a11y, file_dialogs
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.theme import tone

__all__ = ["MIN_PASSPHRASE", "NewStoreDialog", "NewStoreValues"]


@dataclass(frozen=True)
class NewStoreValues:
    path: Path
    our_delegation_code: str
    title: str
    passphrase: str | None  # None: not encrypted


class NewStoreDialog(QDialog):
    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newStoreDialog")
        self.setWindowTitle(self.tr("New store"))

        form = QFormLayout()
        self.path = QLineEdit(str(default_path), self)
        self.path.setObjectName("storePath")
        a11y.name(self.path, self.tr("Store file"), self.tr("Where the new store is saved"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)

        self.delegation = QComboBox(self)
        self.delegation.setObjectName("ourDelegation")
        self.delegation.addItem(self.tr("(choose later)"), "")
        for d in DELEGATIONS:
            local = f" · {d.local_name}" if d.local_name and d.local_name != d.name else ""
            self.delegation.addItem(f"{d.code} · {d.name}{local}", d.code)
        form.addRow(self.tr("Our delegation:"), self.delegation)

        self.title = QLineEdit(self)
        self.title.setObjectName("storeTitle")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. Delegation store 2026"))
        form.addRow(self.tr("Title:"), self.title)

        self.encrypt = QGroupBox(self.tr("Encrypt with a passphrase (recommended)"), self)
        self.encrypt.setObjectName("encryptBox")
        self.encrypt.setCheckable(True)
        self.encrypt.setChecked(True)
        enc_form = QFormLayout(self.encrypt)
        self.passphrase = QLineEdit(self.encrypt)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self.encrypt)
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        enc_form.addRow(self.tr("Passphrase:"), self.passphrase)
        enc_form.addRow(self.tr("Repeat it:"), self.confirm)
        hint = QLabel(
            self.tr(
                "Positions and red lines are sensitive. There is no way to recover a "
                "forgotten passphrase: keep it safe."
            ),
            self.encrypt,
        )
        hint.setWordWrap(True)
        tone(hint, "muted")
        enc_form.addRow(hint)

        self.problem = problem_label(self, "newStoreProblem", hidden=True)
        buttons = ok_cancel(self, accept=self._accept, ok_text=self.tr("Create"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        chosen = file_dialogs.ask_new_store(self, Path(self.path.text()))
        if chosen is not None:
            self.path.setText(str(chosen))

    def problem_text(self) -> str:
        """What stops creation, or '' when the values are acceptable."""
        text = self.path.text().strip()
        if not text:
            return self.tr("Choose where to save the store.")
        if Path(text).expanduser().exists():
            return self.tr("A file with that name already exists: choose another name.")
        if self.encrypt.isChecked():  # the one rule (domain.passphrase), as everywhere
            problem = passphrase_problem(self.passphrase.text(), self.confirm.text())
            if problem is not None:
                return str(problem)
        return ""

    def _accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()

    def values(self) -> NewStoreValues:
        path = Path(self.path.text().strip()).expanduser()
        return NewStoreValues(
            path=path,
            our_delegation_code=str(self.delegation.currentData() or ""),
            title=self.title.text().strip(),
            passphrase=self.passphrase.text() if self.encrypt.isChecked() else None,
        )
