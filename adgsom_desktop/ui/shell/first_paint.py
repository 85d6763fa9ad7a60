"""Run work right after a window's first paint (start-up: paint first, then the rest)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000  # a window that never paints (minimised, odd platform) still gets going


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        QTimer.singleShot(FALLBACK_MS, self._fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            self._callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and (obj is self._window or self._window.isAncestorOf(obj))
        ):
            QTimer.singleShot(0, self._fire)  # after the paint event has been handled
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if callback is not None:
            callback()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, as soon as ``window`` (or a child) has painted."""
    watcher = _FirstPaint(window, callback)
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(watcher)
