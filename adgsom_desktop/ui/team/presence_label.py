"""The line above a brief that says who else has it open: "Somchai has this brief open".

The brief's editor hands it the item it shows (``show_item``) and the changes it hears
(``on_change``).  While the editor is on screen this member is present on that brief
(``services.presence.enter``); hidden or closed, not.  The names are asked of the
server off the GUI thread when the item changes, when another member enters or
leaves (a ``PRESENCE`` change on the feed) and every few seconds (an app that died
sends no notice: the server ended its presence, the next look shows it gone).
A file store has nobody else: the line stays hidden and nothing is asked.

Presence is the server's (a lock held while the brief is on a member's screen): it
knows that they have the brief open, not whether they are typing, so the line says
"has this brief open", never "is editing".
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from ...services.changes import Change, ChangeKind
from ..common.theme import tone
from ..common.workers import run_job

log = logging.getLogger(__name__)

POLL_MS = 5000


class PresenceLabel(QLabel):
    def __init__(self, services: Any, editor: QWidget) -> None:
        super().__init__(editor)
        self.setObjectName("briefPresence")
        self.setWordWrap(True)
        self.setStyleSheet("#briefPresence { border-radius: 4px; padding: 4px 8px; }")
        tone(self, "warn-banner")  # someone else has the brief open: the theme's colours
        self.hide()
        self.services = services
        self.names: tuple[str, ...] = ()
        self._item: int | None = None
        self._present: int | None = None  # the item this member is shown on, server-side
        self._job: Any = None
        self._again = False
        self._unread = False  # the last look failed (the server is down): logged once
        self._editor = editor
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        editor.installEventFilter(self)
        self.destroyed.connect(self._timer.stop)

    @property
    def _available(self) -> bool:
        presence = getattr(self.services, "presence", None)
        return presence is not None and presence.available

    # -- what the editor tells it ---------------------------------------------------------
    def show_item(self, item_id: int | None) -> None:
        self._item = item_id
        self.names = ()
        self._show()
        if not self._available:
            return
        self._timer.start()
        self.refresh()

    def on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.PRESENCE and self._available:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor and self._available:
            if event.type() == QEvent.Type.Hide:
                self._timer.stop()
                self.refresh()  # leaves the brief on the server
            elif event.type() == QEvent.Type.Show and self._item is not None:
                self._timer.start()
                self.refresh()
        return False

    # -- asking the server ----------------------------------------------------------------
    def refresh(self) -> None:
        """Enter (or leave) the shown brief and read who else is on it, off the GUI thread."""
        if self._job is not None:
            self._again = True
            return
        services = self.services
        item = self._item if self._editor.isVisible() else None
        present = self._present

        def work(_progress: Any) -> tuple[int | None, tuple[str, ...]]:
            if item != present:
                services.presence.enter(item)
            return item, (services.presence.editors(item) if item is not None else ())

        def done(result: tuple[int | None, tuple[str, ...]]) -> None:
            if not isValid(self):  # the editor closed while the server answered
                return
            self._job = None
            if self._unread:
                self._unread = False
                log.info("presence read again")
            self._present, names = result
            if result[0] == self._item:
                self.names = names
                self._show()
            self._follow_up()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._job = None
            self._present = None  # the connection is gone, and the presence with it
            # once when the server goes, not at every look while it stays away
            log.log(logging.DEBUG if self._unread else logging.INFO, "presence not read: %s", exc)
            self._unread = True
            self._follow_up()

        self._job = run_job(work, on_success=done, on_error=failed)

    def _follow_up(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _show(self) -> None:
        names = self.names
        if not names:
            self.hide()
            return
        # Presence is "on their screen", not "typing in it": say no more than that.
        if len(names) == 1:
            text = self.tr("%s has this brief open") % names[0]
        else:
            text = self.tr("%s and %s have this brief open") % (", ".join(names[:-1]), names[-1])
        self.setText(text)
        self.setToolTip(
            self.tr("Saving the same part as them: the second save is shown as a conflict.")
        )
        self.show()
