"""The Outcomes tab of an agenda item: what the meeting decided (formal verbs) and the
action items raised on the item. Insert adds, Enter edits, Ctrl+Up/Down reorders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.markup import escape_html as esc
from ...errors import AppError, NotFoundError
from ...services.changes import Change, ChangeKind
from ...services.room_records import ActionFilter, OutcomeRec
from ..common import a11y, theme
from ..common.errors import show_error
from ..common.theme import tone
from . import room_common
from .room_common import add_shortcuts, status_labels, verb_labels
from .room_dialogs import OutcomeDialog, OutcomeValues

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Labels", "Action items on this item"),
    QT_TRANSLATE_NOOP("Labels", "Builds on"),
    QT_TRANSLATE_NOOP("Labels", "None."),
)


class OutcomesView(QWidget):
    navigate = Signal(str, int)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.item_id: int | None = None
        self.item_label = ""
        self.outcomes: list[OutcomeRec] = []
        theme.watch(self, self.refresh)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        tone(self.title, "heading")
        self.title.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("outcomesList")
        a11y.name(self.list, self.tr("Outcomes of the item"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda _i: self.edit_selected())
        self.actions_label = QLabel(self)
        self.actions_label.setObjectName("outcomesActions")
        self.actions_label.setWordWrap(True)
        self.actions_label.setTextFormat(Qt.TextFormat.RichText)
        self.actions_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        add = QPushButton(self.tr("Record outcome…"), self)
        add.setObjectName("outcomesAdd")
        add.clicked.connect(self.add_outcome)
        ministers = QPushButton(self.tr("For the Ministers… (Ctrl+M)"), self)
        ministers.setObjectName("outcomesForMinisters")
        ministers.clicked.connect(self.for_ministers)
        # On a Ministers' meeting: the SOM outcomes this item builds on.
        self.builds_on = QLabel(self)
        self.builds_on.setObjectName("outcomesBuildsOn")
        self.builds_on.setWordWrap(True)
        self.builds_on.setTextFormat(Qt.TextFormat.RichText)
        self.builds_on.hide()
        add_shortcuts(
            self,
            [
                ("outcomesNew", ["Ins", "Ctrl+R"], self.add_outcome, self.tr("Record an outcome")),
                ("outcomesEdit", ["F2"], self.edit_selected, self.tr("Edit the chosen outcome")),
                (
                    "outcomesUp",
                    ["Ctrl+Up"],
                    lambda: self.move_selected(-1),
                    self.tr("Move the chosen outcome up"),
                ),
                (
                    "outcomesDown",
                    ["Ctrl+Down"],
                    lambda: self.move_selected(1),
                    self.tr("Move the chosen outcome down"),
                ),
                (
                    "outcomesDelete",
                    ["Delete"],
                    self.delete_selected,
                    self.tr("Delete the chosen outcome"),
                ),
                (
                    "outcomesMinisters",
                    ["Ctrl+M"],
                    self.for_ministers,
                    self.tr("For the Ministers…"),
                ),
            ],
        )
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(ministers)
        head.addWidget(add)
        hint = QLabel(
            self.tr(
                "Ins or Ctrl+R records · Enter edits · Ctrl+↑/↓ reorders · Delete removes · "
                "Ctrl+M for the Ministers"
            ),
            self,
        )
        tone(hint, "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.builds_on)
        layout.addWidget(self.list, 2)
        layout.addWidget(hint)
        layout.addWidget(self.actions_label, 1)
        a11y.order(self, ministers, add, self.builds_on, self.list)

    def show_record(self, record_id: int) -> None:
        self.item_id = record_id
        self.refresh()

    def refresh(self) -> None:
        if self.item_id is None:
            return
        try:
            item = self.services.agenda.item(self.item_id)
            self.outcomes = self.services.outcomes.for_item(self.item_id)
            actions = self.services.actions.actions(ActionFilter(item_id=self.item_id))
        except NotFoundError:
            self.title.setText(self.tr("This item no longer exists."))
            self.list.clear()
            return
        self.item_label = item.label
        self.title.setText(self.tr("Outcomes on %s") % item.label)
        current = self.list.currentRow()
        self.list.clear()
        verbs = verb_labels()
        for o in self.outcomes:
            label = f"{verbs[o.verb].upper()}  ·  {o.text}"
            if o.for_ministers:
                label += "\n→ " + self.tr("For the Ministers: %s") % o.for_ministers_text
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, o.id)
            self.list.addItem(entry)
        if self.outcomes:
            self.list.setCurrentRow(max(0, min(current, len(self.outcomes) - 1)))
        self._show_builds_on()
        statuses = status_labels()
        c = theme.current()
        parts = [f"<b style='color:{c['heading']}'>{esc(self.tr('Action items on this item'))}</b>"]
        if not actions:
            parts.append("<br>" + c.span("muted", esc(self.tr("None."))))
        for a in actions:
            due = f" · {a.due_date:%d %b %Y}" if a.due_date else ""
            parts.append(
                f"<br>• <b>{esc(a.owner or '—')}</b>{esc(due)} "
                f"<i>({esc(statuses[a.status])})</i>: {esc(a.text)}"
            )
        self.actions_label.setText("".join(parts))

    def selected(self) -> OutcomeRec | None:
        row = self.list.currentRow()
        return self.outcomes[row] if 0 <= row < len(self.outcomes) else None

    def select_outcome(self, outcome_id: int) -> bool:
        for row, o in enumerate(self.outcomes):
            if o.id == outcome_id:
                self.list.setCurrentRow(row)
                self.list.setFocus()
                return True
        return False

    def exec_dialog(self, dlg: QDialog) -> bool:
        return dlg.exec() == QDialog.DialogCode.Accepted

    def add_outcome(self) -> None:
        if self.item_id is None:
            return
        item_id, outcomes = self.item_id, self.services.outcomes
        dlg = OutcomeDialog(OutcomeValues(), self, self.item_label)
        dlg.saver = lambda v: outcomes.add(item_id, v.verb, v.text)
        if not self.exec_dialog(dlg) or dlg.saved is None:
            return
        self.refresh()
        self.select_outcome(dlg.saved.id)

    def edit_selected(self) -> None:
        o = self.selected()
        if o is None:
            return
        outcomes = self.services.outcomes
        dlg = OutcomeDialog(OutcomeValues(o.verb, o.text), self, self.item_label)
        dlg.saver = lambda v: outcomes.edit(o.id, v.verb, v.text)
        self.exec_dialog(dlg)

    def move_selected(self, step: int) -> None:
        o = self.selected()
        if o is None:
            return
        try:
            self.services.outcomes.move(o.id, step)
        except AppError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.select_outcome(o.id)

    def delete_selected(self) -> None:
        o = self.selected()
        if o is None:
            return
        if not room_common.confirm(
            self, self.tr("Delete outcome"), self.tr("Delete this outcome for good?")
        ):
            return
        try:
            self.services.outcomes.delete(o.id)
        except AppError as exc:
            show_error(self, exc)

    def _show_builds_on(self) -> None:
        """An item of the Ministers' agenda: the SOM outcomes it builds on."""
        entries = self.services.ministers.builds_on(self.item_id) if self.item_id else []
        self.builds_on.setVisible(bool(entries))
        if not entries:
            return
        c = theme.current()
        parts = [f"<b style='color:{c['heading']}'>{esc(self.tr('Builds on'))}</b>"]
        for e in entries:
            parts.append(
                f"<br>• <b>{esc(e.decision)}</b> "
                + c.span(
                    "muted",
                    f"({esc(e.som_meeting_label)}, {esc(e.som_item_label)}: {esc(e.som_outcome)})",
                )
            )
        self.builds_on.setText("".join(parts))

    def for_ministers(self) -> None:
        """Mark the selected outcome for the Ministers' consideration (or take it off)."""
        from ...services.ministers_service import suggest
        from .ministers_dialog import MinistersDialog, MinistersValues

        o = self.selected()
        if o is None:
            return
        try:
            items = self.services.ministers.ministers_items(o.meeting_id)
        except AppError as exc:
            show_error(self, exc)
            return
        if o.for_ministers and o.ministers_action is not None:
            initial = MinistersValues(
                True, o.ministers_action, o.ministers_text, o.ministers_item_id
            )
        else:
            action, text = suggest(o.verb, o.text)
            initial = MinistersValues(True, action, text, None)
        dlg = MinistersDialog(o.text, initial, items, self)
        ministers = self.services.ministers
        dlg.saver = lambda v: ministers.mark(
            o.id,
            for_ministers=v.for_ministers,
            action=v.action,
            text=v.text,
            ministers_item_id=v.item_id,
        )
        if self.exec_dialog(dlg):
            self.refresh()
            self.select_outcome(o.id)

    def on_change(self, change: Change) -> None:
        if self.item_id is None:
            return
        if change.concerns(ChangeKind.OUTCOMES, ChangeKind.ACTIONS, ChangeKind.AGENDA) and (
            change.item_id in (None, self.item_id)
            or any(getattr(r, "ministers_item_id", None) == self.item_id for r in change.records)
            or (change.concerns(ChangeKind.OUTCOMES) and self.builds_on.isVisible())
        ):
            self.refresh()
