"""A meeting's notes as a table: a custom model over plain ``NoteRec`` rows, filled page
by page (``canFetchMore``/``fetchMore``) so 100,000 notes open at once and scroll smoothly.

The model never queries the store itself: its view gives it a ``fetch`` function
(a service call) and rows (Vorta's habit).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...services.records import NoteRec
from ...services.room_records import NoteCursor, NotePage, NoteSort
from .room_common import hhmm, kind_labels, stance_ink, to_local

COL_TIME, COL_ITEM, COL_SPEAKER, COL_KIND, COL_STANCE, COL_TEXT = range(6)
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
# The columns a header click sorts by (in SQL, page by page); item and text keep their place.
SORT_COLUMNS = {
    COL_TIME: NoteSort.TIME,
    COL_SPEAKER: NoteSort.SPEAKER,
    COL_KIND: NoteSort.KIND,
    COL_STANCE: NoteSort.STANCE,
}
PAGE = 500
_Index = QModelIndex | QPersistentModelIndex

Fetch = Callable[[NoteCursor | None, int], NotePage]


class NotesTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[NoteRec] = []
        self.total = 0
        self._next: NoteCursor | None = None
        self._fetch: Fetch | None = None
        self._row_of: dict[int, int] = {}
        self.tz: tzinfo | None = None
        self._kinds = kind_labels()
        self._headers = (
            self.tr("Time"),
            self.tr("Item"),
            self.tr("Speaker"),
            self.tr("Kind"),
            self.tr("Stance"),
            self.tr("Note"),
        )

    # -- filling --------------------------------------------------------------------
    def reset(
        self, fetch: Fetch | None, page: NotePage | None = None, *, same_list: bool = False
    ) -> None:
        """Start over with a new source (a new meeting or filter); ``same_list``: the same
        notes in another order (their count is kept, not read again)."""
        self.beginResetModel()
        self._fetch = fetch
        total = self.total if same_list and fetch is not None else 0
        self.rows, self._row_of, self.total, self._next = [], {}, total, None
        if fetch is not None:
            first = page if page is not None else fetch(None, PAGE)
            self._append(first)
        self.endResetModel()

    def _append(self, page: NotePage) -> None:
        start = len(self.rows)
        for n, rec in enumerate(page.rows):
            self._row_of[rec.id] = start + n
        self.rows.extend(page.rows)
        if page.total is not None:  # counted with the first page only
            self.total = page.total
        self._next = page.next

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch is not None and self._next is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page = self._fetch(self._next, PAGE)
        if not page.rows:
            self._next = None
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self._append(page)
        self.endInsertRows()

    def fetch_all_until(self, note_id: int, max_rows: int = 200_000) -> int:
        """Fetch pages until ``note_id`` is loaded; its row, or -1."""
        while note_id not in self._row_of and self.canFetchMore() and len(self.rows) < max_rows:
            self.fetchMore()
        return self._row_of.get(note_id, -1)

    def replace(self, rec: NoteRec) -> bool:
        """Show an edited note in place; False if it is not loaded."""
        row = self._row_of.get(rec.id)
        if row is None:
            return False
        self.rows[row] = rec
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_TEXT))
        return True

    def row_of(self, note_id: int) -> int:
        return self._row_of.get(note_id, -1)

    def note(self, row: int) -> NoteRec | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- QAbstractTableModel --------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 6 else None
        return section + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        n = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TIME:
                return hhmm(n.taken_at, self.tz)
            if col == COL_ITEM:
                return n.item_number
            if col == COL_SPEAKER:
                return n.speaker_code + (f" · {n.speaker_name}" if n.speaker_name else "")
            if col == COL_KIND:
                return self._kinds[n.kind]
            if col == COL_STANCE:
                return n.observed_stance.short if n.observed_stance else ""
            if col == COL_TEXT:
                text = " ".join(n.text.split())
                edited = self.tr(" (edited)") if n.version_no > 1 else ""
                return (text[:300] + "…" if len(text) > 300 else text) + edited
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TIME:
                return f"{to_local(n.taken_at, self.tz):%d %b %Y %H:%M:%S}"
            if col == COL_TEXT:
                return n.text if len(n.text) < 2000 else n.text[:2000] + "…"
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STANCE and n.observed_stance:
            return QColor(stance_ink(n.observed_stance))
        if role == NOTE_ROLE:
            return n
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
