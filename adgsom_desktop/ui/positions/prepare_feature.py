"""The window-level parts of "Prepare positions": Edit > Undo / Redo, View > Counterparts.

Undo spans the agenda builder, the position editor and the stance map of the
open store.  Pending typing is saved first, so Ctrl+Z undoes it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from ...i18n.printing import QT_TRANSLATE_NOOP
from ..common import undo
from ..shell.detail_tabs import DetailTab

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


class PrepareFeature:
    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.hub: undo.UndoHub | None = None
        self.counterparts: Any = None

    def install(self, window: MainWindow) -> None:
        self.window = window
        edit = window.menu("edit")
        self.act_undo = QAction(window.tr("&Undo"), window)
        self.act_undo.setObjectName("actUndo")
        self.act_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.act_undo.triggered.connect(self.undo)
        self.act_redo = QAction(window.tr("&Redo"), window)
        self.act_redo.setObjectName("actRedo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.triggered.connect(self.redo)
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        window.addAction(self.act_undo)
        window.addAction(self.act_redo)
        view = window.menu("view")
        view.addSeparator()
        self.act_counterparts = QAction(window.tr("&Counterparts…"), window)
        self.act_counterparts.setObjectName("actCounterparts")
        self.act_counterparts.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.act_counterparts.triggered.connect(self.show_counterparts)
        view.addAction(self.act_counterparts)
        window.add_store_action(self.act_counterparts)
        window.store_opened.connect(self._on_opened)
        window.store_closed.connect(self._on_closed)
        self._update()

    def _on_opened(self, services: Any) -> None:
        self.hub = undo.hub_for(services)
        self.hub.parent_widget = self.window
        self.hub.stack.indexChanged.connect(self._update)
        self.hub.stack.cleanChanged.connect(self._update)
        self._update()

    def _on_closed(self) -> None:
        if self.hub is not None:
            undo.release(self.hub.services)
        self.hub = None
        if self.counterparts is not None:
            self.counterparts.dispose()  # unsaved edits: the window asked before closing
            self.counterparts = None
        self._update()

    def _update(self, *_args: object) -> None:
        stack = self.hub.stack if self.hub is not None else None
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.act_undo.setEnabled(can_undo)
        self.act_redo.setEnabled(can_redo)
        assert self.window is not None
        self.act_undo.setText(
            self.window.tr("&Undo %s") % stack.undoText()
            if can_undo and stack
            else self.window.tr("&Undo")
        )
        self.act_redo.setText(
            self.window.tr("&Redo %s") % stack.redoText()
            if can_redo and stack
            else self.window.tr("&Redo")
        )

    def undo(self) -> None:
        if self.hub is None or self.window is None:
            return
        self.window.settle_writes()  # typing not yet saved becomes the step to undo
        self._step(self.hub.stack.undoText(), self.hub.stack.undo, self.window.tr("Undone: %s"))

    def redo(self) -> None:
        if self.hub is None or self.window is None:
            return
        self.window.settle_writes()
        self._step(self.hub.stack.redoText(), self.hub.stack.redo, self.window.tr("Redone: %s"))

    def _step(self, text: str, run: Any, said: str) -> None:
        """Undo or redo, and say in the status bar what it was (it may be on another tab)."""
        assert self.hub is not None and self.window is not None
        index = self.hub.stack.index()
        self.hub.last_error = None
        run()
        self._update()
        hub = self.hub
        if text and hub is not None and hub.last_error is None and hub.stack.index() != index:
            self.window.statusBar().showMessage(said % text, 10_000)

    def show_counterparts(self) -> None:
        if self.window is None or self.window.services is None:
            return
        from ..people.counterparts_view import CounterpartsWindow

        if self.counterparts is None:
            self.counterparts = CounterpartsWindow(self.window.services, self.window)
            self.window.changed.connect(self.counterparts.on_change)
            self.window.flush_requested.connect(self.counterparts.flush)
        self.counterparts.show()
        self.counterparts.raise_()
        self.counterparts.activateWindow()


def prepare_tabs() -> list[DetailTab]:
    """Prepare positions (#3): agenda builder and stance map per meeting, brief per item.

    The views are imported when a store opens, not before the first paint.
    """

    def agenda(services: Any, parent: Any) -> Any:
        from ..agenda.agenda_builder import AgendaBuilder

        return AgendaBuilder(services, parent)

    def stances(services: Any, parent: Any) -> Any:
        from .stance_map import StanceMapView

        return StanceMapView(services, parent)

    def position(services: Any, parent: Any) -> Any:
        from .position_editor import PositionEditor

        return PositionEditor(services, parent)

    return [
        DetailTab(
            "meeting",
            QT_TRANSLATE_NOOP("DetailTab", "Agenda"),
            agenda,
            order=10,
            name="agendaBuilder",
        ),
        DetailTab(
            "meeting",
            QT_TRANSLATE_NOOP("DetailTab", "Stance map"),
            stances,
            order=30,
            name="stanceMap",
        ),
        DetailTab(
            "item",
            QT_TRANSLATE_NOOP("DetailTab", "Position"),
            position,
            order=10,
            name="positionEditor",
        ),
    ]
