"""Run work right after a window's first paint (start-up: paint first, then the rest)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000  # a window that never paints (minimised, odd platform) still gets going


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        QTimer.singleShot(FALLBACK_MS, self._fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._callback is not None and event.type() == QEvent.Type.Paint and obj is self._window:
            QTimer.singleShot(0, self._fire)  # after the paint event has been handled
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:  # the fallback after the paint: done already
            return
        self._window.removeEventFilter(self)
        callback()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, as soon as ``window`` has painted (a window paints itself
    before its children). The filter watches the window alone: an application filter in
    Python would see every event of every object until then, and the first object of a
    class PySide does not know (Qt's animation timer, its gesture manager) makes it build
    the Python types of all of QtCore, QtGui and QtWidgets: 15-20 ms (#13)."""
    watcher = _FirstPaint(window, callback)
    window.installEventFilter(watcher)
