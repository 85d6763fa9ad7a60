"""Autosave: no Save button to forget, and at most about a second of typing at risk.

A debounce alone (a timer restarted on every key) never fires while someone
types without pause, so two timers run: one restarts on every edit (save ~300 ms after the last key),
the other does not (save at most ~1 s after the first unsaved edit).  Pending
edits are also saved at once when focus leaves the editor, when another record
is shown, and when the window closes or the store is closed (``flush``).

The editor's ``SaveState`` (``save_state.py``) tells what happened: ``save``
raises when the store refuses the text at once (bad input); the edits then stay
pending, the marker says why, and the next edit, ``flush`` or the state's
backoff timer tries again.  A ``save`` that hands the write to the operation
runner returns its ``Ticket``: the edits are handed over (no longer pending
here), the marker says "Saving…" until the editor's presenter hears back
(``SaveState.acknowledged``), and a refusal comes back as ``refused()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ...services.runner import Ticket
from .save_state import SaveState

DEBOUNCE_MS = 300
MAX_WAIT_MS = 1000


class Autosaver(QObject):
    saved = Signal()

    def __init__(
        self,
        save: Callable[[], object],
        state: SaveState,
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.state = state
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
        self._stood_down = False

    @property
    def pending(self) -> bool:
        """Edits not yet in the store (waiting for a timer, or after a failed save)."""
        return self._pending

    def touch(self) -> None:
        """An edit happened: save soon."""
        if self._stood_down:
            return
        if not self._pending:
            self._pending = True
            self._max_wait.start()
        self.state.mark_dirty()
        self._debounce.start()

    def cancel(self) -> None:
        """Forget pending edits (the record was reloaded, or its draft stashed)."""
        self._debounce.stop()
        self._max_wait.stop()
        self._pending = False

    def stand_down(self) -> None:
        """The store is closed: nothing more is saved (the window saved everything before
        closing it, or the user agreed to lose what the store refused)."""
        self.cancel()
        self._stood_down = True

    def flush(self) -> bool:
        """Save pending edits now; False if the save failed (edits stay pending)."""
        self._debounce.stop()
        self._max_wait.stop()
        if not self._pending or self._saving or self._stood_down:
            return True
        self._saving = True
        try:
            result = self.state.save(self._save)
        finally:
            self._saving = False
        if self.state.failed:
            return False
        self._pending = False
        if not isinstance(result, Ticket):
            self.saved.emit()
        return True

    def refused(self) -> None:
        """A save handed to the runner was refused: the edits are pending again (the
        state's backoff timer, the next edit or ``flush`` tries again)."""
        self._pending = True

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


def stand_down(root: QObject) -> None:
    """The store under the editors below ``root`` was closed: their autosaves and backoff
    timers stop, for good.  Closing the store saved every pending edit first (``settle``)
    and asked before losing one the store refused; an editor that tried again now (focus
    leaving it as its window goes away, a retry timer) would write to a closed store."""
    for autosaver in root.findChildren(Autosaver):
        autosaver.stand_down()
    for state in root.findChildren(SaveState):
        if state.unsaved:
            state.discard()
