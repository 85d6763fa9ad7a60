"""The week at a glance in the main window: View > The week at a glance (Ctrl+Shift+E),
opened on the event of what is selected on the left; a meeting opened in the week is
selected in the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from ...errors import AppError

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


class WeekFeature:
    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.week: Any = None

    def install(self, window: MainWindow) -> None:
        self.window = window
        self.act_week = QAction(window.tr("The &week at a glance…"), window)
        self.act_week.setObjectName("actWeek")
        self.act_week.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.act_week.triggered.connect(self.show_week)
        window.menu("view").addAction(self.act_week)
        window.add_store_action(self.act_week)
        window.store_closed.connect(self._on_closed)

    def current_event(self) -> int | None:
        """The event of the record selected on the left (None: the newest event)."""
        if self.window is None or self.window.services is None:
            return None
        services = self.window.services
        key = self.window.nav.current_key()
        try:
            if key is None:
                return None
            kind, record_id = key
            if kind == "event":
                return record_id
            if kind == "meeting":
                return services.events.meeting(record_id).event_id
            if kind == "item":
                meeting_id = services.agenda.item(record_id).meeting_id
                return services.events.meeting(meeting_id).event_id
        except AppError:
            return None
        return None

    def show_week(self) -> None:
        if self.window is None or self.window.services is None:
            return
        from .week_window import WeekWindow

        event_id = self.current_event()
        if self.week is None:
            self.week = WeekWindow(self.window.services, event_id, self.window)
            self.window.changed.connect(self.week.on_change)
            self.week.open_meeting.connect(self._open_meeting)
            self.week.resize(1093, 614)
        elif event_id is not None:
            n = self.week.events.findData(event_id)
            if n >= 0:
                self.week.events.setCurrentIndex(n)
        self.week.show()
        self.week.raise_()
        self.week.activateWindow()

    def _open_meeting(self, meeting_id: int) -> None:
        if self.window is not None:
            self.window.nav.select("meeting", meeting_id)
            self.window.raise_()
            self.window.activateWindow()

    def _on_closed(self) -> None:
        if self.week is not None:
            self.week.close()
            self.week.deleteLater()
            self.week = None
