"""Dialogs of the room: an outcome, a note (edit, history), an action item, a person card.

Each takes its initial values in and hands ``values()`` out (Mu's habit).  The
caller hands the service call in as ``saver``: OK saves, and a save the store
refuses (full disk, read-only medium, bad input) keeps the dialog open with the
text and the reason (``SavingDialog``); without a ``saver`` the caller saves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ActionStatus, NoteKind, OutcomeVerb, Stance
from ...domain.markup import escape_html, to_html
from ...domain.text import MAX_NOTE
from ..common import a11y, theme
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.fit import long_choices
from ..common.save_state import SavingDialog
from ..common.text_entry import PlainTextEdit
from .room_common import SubmitTextEdit, kind_labels, stance_labels, status_labels, verb_labels

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Labels", "Last met"),
    QT_TRANSLATE_NOOP("Labels", "Last said"),
)


def _problem_and_buttons(
    dialog: QDialog, ok: QDialogButtonBox.StandardButton, name: str = ""
) -> tuple[QLabel, QDialogButtonBox]:
    """A red line for what is wrong, and OK/Save + Cancel wired to the dialog."""
    return problem_label(dialog, name), ok_cancel(dialog, ok)


# -- outcome ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OutcomeValues:
    verb: OutcomeVerb = OutcomeVerb.NOTED
    text: str = ""


class OutcomeDialog(SavingDialog):
    """Verb (type its first letter) and text; Enter records, Shift+Enter a new line."""

    def __init__(
        self, initial: OutcomeValues, parent: QWidget | None = None, item_label: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Outcome"))
        self.verb = QComboBox(self)
        self.verb.setObjectName("outcomeVerb")
        for verb, label in verb_labels().items():
            self.verb.addItem(label, verb.value)
        self.verb.setCurrentIndex(self.verb.findData(initial.verb.value))
        self.text = SubmitTextEdit(self)
        self.text.setObjectName("outcomeText")
        self.text.setPlainText(initial.text)
        self.text.setPlaceholderText(self.tr("The Meeting endorsed …"))
        self.text.setTabChangesFocus(True)
        self.text.submitted.connect(self.accept)
        self.problem, buttons = _problem_and_buttons(
            self, QDialogButtonBox.StandardButton.Ok, "outcomeProblem"
        )
        form = QFormLayout()
        if item_label:
            head = QLabel(f"<b>{escape_html(item_label)}</b>", self)
            head.setWordWrap(True)
            form.addRow(head)
        form.addRow(self.tr("&Verb"), self.verb)
        form.addRow(self.tr("&Text"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_label)
        layout.addWidget(buttons)
        self.resize(560, 260)
        self.verb.setFocus()

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.problem.setText(self.tr("Type what the meeting decided."))
            self.text.setFocus()
            return
        self.problem.setText("")
        self.save_and_accept()

    def values(self) -> OutcomeValues:
        return OutcomeValues(OutcomeVerb(self.verb.currentData()), self.text.toPlainText().strip())


# -- note -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteValues:
    text: str
    kind: NoteKind = NoteKind.INTERVENTION
    item_id: int | None = None
    speaker_delegation_id: int | None = None
    observed_stance: Stance | None = None


class NoteDialog(SavingDialog):
    """Edit a note: text, kind, item, speaker, observed stance (the old text stays in history)."""

    def __init__(
        self,
        initial: NoteValues,
        items: list[tuple[int, str]],
        delegations: list[tuple[int, str]],
        parent: QWidget | None = None,
        history: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Edit note"))
        self.text = PlainTextEdit(self, max_len=MAX_NOTE)
        self.text.setObjectName("noteText")
        self.text.setPlainText(initial.text)
        self.text.setTabChangesFocus(True)
        self.kind = QComboBox(self)
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(initial.kind.value))
        self.item = QComboBox(self)
        self.item.addItem(self.tr("(no item)"), None)
        for item_id, label in items:
            self.item.addItem(label, item_id)
        self.item.setCurrentIndex(max(0, self.item.findData(initial.item_id)))
        long_choices(self.item)
        self.speaker = QComboBox(self)
        self.speaker.addItem(self.tr("(no speaker)"), None)
        for delegation_id, label in delegations:
            self.speaker.addItem(label, delegation_id)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(initial.speaker_delegation_id)))
        self.stance = QComboBox(self)
        self.stance.addItem(self.tr("(not recorded)"), None)
        for stance, label in stance_labels().items():
            if stance is not Stance.UNKNOWN:
                self.stance.addItem(label, stance.value)
        if initial.observed_stance is not None:
            self.stance.setCurrentIndex(self.stance.findData(initial.observed_stance.value))
        self.problem, buttons = _problem_and_buttons(self, QDialogButtonBox.StandardButton.Save, "")
        form = QFormLayout()
        form.addRow(self.tr("&Text"), self.text)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Item"), self.item)
        form.addRow(self.tr("S&peaker"), self.speaker)
        form.addRow(self.tr("Observed &stance"), self.stance)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if history:
            caption = QLabel(self.tr("Earlier versions"), self)
            versions = QListWidget(self)
            versions.setObjectName("noteHistory")
            for when, old in reversed(history):
                versions.addItem(f"{when}  {old}")
            versions.setMaximumHeight(120)
            layout.addWidget(caption)
            layout.addWidget(versions)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_label)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.problem.setText(self.tr("A note cannot be empty (delete it instead)."))
            return
        self.problem.setText("")
        self.save_and_accept()

    def values(self) -> NoteValues:
        stance = self.stance.currentData()
        return NoteValues(
            text=self.text.toPlainText().strip(),
            kind=NoteKind(self.kind.currentData()),
            item_id=self.item.currentData(),
            speaker_delegation_id=self.speaker.currentData(),
            observed_stance=Stance(stance) if stance else None,
        )


# -- action item ------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionValues:
    text: str
    owner_delegation_id: int | None = None
    owner_person_id: int | None = None
    owner_agency: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN


class ActionDialog(SavingDialog):
    def __init__(
        self,
        initial: ActionValues,
        delegations: list[tuple[int, str]],
        people: list[tuple[int, int, str]],  # (person id, delegation id, label)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(self.tr("Action item"))
        self._people = people
        self.text = PlainTextEdit(self)
        self.text.setObjectName("actionText")
        self.text.setPlainText(initial.text)
        self.text.setTabChangesFocus(True)
        self.delegation = QComboBox(self)
        self.delegation.setObjectName("actionDelegation")
        self.delegation.addItem(self.tr("(none)"), None)
        for delegation_id, label in delegations:
            self.delegation.addItem(label, delegation_id)
        self.delegation.setCurrentIndex(
            max(0, self.delegation.findData(initial.owner_delegation_id))
        )
        self.person = QComboBox(self)
        self.person.setObjectName("actionPerson")
        self.agency = QLineEdit(initial.owner_agency, self)
        self.agency.setObjectName("actionAgency")
        self.agency.setMaxLength(300)
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.due = QDateEdit(self)
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        when = initial.due_date or date.today()
        self.due.setDate(QDate(when.year, when.month, when.day))
        self.has_due.setChecked(initial.due_date is not None)
        self.due.setEnabled(initial.due_date is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.status = QComboBox(self)
        self.status.setObjectName("actionStatus")
        for status, label in status_labels().items():
            self.status.addItem(label, status.value)
        self.status.setCurrentIndex(self.status.findData(initial.status.value))
        self.delegation.currentIndexChanged.connect(lambda _i: self._fill_people(None))
        self._fill_people(initial.owner_person_id)
        self.problem, buttons = _problem_and_buttons(self, QDialogButtonBox.StandardButton.Save, "")
        form = QFormLayout()
        form.addRow(self.tr("&What"), self.text)
        form.addRow(self.tr("&Delegation"), self.delegation)
        form.addRow(self.tr("&Person"), self.person)
        form.addRow(self.tr("&Agency"), self.agency)
        form.addRow(self.has_due, self.due)
        form.addRow(self.tr("&Status"), self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_label)
        layout.addWidget(buttons)
        self.resize(600, 380)

    def _fill_people(self, person_id: int | None) -> None:
        delegation_id = self.delegation.currentData()
        self.person.clear()
        self.person.addItem(self.tr("(anyone in the delegation)"), None)
        for pid, did, label in self._people:
            if delegation_id is None or did == delegation_id:
                self.person.addItem(label, pid)
        self.person.setCurrentIndex(max(0, self.person.findData(person_id)))

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.problem.setText(self.tr("Say what is to be done."))
            return
        self.problem.setText("")
        self.save_and_accept()

    def values(self) -> ActionValues:
        due = self.due.date()
        return ActionValues(
            text=self.text.toPlainText().strip(),
            owner_delegation_id=self.delegation.currentData(),
            owner_person_id=self.person.currentData(),
            owner_agency=self.agency.text().strip(),
            due_date=date(due.year(), due.month(), due.day()) if self.has_due.isChecked() else None,
            status=ActionStatus(self.status.currentData()),
        )


# -- a person (search hit) --------------------------------------------------------------


class PersonCard(QDialog):
    """Read-only: who a counterpart is, their personality note, when we last met."""

    def __init__(self, person: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personCard")
        self.setWindowTitle(person.display)
        browser = QTextBrowser(self)
        browser.setObjectName("personText")
        a11y.name(browser, self.tr("About this person"))
        parts = [f"<h2>{escape_html(person.display)}</h2>"]
        sub = " · ".join(x for x in (person.delegation_code, person.title, person.agency) if x)
        parts.append(f"<p style='color:{theme.current()['muted']}'>{escape_html(sub)}</p>")
        if person.bio:
            parts.append(to_html(person.bio))
        if person.last_met:
            where = f", {person.last_met_where}" if person.last_met_where else ""
            parts.append(
                f"<p><b>{self.tr('Last met')}:</b> {person.last_met:%d %b %Y}{escape_html(where)}</p>"
            )
        if person.last_said:
            parts.append(f"<p><b>{self.tr('Last said')}:</b></p>" + to_html(person.last_said))
        browser.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(520, 420)
