"""Windows that fit a laptop screen (1366x768 at 125 %: 1093x614 logical pixels).

- ``long_choices``: a combo box of long labels (agenda item titles) stays narrow: it shows
  the start of the chosen label, the list opens wide, and each entry's full text is its
  tooltip.
- ``scrolling``: a tall form scrolls inside its dialog instead of pushing the buttons off
  the screen.
- ``fit_to_screen``: a window opens at the size it asks for, or at most the screen's
  available area.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget


def long_choices(combo: QComboBox, chars: int = 32) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    for n in range(combo.count()):
        combo.setItemData(n, combo.itemText(n), Qt.ItemDataRole.ToolTipRole)
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(combo.currentText()))
    combo.setToolTip(combo.currentText())


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` inside a frameless scroll area that follows its width."""
    area = QScrollArea(parent)
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
