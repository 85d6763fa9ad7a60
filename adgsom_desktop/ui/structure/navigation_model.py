"""Qt item model over the navigation tree: events -> meetings -> agenda items.

An adapter over plain records (``NavigationTree``): it never queries the
store; its view hands it a new tree with ``set_tree``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from ...domain.enums import PositionStatus
from ..common import dates, theme
from ..common.labels import label_tr
from ..common.resources import dot_icon

if TYPE_CHECKING:  # records load with the store, not before the first paint
    from ...services.records import AgendaItemRec, EventRec, MeetingRec, NavigationTree

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3
KEY_ROLE = Qt.ItemDataRole.UserRole + 4

COL_TITLE, COL_STATUS = 0, 1


def status_dot(status: PositionStatus) -> QIcon:
    """The dot beside a position's status word (never colour alone), in the theme's colour."""
    return dot_icon(theme.current()[f"status.{status.value}.dot"])


_Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str  # "root", "event", "meeting", "item"
    record: Any
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, int(getattr(self.record, "id", 0)))

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def _meeting_label(m: MeetingRec) -> str:
    if m.date is None:
        return m.label
    """ "12-13 Jan  ·  6th ADGSOM", the dates in the interface's language (review s30 F7:
    they stayed English in Thai while the overview beside them was Thai)."""
    end = m.end_date
    if end is None or end == m.date:
        when = dates.day(m.date, "dd MMM")
    elif (end.year, end.month) == (m.date.year, m.date.month):
        when = f"{dates.day(m.date, 'dd')}-{dates.day(end, 'dd MMM')}"
    else:
        when = f"{dates.day(m.date, 'dd MMM')} - {dates.day(end, 'dd MMM')}"
    return f"{when}  ·  {m.label}"


def _event_label(e: EventRec) -> str:
    return e.title


class NavigationModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node("root", None)
        self._by_key: dict[tuple[str, int], Node] = {}
        # Items whose brief another member has open now (team store: ``ui/team/tree_presence``).
        self._editing: dict[int, tuple[str, ...]] = {}
        self._status_labels = {
            PositionStatus.DRAFT: self.tr("Draft"),
            PositionStatus.FOR_REVIEW: self.tr("For review"),
            PositionStatus.APPROVED: self.tr("Approved"),
        }

    # -- filling --------------------------------------------------------------------
    def set_tree(self, tree: NavigationTree) -> None:
        self.beginResetModel()
        self._root = Node("root", None)
        self._by_key = {}
        for enode in tree.events:
            ev = self._add(self._root, "event", enode.event)
            for mnode in enode.meetings:
                mt = self._add(ev, "meeting", mnode.meeting)
                parents: dict[int, Node] = {}
                for item in mnode.items:
                    holder = parents.get(item.parent_id or 0, mt) if item.parent_id else mt
                    parents[item.id] = self._add(holder, "item", item)
        self.endResetModel()

    # -- patching rows (a change names what it touched: no rebuild of the tree) ----------
    def patch_items(self, meeting_id: int, items: list[AgendaItemRec]) -> bool:
        """Show a meeting's items as ``items`` (records from a change) when only their
        fields changed, row by row; False when the structure changed (rebuild)."""
        meeting = self._by_key.get(("meeting", meeting_id))
        if meeting is None:
            return False
        nodes: list[Node] = []

        def walk(node: Node) -> None:
            for child in node.children:
                nodes.append(child)
                walk(child)

        walk(meeting)
        shape = [(n.record.id, n.record.parent_id) for n in nodes]
        if shape != [(r.id, r.parent_id) for r in items]:
            return False
        for node, rec in zip(nodes, items, strict=True):
            if node.record != rec:
                node.record = rec
                self._changed(node)
        return True

    def set_position_status(self, item_id: int, status: PositionStatus | None) -> bool:
        """One item's position status (a brief was saved or changed its workflow step)."""
        node = self._by_key.get(("item", item_id))
        if node is None:
            return False
        if node.record.position_status is not status:
            node.record = replace(node.record, position_status=status)
            self._changed(node)
        return True

    def set_editing(self, editing: dict[int, tuple[str, ...]]) -> None:
        """Who has which item's brief open now (item id -> names): those rows say so."""
        old, self._editing = self._editing, {k: v for k, v in editing.items() if v}
        for item_id in set(old) | set(self._editing):
            if old.get(item_id) != self._editing.get(item_id):
                node = self._by_key.get(("item", item_id))
                if node is not None:
                    self._changed(node)

    def editing(self, item_id: int) -> tuple[str, ...]:
        return self._editing.get(item_id, ())

    def _editing_text(self, names: tuple[str, ...]) -> str:
        return self.tr("✎ %s has it open") % ", ".join(names)  # presence: on screen

    def _changed(self, node: Node) -> None:
        row = node.row()
        self.dataChanged.emit(self.createIndex(row, 0, node), self.createIndex(row, 1, node))

    def _add(self, parent: Node, kind: str, record: Any) -> Node:
        node = Node(kind, record, parent)
        parent.children.append(node)
        self._by_key[node.key] = node
        return node

    def index_for(self, kind: str, record_id: int) -> QModelIndex:
        node = self._by_key.get((kind, record_id))
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def node(self, index: _Index) -> Node:
        if index.isValid():
            return index.internalPointer()  # type: ignore[no-any-return]
        return self._root

    # -- QAbstractItemModel ---------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        pnode = self.node(parent)
        return self.createIndex(row, column, pnode.children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        p = node.parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row(), 0, p)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 2

    def status_labels(self) -> list[str]:
        """Every text the position column can show."""
        return list(self._status_labels.values())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Meetings and agenda"), self.tr("Position"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        rec = node.record
        col = index.column()
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return rec.id
        if role == RECORD_ROLE:
            return rec
        if role == KEY_ROLE:
            return f"{node.kind}:{rec.id}"
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TITLE:
                if node.kind == "event":
                    return _event_label(rec)
                if node.kind == "meeting":
                    return _meeting_label(rec)
                names = self._editing.get(rec.id)
                if names:  # a word and a shape, first: a narrow pane elides the title
                    return f"{self._editing_text(names)} · {rec.label}"
                return rec.label
            if node.kind == "item" and rec.position_status is not None:
                return self._status_labels[rec.position_status]
            return None
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS and node.kind == "item":
            status = rec.position_status
            return status_dot(status) if status is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == "item":
                return self._item_tooltip(rec)
            if node.kind == "meeting":
                return self._meeting_tooltip(rec)
            return rec.title
        return None

    def _item_tooltip(self, rec: AgendaItemRec) -> str:
        parts = [rec.label, label_tr(rec.purpose.label)]
        if rec.lead:
            parts.append(self.tr("Lead: %s") % rec.lead)
        if rec.position_status is not None:
            parts.append(self.tr("Position: %s") % self._status_labels[rec.position_status])
        names = self._editing.get(rec.id)
        if names:
            parts.append(self.tr("Open in the position editor now: %s") % ", ".join(names))
        return "\n".join(parts)

    def _meeting_tooltip(self, rec: MeetingRec) -> str:
        parts = [rec.title, label_tr(rec.kind.label)]
        if rec.venue:
            parts.append(rec.venue)
        if rec.chair:
            parts.append(self.tr("Chair: %s") % rec.chair)
        return "\n".join(parts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
