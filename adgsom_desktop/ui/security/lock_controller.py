"""Locks the app after an idle time (wall clock) or on demand, and unlocks it.

Idle time is measured with the wall clock (``time.time``), not a monotonic
timer, so the time a laptop spends asleep counts: opening the lid after a
long lunch finds the app locked.  Locking first saves pending edits
(``window.flush_pending``), then clears the clipboard if it still holds text
the app put there, closes popups, covers every window with a ``LockOverlay``
and disables every action (shortcuts included).  Unlocking an encrypted store
needs its passphrase, checked off the GUI thread against the key in memory;
every lock, unlock and failed attempt is audited.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from ..common.workers import run_job
from .lock_screen import LockOverlay

log = logging.getLogger(__name__)

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}
CHECK_MS = 5_000  # how often the idle time is looked at
PAUSE_AFTER = 3  # failed attempts before each further attempt waits
PAUSE_S = 5


def _digest(text: str) -> str:
    import hashlib  # OpenSSL loads on first use, not before the window's first paint

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: Any,
        minutes: Callable[[], int],
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._minutes = minutes
        self._clock = clock
        self.last_activity = clock()
        self.is_locked = False
        self.overlays: list[LockOverlay] = []
        self._disabled: list[QAction] = []
        self._ours: set[str] = set()  # digests of texts the app put on the clipboard
        self._failures = 0
        self._job: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            # Bound methods: disconnected when this controller goes with its window.
            clip = QGuiApplication.clipboard()
            clip.dataChanged.connect(self._on_clipboard)
            clip.selectionChanged.connect(self._on_selection)

    # -- idle ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.is_locked:
            if kind in ACTIVITY:
                self.last_activity = self._clock()
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._cover_late_window(watched)
        return False

    def _cover_late_window(self, w: QWidget) -> None:
        """A window shown while locked (e.g. a message from a background job) is covered too."""
        if w.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup) or isinstance(w, QMenu):
            return
        if any(o.parentWidget() is w for o in self.overlays) or self.window.services is None:
            return
        services = self.window.services
        overlay = LockOverlay(w, services.locator.name, services.security.encrypted)
        overlay.unlock_requested.connect(self._attempt)
        self.overlays.append(overlay)
        overlay.focus()

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self.last_activity)

    def check_idle(self) -> None:
        """Lock if the idle time has passed (also right after waking from sleep)."""
        now = self._clock()
        if now < self.last_activity:  # the clock was set back
            self.last_activity = now
        minutes = self._minutes()
        if minutes > 0 and not self.is_locked and self.idle_seconds() >= minutes * 60:
            self.lock("idle")

    # -- clipboard ------------------------------------------------------------------------
    def _on_clipboard(self) -> None:
        self._clipboard_changed(QClipboard.Mode.Clipboard)

    def _on_selection(self) -> None:
        self._clipboard_changed(QClipboard.Mode.Selection)

    def _clipboard_changed(self, mode: QClipboard.Mode) -> None:
        clip = QGuiApplication.clipboard()
        text = clip.text(mode)
        owned = clip.ownsClipboard() if mode is QClipboard.Mode.Clipboard else clip.ownsSelection()
        if text and (owned or QApplication.activeWindow() is not None):
            self._ours.add(_digest(text))

    def _clear_clipboard(self) -> None:
        clip = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if mode is QClipboard.Mode.Selection and not clip.supportsSelection():
                continue
            text = clip.text(mode)
            if text and _digest(text) in self._ours:
                clip.clear(mode)
        self._ours.clear()

    # -- lock -----------------------------------------------------------------------------
    def lock(self, reason: str = "on demand") -> bool:
        services = self.window.services
        if self.is_locked or services is None:
            return False
        try:
            self.window.settle_writes()  # what shows as saved is on disk before the lock
        except Exception:  # an editor that cannot save keeps its text (see save_state)
            log.exception("saving pending edits before locking failed")
        self.is_locked = True
        self._clear_clipboard()
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
            if QApplication.activePopupWidget() is popup:
                break
        self._disable_actions()
        for w in self._windows():
            overlay = LockOverlay(w, services.locator.name, services.security.encrypted)
            overlay.unlock_requested.connect(self._attempt)
            self.overlays.append(overlay)
        if self.overlays:
            top = QApplication.activeModalWidget()
            target = next((o for o in self.overlays if o.parentWidget() is top), None)
            (target or self.overlays[0]).focus()
        try:
            services.security.record_lock(reason)
        except Exception:
            log.exception("could not record the lock in the audit log")
        self.locked.emit()
        return True

    def _windows(self) -> list[QWidget]:
        out = [self.window]
        for w in QApplication.topLevelWidgets():
            if w is not self.window and w.isVisible() and not isinstance(w, QMenu):
                out.append(w)
        return out

    def _disable_actions(self) -> None:
        actions = self.window.findChildren(QAction)
        for w in self._windows()[1:]:
            actions += w.findChildren(QAction)
        self._disabled = [a for a in actions if a.isEnabled()]
        for a in self._disabled:
            a.setEnabled(False)
        self.window.menuBar().setEnabled(False)

    # -- unlock ---------------------------------------------------------------------------
    def _attempt(self, passphrase: str) -> None:
        services = self.window.services
        if not self.is_locked or self._job is not None:
            return
        if services is None:  # the store was closed meanwhile: nothing left to show
            self._unlock()
            return
        if not services.security.encrypted:
            try:
                services.security.record_unlock("plain store")
            except Exception:
                log.exception("could not record the unlock")
            self._unlock()
            return
        for o in self.overlays:
            o.set_busy(True)

        def done(ok: bool) -> None:
            self._job = None
            for o in self.overlays:
                o.set_busy(False)
            if ok:
                self._failures = 0
                self._unlock()
                return
            self._failures += 1
            text = self.tr("Wrong passphrase. Try again.")
            if self._failures >= PAUSE_AFTER:
                text = self.tr("Wrong passphrase. Wait %d seconds, then try again.") % PAUSE_S
                for o in self.overlays:
                    o.set_busy(True)
                QTimer.singleShot(PAUSE_S * 1000, self._end_pause)
            for o in self.overlays:
                o.show_problem(text)

        def failed(exc: BaseException) -> None:
            self._job = None
            log.error("unlock check failed: %s", exc)
            for o in self.overlays:
                o.set_busy(False)
                o.show_problem(self.tr("The passphrase could not be checked: %s") % exc)

        self._job = run_job(
            lambda _p: services.security.unlock(passphrase), on_success=done, on_error=failed
        )

    def _end_pause(self) -> None:
        for o in self.overlays:
            o.set_busy(False)
            o.focus()

    def _unlock(self) -> None:
        for o in self.overlays:
            o.remove()
        self.overlays = []
        for a in self._disabled:
            a.setEnabled(True)
        self._disabled = []
        self.window.menuBar().setEnabled(True)
        self.is_locked = False
        self.last_activity = self._clock()
        self.unlocked.emit()

    def store_closed(self) -> None:
        """The store closed (e.g. quitting while locked): nothing left to hide."""
        if self.is_locked:
            self._unlock()
