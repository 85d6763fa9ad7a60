"""Autosave: no Save button to forget, and at most about a second of typing at risk.

A debounce alone never fires while someone types without pause (FACTS.md), so
two timers run: one restarts on every edit (save ~300 ms after the last key),
the other does not (save at most ~1 s after the first unsaved edit).  Pending
edits are also saved at once when focus leaves the editor, when another record
is shown, and when the window closes or the store is closed (``flush``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

DEBOUNCE_MS = 300
MAX_WAIT_MS = 1000


class Autosaver(QObject):
    saved = Signal()
    pending_changed = Signal(bool)

    def __init__(
        self,
        save: Callable[[], bool],
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pending = False
        self._saving = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.flush)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self.flush)
        self._watched: QWidget | None = None

    @property
    def pending(self) -> bool:
        return self._pending

    def touch(self) -> None:
        """An edit happened: save soon."""
        if not self._pending:
            self._pending = True
            self._max_wait.start()
            self.pending_changed.emit(True)
        self._debounce.start()

    def cancel(self) -> None:
        """Forget pending edits (the record was reloaded)."""
        self._debounce.stop()
        self._max_wait.stop()
        if self._pending:
            self._pending = False
            self.pending_changed.emit(False)

    def flush(self) -> bool:
        """Save pending edits now; False if the save failed (edits stay pending)."""
        self._debounce.stop()
        self._max_wait.stop()
        if not self._pending or self._saving:
            return True
        self._saving = True
        try:
            ok = self._save()
        finally:
            self._saving = False
        if ok:
            self._pending = False
            self.pending_changed.emit(False)
            self.saved.emit()
        return ok

    def flush_on_focus_leaving(self, area: QWidget) -> None:
        """Save when keyboard focus leaves ``area`` (to another widget or window)."""
        self._watched = area
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus)  # type: ignore[attr-defined]

    def _on_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        area = self._watched
        if area is None or not self._pending:
            return
        try:
            was_inside = old is not None and (old is area or area.isAncestorOf(old))
            now_inside = new is not None and (new is area or area.isAncestorOf(new))
        except RuntimeError:  # the area was deleted
            return
        if was_inside and not now_inside:
            self.flush()
        elif was_inside and now_inside and old is not new:
            self.flush()  # moving between fields of the editor: one save per field
