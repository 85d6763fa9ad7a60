"""The paragraphs of a revision as a table: number, status (a word on a colour), what
changed since the previous revision, brackets, our amendments, the text. Filled by its
view with plain ``ParagraphRec`` rows; it never asks the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...domain.enums import ParagraphChange, ParagraphKind, ParagraphStatus
from ...services.negotiation.records import ParagraphRec
from ..common import theme

COL_NUMBER, COL_STATUS, COL_CHANGE, COL_BRACKETS, COL_OURS, COL_TEXT = range(6)
PARAGRAPH_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def status_colour(status: ParagraphStatus) -> str:
    """A paragraph's status background (beside its status word), in the theme's colours."""
    return theme.current()[f"para.{status.value}.bg"]


def change_words(p: ParagraphRec) -> str:
    """``ParagraphRec.change_text`` in the interface's language ("moved, reworded, was
    OP5"; Thai said "new" in English: review s33 R12)."""
    t = QCoreApplication
    unchanged = p.change is ParagraphChange.UNCHANGED
    moved = t.translate("Texts", "moved")
    if p.kind is ParagraphKind.HEADING and unchanged:
        return moved if p.moved else ""
    parts = [moved] if p.moved else []
    if p.change not in (ParagraphChange.FIRST, ParagraphChange.UNCHANGED):
        parts.append(CHANGE_WORDS[p.change]())
    elif unchanged and not p.moved and not p.renumbered:
        parts.append(t.translate("Texts", "unchanged"))
    was = [n for n in p.origin_numbers if n]
    if was and (p.renumbered or p.change is ParagraphChange.MERGED):
        parts.append(t.translate("Texts", "was %s") % " + ".join(was))
    elif p.renumbered:
        parts.append(t.translate("Texts", "renumbered"))
    return ", ".join(parts)


CHANGE_WORDS = {  # lower case: they follow "Since Rev. 3:" or another word
    ParagraphChange.REWORDED: lambda: QCoreApplication.translate("Texts", "reworded"),
    ParagraphChange.SPLIT: lambda: QCoreApplication.translate("Texts", "split"),
    ParagraphChange.MERGED: lambda: QCoreApplication.translate("Texts", "merged"),
    ParagraphChange.NEW: lambda: QCoreApplication.translate("Texts", "new"),
}


def status_labels() -> dict[ParagraphStatus, str]:
    t = QCoreApplication.translate
    return {
        ParagraphStatus.AGREED: t("Texts", "Agreed"),
        ParagraphStatus.AGREED_AD_REF: t("Texts", "Agreed ad ref"),
        ParagraphStatus.BRACKETED: t("Texts", "Bracketed"),
        ParagraphStatus.PENDING: t("Texts", "Pending"),
        ParagraphStatus.DELETED: t("Texts", "Deleted"),
    }


class ParagraphModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ParagraphRec] = []
        self._status = status_labels()
        self._headers = (
            self.tr("Para."),
            self.tr("Status"),
            self.tr("Change"),
            self.tr("[ ]"),
            self.tr("Ours"),
            self.tr("Text"),
        )

    def set_rows(self, rows: list[ParagraphRec]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_row(self, rec: ParagraphRec) -> None:
        for n, row in enumerate(self.rows):
            if row.id == rec.id:
                self.rows[n] = rec
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self._headers) - 1))
                return

    def row_of(self, paragraph_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == paragraph_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        col = index.column()
        heading = p.kind is ParagraphKind.HEADING
        if role == PARAGRAPH_ROLE:
            return p
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NUMBER:
                return p.number
            if col == COL_STATUS:
                return "" if heading else self._status[p.status]
            if col == COL_CHANGE:
                return change_words(p)
            if col == COL_BRACKETS:
                n = len(p.brackets) + len(p.proposals)
                return str(n) if n else ""
            if col == COL_OURS:
                return str(p.amendments) if p.amendments else ""
            if col == COL_TEXT:
                return " ".join(p.text.split())
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS and not heading:
            return QColor(status_colour(p.status))
        if role == Qt.ItemDataRole.FontRole and heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_BRACKETS:
            lines = [b.summary for b in p.brackets] + [pr.summary for pr in p.proposals]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TEXT:
            return p.text
        return None
