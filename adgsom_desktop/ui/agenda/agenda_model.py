"""Qt tree model of one meeting's agenda (an adapter over AgendaItemRec; it never queries).

Drag and drop moves an item (with its sub-items) anywhere in the tree; the
model does not move anything itself: it emits ``move_requested(id, parent,
index)`` and the builder calls the service (and records the undo step); the
view then refills the model from the new records.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from ...domain.enums import PositionStatus
from ...services.records import AgendaItemRec
from ..common import theme
from ..common.labels import label_tr
from ..structure.navigation_model import status_dot

MIME = "application/x-adgsom-agenda-item"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NUMBER, COL_TITLE, COL_PURPOSE, COL_LEAD, COL_TIME, COL_DOCS, COL_STATUS = range(7)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    rec: AgendaItemRec | None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def minutes_label(minutes: int | None) -> str:
    if minutes is None:
        return ""
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d}" if h else f"{m} min"


class AgendaModel(QAbstractItemModel):
    move_requested = Signal(int, object, int)  # item id, new parent id (or None), index

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None)
        self._by_id: dict[int, _Node] = {}
        self.duplicates: set[str] = set()
        self._headers = (
            self.tr("No."),
            self.tr("Title"),
            self.tr("Purpose"),
            self.tr("Lead"),
            self.tr("Time"),
            self.tr("Docs"),
            self.tr("Position"),
        )
        self._status = {
            PositionStatus.DRAFT: self.tr("Draft"),
            PositionStatus.FOR_REVIEW: self.tr("For review"),
            PositionStatus.APPROVED: self.tr("Approved"),
        }

    # -- filling ------------------------------------------------------------------------
    def set_items(self, items: list[AgendaItemRec]) -> None:
        self.beginResetModel()
        self._root = _Node(None)
        self._by_id = {}
        for rec in items:
            holder = (
                self._by_id.get(rec.parent_id or 0, self._root) if rec.parent_id else self._root
            )
            node = _Node(rec, holder)
            holder.children.append(node)
            self._by_id[rec.id] = node
        numbers = [r.number for r in items]
        self.duplicates = {n for n in numbers if n and numbers.count(n) > 1}
        self.endResetModel()

    def patch_items(self, items: list[AgendaItemRec]) -> bool:
        """Show ``items`` (records from a change) row by row when only their fields
        changed; False when the structure changed (the view refills the model)."""
        current = self.records()
        if [(r.id, r.parent_id) for r in current] != [(r.id, r.parent_id) for r in items]:
            return False
        numbers = [r.number for r in items]
        duplicates = {n for n in numbers if n and numbers.count(n) > 1}
        changed = [
            new.id
            for old, new in zip(current, items, strict=True)
            if old != new or (old.number in self.duplicates) != (new.number in duplicates)
        ]
        for new in items:
            self._by_id[new.id].rec = new
        self.duplicates = duplicates
        last = self.columnCount() - 1
        for item_id in changed:
            self.dataChanged.emit(self.index_for(item_id), self.index_for(item_id, last))
        return True

    def set_position_status(self, item_id: int, status: PositionStatus | None) -> bool:
        node = self._by_id.get(item_id)
        if node is None or node.rec is None:
            return False
        if node.rec.position_status is not status:
            node.rec = replace(node.rec, position_status=status)
            index = self.index_for(item_id, COL_STATUS)
            self.dataChanged.emit(index, index)
        return True

    def records(self) -> list[AgendaItemRec]:
        out: list[AgendaItemRec] = []

        def walk(node: _Node) -> None:
            for child in node.children:
                assert child.rec is not None
                out.append(child.rec)
                walk(child)

        walk(self._root)
        return out

    def index_for(self, item_id: int, column: int = 0) -> QModelIndex:
        node = self._by_id.get(item_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def record(self, index: _Index) -> AgendaItemRec | None:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        return node.rec

    def _node(self, index: _Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    # -- QAbstractItemModel ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        p = node.parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row(), 0, p)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rec = self.record(index)
        if rec is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return rec.id
        if role == RECORD_ROLE:
            return rec
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rec, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            status = rec.position_status
            return status_dot(status) if status is not None else None
        if role == Qt.ItemDataRole.FontRole and col == COL_NUMBER and rec.number_fixed:
            font = QFont()
            font.setItalic(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == COL_NUMBER
            and rec.number in self.duplicates
        ):
            return QBrush(theme.qcolor("error"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(rec, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_TIME, COL_DOCS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, rec: AgendaItemRec, col: int) -> Any:
        if col == COL_NUMBER:
            return rec.number
        if col == COL_TITLE:
            return rec.title
        if col == COL_PURPOSE:
            return label_tr(rec.purpose.label)
        if col == COL_LEAD:
            return rec.lead
        if col == COL_TIME:
            return minutes_label(rec.est_minutes)
        if col == COL_DOCS:
            return str(len(rec.documents)) if rec.documents else ""
        if col == COL_STATUS:
            return self._status[rec.position_status] if rec.position_status else self.tr("—")
        return None

    def _tooltip(self, rec: AgendaItemRec, col: int) -> str:
        if col == COL_NUMBER:
            if rec.number in self.duplicates:
                return self.tr("Two items are numbered %s: fix one of them by hand.") % rec.number
            if rec.number_fixed:
                return self.tr("Number fixed by hand")
            return self.tr("Numbered automatically from the structure")
        if col == COL_DOCS and rec.documents:
            return "\n".join(f"{d.symbol} {d.title}".strip() for d in rec.documents)
        parts = [rec.label]
        if rec.tags:
            parts.append(self.tr("ADM: %s") % ", ".join(rec.tags))
        return "\n".join(parts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- drag and drop --------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        ids = list(dict.fromkeys(int(i.data(ID_ROLE)) for i in indexes if i.isValid()))
        data.setData(MIME, QByteArray(",".join(map(str, ids[:1])).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        item_id = _dragged(data)
        if item_id is None:
            return False
        target = self._node(parent)
        while target is not None and target.rec is not None:  # not into itself
            if target.rec.id == item_id:
                return False
            target = target.parent  # type: ignore[assignment]
        return True

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = _dragged(data)
        assert item_id is not None
        node = self._node(parent)
        parent_id = node.rec.id if node.rec is not None else None
        index = row if row >= 0 else len(node.children)
        moving = self._by_id[item_id]
        if moving.parent is node and moving.row() < index:
            index -= 1  # the item leaves its old place first
        self.move_requested.emit(item_id, parent_id, index)
        return False  # the builder reloads from the store; Qt must not remove rows itself


def _dragged(data: QMimeData) -> int | None:
    raw = bytes(data.data(MIME).data()).decode(errors="ignore")
    try:
        return int(raw.split(",")[0])
    except ValueError:
        return None
