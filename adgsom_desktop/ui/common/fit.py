"""Windows that fit a laptop screen (1366x768 at 125 %: 1093x614 logical pixels).

- ``long_choices``: a combo box of long labels (agenda item titles) stays narrow: it shows
  the start of the chosen label, the list opens wide, and each entry's full text is its
  tooltip.
- ``scrolling``: a tall form scrolls inside its dialog instead of pushing the buttons off
  the screen.
- ``ColumnFitter``: a table's columns as wide as their content (each up to a cap), its
  text column taking the rest, never less than a share of the table; the model's
  tooltips show what a column cuts.
- ``fit_to_screen``: a window opens at the size it asks for, or at most the screen's
  available area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableView,
    QTreeView,
    QWidget,
)

from . import a11y


def long_choices(combo: QComboBox, chars: int = 32) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    for n in range(combo.count()):
        combo.setItemData(n, combo.itemText(n), Qt.ItemDataRole.ToolTipRole)
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    if not combo.property("longChoices"):  # (called again when the choices are refilled)
        combo.setProperty("longChoices", True)
        combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(combo.currentText()))
    combo.setToolTip(combo.currentText())


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` inside a frameless scroll area that follows its width."""
    area = QScrollArea(parent)
    a11y.no_tab_stop(area)  # Tab goes through its fields
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    # As wide as the content needs (it scrolls only up and down), and the scroll bar.
    bar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(content.minimumSizeHint().width() + bar)
    return area


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height), or to what the screen has room for."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height() - 40)
    widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))


class ColumnFitter(QObject):
    """Size a table's columns to their content; ``stretch`` takes the rest of the width."""

    def __init__(
        self,
        table: QAbstractItemView,
        stretch: int,
        caps: dict[int, int],
        share: float = 0.5,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.caps = caps
        self.share = share  # of the width the stretching column always keeps
        header = self.header
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self._timer.start)

    @property
    def header(self) -> QHeaderView:
        if isinstance(self.table, QTableView):
            return self.table.horizontalHeader()
        assert isinstance(self.table, QTreeView)
        return self.table.header()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def widths(self) -> dict[int, int]:
        """What each column but the stretching one gets at the table's present width."""
        header = self.header
        model = self.table.model()
        if model is None:
            return {}
        wanted: dict[int, int] = {}
        for col in range(model.columnCount()):
            if col == self.stretch or header.isSectionHidden(col):
                continue
            content = max(header.sectionSizeHint(col), self.table.sizeHintForColumn(col)) + 8
            wanted[col] = min(self.caps.get(col, 240), content)
        room = int(self.table.viewport().width() * (1 - self.share))
        total = sum(wanted.values())
        if total > room > 0:
            scale = room / total
            wanted = {c: max(48, int(w * scale)) for c, w in wanted.items()}
        return wanted

    def fit(self) -> None:
        header = self.header
        for col, width in self.widths().items():
            header.resizeSection(col, width)
