"""The room on the main window: search everywhere (Ctrl+K / Ctrl+F), live mode
(Ctrl+Shift+L), the action items dock (Ctrl+Shift+A), and opening a search hit
in place (the navigation selects its meeting or item and the right tab shows it).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from ...errors import AppError
from ...i18n.printing import QT_TRANSLATE_NOOP
from ..common.errors import show_error, show_message
from ..shell.detail_tabs import DetailTab

if TYPE_CHECKING:
    from ..search.search_popup import SearchDialog
    from ..shell.main_window import MainWindow
    from .actions_view import ActionsView
    from .live_mode import LiveWindow

# The views, live mode, the search dialog and their records are imported when first
# used (a store opens, a tab is shown, a shortcut is pressed), not before the window's
# first paint.

NOTES_TAB = "meetingNotes"
MEETING_ACTIONS_TAB = "meetingActions"
OUTCOMES_TAB = "itemOutcomes"


def room_tabs() -> list[DetailTab]:
    """The room's views in the detail area (listed by ``app.detail_tabs``)."""

    def notes(services: Any, parent: Any) -> Any:
        from .notes_view import NotesView

        return NotesView(services, parent)

    def actions(services: Any, parent: Any) -> Any:
        from .actions_view import ActionsView

        return ActionsView(services, parent, scoped=True)

    def outcomes(services: Any, parent: Any) -> Any:
        from .outcomes_view import OutcomesView

        return OutcomesView(services, parent)

    return [
        DetailTab(
            "meeting", QT_TRANSLATE_NOOP("DetailTab", "Notes"), notes, order=20, name=NOTES_TAB
        ),
        DetailTab(
            "meeting",
            QT_TRANSLATE_NOOP("DetailTab", "Action items"),
            actions,
            order=30,
            name=MEETING_ACTIONS_TAB,
        ),
        DetailTab(
            "item",
            QT_TRANSLATE_NOOP("DetailTab", "Outcomes"),
            outcomes,
            order=40,
            name=OUTCOMES_TAB,
        ),
    ]


class RoomFeature:
    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.search: SearchDialog | None = None
        self.live: LiveWindow | None = None
        self.dock: QDockWidget | None = None
        self.actions_view: ActionsView | None = None

    # -- installation -----------------------------------------------------------------
    def install(self, window: MainWindow) -> None:
        self.window = window
        self.act_search = self._action(
            window,
            window.tr("&Search everywhere…"),
            ["Ctrl+K", "Ctrl+F"],
            "actSearch",
            self.open_search,
        )
        window.menu("edit").addAction(self.act_search)
        self.act_live = self._action(
            window,
            window.tr("&Live mode for this meeting"),
            ["Ctrl+Shift+L"],
            "actLiveMode",
            self.start_live,
        )
        window.menu("tools").addAction(self.act_live)
        self.act_actions = self._action(
            window,
            window.tr("&Action items"),
            ["Ctrl+Shift+A"],
            "actActionItems",
            self.toggle_actions,
        )
        window.menu("view").addAction(self.act_actions)
        for a in (self.act_search, self.act_live, self.act_actions):
            window.add_store_action(a)
        window.store_opened.connect(self._on_opened)
        window.detail.built.connect(self._on_built)
        window.store_closed.connect(self._on_closed)
        # A note typed in live mode is saved before the store can go away (quit,
        # another store replacing this one, closing the store).
        window.flush_requested.connect(self._flush)
        window.changed.connect(self._on_change)

    @staticmethod
    def _action(window: Any, text: str, keys: list[str], name: str, slot: Any) -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    # -- store lifecycle ----------------------------------------------------------------
    def _on_built(self, _kind: str, tabs: Any) -> None:
        """A kind's views were built (on first show): the Notes tab starts live mode here."""
        module = sys.modules.get(f"{__package__}.notes_view")
        if module is None:  # no Notes tab built yet (building one imports it): not loaded
            return
        notes_view_class = module.NotesView
        for i in range(tabs.count()):
            view = tabs.widget(i)
            if isinstance(view, notes_view_class):
                view.live_requested.connect(self.start_live_at)

    def _on_opened(self, _services: Any) -> None:
        window = self.window
        assert window is not None
        if self.dock is None:
            self.dock = QDockWidget(window.tr("Action items"), window)
            self.dock.setObjectName("actionItemsDock")
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            self.dock.hide()
            self.dock.visibilityChanged.connect(self._dock_visible)
        # The dock's view is built when the dock is first shown, however (its action, a
        # search hit, the window's dock menu): a store shown at idle does not load it (#13).
        self.actions_view = None
        if self.dock.isVisible():
            self._actions()

    def _dock_visible(self, visible: bool) -> None:
        if visible:
            self._actions()

    def _actions(self) -> ActionsView | None:
        """The dock's view of the open store's action items, built (and filled) once."""
        window = self.window
        if self.actions_view is None and self.dock is not None and window is not None:
            if window.services is None:
                return None
            from .actions_view import ActionsView

            view = ActionsView(window.services, self.dock)
            view.setObjectName("allActions")
            old = self.dock.widget()
            self.dock.setWidget(view)
            if old is not None:
                old.deleteLater()
            self.actions_view = view
            view.show_record(0)
        return self.actions_view

    def _on_closed(self) -> None:
        if self.live is not None:
            self.live.dispose()  # a note it could not save: the main window asked already
            self.live = None
        if self.search is not None:
            self.search.cancel_jobs()
            self.search.hide()
            self.search.deleteLater()
            self.search = None
        if self.dock is not None:
            old = self.dock.widget()
            self.dock.setWidget(QWidget(self.dock))
            if old is not None:
                old.deleteLater()
            self.dock.hide()
        self.actions_view = None

    def _flush(self) -> None:
        if self.live is not None:
            self.live.flush()

    def _on_change(self, change: Any) -> None:
        if self.live is not None:
            self.live.on_change(change)
        if self.actions_view is not None and self.dock is not None and self.dock.isVisible():
            self.actions_view.on_change(change)

    # -- search -------------------------------------------------------------------------
    def open_search(self) -> None:
        window = self.window
        if window is None or window.services is None:
            return
        if self.search is None:
            from ..search.search_popup import SearchDialog

            self.search = SearchDialog(window.services, window)
            self.search.open_hit.connect(self.open_hit)
        self.search.start()

    def open_hit(self, hit: Any) -> None:
        """Show a search hit where it lives."""
        window = self.window
        if window is None or window.services is None:
            return
        try:
            self._open_hit(window, hit)
        except AppError as exc:
            show_error(window, exc)

    def _open_hit(self, window: Any, hit: Any, forward: bool = True) -> None:
        if forward:
            window.raise_()
            window.activateWindow()
        if hit.kind == "note" and hit.meeting_id is not None:
            view = self._show_tab(window, "meeting", hit.meeting_id, NOTES_TAB)
            if view is not None and not view.select_note(hit.ref_id):
                show_message(window, window.tr("This note is no longer in the store."))
        elif hit.kind == "outcome" and hit.item_id is not None:
            view = self._show_tab(window, "item", hit.item_id, OUTCOMES_TAB)
            if view is not None:
                view.select_outcome(hit.ref_id)
        elif hit.kind in ("item", "position") and hit.item_id is not None:
            self._show(window, "item", hit.item_id)
        elif hit.kind == "meeting":
            self._show(window, "meeting", hit.ref_id)
        elif hit.kind == "event":
            self._show(window, "event", hit.ref_id)
        elif hit.kind == "action":
            self.show_actions()
            if self.actions_view is not None:
                self.actions_view.select_action(hit.ref_id)
                self.actions_view.table.setFocus()
        elif hit.kind == "person":
            from .room_dialogs import PersonCard

            card = PersonCard(window.services.delegations.person(hit.ref_id), window)
            card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            card.show()

    @staticmethod
    def _show(window: Any, kind: str, record_id: int) -> None:
        if not window.nav.select(kind, record_id):
            window.detail.show_record(kind, record_id)
        tabs = window.detail.tabs(kind)
        if tabs is not None:
            tabs.setCurrentIndex(0)

    def _show_tab(self, window: Any, kind: str, record_id: int, tab_name: str) -> Any:
        if not window.nav.select(kind, record_id) or window.detail.current() != (kind, record_id):
            window.detail.show_record(kind, record_id)
        tabs = window.detail.tabs(kind)
        if tabs is None:
            return None
        view = tabs.findChild(QWidget, tab_name)
        if view is None:
            return None
        tabs.setCurrentWidget(view)
        return view

    # -- live mode and the actions dock --------------------------------------------------
    def start_live(self) -> None:
        window = self.window
        if window is None or window.services is None:
            return
        current = window.detail.current()
        if current is None or current[0] not in ("meeting", "item"):
            show_message(
                window,
                window.tr(
                    "Select a meeting or one of its agenda items first, then start live mode."
                ),
                window.tr("Live mode"),
            )
            return
        kind, record_id = current
        if kind == "item":
            item = window.services.agenda.item(record_id)
            self.start_live_at(item.meeting_id, item.id)
        else:
            self.start_live_at(record_id, None)

    def start_live_at(self, meeting_id: int, item_id: int | None) -> None:
        window = self.window
        if window is None or window.services is None:
            return
        if self.live is not None:
            if self.live.meeting.id == meeting_id:
                self.live.showNormal()
                self.live.raise_()
                self.live.activateWindow()
                return
            if not self.live.close():  # it holds a note it could not save, and stays
                return
        from .live_mode import LiveWindow

        try:
            live = LiveWindow(window.services, meeting_id, item_id, window)
        except AppError as exc:
            show_error(window, exc)
            return
        live.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Search from live mode opens its hits there; others show here, not brought forward.
        live.searching.open_elsewhere = lambda hit: self._open_hit(window, hit, forward=False)
        live.closed.connect(lambda w=live: self._live_closed(w))
        self.live = live
        live.show()
        live.raise_()
        live.activateWindow()

    def _live_closed(self, live: LiveWindow) -> None:
        if self.live is live:
            self.live = None

    def show_actions(self) -> None:
        if self.dock is None or (window := self.window) is None or window.services is None:
            return
        built = self.actions_view is not None
        self.dock.show()
        self.dock.raise_()
        view = self._actions()
        if built and view is not None:
            view.show_record(0)  # (a view built just now was filled as it was built)

    def toggle_actions(self) -> None:
        if self.dock is not None and self.dock.isVisible():
            self.dock.hide()
        else:
            self.show_actions()
