"""File > Open team store…: the address of a team store on a PostgreSQL server.

Takes an address in, hands a ``Locator`` out (``locator()``); a mistyped address
is said under the field and the dialog stays open.  The password has a field of
its own (never shown); it, or one typed into the address, is used to connect but
never remembered (the recent list keeps the address without it; without one,
libpq reads ``PGPASSWORD`` and ``~/.pgpass``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.locator import Locator
from ...errors import ValidationError
from ..common.theme import tone


class TeamStoreDialog(QDialog):
    def __init__(self, initial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamStoreDialog")
        self.setWindowTitle(self.tr("Open a team store"))
        self._locator: Locator | None = None
        intro = QLabel(
            self.tr(
                "A team store lives on a PostgreSQL server: the aide who drafts, the head "
                "who approves and the note-taker work on the same briefs at once. Give its "
                "address, as your administrator wrote it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.problem = QLabel("", self)
        self.address = QLineEdit(initial, self)
        self.address.setObjectName("teamStoreAddress")
        self.address.setPlaceholderText("postgresql://user@server/delegation")  # i18n: data
        self.address.setMinimumWidth(460)
        self.address.textChanged.connect(lambda _t: self.problem.setText(""))
        self.password = QLineEdit(self)
        self.password.setObjectName("teamStorePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only if the server asks for one"))
        example = QLabel(
            self.tr(
                "For example postgresql://somchai@store.mfa.example/th_adgsom. The password "
                "is used to connect and never remembered: without one, the server's own "
                "means apply (PGPASSWORD, ~/.pgpass)."
            ),
            self,
        )
        example.setWordWrap(True)
        tone(example, "muted")
        self.problem.setObjectName("teamStoreProblem")
        self.problem.setWordWrap(True)
        tone(self.problem, "error")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(example)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        text = self.address.text().strip()
        try:
            locator = Locator.parse(text)
        except ValidationError as exc:
            self.problem.setText(str(exc))
            return
        if not locator.is_server:
            self.problem.setText(
                self.tr(
                    "That is a file, not a server: open a store file with File > Open store…. "
                    "A team store's address starts with postgresql://"
                )
            )
            return
        self._locator = locator.with_password(self.password.text())
        self.password.clear()
        super().accept()

    def locator(self) -> Locator | None:
        return self._locator
