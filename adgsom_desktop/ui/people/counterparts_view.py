"""Counterparts (View > Counterparts): people of other delegations, their personality
notes, when we last met them and what they said, and the items they care about.

Edits are saved as you type (like the brief); linking a person to an item shows
them beside that item's position.  A save the store refuses (full disk,
read-only medium) keeps the text, says why above the form and is tried again;
choosing another person keeps that draft and shows it again on return.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError, NotFoundError
from ...services.changes import Change, ChangeKind
from ...services.stance_records import CounterpartRec
from ..common import a11y, confirm
from ..common.autosave import Autosaver
from ..common.errors import show_error
from ..common.markup_edit import MarkupEdit
from ..common.save_state import SaveState, SaveStateLabel
from ..common.text_entry import LineEdit
from .person_fields import PersonFields, scrolled_form

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (QT_TRANSLATE_NOOP("Labels", "(no title)"),)

if TYPE_CHECKING:
    from ...services.container import Services

PERSON = Qt.ItemDataRole.UserRole + 1


class CounterpartsWindow(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterpartsWindow")
        self.setWindowTitle(self.tr("Counterparts"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setModal(False)
        self.services = services
        self.person_id: int | None = None
        self._loading = False

        self.search = QLineEdit(self)
        self.search.setObjectName("cpSearch")
        a11y.name(self.search, self.tr("Search counterparts"))
        self.search.setPlaceholderText(self.tr("Find by name, title, agency or delegation"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.list = QListWidget(self)
        self.list.setObjectName("cpList")
        a11y.name(self.list, self.tr("Counterparts"))
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.btn_new = QPushButton(self.tr("New counterpart"), self)
        self.btn_new.setObjectName("cpNew")
        self.btn_new.clicked.connect(self.new_person)
        self.btn_delete = QPushButton(self.tr("Delete"), self)
        self.btn_delete.clicked.connect(self.delete_person)

        self.delegation = QComboBox(self)
        self.delegation.setObjectName("cpDelegation")
        ours = self.services.settings.get().our_delegation_code
        for d in services.delegations.delegations():
            if d.code != ours:
                self.delegation.addItem(f"{d.code} · {d.display}", d.id)
        self.fields = PersonFields(self, prefix="cp")
        f = self.fields
        self.honorific, self.full_name, self.local_name = f.honorific, f.full_name, f.local_name
        self.title, self.agency, self.role = f.title, f.agency, f.role
        self.email, self.phone = f.email, f.phone
        self.bio = MarkupEdit(
            self,
            min_lines=4,
            placeholder=self.tr("Personality note: style, priorities, what works"),
        )
        self.bio.setObjectName("cpBio")
        self.met = QCheckBox(self.tr("on"), self)
        self.met_date = QDateEdit(self)
        self.met_date.setCalendarPopup(True)
        self.met_date.setDisplayFormat("d MMM yyyy")
        self.met_date.setDate(QDate.currentDate())
        self.met_date.setEnabled(False)
        self.met.toggled.connect(self.met_date.setEnabled)
        a11y.name(self.met, self.tr("Met on"))
        a11y.name(self.met_date, self.tr("Date we last met"))
        self.met_where = LineEdit(parent=self, limit=300)
        self.met_where.setPlaceholderText(self.tr("where (e.g. 5th ADGSOM, coffee break)"))
        a11y.name(self.met_where, self.tr("Where we last met"), self.met_where.placeholderText())
        self.last_said = MarkupEdit(
            self, min_lines=3, placeholder=self.tr("What they said when we last met")
        )
        self.last_said.setObjectName("cpLastSaid")
        self.state = SaveState(
            self,
            retry=self.flush,
            others=(self.tr("other counterpart"), self.tr("other counterparts")),
        )
        self.save_label = SaveStateLabel(self.state, self)
        self.save_label.setObjectName("cpSaveState")

        self.links = QListWidget(self)
        self.links.setObjectName("cpLinks")
        self.links.setWordWrap(True)
        self.links.setMaximumHeight(140)
        self.link_item = QComboBox(self)
        self.link_item.setObjectName("cpLinkItem")
        self.link_item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.link_item.setMinimumContentsLength(24)
        self.link_note = LineEdit(parent=self, limit=2_000)
        self.link_note.setPlaceholderText(self.tr("why they care (optional)"))
        a11y.name(self.link_note, self.tr("Why they care"), self.tr("Optional"))
        self.btn_link = QPushButton(self.tr("Link"), self)
        self.btn_link.setObjectName("cpLink")
        self.btn_link.clicked.connect(self.link)
        self.btn_unlink = QPushButton(self.tr("Remove link"), self)
        self.btn_unlink.clicked.connect(self.unlink)

        met_row = QHBoxLayout()
        met_row.addWidget(self.met)
        met_row.addWidget(self.met_date)
        met_row.addWidget(self.met_where, 1)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_item, 2)
        link_row.addWidget(self.link_note, 1)
        link_row.addWidget(self.btn_link)
        form = QFormLayout()
        form.addRow(self.tr("Delegation"), self.delegation)
        self.fields.add_rows(form)
        form.addRow(self.tr("Personality note"), self.bio)
        form.addRow(self.tr("Last met"), met_row)
        form.addRow(self.tr("What they last said"), self.last_said)
        form.addRow(self.tr("Items they care about"), self.links)
        form.addRow("", self.btn_unlink)
        form.addRow(self.tr("Link an item"), link_row)
        a11y.chain(self.links, self.btn_unlink, self.link_item, self.link_note, self.btn_link)
        self.form_box, scroll = scrolled_form(self, form)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)
        ll.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_new)
        buttons.addWidget(self.btn_delete)
        ll.addLayout(buttons)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.save_label)
        rl.addWidget(scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1120, 720)

        self.autosave = Autosaver(self._save, self.state, self)
        self.autosave.flush_on_focus_leaving(self.form_box)
        self.fields.edited.connect(self._edited)
        self.met_where.textEdited.connect(self._edited)
        for edit in (self.bio, self.last_said):
            edit.edited.connect(self._edited)
        self.delegation.currentIndexChanged.connect(self._edited)
        self.met.toggled.connect(self._edited)
        self.met_date.dateChanged.connect(self._edited)
        self._fill_items()
        self.reload()

    # -- list ----------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.person_id
        people = self.services.counterparts.counterparts(self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        for c in people:
            p = c.person
            entry = QListWidgetItem(
                f"{p.display}\n{p.delegation_code} · {p.title or self.tr('(no title)')}"
                + (
                    " · "
                    + (
                        self.tr("1 item")
                        if len(c.interests) == 1
                        else self.tr("%s items") % len(c.interests)
                    )
                    if c.interests
                    else ""
                )
            )
            entry.setData(PERSON, p.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        for row in range(self.list.count()):
            if self.list.item(row).data(PERSON) == keep:
                self.list.setCurrentRow(row)
                return
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.person_id = None
            self.form_box.setEnabled(False)

    def _fill_items(self) -> None:
        self.link_item.clear()
        for m in self.services.events.meetings():
            for item in self.services.agenda.items(m.id):
                self.link_item.addItem(f"{m.label} · {item.label}", item.id)

    def _on_current(self, current: QListWidgetItem | None, _prev: Any) -> None:
        self._leave()
        if current is None:
            return
        self.person_id = int(current.data(PERSON))
        self.load()

    def _leave(self) -> None:
        """Before another person is shown: save, or keep the draft that cannot be saved."""
        person_id = self.person_id
        if person_id is None or self.autosave.flush():
            return
        values = self._values()
        self.state.stash(
            person_id,
            values,
            lambda: self.services.counterparts.save(person_id=person_id, **values),
        )
        self.autosave.cancel()

    def load(self) -> None:
        self.autosave.cancel()
        if self.person_id is None:
            return
        try:
            c = self.services.counterparts.counterpart(self.person_id)
        except NotFoundError:
            self.person_id = None
            self.reload()
            return
        self.form_box.setEnabled(True)
        p = c.person
        draft = self.state.unstash(self.person_id)
        self._show_values(
            draft
            or {
                "delegation_id": p.delegation_id,
                "full_name": p.full_name,
                "local_name": p.local_name,
                "honorific": p.honorific,
                "title": p.title,
                "agency": p.agency,
                "role": p.role,
                "email": p.email,
                "phone": p.phone,
                "bio": p.bio,
                "last_met": p.last_met,
                "last_met_where": p.last_met_where,
                "last_said": p.last_said,
            }
        )
        self._show_links(c)
        if draft is not None:  # back on a person whose edits could not be saved
            self.autosave.touch()  # and try again now
        else:
            self.state.mark_clean()

    def _show_values(self, v: dict[str, Any]) -> None:
        self._loading = True
        self.delegation.setCurrentIndex(max(0, self.delegation.findData(v["delegation_id"])))
        self.fields.set_values(v)
        self.met_where.setText(v["last_met_where"])
        self.bio.set_markup(v["bio"])
        self.last_said.set_markup(v["last_said"])
        met: date | None = v["last_met"]
        self.met.setChecked(met is not None)
        if met is not None:
            self.met_date.setDate(QDate(met.year, met.month, met.day))
        self._loading = False

    def _values(self) -> dict[str, Any]:
        d = self.met_date.date()
        return {
            "delegation_id": self.delegation.currentData(),
            **self.fields.values(),
            "bio": self.bio.markup(),
            "last_met": date(d.year(), d.month(), d.day()) if self.met.isChecked() else None,
            "last_met_where": self.met_where.text(),
            "last_said": self.last_said.markup(),
        }

    def _show_links(self, c: CounterpartRec) -> None:
        self.links.clear()
        for i in c.interests:
            entry = QListWidgetItem(
                f"{i.meeting_label} · {i.item_label}" + (f" — {i.note}" if i.note else "")
            )
            entry.setData(PERSON, i.item_id)
            self.links.addItem(entry)

    # -- saving --------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._loading and self.person_id is not None:
            self.autosave.touch()

    def flush(self) -> bool:
        """Save pending edits and kept drafts; False if any is left unsaved (and marked)."""
        ok = self.autosave.flush()
        return self.state.save_stashed() and ok

    def _save(self) -> None:
        """The autosave of the shown person: raises if the store refused it."""
        if self.person_id is not None:
            self.services.counterparts.save(person_id=self.person_id, **self._values())

    def new_person(self) -> None:
        self._leave()
        try:
            c = self.services.counterparts.save(
                delegation_id=self.delegation.currentData() or self.delegation.itemData(0),
                full_name=self.tr("New counterpart"),
            )
        except AppError as exc:
            show_error(self, exc)
            return
        self.search.clear()
        self.reload(select=c.person.id)
        self.full_name.setFocus()
        self.full_name.selectAll()

    def delete_person(self) -> None:
        if self.person_id is None:
            return
        name = self.full_name.text()
        if not confirm.ask(
            self,
            self.tr("Delete counterpart"),
            self.tr("Delete %s and their links to items?") % name,
            self.tr("Delete"),
        ):
            return
        self.autosave.cancel()
        try:
            self.services.counterparts.delete(self.person_id)
        except AppError as exc:
            show_error(self, exc)
        else:
            self.state.discard(self.person_id)
        self.state.mark_clean()
        self.person_id = None
        self.reload()

    def link(self) -> None:
        item_id = self.link_item.currentData()
        if self.person_id is None or item_id is None:
            return
        self.flush()
        try:
            c = self.services.counterparts.link(self.person_id, int(item_id), self.link_note.text())
        except AppError as exc:
            show_error(self, exc)
            return
        self.link_note.clear()
        self._show_links(c)

    def unlink(self) -> None:
        entry = self.links.currentItem()
        if self.person_id is None or entry is None:
            return
        try:
            c = self.services.counterparts.unlink(self.person_id, int(entry.data(PERSON)))
        except AppError as exc:
            show_error(self, exc)
            return
        self._show_links(c)

    def on_change(self, change: Change) -> None:
        if change.concerns(ChangeKind.AGENDA, ChangeKind.MEETINGS):
            self._fill_items()
        if change.concerns(ChangeKind.PEOPLE) and not self.autosave.pending:
            self.reload()
            self.load()

    def _may_close(self) -> bool:
        """Save; if something cannot be saved, closing (and losing it) is asked first."""
        self.flush()
        return not self.state.unsaved or confirm.ask(
            self,
            self.tr("Edits not saved"),
            self.tr("Some edits to counterparts could not be saved (%s). Close and lose them?")
            % (self.state.reason or self.state.stash_reason),
            self.tr("Close and lose them"),
        )

    def reject(self) -> None:  # Escape
        if self._may_close():
            super().reject()

    def closeEvent(self, event: Any) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def dispose(self) -> None:
        """The store is closing (the main window asked already): close without asking."""
        self.autosave.cancel()
        self.state.discard()
        self.close()
        self.deleteLater()  # and its connections to the window go with it
