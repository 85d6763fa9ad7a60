"""The floor of the 100k-note list: raw rows in a bare custom QAbstractTableModel.

Used in-process (open and sort timings) and by the probe (peak memory).  The
rows are what a notes list shows: time, speaker, item number, kind, stance,
text; read with one raw sqlcipher3 query.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

NOTES_SQL = (
    "SELECT n.id, n.taken_at, coalesce(d.code, ''), coalesce(a.number, ''), n.kind, "
    "coalesce(n.observed_stance, ''), n.text FROM note AS n "
    "LEFT JOIN delegation AS d ON d.id = n.speaker_delegation_id "
    "LEFT JOIN agenda_item AS a ON a.id = n.item_id "
    "WHERE n.deleted_at IS NULL ORDER BY n.taken_at, n.id"
)
HEADERS = ("Time", "Speaker", "Item", "Kind", "Stance", "Text")
SORT_COLUMN = 1  # by speaker (ties keep time order: the sort is stable)


PAGE_SQL = (  # the floor of opening a list that pages: its count and its first page
    NOTES_SQL.replace(
        "WHERE n.deleted_at IS NULL", "WHERE n.meeting_id = ? AND n.deleted_at IS NULL"
    )
    + " LIMIT 500"
)
COUNT_SQL = "SELECT count(*) FROM note WHERE meeting_id = ? AND deleted_at IS NULL"


def load_first_page(store: Path, meeting_id: int) -> tuple[int, list[tuple[Any, ...]]]:
    """The count of a meeting's notes and its first 500 in time order, raw."""
    from adgsom_desktop.storage import sqlite_driver

    conn = sqlite_driver.connect(store)
    try:
        (total,) = conn.execute(COUNT_SQL, (meeting_id,)).fetchone()
        return int(total), [r[1:] for r in conn.execute(PAGE_SQL, (meeting_id,)).fetchall()]
    finally:
        conn.close()


def load_rows(store: Path) -> list[tuple[Any, ...]]:
    from adgsom_desktop.storage import sqlite_driver

    conn = sqlite_driver.connect(store)
    try:
        return [r[1:] for r in conn.execute(NOTES_SQL).fetchall()]
    finally:
        conn.close()


class BareNotesModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: r[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def make_view(rows: list[tuple[Any, ...]]) -> Any:
    from PySide6.QtWidgets import QHeaderView, QTableView

    view = QTableView()
    view.setModel(BareNotesModel(rows))
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSortingEnabled(False)
    view.resize(1200, 800)
    return view


# -- the agenda tree a store shows on opening (floor of "store shown" and idle memory) --

TREE_SQL = (
    "SELECT 'e', e.id, NULL, e.title FROM event AS e "
    "UNION ALL SELECT 'm', m.id, m.event_id, m.title FROM meeting AS m "
    "UNION ALL SELECT 'i', a.id, coalesce(a.parent_id * -1, a.meeting_id), "
    "a.number || ' ' || a.title FROM agenda_item AS a"
)


def make_tree(store: Path) -> Any:
    """A QTreeView of events > meetings > agenda items, read with one raw query."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from adgsom_desktop.storage import sqlite_driver

    conn = sqlite_driver.connect(store)
    try:
        rows = conn.execute(TREE_SQL).fetchall()
    finally:
        conn.close()
    model = QStandardItemModel()
    events: dict[int, Any] = {}
    meetings: dict[int, Any] = {}
    items: dict[int, Any] = {}
    pending: list[tuple[int, int, Any]] = []
    for kind, id_, parent, label in rows:
        node = QStandardItem(label)
        if kind == "e":
            events[id_] = node
            model.appendRow(node)
        elif kind == "m":
            meetings[id_] = node
            events[parent].appendRow(node)
        else:
            items[id_] = node
            pending.append((id_, parent, node))
    for _id, parent, node in pending:  # parent < 0: a sub-item of item -parent
        (items[-parent] if parent < 0 else meetings[parent]).appendRow(node)
    view = QTreeView()
    view.setModel(model)
    view.setUniformRowHeights(True)
    for row in range(model.rowCount()):
        view.expand(model.index(row, 0))
    return view
