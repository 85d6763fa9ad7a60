"""The navigation tree's right-click menu, its plain keys (F2, Delete) and the overview links.

``StructureMenus`` is a part of ``structure_feature.StructureFeature``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ...services.container import Services
    from ..shell.main_window import MainWindow
    from .event_dialog import EventDialog
    from .meeting_dialog import MeetingDialog


class TreeKeys(QObject):
    """Plain keys on the navigation tree (its own key handling would swallow a shortcut)."""

    def __init__(self, keys: dict[Qt.Key, Callable[[], Any]], parent: QObject) -> None:
        super().__init__(parent)
        self._keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            slot = self._keys.get(Qt.Key(event.key()))
            if slot is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                slot()
                return True
        return False


class StructureMenus:
    """The right-click menu on the tree and the links of the overview pages."""

    # Set by StructureFeature.
    window: MainWindow | None
    services: Services | None

    if TYPE_CHECKING:  # from StructureFeature and StructureDeletion

        def new_event(self) -> EventDialog | None: ...

        def edit_event(self, event_id: int) -> EventDialog | None: ...

        def new_meeting(self, event_id: int | None = None) -> MeetingDialog | None: ...

        def edit_meeting(self, meeting_id: int) -> MeetingDialog | None: ...

        def delete_record(self, kind: str, rid: int) -> bool: ...

        def show_tab(self, kind: str, rid: int, name: str | None) -> None: ...

        def _event_of(self, current: tuple[str, int] | None) -> int | None: ...

    def fill_context_menu(self, menu: QMenu, kind: str, rid: int) -> None:
        window, services = self.window, self.services
        if window is None or services is None:
            return
        tr = window.tr

        def add(text: str, name: str, slot: Callable[[], Any]) -> QAction:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False: slot())
            return action

        if kind == "event":
            add(tr("Event details…"), "ctxEditEvent", lambda: self.edit_event(rid))
            add(tr("New meeting in this event…"), "ctxNewMeeting", lambda: self.new_meeting(rid))
            menu.addSeparator()
            add(tr("Delete event…"), "ctxDeleteEvent", lambda: self.delete_record("event", rid))
        elif kind == "meeting":
            add(tr("Meeting details…"), "ctxEditMeeting", lambda: self.edit_meeting(rid))
            add(
                tr("Build the agenda"),
                "ctxAgenda",
                lambda: self.show_tab("meeting", rid, "agendaBuilder"),
            )
            live = window.findChild(QAction, "actLiveMode")
            if live is not None:

                def start_live() -> None:
                    self.show_tab("meeting", rid, None)
                    live.trigger()

                add(tr("Open live mode"), "ctxLive", start_live)
            menu.addSeparator()
            add(
                tr("New meeting in this event…"),
                "ctxNewMeeting",
                lambda: self.new_meeting(self._event_of(("meeting", rid))),
            )
            add(
                tr("Delete meeting…"),
                "ctxDeleteMeeting",
                lambda: self.delete_record("meeting", rid),
            )
        elif kind == "item":
            add(tr("Open"), "ctxOpenItem", lambda: self.show_tab("item", rid, None))
            add(
                tr("Open the position"),
                "ctxOpenPosition",
                lambda: self.show_tab("item", rid, "positionEditor"),
            )
        if kind in ("", "event"):
            if kind:
                menu.addSeparator()
            add(tr("New event…"), "ctxNewEvent", self.new_event)

    def _on_link(self, url: QUrl) -> None:
        parts = url.toString().split(":")
        if len(parts) != 3 or parts[0] != "do" or not parts[2].isdigit():
            return
        action, rid = parts[1], int(parts[2])
        if action == "edit-event":
            self.edit_event(rid)
        elif action == "new-meeting":
            self.new_meeting(rid)
        elif action == "edit-meeting":
            self.edit_meeting(rid)
        elif action == "agenda":
            self.show_tab("meeting", rid, "agendaBuilder")
