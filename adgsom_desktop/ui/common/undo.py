"""Undo and redo across agenda, position and stance edits (one QUndoStack per open store).

Every command acts through the services, so it works whichever view is shown:
undoing a brief's edit after moving to another item saves the earlier text
back and the editor refreshes from the change notice.  Commands name items by
the id they had when recorded; when putting deleted items back gives them new
ids (SQLite may have reused the old ones), the hub records the mapping and
every command resolves ids through it.

A command is pushed *after* its action succeeded (``push_done``), so a failed
action leaves nothing to undo.  If an undo or redo fails (the item was deleted
in the meantime), the message is shown and the stack is cleared rather than
left pointing at the wrong state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ...services.changes import new_origin
from .errors import show_error

if TYPE_CHECKING:
    from ...services.container import Services

log = logging.getLogger(__name__)


class UndoHub(QObject):
    """The undo stack of one open store, and the id map its commands resolve through."""

    failed = Signal(object)  # the exception of a failed undo/redo

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)
        self._ids: dict[int, int] = {}
        self.parent_widget: QWidget | None = None
        self.busy = False  # True while a command runs (views ignore their own echoes)
        self.last_error: BaseException | None = None  # of the last undo/redo run
        self.origin = new_origin("undo")

    def resolve(self, item_id: int | None) -> int | None:
        seen = 0
        while item_id in self._ids and seen < 100:
            item_id = self._ids[item_id]
            seen += 1
        return item_id

    def rid(self, item_id: int) -> int:
        resolved = self.resolve(item_id)
        assert resolved is not None
        return resolved

    def remap(self, mapping: dict[int, int]) -> None:
        for old, new in mapping.items():
            if old != new:
                self._ids[old] = new

    def push_done(
        self, text: str, redo: Callable[[], Any], undo: Callable[[], Any], merge_key: str = ""
    ) -> None:
        """Record an action that has just been done (its redo is not run again now)."""
        self.stack.push(_Command(self, text, redo, undo, merge_key))

    def push_write(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        merge_key: str = "",
        *,
        prepare_redo: Callable[[], Callable[[], Any]] | None = None,
        prepare_undo: Callable[[], Callable[[], Any]] | None = None,
    ) -> None:
        """Record a write that has just been done, whose undo and redo are writes too (service
        calls, no widgets): they run on the store's operation runner, after the writes
        queued before them, the window painting while it waits.  ``prepare_redo`` /
        ``prepare_undo``, when given, run on the GUI thread first (they may ask, e.g. an
        approver's PIN) and return the write to run instead; raising refuses the step."""
        from .runner import runner_for

        runner = runner_for(self.services)

        def on_runner(
            fn: Callable[[], Any], prepare: Callable[[], Callable[[], Any]] | None
        ) -> Callable[[], Any]:
            def run() -> Any:
                write = prepare() if prepare is not None else fn
                return runner.call(write, origin=self.origin, parent=self.parent_widget)

            return run

        self.push_done(
            text, on_runner(redo, prepare_redo), on_runner(undo, prepare_undo), merge_key
        )

    def run(self, fn: Callable[[], Any]) -> bool:
        self.busy = True
        self.last_error = None
        try:
            fn()
            return True
        except Exception as exc:
            self.last_error = exc
            log.info("undo/redo failed: %s", exc)
            self.failed.emit(exc)
            show_error(self.parent_widget, exc, self.tr("Undo"))
            return False
        finally:
            self.busy = False


class _Command(QUndoCommand):
    def __init__(
        self,
        hub: UndoHub,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        merge_key: str,
    ) -> None:
        super().__init__(text)
        self._hub = hub
        self._redo = redo
        self._undo = undo
        self._first = True
        self._merge_key = merge_key

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if not self._hub.run(self._redo):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._hub.run(self._undo):
            self.setObsolete(True)


_hubs: dict[int, UndoHub] = {}


def hub_for(services: Services) -> UndoHub:
    """The undo hub of an open store (created on first use, dropped by ``release``)."""
    key = id(services)
    hub = _hubs.get(key)
    if hub is None or hub.services is not services:
        hub = UndoHub(services)
        _hubs[key] = hub
    return hub


def release(services: Services | None) -> None:
    if services is None:
        return
    hub = _hubs.pop(id(services), None)
    if hub is not None:
        hub.stack.clear()
        hub.deleteLater()
