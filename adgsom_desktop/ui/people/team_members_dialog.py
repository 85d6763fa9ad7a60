"""Sign-in logins of a team store's members (View > Our delegation > Sign-in logins…).

Who signs in to the team store, as whom, with which rights (#15): the head or the
store's owner gives a person of our delegation a login of their own (head or
alternate approve, a member writes, a reader reads), or takes it away (the login
stops at once, its open sessions end).  Another member sees the list, greyed.
Each change runs on the store's operation runner; a refusal (a login taken, a short
password, no right to) is said under the list and nothing is changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import describe_failure
from ..common import a11y, confirm, theme
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.labels import label_tr
from ..common.runner import runner_for
from ..common.theme import tone

if TYPE_CHECKING:
    from ...services.container import Services

ROLES = ("head", "alternate", "member", "reader")


def _sentence(words: str) -> str:
    return words[:1].upper() + words[1:] + "."


class AddLoginDialog(QDialog):
    """A person of our delegation, their login, their role and a first password (twice)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addLoginDialog")
        self.setWindowTitle(self.tr("Give a member a login"))
        self.services = services
        self.person = QComboBox(self)
        self.person.setObjectName("loginPerson")
        for p in services.delegations.our_members():
            self.person.addItem(f"{p.display} — {label_tr(p.role.label)}", p.id)
        self.login = QLineEdit(self)
        self.login.setObjectName("loginName")
        self.login.setPlaceholderText(self.tr("e.g. malee (a-z, 0-9, _)"))
        self.role = QComboBox(self)
        self.role.setObjectName("loginRole")
        labels = {
            "head": self.tr("Head of delegation: approves briefs"),
            "alternate": self.tr("Alternate: approves briefs"),
            "member": self.tr("Member: writes"),
            "reader": self.tr("Reader: only reads"),
        }
        for role in ROLES:
            self.role.addItem(labels[role], role)
        self.role.setCurrentIndex(2)
        self.password = self._secret("loginPassword")
        self.again = self._secret("loginPasswordAgain")
        self.problem = problem_label(self, "addLoginProblem")
        for edit in (self.login, self.password, self.again):  # a new try: the old word goes
            edit.textChanged.connect(lambda _t: self.problem.setText(""))
        hint = QLabel(
            self.tr(
                "Give the first password to the member in person; it is sent to the server "
                "only as a SCRAM hash and never kept by the app."
            ),
            self,
        )
        hint.setWordWrap(True)
        tone(hint, "muted")
        buttons = ok_cancel(self, ok_text=self.tr("Add"))
        form = QFormLayout()
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat it:"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def accept(self) -> None:
        person = self.person.currentData()
        if person is None:
            self.problem.setText(self.tr("Add the person to our delegation first."))
            return
        if self.password.text() != self.again.text():
            self.problem.setText(self.tr("The two passwords differ: nothing was changed."))
            return
        team, login, role, password = (
            self.services.team,
            self.login.text(),
            str(self.role.currentData()),
            self.password.text(),
        )
        try:
            runner_for(self.services).call(
                lambda: team.add_member(int(person), login, role, password),
                parent=self,
                label=self.tr("Adding the login…"),
            )
        except Exception as exc:  # the store's or the server's refusal, in words
            self._clear_passwords()  # before the words: clearing a field wipes the refusal
            self.problem.setText(_sentence(describe_failure(exc)))
            return
        self._clear_passwords()
        super().accept()

    def _clear_passwords(self) -> None:
        self.password.clear()
        self.again.clear()


class TeamMembersDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamMembersDialog")
        self.setWindowTitle(self.tr("Sign-in logins of the team store"))
        self.services = services
        self.may_manage = services.team.may_manage()
        signed = services.team.signed_in()
        intro = QLabel(
            self.tr(
                "Each member of our delegation signs in to the team store with a login of "
                "their own; the server keeps the rules: the head and the alternate approve, "
                "a member writes, a reader only reads, nobody rewrites the audit log."
            ),
            self,
        )
        intro.setWordWrap(True)
        who = QLabel(
            (self.tr("Signed in as %s (%s).") % (signed.name, signed.role))
            if signed
            else self.tr("Signed in as the store's owner (its administrator).")
        )
        who.setObjectName("teamSignedIn")
        if not self.may_manage:
            who.setText(
                who.text() + " " + self.tr("Only the head or the store's owner changes logins.")
            )
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("teamMembersTable")
        a11y.name(self.table, self.tr("Sign-in logins"), self.tr("Each login, its role and person"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Role"), self.tr("Person"), self.tr("Since")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problem = problem_label(self, "teamMembersProblem")
        self.btn_add = QPushButton(self.tr("Add a login…"), self)
        self.btn_add.setObjectName("teamAddLogin")
        self.btn_add.clicked.connect(self.add)
        self.btn_remove = QPushButton(self.tr("Remove the login…"), self)
        self.btn_remove.setObjectName("teamRemoveLogin")
        self.btn_remove.clicked.connect(self.remove)
        for button in (self.btn_add, self.btn_remove):
            button.setEnabled(self.may_manage)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.btn_add)
        row.addWidget(self.btn_remove)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(who)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        members = self.services.team.members()
        self.table.setRowCount(len(members))
        for row, m in enumerate(members):
            since = (
                self.tr("removed %s") % f"{m.removed_at:%d %b %Y}"
                if m.removed_at
                else f"{m.added_at:%d %b %Y}"
            )
            for col, text in enumerate((m.login, m.role, m.name, since)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, m.login if not m.removed_at else "")
                if m.removed_at:
                    cell.setForeground(theme.qcolor("muted"))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()

    def _selected_login(self) -> str:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        return str(cell.data(Qt.ItemDataRole.UserRole) or "") if cell else ""

    def add(self) -> None:
        self.problem.setText("")
        if AddLoginDialog(self.services, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def remove(self) -> None:
        self.problem.setText("")
        login = self._selected_login()
        if not login:
            self.problem.setText(self.tr("Choose a member's login (not a removed one) first."))
            return
        if not confirm.ask(
            self,
            self.tr("Remove a login"),
            self.tr(
                "%s stops signing in at once and their open sessions end. Their name stays "
                "in the history. Remove the login?"
            )
            % login,
            self.tr("Remove"),
        ):
            return
        team = self.services.team
        try:
            _member, ended = runner_for(self.services).call(
                lambda: team.remove_member(login), parent=self, label=self.tr("Removing…")
            )
        except Exception as exc:  # the store's or the server's refusal, in words
            self.problem.setText(_sentence(describe_failure(exc)))
            return
        self.reload()
        if ended < 0:
            self.problem.setText(
                self.tr(
                    "%s can no longer sign in, but their open sessions could not be ended "
                    "from here: they last until they disconnect."
                )
                % login
            )
