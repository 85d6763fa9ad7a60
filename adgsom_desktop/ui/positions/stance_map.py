"""The stance map (a meeting tab): who is expected to say what on each item, and who did.

Each cell shows the expected and the observed stance as a short word on its
colour (never colour alone: "S", "S+A", "N", "R", "O", "?"), with a legend;
a pencil mark shows a note.  Double-click, F2 or Enter edits a cell in place
(both stances and their notes); the keys 1-5 and 0 set the expected stance
of the selected cell at once (Ctrl+digit: the observed one).  The filter
shows this meeting, another meeting of the event, or all of them.

A cell the store refuses (full disk, read-only medium) keeps what was typed,
marked in red in the map and said above it, and is saved again by itself
(and on ``flush``); editing it again starts from the typed values.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Stance
from ...errors import NotFoundError
from ...services.changes import Change, ChangeKind
from ...services.stance_records import StanceCell
from ..common import a11y, theme
from ..common.save_state import SaveState, SaveStateLabel
from ..common.text_entry import LineEdit
from ..common.undo import hub_for
from .stance_model import CELL_ROLE, OURS_ROLE, PENDING_ROLE, StanceModel
from .stance_style import stance_colours, stance_label

if TYPE_CHECKING:
    from ...services.container import Services

KEY_STANCES = {
    Qt.Key.Key_1: Stance.SUPPORT,
    Qt.Key.Key_2: Stance.SUPPORT_WITH_AMENDMENTS,
    Qt.Key.Key_3: Stance.NEUTRAL,
    Qt.Key.Key_4: Stance.RESERVE,
    Qt.Key.Key_5: Stance.OPPOSE,
    Qt.Key.Key_0: Stance.UNKNOWN,
}
_Index = QModelIndex | QPersistentModelIndex


class CellEditor(QFrame):
    """Both stances of one cell with their notes, edited in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stanceCellEditor")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.expected = QComboBox(self)
        self.observed = QComboBox(self)
        for combo in (self.expected, self.observed):
            for s in Stance:
                combo.addItem(f"{s.short}  {stance_label(s)}", s)
        self.expected_note = LineEdit(parent=self, limit=2_000)  # a stance's note
        self.expected_note.setPlaceholderText(self.tr("why (optional)"))
        self.observed_note = LineEdit(parent=self, limit=2_000)
        self.observed_note.setPlaceholderText(self.tr("what they said (optional)"))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.addWidget(QLabel(self.tr("Expected"), self), 0, 0)
        grid.addWidget(self.expected, 0, 1)
        grid.addWidget(self.expected_note, 0, 2)
        grid.addWidget(QLabel(self.tr("Observed"), self), 1, 0)
        grid.addWidget(self.observed, 1, 1)
        grid.addWidget(self.observed_note, 1, 2)
        grid.setColumnStretch(2, 1)
        self.setFocusProxy(self.expected)

    def set_cell(self, cell: StanceCell) -> None:
        self.expected.setCurrentIndex(self.expected.findData(cell.expected))
        self.observed.setCurrentIndex(self.observed.findData(cell.observed))
        self.expected_note.setText(cell.expected_note)
        self.observed_note.setText(cell.observed_note)

    def cell(self, base: StanceCell) -> StanceCell:
        return replace(
            base,
            expected=Stance(self.expected.currentData()),  # Qt hands StrEnums back as str
            expected_note=self.expected_note.text().strip(),
            observed=Stance(self.observed.currentData()),
            observed_note=self.observed_note.text().strip(),
        )


def cell_width(font: QFont) -> int:
    """A cell wide enough for "exp"/"obs", "S+A" in bold and the ✎ of a note side by side
    (at any font size)."""
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(max(6.0, small.pointSizeF() * 0.72))
    tag = QFontMetrics(small).horizontalAdvance("obs") + 6
    mark = QFontMetrics(small).horizontalAdvance("✎") + 5
    return max(60, tag + QFontMetrics(bold).horizontalAdvance("S+A") + mark + 10)


def row_height(font: QFont) -> int:
    """Two lines of bold text (expected above, observed below) at any font size."""
    bold = QFont(font)
    bold.setBold(True)
    return max(44, 2 * QFontMetrics(bold).height() + 8)


class StanceDelegate(QStyledItemDelegate):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._exp = self.tr("exp")
        self._obs = self.tr("obs")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        cell: StanceCell | None = index.data(CELL_ROLE)
        if cell is None:
            return
        ours = bool(index.data(OURS_ROLE))
        rect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
        painter.save()
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setBold(True)
        painter.setFont(font)
        top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
        bottom = QRect(rect.left(), top.bottom() + 1, rect.width(), rect.height() - top.height())
        halves = (
            [(rect, cell.expected, "")]
            if ours
            else [(top, cell.expected, self._exp), (bottom, cell.observed, self._obs)]
        )
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.72))
        noted = not ours and bool(cell.expected_note or cell.observed_note)
        tag_w = QFontMetrics(small).horizontalAdvance(max(self._exp, self._obs, key=len)) + 6
        mark_w = QFontMetrics(small).horizontalAdvance("✎") + 5 if noted else 0
        for area, stance, tag in halves:
            bg, fg = stance_colours(stance)
            painter.fillRect(area, QColor(bg))
            if tag:
                painter.setFont(small)
                painter.setPen(QColor(fg))
                painter.drawText(
                    area.adjusted(3, 0, 0, 0),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    tag,
                )
            painter.setFont(font)
            painter.setPen(QColor(fg))
            # Centred between the tag and the note mark: "S+A" never runs under the ✎.
            painter.drawText(
                area.adjusted(tag_w if tag else 0, 0, -mark_w, 0),
                int(Qt.AlignmentFlag.AlignCenter),
                stance.short,
            )
        if noted:
            painter.setFont(small)
            painter.setPen(QColor(stance_colours(cell.expected)[1]))
            painter.drawText(
                rect.adjusted(0, 0, -3, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                "✎",
            )
        if index.data(PENDING_ROLE):  # typed, not saved yet: a red frame and a "!"
            painter.setPen(QPen(theme.qcolor("error"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setPen(theme.qcolor("error"))
            painter.drawText(
                rect.adjusted(0, 0, -4, -1),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                "!",
            )
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.setPen(QPen(theme.qcolor("focus_row"), 3))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        elif ours:
            painter.setPen(QPen(theme.qcolor("muted"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Room for the tag, "S+A" in bold and the note mark side by side.
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        return QSize(cell_width(option.font), row_height(option.font))  # type: ignore[attr-defined]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        return CellEditor(parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        cell = index.data(CELL_ROLE)
        if isinstance(editor, CellEditor) and cell is not None:
            editor.set_cell(cell)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        cell = index.data(CELL_ROLE)
        if isinstance(editor, CellEditor) and cell is not None:
            model.setData(index, editor.cell(cell))

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        parent = editor.parentWidget()
        width, height = 460, editor.sizeHint().height()
        x = rect.left()
        y = rect.bottom() + 1
        if parent is not None:
            x = max(0, min(x, parent.width() - width))
            if y + height > parent.height():
                y = max(0, rect.top() - height)
        editor.setGeometry(x, y, width, height)


class StanceTable(QTableView):
    def __init__(self, view: StanceMapView) -> None:
        super().__init__(view)
        self._view = view

    def keyPressEvent(self, e: QKeyEvent) -> None:
        stance = KEY_STANCES.get(Qt.Key(e.key()))
        if stance is not None and self.state() != QAbstractItemView.State.EditingState:
            observed = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._view.quick_set(self.currentIndex(), stance, observed)
            return
        super().keyPressEvent(e)


class StanceMapView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub_for(services)
        self.meeting_id: int | None = None
        self.model = StanceModel(self)
        self.model.cell_edited.connect(self.save_cell)
        self.state = SaveState(self, retry=self.flush, others=(self.tr("cell"), self.tr("cells")))
        self.save_label = SaveStateLabel(self.state, self)
        self.save_label.setObjectName("stanceSaveState")
        self.table = StanceTable(self)
        self.table.setObjectName("stanceTable")
        a11y.name(
            self.table,
            self.tr("Stance map"),
            self.tr("Each delegation's stance on each agenda item"),
        )
        self.table.setModel(self.model)
        self.table.setItemDelegate(StanceDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(cell_width(self.table.font()))
        self.table.horizontalHeader().setMinimumHeight(40)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table.font()))
        self.table.verticalHeader().setMaximumWidth(300)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.filter = QComboBox(self)
        self.filter.setObjectName("stanceFilter")
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        legend = QLabel(self)
        legend.setObjectName("stanceLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend = legend
        self._fill_legend()
        theme.watch(self, self._fill_legend)
        legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.save_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        a11y.order(self, self.filter, self.table)

    def _fill_legend(self) -> None:
        chips = " ".join(
            "<span style='background:{}; color:{};'>".format(*stance_colours(s))
            + f"&nbsp;<b>{s.short}</b> {stance_label(s)}&nbsp;</span>"
            for s in Stance
        )
        self.legend.setText(
            chips
            + "<br>"
            + self.tr(
                "Top half <b>exp</b>: expected · bottom half <b>obs</b>: observed in the room · ✎ a note · "
                "keys 1-5, 0 set the expected stance (Ctrl+key: observed)"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Larger/Smaller text: cells follow
            self.table.horizontalHeader().setDefaultSectionSize(cell_width(self.table.font()))
            self.table.verticalHeader().setDefaultSectionSize(row_height(self.table.font()))

    def show_record(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self.filter.blockSignals(True)
        self.filter.clear()
        meeting = self.services.events.meeting(meeting_id)
        self.filter.addItem(self.tr("This meeting: %s") % meeting.label, [meeting_id])
        others = [m for m in self.services.events.meetings(meeting.event_id) if m.id != meeting_id]
        for m in others:
            self.filter.addItem(self.tr("Another meeting: %s") % m.label, [m.id])
        if others:
            self.filter.addItem(
                self.tr("All meetings of this event"),
                [meeting_id, *(m.id for m in others)],
            )
        self.filter.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        ids = self.filter.currentData()
        if not ids:
            return
        current = self.table.currentIndex()
        try:
            grid = self.services.stances.grid(list(ids))
        except NotFoundError:
            return
        self.model.set_grid(grid)
        self.table.resizeColumnToContents(0)
        if (
            current.isValid()
            and current.row() < self.model.rowCount()
            and current.column() < self.model.columnCount()
        ):
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))

    def on_change(self, change: Change) -> None:
        if self.meeting_id is not None and change.concerns(
            ChangeKind.STANCES, ChangeKind.AGENDA, ChangeKind.POSITIONS, ChangeKind.MEETINGS
        ):
            self.reload()

    def quick_set(self, index: QModelIndex, stance: Stance, observed: bool) -> None:
        cell = self.model.cell(index)
        if cell is None or self.model.is_ours(index.column()):
            return
        new = replace(cell, observed=stance) if observed else replace(cell, expected=stance)
        if new != cell:
            self.save_cell(cell, new)

    def save_cell(self, old: StanceCell, new: StanceCell) -> None:
        """Save an edited cell; if the store refuses it, keep it (shown, marked, retried)."""
        key = (new.item_id, new.delegation_id)
        kept = self.state.draft(key)
        stored = kept[0] if kept is not None else old  # undo goes back to the stored cell
        try:
            self._put(stored, new)
        except Exception as exc:
            self.model.set_pending(new, True)
            self.state.stash(key, (stored, new), lambda: self._put(stored, new), error=exc)
            return
        self.state.discard(key)
        self.reload()

    def _put(self, old: StanceCell, new: StanceCell) -> None:
        stances, hub = self.services.stances, self.hub

        def put(c: StanceCell) -> None:
            stances.set_cell(
                hub.rid(c.item_id),
                c.delegation_id,
                expected=c.expected,
                expected_note=c.expected_note,
                observed=c.observed,
                observed_note=c.observed_note,
            )

        put(new)
        self.model.set_pending(new, False)
        hub.push_done(self.tr("Edit stance"), lambda: put(new), lambda: put(old))

    def flush(self) -> bool:
        """Save the cells kept unsaved; False if some are still refused."""
        if not self.state.stashed():
            return True
        ok = self.state.save_stashed()
        self.reload()
        return ok
