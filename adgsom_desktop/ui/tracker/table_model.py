"""The project table: a Qt model over a plain list of ``ProjectRow`` (never queries).

Columns are read from the row by one function per column; sorting sorts the list in
Python by a key per column (no proxy calling back into Python per comparison).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...services.project_records import ProjectRow
from ..common import theme
from ..common.labels import label_tr

ROW = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def status_colour(status: str) -> QColor:
    """A project status's mark (always beside its word), in the theme's colours."""
    return theme.qcolor(f"project.{status}")


def _d(value: date | None) -> str:
    return value.isoformat() if value else ""


def _amount(r: ProjectRow) -> str:
    if not r.amount:
        return ""
    try:
        return f"{r.currency} {float(r.amount):,.0f}".strip()
    except ValueError:
        return f"{r.currency} {r.amount}".strip()


# (header, text of a row, sort key of a row)
COLUMNS: tuple[tuple[str, Callable[[ProjectRow], str], Callable[[ProjectRow], Any]], ...] = (
    ("Code", lambda r: r.code, lambda r: r.code.casefold()),
    ("Title", lambda r: r.title, lambda r: r.title.casefold()),
    ("Partner", lambda r: r.partner_code, lambda r: r.partner_code),
    ("Lead", lambda r: ", ".join(r.leads), lambda r: r.leads),
    ("Status", lambda r: label_tr(r.status.label), lambda r: r.status.value),
    ("Start", lambda r: _d(r.start_date), lambda r: r.start_date or date.min),
    ("End", lambda r: _d(r.end_date), lambda r: r.end_date or date.min),
    ("Funding", _amount, lambda r: (r.currency, float(r.amount or 0))),
    (
        "Ours",
        lambda r: "" if r.involvement.value == "none" else label_tr(r.involvement.label),
        lambda r: r.involvement.value,
    ),
    ("Outcomes", lambda r: ", ".join(r.outcomes), lambda r: r.outcomes),
    ("Next due", lambda r: _d(r.next_due), lambda r: r.next_due or date.max),
    ("Reviews", lambda r: str(r.reviews) if r.reviews else "", lambda r: r.reviews),
    ("Last decision", lambda r: r.last_decision, lambda r: r.last_decision.casefold()),
)
STATUS_COLUMN = 4


class ProjectTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProjectRow] = []
        self._headers = [label_tr(h) for h, _t, _k in COLUMNS]
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[ProjectRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list[ProjectRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ProjectRow:
        return self._rows[row]

    def row_of(self, project_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.id == project_id:
                return n
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[col][1](r)
        if role == ROW:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 9, 12):
            return COLUMNS[col][1](r)
        if role == Qt.ItemDataRole.DecorationRole and col == STATUS_COLUMN:
            return status_colour(r.status.value)
        if role == Qt.ItemDataRole.ForegroundRole and r.status.value == "dropped":
            return QBrush(theme.qcolor("muted"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column][2]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self._rows[i.row()].id, i.column()) for i in old]
        self._sort = (column, order)
        self._sort_rows(column, order)
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(where[pid], c) for pid, c in kept])
        self.layoutChanged.emit()
