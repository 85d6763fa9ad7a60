"""Action items: a table over ``ActionRec`` rows with filters (open, overdue, owner).

The same widget serves the store-wide list (a dock: every meeting and event)
and a meeting's tab (its own items plus the open ones carried over from
earlier meetings of its series).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ActionStatus
from ...errors import AppError
from ...services.changes import Change, ChangeKind
from ...services.room_records import ActionFilter, ActionRec
from ..common import a11y, theme
from ..common.errors import show_error
from ..common.fit import ColumnFitter, long_choices
from ..common.labels import label_tr
from ..common.theme import tone
from . import room_common
from .room_common import add_shortcuts, status_labels
from .room_dialogs import ActionDialog, ActionValues

COLS = (
    QT_TRANSLATE_NOOP("Labels", "Due"),
    QT_TRANSLATE_NOOP("Labels", "Status"),
    QT_TRANSLATE_NOOP("Labels", "Owner"),
    QT_TRANSLATE_NOOP("Labels", "Action"),
    QT_TRANSLATE_NOOP("Labels", "Raised at"),
    QT_TRANSLATE_NOOP("Labels", "Item"),
)
C_DUE, C_STATUS, C_OWNER, C_TEXT, C_MEETING, C_ITEM = range(6)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ActionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ActionRec] = []
        self._status = status_labels()
        self._headers = [label_tr(c) for c in COLS]

    def set_rows(self, rows: list[ActionRec]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, action_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == action_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(COLS) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == C_DUE:
                return f"{r.due_date:%d %b %Y}" if r.due_date else "—"
            if col == C_STATUS:
                label = self._status[r.status]
                if r.overdue:
                    label += " · " + self.tr("overdue")
                return label
            if col == C_OWNER:
                return r.owner
            if col == C_TEXT:
                return " ".join(r.text.split())
            if col == C_MEETING:
                carried = " " + self.tr("(carried over)") if r.carried_over else ""
                return r.meeting_label + carried
            if col == C_ITEM:
                return f"{r.item_number} {r.item_title}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:  # in full, wherever a column elides it
            if col in (C_TEXT, C_ITEM, C_OWNER):
                return {
                    C_TEXT: r.text,
                    C_ITEM: f"{r.item_number} {r.item_title}".strip(),
                    C_OWNER: r.owner,
                }[col]
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.overdue and col in (C_DUE, C_STATUS):
                return theme.qcolor("error")
            if not r.is_open:
                return theme.qcolor("muted")
        if role == ACTION_ROLE:
            return r
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ActionsView(QWidget):
    navigate = Signal(str, int)

    def __init__(self, services: Any, parent: QWidget | None = None, scoped: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.scoped = scoped  # a meeting's tab: show_record(meeting_id) sets the scope
        self.meeting_id: int | None = None
        self.today: date | None = None  # tests fix "today"
        self.model = ActionsModel(self)
        self.open_only = QCheckBox(self.tr("Open only"), self)
        self.open_only.setObjectName("actionsOpenOnly")
        self.open_only.setChecked(True)
        self.overdue_only = QCheckBox(self.tr("Overdue"), self)
        self.overdue_only.setObjectName("actionsOverdue")
        self.owner = QComboBox(self)
        long_choices(self.owner, 18)
        self.owner.setObjectName("actionsOwner")
        self.owner.setMinimumWidth(200)
        self.count = QLabel(self)
        self.count.setObjectName("actionsCount")
        self.open_only.toggled.connect(lambda _c: self.reload())
        self.overdue_only.toggled.connect(lambda _c: self.reload())
        self.owner.currentIndexChanged.connect(lambda _i: self.reload())
        add = QPushButton(self.tr("New action item…"), self)
        add.setObjectName("actionsAdd")
        add.clicked.connect(self.add_action)
        add.setVisible(scoped)

        self.table = QTableView(self)
        self.table.setObjectName("actionsTable")
        a11y.name(self.table, self.tr("Action items"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # Columns as wide as their content (up to a cap), the text column taking the rest
        # and never less than half the table; what is cut shows in full in its tooltip.
        self.columns = ColumnFitter(
            self.table,
            C_TEXT,
            {C_DUE: 110, C_STATUS: 170, C_OWNER: 220, C_MEETING: 190, C_ITEM: 240},
        )
        self.table.activated.connect(lambda _i: self.edit_selected())
        add_shortcuts(
            self.table,
            [
                ("actionsEdit", ["F2"], self.edit_selected, self.tr("Edit the chosen action item")),
                (
                    "actionsDone",
                    ["Ctrl+D"],
                    lambda: self.set_status(ActionStatus.DONE),
                    self.tr("Mark the chosen action item done"),
                ),
                (
                    "actionsReopen",
                    ["Ctrl+Shift+D"],
                    lambda: self.set_status(ActionStatus.OPEN),
                    self.tr("Reopen the chosen action item"),
                ),
                (
                    "actionsDelete",
                    ["Delete"],
                    self.delete_selected,
                    self.tr("Delete the chosen action item"),
                ),
            ],
        )

        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addWidget(self.overdue_only)
        top.addWidget(QLabel(self.tr("Owner"), self))
        top.addWidget(self.owner)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(add)
        hint = QLabel(
            self.tr("Enter edits · Ctrl+D done · Ctrl+Shift+D reopen · Delete removes"), self
        )
        tone(hint, "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._refresh)

    # -- loading ----------------------------------------------------------------------
    def show_record(self, record_id: int) -> None:
        self.meeting_id = record_id
        self._fill_owners()
        self.reload()

    def _fill_owners(self) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Anyone"), None)
        for o in self.services.actions.owners():
            self.owner.addItem(f"{o.label} ({o.count})", (o.delegation_id, o.person_id))
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)

    def current_filter(self) -> ActionFilter:
        owner = self.owner.currentData()
        delegation_id, person_id = owner if owner else (None, None)
        return ActionFilter(
            open_only=self.open_only.isChecked(),
            overdue_only=self.overdue_only.isChecked(),
            owner_delegation_id=delegation_id if person_id is None else None,
            owner_person_id=person_id,
            meeting_id=self.meeting_id if self.scoped else None,
            today=self.today,
        )

    def reload(self) -> None:
        if self.scoped and self.meeting_id is None:
            return
        selected = self.selected()
        try:
            rows = self.services.actions.actions(self.current_filter())
        except AppError as exc:
            self.model.set_rows([])
            self.count.setText(str(exc))
            return
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        text = self.tr("%d action item(s)") % len(rows)
        if overdue:
            text += " · " + self.tr("%d overdue") % overdue
        self.count.setText(text)
        if selected is not None:
            self.select_action(selected.id)

    def _refresh(self) -> None:
        self._fill_owners()
        self.reload()

    def selected(self) -> ActionRec | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def select_action(self, action_id: int) -> bool:
        row = self.model.row_of(action_id)
        if row < 0 and (
            self.open_only.isChecked() or self.overdue_only.isChecked() or self.owner.currentIndex()
        ):
            for box in (self.open_only, self.overdue_only):
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
            self.owner.blockSignals(True)
            self.owner.setCurrentIndex(0)
            self.owner.blockSignals(False)
            self.reload()
            row = self.model.row_of(action_id)
        if row < 0:
            return False
        index = self.model.index(row, C_TEXT)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    # -- editing ----------------------------------------------------------------------
    def _dialog(self, initial: ActionValues, save: Callable[[ActionValues], Any]) -> Any:
        """Edit in the dialog; OK saves through ``save`` (a failure keeps the dialog open).

        The saved record, or None if the dialog was cancelled."""
        delegations = [
            (d.id, f"{d.code} · {d.name}") for d in self.services.delegations.delegations()
        ]
        people = [(p.id, p.delegation_id, p.display) for p in self.services.delegations.people()]
        dlg = ActionDialog(initial, delegations, people, self)
        dlg.saver = save
        if not self.exec_dialog(dlg):
            return None
        return dlg.saved

    def exec_dialog(self, dlg: QDialog) -> bool:
        return dlg.exec() == QDialog.DialogCode.Accepted

    def add_action(self) -> None:
        if self.meeting_id is None:
            return
        actions, meeting_id = self.services.actions, self.meeting_id
        rec = self._dialog(
            ActionValues(""),
            lambda v: actions.create(
                v.text,
                meeting_id=meeting_id,
                owner_person_id=v.owner_person_id,
                owner_delegation_id=v.owner_delegation_id,
                owner_agency=v.owner_agency,
                due_date=v.due_date,
                status=v.status,
            ),
        )
        if rec is None:
            return
        self._refresh()
        self.select_action(rec.id)

    def edit_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        actions = self.services.actions
        self._dialog(
            ActionValues(
                r.text,
                r.owner_delegation_id,
                r.owner_person_id,
                r.owner_agency,
                r.due_date,
                r.status,
            ),
            lambda v: actions.update(
                r.id,
                text=v.text,
                owner_person_id=v.owner_person_id,
                owner_delegation_id=v.owner_delegation_id,
                owner_agency=v.owner_agency,
                due_date=v.due_date,
                status=v.status,
                item_id=r.item_id,
            ),
        )

    def set_status(self, status: ActionStatus) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            self.services.actions.set_status(r.id, status)
        except AppError as exc:
            show_error(self, exc)

    def delete_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        if not room_common.confirm(
            self, self.tr("Delete action item"), self.tr("Delete this action item for good?")
        ):
            return
        try:
            self.services.actions.delete(r.id)
        except AppError as exc:
            show_error(self, exc)

    def on_change(self, change: Change) -> None:
        if change.concerns(ChangeKind.ACTIONS, ChangeKind.PEOPLE, ChangeKind.MEETINGS):
            self._timer.start()
