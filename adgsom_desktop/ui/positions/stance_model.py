"""Qt table model of the stance map: agenda items (rows) x delegations (columns).

An adapter over a ``StanceGrid`` record (it never queries).  A cell holds the
expected and the observed stance; editing a cell emits ``cell_edited`` and the
view saves it through the service (and records the undo step).  A cell the
store refused (full disk...) is kept ``pending``: shown, and edited again, with
the values typed, and marked as not saved, until the view saves it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...domain.timeutil import to_local
from ...services.stance_records import StanceCell, StanceGrid
from .stance_style import stance_label

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
OURS_ROLE = Qt.ItemDataRole.UserRole + 2
PENDING_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex


def short(stance: Any) -> str:
    return str(stance.short)


class StanceModel(QAbstractTableModel):
    cell_edited = Signal(object, object)  # old StanceCell, new StanceCell

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: StanceGrid | None = None
        self.pending: dict[tuple[int, int], StanceCell] = {}  # (item, delegation): not saved

    def set_grid(self, grid: StanceGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.delegations)

    def cell(self, index: _Index) -> StanceCell | None:
        if self.grid is None or not index.isValid():
            return None
        item = self.grid.items[index.row()]
        delegation = self.grid.delegations[index.column()]
        return self.pending.get((item.id, delegation.id)) or self.grid.cell(item.id, delegation.id)

    def set_pending(self, cell: StanceCell, pending: bool) -> None:
        """Show ``cell`` as typed but not saved (or no longer: it was saved)."""
        key = (cell.item_id, cell.delegation_id)
        if pending:
            self.pending[key] = cell
        else:
            self.pending.pop(key, None)
        index = self.index_of(key)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def index_of(self, key: tuple[int, int]) -> QModelIndex:
        if self.grid is None:
            return QModelIndex()
        rows = [i.id for i in self.grid.items]
        cols = [d.id for d in self.grid.delegations]
        if key[0] not in rows or key[1] not in cols:
            return QModelIndex()
        return self.index(rows.index(key[0]), cols.index(key[1]))

    def is_ours(self, column: int) -> bool:
        return self.grid is not None and self.grid.delegations[column].is_ours

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            d = self.grid.delegations[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("%s\n(us)") % d.code if d.is_ours else d.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return d.display
            return None
        item = self.grid.items[section]
        if role == Qt.ItemDataRole.DisplayRole:
            indent = "   " * item.depth
            title = item.title if len(item.title) <= 30 else item.title[:29] + "…"
            prefix = ""
            if len(self.grid.meetings) > 1:
                m = next((m for m in self.grid.meetings if m.id == item.meeting_id), None)
                prefix = f"[{m.label}] " if m else ""
            return f"{prefix}{indent}{item.number}  {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.label
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        ours = self.is_ours(index.column())
        if role == CELL_ROLE:
            return cell
        if role == OURS_ROLE:
            return ours
        if role == PENDING_ROLE:
            return (cell.item_id, cell.delegation_id) in self.pending
        if role == Qt.ItemDataRole.DisplayRole:
            if ours:
                return self.tr("Our: %s") % short(cell.expected)
            return f"{short(cell.expected)} / {short(cell.observed)}"
        if role == Qt.ItemDataRole.AccessibleTextRole or role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(cell, ours, index)
            if (cell.item_id, cell.delegation_id) in self.pending:
                tip = self.tr("NOT SAVED YET (see above the map)") + "\n" + tip
            return tip
        return None

    def _tooltip(self, cell: StanceCell, ours: bool, index: _Index) -> str:
        assert self.grid is not None
        d = self.grid.delegations[index.column()]
        item = self.grid.items[index.row()]
        if ours:
            return self.tr("%s — our stance (from our position): %s") % (
                item.label,
                stance_label(cell.expected),
            )
        lines = [f"{item.label} — {d.display}"]
        lines.append(self.tr("Expected: %s") % stance_label(cell.expected))
        if cell.expected_note:
            lines.append(f"   {cell.expected_note}")
        lines.append(self.tr("Observed: %s") % stance_label(cell.observed))
        if cell.observed_note:
            lines.append(f"   {cell.observed_note}")
        if cell.observed_at:
            # In the event's time zone, as every other time of the week is shown.
            tz = next((m.timezone for m in self.grid.meetings if m.id == item.meeting_id), "")
            local = to_local(cell.observed_at, tz)
            place = tz.rsplit("/", 1)[-1].replace("_", " ") if tz else ""
            when = f"{local:%d %b %H:%M}" + (f" ({place})" if place else "")
            lines.append(self.tr("   (noted %s)") % when)
        if not ours:
            lines.append(
                self.tr("Double-click or F2 to edit; keys 1-5, 0 set the expected stance.")
            )
        return "\n".join(lines)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.is_ours(index.column()) else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        old = self.cell(index)
        if old is None or self.is_ours(index.column()) or not isinstance(value, StanceCell):
            return False
        if value == old:
            return False
        self.cell_edited.emit(old, value)
        return True
