"""The store's structure in the GUI: events, meetings and our delegation.

- File > New event… (Ctrl+Shift+N), New meeting… (Ctrl+Shift+M); Edit > Event or
  meeting details…, Delete event or meeting…; View > Our delegation… (Ctrl+Shift+O).
- A right-click menu on the navigation tree (and F2 / Delete there).
- A start page for a store without events, and links on the overview pages
  ("Add a meeting…", "Edit event details…").
- Every create, edit and delete of an event or a meeting, and every removal of a
  member, goes on the store's undo stack (``ui/common/undo.py``): a deletion keeps a
  snapshot of everything it removed and undo puts it back.  Deleting or putting
  back a large meeting runs on a worker (``busy.run_blocking``).

This module is the feature's menus and wiring, the event and meeting dialogs and
navigation; deleting and undo are ``structure_deletion.py``, the right-click menu
and the overview links ``structure_context_menu.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...errors import AppError
from ...services.changes import Change, ChangeKind
from ...services.records import MeetingRec
from ..common.errors import show_error, show_message
from .structure_context_menu import StructureMenus, TreeKeys
from .structure_deletion import StructureDeletion

if TYPE_CHECKING:
    from ...services.container import Services
    from ..people.our_delegation_view import OurDelegationWindow
    from ..shell.main_window import MainWindow
    from .event_dialog import EventDialog
    from .meeting_dialog import MeetingDialog, MeetingValues
    from .start_page import StartPage


class StructureFeature(StructureDeletion, StructureMenus):
    """Menus, actions and wiring; the dialogs of events and meetings; navigation.

    Deleting and the undo steps are ``structure_deletion.StructureDeletion``; the
    tree's right-click menu and the overview links ``structure_context_menu``.
    """

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self.our_window: OurDelegationWindow | None = None
        self.dialog: EventDialog | MeetingDialog | None = None  # the one open (tests use it)
        self._ids: dict[tuple[str, int], int] = {}  # (kind, old id) -> id after a put-back
        self._pending: tuple[str, int] | None = None  # to select once the tree shows it
        self._pending_tries = 0

    # -- installation -----------------------------------------------------------------------
    def install(self, window: MainWindow) -> None:
        self.window = window
        tr = window.tr
        self.act_new_event = self._action(
            tr("New &event…"), "Ctrl+Shift+N", "actNewEvent", self.new_event
        )
        self.act_new_meeting = self._action(
            tr("New &meeting…"), "Ctrl+Shift+M", "actNewMeeting", lambda: self.new_meeting()
        )
        self.act_edit = self._action(
            tr("Event or meeting &details…"), None, "actEditRecord", self.edit_current
        )
        self.act_delete = self._action(
            tr("&Delete event or meeting…"), None, "actDeleteRecord", self.delete_current
        )
        self.act_ours = self._action(
            tr("Our &delegation…"), "Ctrl+Shift+O", "actOurDelegation", self.show_our_delegation
        )
        file_menu = window.menu("file")
        actions = file_menu.actions()
        at = actions.index(window.act_close) + 1 if window.act_close in actions else len(actions)
        separator = QAction(window)
        separator.setSeparator(True)
        group = [separator, self.act_new_event, self.act_new_meeting]
        if at < len(actions):
            file_menu.insertActions(actions[at], group)
        else:
            file_menu.addActions(group)
        edit_menu = window.menu("edit")
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_edit)
        edit_menu.addAction(self.act_delete)
        view_menu = window.menu("view")
        counterparts = next(
            (a for a in view_menu.actions() if a.objectName() == "actCounterparts"), None
        )
        if counterparts is not None:
            view_menu.insertAction(counterparts, self.act_ours)
        else:
            view_menu.addAction(self.act_ours)
        for a in (self.act_new_event, self.act_new_meeting, self.act_ours):
            window.add_store_action(a)

        self._start: StartPage | None = None  # built when a store without events opens

        nav = window.nav
        nav.context_menu_requested.connect(self.fill_context_menu)
        nav.model.modelReset.connect(lambda: QTimer.singleShot(0, self._after_tree))
        nav.selected.connect(lambda _k, _i: self._update_actions())
        # F2 edits and Delete deletes the selected event or meeting (keys of the tree only:
        # the agenda builder and the notes table have their own Delete).
        self._keys = TreeKeys(
            {Qt.Key.Key_Delete: self.delete_current, Qt.Key.Key_F2: self.edit_current},
            nav.tree,
        )
        nav.tree.installEventFilter(self._keys)
        window.store_opened.connect(self._on_opened)
        window.detail.built.connect(self._on_built)
        window.store_closed.connect(self._on_closed)
        window.changed.connect(self._on_change)
        self._update_actions()

    def _action(self, text: str, key: str | None, name: str, slot: Callable[[], Any]) -> QAction:
        assert self.window is not None
        action = QAction(text, self.window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    # -- store lifecycle --------------------------------------------------------------------
    def _on_built(self, kind: str, tabs: Any) -> None:
        """The overview pages of events and meetings (built on first show) link to actions."""
        if kind in ("event", "meeting"):
            browser = getattr(tabs.widget(0), "browser", None)
            if browser is not None:
                browser.anchorClicked.connect(self._on_link)

    def _on_opened(self, services: Services) -> None:
        window = self.window
        assert window is not None
        self.services = services
        self._ids.clear()
        self._pending = None
        self._update_start()
        self._update_actions()

    def _on_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        if self.our_window is not None:
            assert self.window is not None
            self.window.changed.disconnect(self.our_window.on_change)
            self.window.flush_requested.disconnect(self.our_window.flush)
            self.our_window.close()
            self.our_window.deleteLater()
            self.our_window = None
        self.services = None
        self._ids.clear()
        self._pending = None
        self._update_actions()

    def _on_change(self, change: Change) -> None:
        if change.concerns(ChangeKind.SETTINGS, ChangeKind.PEOPLE, ChangeKind.DELEGATIONS):
            self._update_start()
        if change.concerns(ChangeKind.EVENTS, ChangeKind.MEETINGS):
            self._update_actions()

    # -- what is selected -------------------------------------------------------------------
    def current(self) -> tuple[str, int] | None:
        if self.window is None or self.services is None:
            return None
        if self._start is not None and self.window.detail.currentWidget() is self._start:
            return None
        return self.window.detail.current()

    def _update_actions(self) -> None:
        current = self.current()
        kind = current[0] if current else ""
        assert self.window is not None
        tr = self.window.tr
        self.act_edit.setEnabled(kind in ("event", "meeting"))
        self.act_delete.setEnabled(kind in ("event", "meeting"))
        self.act_edit.setText(
            tr("Meeting &details…")
            if kind == "meeting"
            else tr("Event &details…")
            if kind == "event"
            else tr("Event or meeting &details…")
        )
        self.act_delete.setText(
            tr("&Delete meeting…")
            if kind == "meeting"
            else tr("&Delete event…")
            if kind == "event"
            else tr("&Delete event or meeting…")
        )

    def _event_of(self, current: tuple[str, int] | None) -> int | None:
        """The event of the selected record, else the newest event."""
        services = self.services
        assert services is not None
        try:
            if current is not None:
                kind, rid = current
                if kind == "event":
                    return rid
                if kind == "meeting":
                    return services.events.meeting(rid).event_id
                if kind == "item":
                    return services.events.meeting(services.agenda.item(rid).meeting_id).event_id
        except AppError:
            pass
        events = services.events.events()
        return events[0].id if events else None

    # -- events -----------------------------------------------------------------------------
    def new_event(self) -> EventDialog | None:
        return self._event_dialog(None)

    def edit_event(self, event_id: int) -> EventDialog | None:
        return self._event_dialog(event_id)

    def _event_dialog(self, event_id: int | None) -> EventDialog | None:
        from .event_dialog import EventDialog, EventValues

        window, services = self.window, self.services
        if window is None or services is None:
            return None
        try:
            before = EventValues.of(services.events.event(event_id)) if event_id else None
        except AppError as exc:
            show_error(window, exc)
            return None
        dialog = EventDialog(
            before or EventValues(),
            services.delegations.delegations(),
            window,
            new=event_id is None,
        )
        dialog.save = lambda v: self._save("event", event_id, before, v)
        return self._open(dialog)

    def _save(self, kind: str, rid: int | None, before: Any, v: Any) -> None:
        """Save an event or a meeting from its dialog, and put the change on the undo stack."""
        services = self.services
        assert services is not None and self.window is not None
        tr = self.window.tr
        events = services.events

        def save(values: Any, rid: int | None) -> Any:
            if kind == "event":
                return events.put_event(values, rid)
            return events.put_meeting(values.meeting(), rid)

        if kind == "event":
            texts = (tr("New event “%s”"), tr("Edit event “%s”"))
        else:
            texts = (tr("New meeting “%s”"), tr("Edit meeting “%s”"))
        rec = save(v, self._rid(kind, rid) if rid else None)
        label = rec.label if isinstance(rec, MeetingRec) else rec.title
        programme = getattr(v, "programme", None)  # a meeting's, edited with its details
        if programme is not None and programme != getattr(before, "programme", ()):
            services.programme.set_entries(rec.id, programme)
        if before is None:
            self._push_created(kind, rec.id, texts[0] % label)
        else:

            def put(values: Any) -> Callable[[], Any]:
                def apply() -> Any:
                    saved = save(values, self._rid(kind, rec.id))
                    entries = getattr(values, "programme", None)
                    if entries is not None:
                        services.programme.set_entries(saved.id, entries)
                    return saved

                return apply

            self._push(texts[1] % label, put(v), put(before))
        self.go(kind, rec.id)

    # -- meetings ---------------------------------------------------------------------------
    def new_meeting(self, event_id: int | None = None) -> MeetingDialog | None:
        from .meeting_dialog import MeetingValues

        window, services = self.window, self.services
        if window is None or services is None:
            return None
        event_id = event_id or self._event_of(self.current())
        if event_id is None:
            show_message(
                window,
                window.tr(
                    "A meeting belongs to an event: create the event first "
                    "(File > New event…, Ctrl+Shift+N)."
                ),
                window.tr("New meeting"),
            )
            return None
        event = services.events.event(event_id)
        dated = [m.date for m in services.events.meetings(event_id) if m.date]
        day = max(dated) if dated else event.start_date
        return self._meeting_dialog(MeetingValues(event_id=event_id, date=day), None)

    def edit_meeting(self, meeting_id: int) -> MeetingDialog | None:
        from .meeting_dialog import MeetingValues

        services = self.services
        if services is None or self.window is None:
            return None
        try:
            entries = tuple(e.values for e in services.programme.entries(meeting_id))
            initial = MeetingValues.of(services.events.meeting(meeting_id), entries)
        except AppError as exc:
            show_error(self.window, exc)
            return None
        return self._meeting_dialog(initial, meeting_id)

    def _meeting_dialog(self, initial: MeetingValues, meeting_id: int | None) -> MeetingDialog:
        from .meeting_dialog import MeetingDialog

        services = self.services
        assert services is not None and self.window is not None
        dialog = MeetingDialog(
            initial,
            services.events.events(),
            services.delegations.delegations(),
            services.events.meetings(),
            self.window,
            meeting_id=meeting_id,
        )
        before = initial if meeting_id is not None else None
        dialog.save = lambda v: self._save("meeting", meeting_id, before, v)
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- editing or deleting the selected record ---------------------------------------------
    def edit_current(self) -> None:
        self.edit_record(*(self.current() or ("", 0)))

    def edit_record(self, kind: str, rid: int) -> None:
        if kind == "event":
            self.edit_event(rid)
        elif kind == "meeting":
            self.edit_meeting(rid)

    def delete_current(self) -> None:
        current = self.current()
        if current is not None and current[0] in ("event", "meeting"):
            self.delete_record(*current)

    # -- our delegation ---------------------------------------------------------------------
    def show_our_delegation(self) -> OurDelegationWindow | None:
        window, services = self.window, self.services
        if window is None or services is None:
            return None
        if self.our_window is None:
            from ..people.our_delegation_view import OurDelegationWindow

            self.our_window = OurDelegationWindow(services, window)
            self.our_window.member_removed.connect(self._member_removed)
            window.changed.connect(self.our_window.on_change)
            window.flush_requested.connect(self.our_window.flush)  # before undo, lock, quit
        self.our_window.show()
        self.our_window.raise_()
        self.our_window.activateWindow()
        return self.our_window

    # -- navigation --------------------------------------------------------------------------
    def go(self, kind: str, rid: int) -> None:
        """Show a record now and select it in the tree (now, or once the tree has it)."""
        window = self.window
        assert window is not None
        window.detail.show_record(kind, rid)
        if window.nav.select(kind, rid, emit=False):
            self._pending = None
        else:
            self._pending, self._pending_tries = (kind, rid), 0
        self._update_actions()

    def show_tab(self, kind: str, rid: int, name: str | None) -> None:
        window = self.window
        assert window is not None
        if not window.nav.select(kind, rid) or window.detail.current() != (kind, rid):
            window.detail.show_record(kind, rid)
        tabs = window.detail.tabs(kind)
        if tabs is None:
            return
        view = tabs.findChild(QWidget, name) if name else None
        if view is not None:
            tabs.setCurrentWidget(view)
        else:
            tabs.setCurrentIndex(0)

    @property
    def start(self) -> StartPage:
        """The start page of a store without events (built on first use)."""
        if self._start is None:
            from .start_page import StartPage

            assert self.window is not None
            self._start = StartPage(self.window.detail)
            self.window.detail.add_page(self._start)
            self._start.new_event.connect(self.new_event)
            self._start.our_delegation.connect(self.show_our_delegation)
        return self._start

    def show_start(self) -> None:
        assert self.window is not None
        page = self.start  # built first, then filled: never "not set yet" beside the status bar
        self._update_start()
        self.window.detail.setCurrentWidget(page)
        self._update_actions()

    def _after_tree(self) -> None:
        window = self.window
        if window is None or self.services is None:
            return
        if self._pending is not None:
            if window.nav.select(*self._pending, emit=False):
                self._pending = None
            else:
                self._pending_tries += 1
                if self._pending_tries > 3:
                    self._pending = None
        if window.nav.model.rowCount() == 0:
            self.show_start()
        elif window.detail.currentWidget() in (self._start, window.detail.placeholder):
            window.nav.tree.setCurrentIndex(window.nav.tree.model().index(0, 0))

    def _update_start(self) -> None:
        services = self.services
        if services is None:
            return
        from ...errors import StoreCorruptError

        try:
            ours = services.delegations.our_delegation()
            members = services.delegations.our_members() if ours else []
        except StoreCorruptError:
            return  # a damaged page: the store is now read-only and the damage feature says so
        heads = [p.full_name for p in members if p.role.value == "head"]
        if self._start is not None:
            self._start.set_state(ours, heads, len(members))
