"""The parts of the import preview: the rows as they will be written (number, title,
time slot, purpose, lead, documents, what each updates), the agenda's header against
the meeting in the store, and the stored items a revised agenda dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.agenda_header import AgendaHeader, HeaderDifference
from ...services.agenda_records import ImportedItem
from ...services.agenda_revision import RevisionPlan
from ...services.records import AgendaItemRec
from ..common import a11y
from ..common.labels import label_tr
from .agenda_model import minutes_label

ROW = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("Labels", "No."),
    QT_TRANSLATE_NOOP("Labels", "Title"),
    QT_TRANSLATE_NOOP("Labels", "Time"),
    QT_TRANSLATE_NOOP("Labels", "Purpose"),
    QT_TRANSLATE_NOOP("Labels", "Lead"),
    QT_TRANSLATE_NOOP("Labels", "Documents"),
    QT_TRANSLATE_NOOP("Labels", "In the store"),
)
_WIDTHS = ((0, 110), (2, 80), (3, 112), (4, 80), (5, 136), (6, 88))
_MAX_WIDTH = 200


def _next_item_level(rows: list[ImportedItem], n: int) -> int:
    """The level of the next item after row ``n`` (0 at the end)."""
    return next((r.level for r in rows[n + 1 :] if r.programme is None), 0)


class PreviewTree(QTreeWidget):
    """Each row of the circulated agenda; programme rows in italics, outside the structure."""

    checked = Signal(int, bool)  # row index, include

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        a11y.name(
            self,
            self.tr("Agenda as read"),
            self.tr("The items read from the text, with their numbers and levels"),
        )
        self.setHeaderLabels([label_tr(c) for c in COLUMNS])
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col, width in _WIDTHS:
            self.setColumnWidth(col, width)
        self.setUniformRowHeights(True)
        self.itemChanged.connect(self._on_changed)

    def show_rows(self, rows: list[ImportedItem], plan: RevisionPlan | None) -> None:
        self.blockSignals(True)
        self.clear()
        stack: list[QTreeWidgetItem] = []
        italic = QFont(self.font())
        italic.setItalic(True)
        grey = self.palette().placeholderText()
        for n, row in enumerate(rows):
            if row.programme is None:
                del stack[row.level :]
                holder = stack[-1] if stack else None
            else:  # never holding anything; inside an item only between its sub-items
                depth = min(_next_item_level(rows, n), len(stack))
                holder = stack[depth - 1] if depth > 0 else None
            node = QTreeWidgetItem(holder if holder is not None else self)
            node.setData(0, ROW, n)
            node.setText(0, row.number or ("" if row.programme else "·"))
            node.setText(1, row.title)
            when = row.slot or (minutes_label(row.est_minutes) if row.est_minutes else "")
            if row.day is not None:
                when = f"{row.day:%d %b} {when}".strip()
            node.setText(2, when)
            if row.programme is not None:
                node.setText(3, label_tr(row.programme.label))
                for col in range(len(COLUMNS)):
                    node.setFont(col, italic)
            else:
                node.setText(3, label_tr(row.purpose.label) if row.purpose else "")
                node.setText(4, row.lead_text)
                node.setText(5, ", ".join(d.symbol or d.title for d in row.documents))
                node.setText(6, self._match_text(plan, n, row))
            tips = [row.description] if row.description else []
            tips += [f"{d.symbol} {d.title}".strip() for d in row.documents]
            if tips:
                node.setToolTip(1, "\n".join(tips))
            node.setCheckState(0, Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked)
            if not row.include:
                for col in range(len(COLUMNS)):
                    node.setForeground(col, grey)
            if row.programme is None:
                stack.append(node)
        self.expandAll()
        self.setColumnHidden(6, plan is None)
        self._fit_columns()
        self.blockSignals(False)

    def _fit_columns(self) -> None:
        """Every column but the title as wide as its text (a document symbol is never cut),
        within reason; the title takes the rest."""
        for col, _width in _WIDTHS:
            wanted = max(self.sizeHintForColumn(col), self.header().sectionSizeHint(col))
            self.setColumnWidth(col, min(wanted + 8, _MAX_WIDTH))

    def _match_text(self, plan: RevisionPlan | None, n: int, row: ImportedItem) -> str:
        if plan is None or not row.include:
            return ""
        match = plan.row(n)
        if match is None:
            return ""
        if match.item_id is None:
            return self.tr("new")
        return self.tr("updates %s") % (match.stored_number or "·")

    def current_row(self) -> int | None:
        node = self.currentItem()
        return None if node is None else int(node.data(0, ROW))

    def select_row(self, n: int) -> None:
        for node in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if int(node.data(0, ROW)) == n:
                self.setCurrentItem(node)

    def _on_changed(self, node: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.checked.emit(int(node.data(0, ROW)), node.checkState(0) == Qt.CheckState.Checked)


class HeaderPanel(QGroupBox):
    """What the agenda's header says, how it differs from the meeting, and one button."""

    def __init__(self, on_update: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importHeader")
        self.setTitle(self.tr("The agenda's header"))
        self.facts = QLabel(self)
        self.facts.setObjectName("importHeaderFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.update_button = QPushButton(self.tr("Update the meeting"), self)
        self.update_button.setObjectName("importUpdateMeeting")
        self.update_button.clicked.connect(on_update)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.facts)
        layout.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_header(
        self, header: AgendaHeader, diffs: tuple[HeaderDifference, ...], done: str = ""
    ) -> None:
        self.setVisible(not header.empty or bool(done))
        lines = []
        if header.document or header.symbol:
            lines.append(" · ".join(x for x in (header.document, header.symbol) if x))
        if header.classification:
            lines.append(self.tr("Marking: <b>%s</b>") % header.classification)
        for d in diffs:
            stored = f"“{d.stored}”" if d.stored else self.tr("none")
            lines.append(
                self.tr("%s: in the store %s, on the agenda <b>“%s”</b>")
                % (label_tr(d.label), stored, d.circulated)
            )
        if not diffs and (header.title or header.place or header.start):
            lines.append(self.tr("Title, venue and dates agree with the meeting."))
        if done:
            lines.append(done)
        self.facts.setText("<br>".join(lines))
        self.facts.setMinimumHeight(self.facts.fontMetrics().lineSpacing() * len(lines) + 4)
        self.update_button.setVisible(bool(diffs))


class DroppedPanel(QGroupBox):
    """Stored items the revised agenda no longer has: tick those to delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDropped")
        self.setTitle(self.tr("No longer on the agenda (kept unless ticked)"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 6)
        self.boxes: dict[int, QCheckBox] = {}

    def show_items(self, items: tuple[AgendaItemRec, ...]) -> None:
        chosen = {i for i, box in self.boxes.items() if box.isChecked()}
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for item in items:
            extra = self.tr(" (has a brief)") if item.position_status is not None else ""
            box = QCheckBox(self.tr("Delete %s %s%s") % (item.number, item.title, extra), self)
            box.setObjectName(f"importDrop{item.id}")
            box.setChecked(item.id in chosen)
            self._layout.addWidget(box)
            self.boxes[item.id] = box
        self.setVisible(bool(items))

    def delete_ids(self) -> list[int]:
        return [i for i, box in self.boxes.items() if box.isChecked()]
