"""File > Connect to a team store…: a team store on a PostgreSQL server, field by field.

Server, port, database, member (login), password, encryption (TLS mode) and the CA
file that checks the server's certificate.  Takes the last team store's fields in
(``initial``: its remembered address) and hands a ``Locator`` out (``locator()``);
what cannot work (no server, no database, a check of the certificate without a CA
file, a CA file that is not there) is said under the fields and the dialog stays
open.  The password is used to connect and never remembered: the recent list keeps
the address without it (without one, libpq reads ``PGPASSWORD`` and ``~/.pgpass``).
When connecting fails, the store controller opens it again with the server's words
under the fields (``problem``): correct what is wrong and connect again, or cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.locator import DEFAULT_PORT, VERIFYING, Locator, ServerFields
from ...errors import ValidationError
from ..common import a11y
from ..common.dialog_parts import problem_label
from ..common.theme import tone


class TeamStoreDialog(QDialog):
    def __init__(self, initial: str = "", parent: QWidget | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("teamStoreDialog")
        self.setWindowTitle(self.tr("Connect to a team store"))
        self._locator: Locator | None = None
        self._options: tuple[tuple[str, str], ...] = ()
        intro = QLabel(
            self.tr(
                "A team store lives on a PostgreSQL server: the aide who drafts, the head "
                "who approves and the note-taker work on the same briefs at once. Fill in "
                "what your administrator gave you."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = self._field("teamStoreHost", self.tr("e.g. store.mfa.example"))
        self.port = QSpinBox(self)
        self.port.setObjectName("teamStorePort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        a11y.name(self.host, self.tr("Server"), self.tr("The team store server's name or address"))
        a11y.name(self.port, self.tr("Port"), self.tr("The server's port (PostgreSQL: 5432)"))
        self.database = self._field("teamStoreDatabase", self.tr("e.g. th_adgsom"))
        self.user = self._field("teamStoreUser", self.tr("your own login, e.g. somchai"))
        self.password = self._field("teamStorePassword", self.tr("only if the server asks"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox(self)
        self.tls.setObjectName("teamStoreTls")
        for mode, label in (
            ("", self.tr("Encrypted when the server offers it (default)")),
            ("require", self.tr("Always encrypted")),
            ("verify-ca", self.tr("Encrypted, the server's certificate checked")),
            (
                "verify-full",
                self.tr("Encrypted, the certificate and the server's name checked (safest)"),
            ),
            ("disable", self.tr("Not encrypted (only on this computer)")),
        ):
            self.tls.addItem(label, mode)
        self.ca_file = self._field("teamStoreCaFile", self.tr("the CA file (.crt, .pem)"))
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.setObjectName("teamStoreCaBrowse")
        self.browse.clicked.connect(self._choose_ca)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        note = QLabel(
            self.tr(
                "The password is used to connect and is never stored: without one, the "
                "server's own means apply (PGPASSWORD, ~/.pgpass). The rest is remembered "
                "for next time."
            ),
            self,
        )
        note.setWordWrap(True)
        tone(note, "muted")
        self.problem = problem_label(self, "teamStoreProblem")
        for edit in (self.host, self.database, self.user, self.ca_file):
            edit.textChanged.connect(lambda _t: self.problem.setText(""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        connect = buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        connect.setObjectName("teamStoreConnect")
        connect.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(QLabel(self.tr("Port:"), self))
        server.addWidget(self.port)
        ca = QHBoxLayout()
        ca.addWidget(self.ca_file, 1)
        ca.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), server)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("Member (login):"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Encryption:"), self.tls)
        form.addRow(self.tr("CA file:"), ca)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._fill(initial)
        self._tls_changed()
        self.problem.setText(problem)  # why the last try failed: the fields are as they were
        if problem:
            self.password.setFocus()

    def _field(self, name: str, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(hint)
        return edit

    def _fill(self, initial: str) -> None:
        """The fields of a remembered address (never a password: it holds none)."""
        if not initial.strip():
            return
        try:
            locator = Locator.parse(initial)
        except ValidationError:
            return
        if not locator.is_server:
            return
        f = locator.fields()
        self.host.setText(f.host)
        self.port.setValue(f.port)
        self.database.setText(f.database)
        self.user.setText(f.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(f.tls)))
        self.ca_file.setText(f.ca_file)
        self._options = f.options

    def _tls_changed(self, *_: object) -> None:
        checks = str(self.tls.currentData()) in VERIFYING
        self.ca_file.setEnabled(checks)
        self.browse.setEnabled(checks)
        self.problem.setText("")

    def _choose_ca(self) -> None:
        start = self.ca_file.text().strip() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The CA file"),
            start,
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if name:
            self.ca_file.setText(name)

    def fields(self) -> ServerFields:
        tls = str(self.tls.currentData())
        return ServerFields(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            tls=tls,
            ca_file=_expanded(self.ca_file.text()) if tls in VERIFYING else "",
            options=self._options,
        )

    def accept(self) -> None:
        fields = self.fields()
        if fields.ca_file and not Path(fields.ca_file).is_file():
            self.problem.setText(
                self.tr("There is no CA file at %s: choose the one your administrator gave you.")
                % fields.ca_file
            )
            return
        try:
            locator = Locator.server(fields, self.password.text())
        except ValidationError as exc:
            self.problem.setText(str(exc))
            return
        self._locator = locator
        self.password.clear()
        super().accept()

    def locator(self) -> Locator | None:
        return self._locator


def _expanded(path: str) -> str:
    """``~/ca.crt`` as libpq reads it (it does not expand ``~``)."""
    path = path.strip()
    return str(Path(path).expanduser()) if path else ""
