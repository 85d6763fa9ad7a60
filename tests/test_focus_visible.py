"""Focus always visible (issue #24, item 1): every kind of focusable widget the app uses
shows where the keyboard focus is, in the light and the dark theme.

Each kind is built in a small window, the focus moved onto it from another field (as Tab
does); the window is grabbed before and after. The widget's border band must change to a
colour with 3:1 contrast against the window (WCAG 2.4.11 and 1.4.11) all the way round: at
least its perimeter in pixels. The kinds are those ``ui/`` constructs or derives from: a new
kind fails the test until it is listed here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QRect, Qt, QTime
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QTimeEdit,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from adgsom_desktop.ui.common import theme
from adgsom_desktop.ui.common.theme_colours import contrast_ratio

pytestmark = [pytest.mark.gui]
UI = Path(__file__).resolve().parents[1] / "adgsom_desktop" / "ui"


def _model() -> QStandardItemModel:
    m = QStandardItemModel(2, 2)
    m.setItem(0, 0, QStandardItem("row"))
    return m


def _with(widget: Any, *calls: Callable[[Any], object]) -> Any:
    for call in calls:
        call(widget)
    return widget


KINDS: dict[str, Callable[[], QWidget]] = {
    "QLineEdit": lambda: QLineEdit(""),
    "QPlainTextEdit": lambda: QPlainTextEdit("text"),
    "QTextEdit": lambda: QTextEdit("text"),
    "QTextBrowser": lambda: QTextBrowser(),
    "QComboBox": lambda: _with(QComboBox(), lambda c: c.addItems(["One", "Two"])),
    "QPushButton": lambda: QPushButton("Save"),
    "QToolButton": lambda: _with(QToolButton(), lambda b: b.setText("↑")),
    "QCheckBox": lambda: QCheckBox("Check"),
    "QRadioButton": lambda: QRadioButton("Radio"),
    "QSpinBox": lambda: QSpinBox(),
    "QDateEdit": lambda: QDateEdit(QDate(2026, 1, 12)),
    "QTimeEdit": lambda: QTimeEdit(QTime(9, 30)),
    "QTreeView": lambda: _with(QTreeView(), lambda v: v.setModel(_model())),
    "QTreeWidget": lambda: _with(
        QTreeWidget(), lambda t: t.setHeaderLabels(["A"]), lambda t: QTreeWidgetItem(t, ["row"])
    ),
    "QTableView": lambda: _with(QTableView(), lambda v: v.setModel(_model())),
    "QTableWidget": lambda: QTableWidget(2, 2),
    "QListView": lambda: _with(QListView(), lambda v: v.setModel(_model())),
    "QListWidget": lambda: _with(QListWidget(), lambda v: v.addItems(["a", "b"])),
    "QTabWidget": lambda: _with(QTabWidget(), lambda t: t.addTab(QWidget(), "One")),
    "QScrollArea": lambda: _with(
        QScrollArea(), lambda a: a.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    ),
    "QScrollBar": lambda: _with(
        QScrollBar(Qt.Orientation.Horizontal),
        lambda s: s.setFocusPolicy(Qt.FocusPolicy.StrongFocus),
    ),
}


def kinds_used() -> set[str]:
    """The Qt widget classes ``ui/`` constructs or derives from that can take the focus."""
    qt_focusable = {
        "QLineEdit", "QPlainTextEdit", "QTextEdit", "QTextBrowser", "QComboBox",
        "QFontComboBox", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
        "QSpinBox", "QDoubleSpinBox", "QDateEdit", "QTimeEdit", "QDateTimeEdit", "QTreeView",
        "QTreeWidget", "QTableView", "QTableWidget", "QListView", "QListWidget", "QTabWidget",
        "QTabBar", "QSlider", "QDial", "QCalendarWidget", "QKeySequenceEdit", "QScrollArea",
        "QScrollBar", "QCommandLinkButton", "QGraphicsView", "QColumnView",
    }  # fmt: skip
    used: set[str] = set()
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= {m for m in re.findall(r"\b(Q[A-Z]\w+)\(", text) if m in qt_focusable}
        used |= {m for m in re.findall(r"class \w+\((Q[A-Z]\w+)", text) if m in qt_focusable}
    used.discard("QTabBar")  # only inside a QTabWidget (listed)
    return used


def test_every_focusable_kind_the_app_uses_is_checked() -> None:
    missing = kinds_used() - set(KINDS)
    assert not missing, f"focusable widget kinds not checked for a visible focus: {missing}"


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    theme.apply(request.param)
    yield request.param
    theme.apply("light")


def ring_pixels(before: QImage, after: QImage, area: QRect, window: str) -> int:
    """Pixels of the border band of ``area`` (3 px either side of its edge) that changed to
    a colour with 3:1 contrast against the window."""
    outer = area.adjusted(-3, -3, 3, 3)
    inner = area.adjusted(3, 3, -3, -3)
    seen = 0
    for y in range(max(0, outer.top()), min(before.height(), outer.bottom() + 1)):
        for x in range(max(0, outer.left()), min(before.width(), outer.right() + 1)):
            if QRect(inner).contains(x, y):
                continue
            old, new = before.pixelColor(x, y), after.pixelColor(x, y)
            if old != new and contrast_ratio(new.name(), window) >= 3.0:
                seen += 1
    return seen


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_focus_is_visible_on_every_kind(qtbot: Any, themed: str, kind: str) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(10)
    start = QLineEdit(window)
    widget = KINDS[kind]()
    layout.addWidget(start)
    layout.addWidget(widget)
    window.resize(360, 240 if kind in ("QLineEdit", "QPushButton") else 320)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    before = window.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = QApplication.focusWidget()  # the widget, or its focus proxy (a tab bar)
    assert focused is widget or widget.isAncestorOf(focused)
    after = window.grab().toImage()
    area = widget.geometry()  # the ring goes round it (a tab widget's, round its tab bar's)
    perimeter = 2 * (area.width() + area.height())
    seen = ring_pixels(before, after, area, theme.current()["window"])
    assert seen >= perimeter, f"{kind} in {themed}: {seen} px of focus ring, {perimeter} wanted"
