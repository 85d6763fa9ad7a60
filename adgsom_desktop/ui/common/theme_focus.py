"""Focus always visible (#24): a ring in the theme's focus colour around the widget that has
the keyboard focus, whatever its kind and whatever the style.

Qt's styles mark focus unevenly: Fusion outlines a line edit but not a button, a check box,
a combo box, a tab bar or a text browser, and a native style marks some only after a key
press. One ``QFocusFrame`` per application follows the focus (``QApplication.focusChanged``)
and draws a 2-pixel ring around the focused widget, in the theme's ``focus_row`` colour (3:1
at least against every surface, checked with the other graphics in ``theme_colours``); it
is a sibling above the widget, masked to its border, so it never takes a click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from . import theme

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

# QPainter, QPen, QTabBar and QTabWidget are imported where used: ``theme.apply`` installs
# this before the first paint, and each Qt type is built (with its enums) on first import.

WIDTH = 2  # the ring's width in pixels


class FocusRing(QFocusFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.widget() is None:
            return
        from PySide6.QtGui import QPainter, QPen

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(theme.qcolor("focus_row"), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH // 2  # around the widget, in the margin the frame takes outside it
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
        painter.end()


class _Follower(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # the ring lives among the focused widget's siblings: a window closed takes it along
        if self.ring is not None and not shiboken6.isValid(self.ring):
            self.ring = None
        target = _target(new)
        if target is None:
            if self.ring is not None:
                self.ring.setWidget(None)  # type: ignore[arg-type]  # (Qt takes a null)
            return
        if self.ring is None:
            self.ring = FocusRing()
        self.ring.setWidget(target)


def _target(widget: QWidget | None) -> QWidget | None:
    """What the ring goes round: the focused widget inside a window (not a window, a menu or
    a popup itself); a tab widget's whole frame when its tab bar (at its very edge, where a
    ring would be cut) has the focus."""
    if widget is None or widget.isWindow() or widget.parentWidget() is None:
        return None
    from PySide6.QtWidgets import QTabBar, QTabWidget

    parent = widget.parentWidget()
    if isinstance(widget, QTabBar) and isinstance(parent, QTabWidget) and not parent.isWindow():
        return parent
    return widget


def install(app: QApplication) -> None:
    """Follow the focus from now on (once per application; ``theme.apply`` calls it)."""
    if app.property("focusRingInstalled"):
        return
    app.setProperty("focusRingInstalled", True)
    _Follower(app)


def ring(app: QApplication) -> FocusRing | None:
    follower = app.findChild(_Follower)
    return follower.ring if follower is not None else None
