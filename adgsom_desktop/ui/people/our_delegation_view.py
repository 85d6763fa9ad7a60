"""Our delegation (View > Our delegation): which delegation is ours, and its members in
protocol order, with role, title, agency, contacts and names in Latin and local script.

Members approve positions (the head of delegation, usually) and own briefs (the
aides).  Edits are saved as you type, like the Counterparts window; a new member
is saved as soon as a name is typed.  Removing a member says where they are
named; the removal is announced (``member_removed``) so the window's undo can
put them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import MemberRole
from ...errors import AppError, NotFoundError
from ...services import structure_fields
from ...services.changes import Change, ChangeKind
from ...services.records import DelegationRec, PersonRec
from ..common import a11y, confirm
from ..common.autosave import Autosaver
from ..common.errors import show_error
from ..common.fonts import relative
from ..common.labels import label_tr
from ..common.markup_edit import MarkupEdit
from ..common.save_state import SaveState, SaveStateLabel
from ..common.theme import tone
from .member_delegate import DETAILS, MemberDelegate
from .our_delegation_banner import OurDelegationBanner
from .person_fields import PersonFields, scrolled_form

if TYPE_CHECKING:
    from ...services.container import Services

PERSON = Qt.ItemDataRole.UserRole + 1


class OurDelegationWindow(QDialog):
    member_removed = Signal(object)  # structure_records.Deleted: for the undo stack

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ourDelegationWindow")
        self.setWindowTitle(self.tr("Our delegation"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setModal(False)
        self.services = services
        self.ours: DelegationRec | None = None
        self.person_id: int | None = None
        self.adding = False
        self._loading = False
        self._echo: int | None = None  # the person just saved here: their change notice is ours

        # -- which delegation is ours ------------------------------------------------------
        self.header = QLabel(self)
        self.header.setObjectName("ourHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        relative(self.header, 1.35, bold=True)
        self.btn_change = QPushButton(self.tr("Change…"), self)
        self.btn_change.setObjectName("ourChange")
        self.btn_change.clicked.connect(lambda: self._show_chooser(True))
        self.unset = OurDelegationBanner(self)
        self.choice = self.unset.choice
        self.btn_set = self.unset.btn_set
        self.btn_set.clicked.connect(self.set_ours)
        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.btn_change)

        # -- members -----------------------------------------------------------------------
        self.summary = QLabel(self)
        self.summary.setObjectName("ourSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("ourList")
        a11y.name(self.list, self.tr("Members of our delegation"))
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(MemberDelegate(self.list))
        self.list.currentItemChanged.connect(self._on_current)
        self.btn_add = QPushButton(self.tr("Add member"), self)
        self.btn_add.setObjectName("ourAdd")
        self.btn_add.clicked.connect(self.add_member)
        self.btn_remove = QPushButton(self.tr("Remove…"), self)
        self.btn_remove.setObjectName("ourRemove")
        self.btn_remove.clicked.connect(self.remove_member)
        self.btn_up = QPushButton(self.tr("Up"), self)
        self.btn_up.setObjectName("ourUp")
        self.btn_up.setToolTip(self.tr("Earlier in protocol order"))
        self.btn_up.clicked.connect(lambda: self.move_member(-1))
        self.btn_down = QPushButton(self.tr("Down"), self)
        self.btn_down.setObjectName("ourDown")
        self.btn_down.setToolTip(self.tr("Later in protocol order"))
        self.btn_down.clicked.connect(lambda: self.move_member(1))

        self.fields = PersonFields(self, prefix="our")
        self.notes = MarkupEdit(
            self,
            min_lines=4,
            placeholder=self.tr(
                "Which meetings they attend, languages, what they need in the pack"
            ),
        )
        self.notes.setObjectName("ourNotes")
        self.status = QLabel(self)
        self.status.setObjectName("ourStatus")
        tone(self.status, "muted")
        self.status.setWordWrap(True)
        # Store refusals (full disk, bad input): the member's text stays, marked unsaved.
        self.state = SaveState(self, retry=self.flush)
        self.error = SaveStateLabel(self.state, self)
        self.error.setObjectName("ourError")
        form = QFormLayout()
        self.fields.add_rows(form)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.status)
        form.addRow(self.error)
        self.form_box, scroll = scrolled_form(self, form)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.summary)
        ll.addWidget(self.list, 1)
        row1 = QHBoxLayout()
        row1.addWidget(self.btn_add)
        row1.addWidget(self.btn_remove)
        row2 = QHBoxLayout()
        row2.addWidget(self.btn_up)
        row2.addWidget(self.btn_down)
        ll.addLayout(row1)
        ll.addLayout(row2)
        # A team store: who signs in as whom (the head or the owner changes it).
        self.btn_logins = QPushButton(self.tr("Sign-in logins…"), self)
        self.btn_logins.setObjectName("ourLogins")
        self.btn_logins.clicked.connect(self.show_logins)
        self.btn_logins.setVisible(self.services.team.signs_in())
        ll.addWidget(self.btn_logins)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setSizes([340, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.unset)
        layout.addWidget(self.splitter, 1)
        self.resize(1000, 640)

        self.autosave = Autosaver(self._save, self.state, self)
        self.autosave.flush_on_focus_leaving(self.form_box)
        self.fields.edited.connect(self._edited)
        self.notes.edited.connect(self._edited)
        self.reload()

    # -- our delegation ----------------------------------------------------------------------
    def _show_chooser(self, show: bool) -> None:
        self.unset.offer(self.services.delegations.delegations(), self.ours)
        self.unset.setVisible(show)

    def set_ours(self) -> None:
        code = str(self.choice.currentData() or "")
        if not code:
            return
        if self.ours is not None and code != self.ours.code:
            members = len(self.services.delegations.our_members())
            if members and not confirm.ask(
                self,
                self.tr("Change our delegation"),
                self.tr(
                    "Our delegation becomes %s. The %s members listed under %s stay there, "
                    "as counterparts. Change it?"
                )
                % (code, members, self.ours.name),
                self.tr("Change"),
            ):
                return
        self.flush()
        try:
            self.services.settings.update(our_delegation_code=code)
        except AppError as exc:
            show_error(self, exc)
            return
        self.person_id = None
        self.reload()

    # -- list --------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        self.ours = self.services.delegations.our_delegation()
        has = self.ours is not None
        if has:
            assert self.ours is not None
            local = self.ours.local_name
            name = self.ours.name + (f" ({local})" if local and local != self.ours.name else "")
            self.header.setText(self.tr("%s — our delegation") % name)
        else:
            self.header.setText(self.tr("Our delegation is not set"))
        self.btn_change.setVisible(has)
        self._show_chooser(not has)
        self.splitter.setEnabled(has)
        members = self.services.delegations.our_members() if has else []
        keep = select if select is not None else self.person_id
        self.list.blockSignals(True)
        self.list.clear()
        for p in members:
            entry = QListWidgetItem(p.display)
            entry.setData(DETAILS, self._details(p))
            entry.setToolTip(self._entry_text(p))
            entry.setData(PERSON, p.id)
            if p.role is MemberRole.HEAD:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        self._summarise(members)
        if self.adding:
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(PERSON) == keep:
                self.list.setCurrentRow(row)
                self.load()
                return
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.person_id = None
            self.fields.load(None)
            self.notes.set_markup("")
            self.form_box.setEnabled(False)
            self._buttons()

    def _details(self, p: PersonRec) -> str:
        return " · ".join(x for x in (label_tr(p.role.label), p.title) if x)

    def _entry_text(self, p: PersonRec) -> str:
        return f"{p.display}\n{self._details(p)}"

    def _summarise(self, members: list[PersonRec]) -> None:
        if self.ours is None:
            self.summary.setText("")
            return
        heads = [p for p in members if p.role is MemberRole.HEAD]
        if not members:
            text = self.tr("No members yet. Add the head of delegation and the aides.")
        elif not heads:
            text = self.tr(
                "%s members. No head of delegation listed: positions are usually "
                "approved by the head of delegation."
            ) % len(members)
        else:
            text = (
                self.tr("1 member") if len(members) == 1 else self.tr("%s members") % len(members)
            )
            text += " · " + self.tr("head of delegation: %s") % ", ".join(
                p.full_name for p in heads
            )
        self.summary.setText(text)

    def _on_current(self, current: QListWidgetItem | None, _prev: Any) -> None:
        if self._loading:
            return
        self.flush()
        if current is None:
            return
        self.adding = False
        self.person_id = int(current.data(PERSON))
        self.load()

    def load(self) -> None:
        self.autosave.cancel()
        if self.person_id is None:
            return
        try:
            p = self.services.delegations.person(self.person_id)
        except NotFoundError:
            self.person_id = None
            self.reload()
            return
        self._loading = True
        self.form_box.setEnabled(True)
        self.fields.load(p)
        self.notes.set_markup(p.bio)
        self.state.mark_clean()
        self.status.setText("")
        self._loading = False
        self._buttons()

    def show_logins(self) -> None:
        from .team_members_dialog import TeamMembersDialog

        TeamMembersDialog(self.services, self).exec()

    def _buttons(self) -> None:
        row = self.list.currentRow()
        chosen = self.person_id is not None and not self.adding
        self.btn_remove.setEnabled(chosen)
        self.btn_up.setEnabled(chosen and row > 0)
        self.btn_down.setEnabled(chosen and 0 <= row < self.list.count() - 1)

    # -- editing -----------------------------------------------------------------------------
    def add_member(self) -> None:
        if self.ours is None:
            return
        self.flush()
        self.adding = True
        self.person_id = None
        self._loading = True
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.fields.load(None)
        members = self.services.delegations.our_members()
        first = MemberRole.HEAD if not any(p.role is MemberRole.HEAD for p in members) else None
        self.fields.role.setCurrentIndex(
            max(0, self.fields.role.findData(first or MemberRole.DESK_OFFICER))
        )
        self.notes.set_markup("")
        self._loading = False
        self.form_box.setEnabled(True)
        self.state.mark_clean()
        self.status.setText(self.tr("New member: type the name; it is saved as you type."))
        self._buttons()
        self.fields.full_name.setFocus()

    def _edited(self, *_args: object) -> None:
        if not self._loading and (self.person_id is not None or self.adding):
            self.autosave.touch()

    def flush(self) -> None:
        self.autosave.flush()

    def _save(self) -> None:
        """The autosave: raises when the store refuses (the form keeps the text)."""
        if self.ours is None or (self.person_id is None and not self.adding):
            return
        values = self.fields.values()
        if self.adding and not values["full_name"].strip():
            self.status.setText(self.tr("Type the member's name to save them."))
            return
        person = structure_fields.PersonFields(
            delegation_id=self.ours.id, **values, bio=self.notes.markup()
        )
        rec = self.services.delegations.put_person(person, self.person_id)
        self._echo = rec.id
        if self.adding:
            self.adding = False
            self.person_id = rec.id
            self.status.setText(self.tr("Saved. Add the next member, or close this window."))
            self.reload(select=rec.id)
        else:
            item = self.list.currentItem()
            if item is not None and item.data(PERSON) == rec.id:
                item.setText(rec.display)
                item.setData(DETAILS, self._details(rec))
                item.setToolTip(self._entry_text(rec))
            self._summarise(self.services.delegations.our_members())

    def remove_member(self) -> None:
        if self.person_id is None:
            return
        self.flush()
        try:
            p = self.services.delegations.person(self.person_id)
            links = self.services.structure.person_links(self.person_id)
        except AppError as exc:
            show_error(self, exc)
            return
        where = links.phrases()
        text = self.tr("Remove %s from our delegation?") % p.display
        if where:
            text += "\n\n" + self.tr(
                "They are named in %s. Those will no longer name them (the approved versions "
                "stay in the history)."
            ) % ", ".join(where)
        text += "\n\n" + self.tr("You can undo this with Ctrl+Z in the main window.")
        if not confirm.ask(self, self.tr("Remove member"), text, self.tr("Remove")):
            return
        self.autosave.cancel()
        try:
            deleted = self.services.structure.delete_person(p.id)
        except AppError as exc:
            show_error(self, exc)
            return
        self.person_id = None
        self.reload()
        self.member_removed.emit(deleted)

    def move_member(self, step: int) -> None:
        if self.person_id is None:
            return
        self.flush()
        try:
            self.services.structure.move_person(self.person_id, step)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reload(select=self.person_id)

    def on_change(self, change: Change) -> None:
        if not change.concerns(ChangeKind.PEOPLE, ChangeKind.SETTINGS, ChangeKind.DELEGATIONS):
            return
        if self.autosave.pending or self.adding:
            return
        if change.kind is ChangeKind.PEOPLE and change.ids == {self._echo}:
            self._echo = None  # our own save: the list is up to date, the cursor stays put
            return
        self.reload()

    def closeEvent(self, event: Any) -> None:
        self.flush()
        super().closeEvent(event)
