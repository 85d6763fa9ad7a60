"""The live team view (#16): the window hears what other members commit.

When a team store opens, the feature starts the store's change feed listener
(``Services.listen_to_others``: a thread of its own that LISTENs on the
server) from a worker, so connecting never blocks the window.  The other apps'
changes then reach the same bus as this app's own: the change relay hands them to
the views on the GUI thread, and each view refreshes what they touched (views
re-read the ids; an editor holding unsaved text keeps it, and its save meets the
other version as a conflict).  Closing the store stops the listener with the feed.
A file store has no other writer: nothing is started.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from ..common.workers import run_job
from .tree_presence import TreePresence

log = logging.getLogger(__name__)


class TeamLiveFeature(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.window: Any = None
        self.listening = False  # the open team store's feed is heard
        self._services: Any = None
        self._stop: Callable[[], None] | None = None
        self._job: Any = None
        self.tree_presence: TreePresence | None = None  # who is editing, on the tree

    def install(self, window: Any) -> None:
        self.window = window
        self.setParent(window)
        window.team_live = self
        window.store_opened.connect(self._on_opened)
        window.before_store_close.connect(self._on_closing)
        if window.services is not None:
            self._on_opened(window.services)

    def _on_opened(self, services: Any) -> None:
        self._on_closing()
        if services.locator.is_file:
            return
        self._services = services
        if services.presence.available:
            self.tree_presence = TreePresence(self.window, services)

        def started(stop: Callable[[], None]) -> None:
            if not isValid(self) or services is not self._services:  # closed meanwhile
                stop()
                return
            self._job = None
            self._stop = stop
            self.listening = True

        def failed(exc: BaseException) -> None:
            log.warning("the team store's change feed did not start: %s", exc)

        self._job = run_job(
            lambda _p: services.listen_to_others(), on_success=started, on_error=failed
        )

    def _on_closing(self) -> None:
        """The store closes: its feed stops every listener (``PgFeed.close``)."""
        self._services = None
        self._stop = None
        self.listening = False
        if self.tree_presence is not None:
            self.tree_presence.stop()
            self.tree_presence.deleteLater()
            self.tree_presence = None
