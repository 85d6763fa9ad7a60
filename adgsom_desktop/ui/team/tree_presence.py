"""Who has which brief open, on the agenda tree's rows (#16 item 1).

On a team store the tree marks the row of every item whose brief another member has
open in the position editor: "✎ Somchai has it open" before the item's title (a word and
a shape, not colour alone), and the names in its tooltip.  The names come from the
server's presence (``services.presence.everyone``), asked off the GUI thread when a
member enters or leaves a brief (a ``PRESENCE`` change on the feed: within a second)
and every few seconds (an app that died sends no notice; the server ended its
presence, the next look shows it gone).  A file store has nobody else: nothing.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from ...services.changes import Change, ChangeKind
from ..common.workers import run_job

log = logging.getLogger(__name__)

POLL_MS = 5000


class TreePresence(QObject):
    """Keeps the navigation model's "who is editing" marks in step with the server."""

    def __init__(self, window: Any, services: Any) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.editing: dict[int, tuple[str, ...]] = {}
        self._job: Any = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        window.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.PRESENCE or change.kind is ChangeKind.STORE:
            self.refresh()

    def refresh(self) -> None:
        """Ask the server who shows which brief (one question at a time)."""
        if self._job is not None and self._job.running:
            self._again = True
            return
        presence = self.services.presence

        def done(found: dict[int, tuple[str, ...]]) -> None:
            self._job = None
            if not isValid(self) or self.services is not getattr(self.window, "services", None):
                return
            self._show(found)
            if self._again:
                self._again = False
                self.refresh()

        def failed(exc: BaseException) -> None:
            self._job = None
            log.debug("who is editing could not be asked: %s", exc)

        self._job = run_job(lambda _p: presence.everyone(), on_success=done, on_error=failed)

    def _show(self, found: dict[int, tuple[str, ...]]) -> None:
        self.editing = dict(found)
        nav = getattr(self.window, "_nav", None)
        if nav is not None:
            nav.model.set_editing(self.editing)

    def stop(self) -> None:
        self._timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.window.changed.disconnect(self._on_change)
        nav = getattr(self.window, "_nav", None)
        if nav is not None:
            nav.model.set_editing({})
