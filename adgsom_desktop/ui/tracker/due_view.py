"""What is due before the next meeting: open milestones and project ends, overdue first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...services.project_records import DueEntry, DueList
from ..common import a11y, theme

Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[DueEntry] = []
        self._headers = [self.tr("Due"), self.tr("Project"), self.tr("Partner"), self.tr("What")]

    def set_entries(self, entries: tuple[DueEntry, ...]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                e.due.isoformat() + (self.tr("  overdue") if e.overdue else ""),
                f"{e.code}  {e.title}",
                e.partner_code,
                e.what,
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and e.overdue:
            return QBrush(theme.qcolor("error"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class DueView(QWidget):
    project_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackerDue")
        self.heading = QLabel(self)
        self.heading.setObjectName("dueHeading")
        self.heading.setWordWrap(True)
        self.model = DueModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("dueTable")
        a11y.name(self.table, self.tr("Reports due"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(
            lambda i: self.project_chosen.emit(self.model.entries[i.row()].project_id)
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)

    def set_due(self, due: DueList) -> None:
        if due.next_meeting_label:
            text = self.tr("Due before the %s (%s), and overdue:") % (
                due.next_meeting_label,
                due.until.isoformat(),
            )
        else:
            text = (
                self.tr("No meeting ahead in this store: due by %s, and overdue:")
                % due.until.isoformat()
            )
        if not due.entries:
            text += " " + self.tr("nothing.")
        self.heading.setText(text)
        self.model.set_entries(due.entries)
