"""View > The week at a glance: the event's meetings by day and hour, the programme
entries around them, our members at each; overlapping meetings named below the grid.
Click a meeting to choose it, double-click (or Open) to go to it in the main window,
"Our members…" (or right-click) to say who goes.  The week is read on a worker; the
store's change notices read it again when they concern it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ...services.changes import Change, ChangeKind
from ...services.week_records import Week
from ..common import a11y, theme
from ..common.errors import show_error
from ..common.workers import run_job
from .members_dialog import MembersDialog
from .week_grid import WeekGrid

if TYPE_CHECKING:
    from ...services.container import Services


class WeekWindow(QWidget):
    loaded = Signal()  # the week is shown (tests)
    open_meeting = Signal(int)  # go to the meeting in the main window

    def __init__(
        self, services: Services, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("The week at a glance"))
        self.services = services
        self.week: Week | None = None
        self._job: Any = None

        self.events = QComboBox(self)
        self.events.setObjectName("weekEvent")
        self.events.setMinimumContentsLength(30)
        self.members_button = QPushButton(self.tr("Our &members…"), self)
        self.members_button.setObjectName("weekMembers")
        self.members_button.clicked.connect(lambda: self.edit_members())
        self.open_button = QPushButton(self.tr("&Open the meeting"), self)
        self.open_button.setObjectName("weekOpen")
        self.open_button.clicked.connect(self._open_current)
        self.grid = WeekGrid(self)
        self.grid.chosen.connect(lambda _id: self._enable())
        self.grid.opened.connect(self.open_meeting)
        self.grid.menu_asked.connect(self._menu)
        scroll = QScrollArea(self)
        a11y.no_tab_stop(scroll)  # Tab goes through its fields
        scroll.setObjectName("weekScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        self.notes = QLabel(self)
        self.notes.setObjectName("weekNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Event:"), self))
        bar.addWidget(self.events, 1)
        bar.addWidget(self.members_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notes)
        self._fill_events(event_id)
        self.events.currentIndexChanged.connect(lambda _n: self.reload())
        self._enable()
        self.reload()

    # -- reading ------------------------------------------------------------------------
    def _fill_events(self, chosen: int | None) -> None:
        self.events.blockSignals(True)
        current = chosen if chosen is not None else self.event_id()
        self.events.clear()
        for e in self.services.events.events():
            self.events.addItem(e.short_title or e.title, e.id)
        n = self.events.findData(current) if current is not None else -1
        self.events.setCurrentIndex(n if n >= 0 else self.events.count() - 1)
        self.events.blockSignals(False)

    def event_id(self) -> int | None:
        data = self.events.currentData()
        return None if data is None else int(data)

    def reload(self) -> None:
        event_id = self.event_id()
        if event_id is None:
            self._show(None)
            return
        week = self.services.week
        if self._job is not None:
            self._job.cancel()
        self._job = run_job(
            lambda _p: week.week(event_id), on_success=self._show, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        if isinstance(exc, AppError):
            self.notes.setText(str(exc))
        else:
            show_error(self, exc)

    def _show(self, week: Week | None) -> None:
        self._job = None
        self.week = week
        self.grid.show_week(week)
        lines = []
        if week is None:
            lines.append(self.tr("No event yet: create one with File > New event."))
        elif week.empty:
            lines.append(self.tr("This event has no meetings with a day yet."))
        if week is not None:
            for o in week.overlaps:
                lines.append(theme.current().span("warning", f"⚠ {o.message}"))
            if week.undated:
                lines.append(self.tr("No day yet: %s.") % ", ".join(week.undated))
            if any(not b.time_given for d in week.days for b in d.meetings):
                lines.append(
                    self.tr(
                        "Paler blocks take their hours from the meeting's agenda and programme."
                    )
                )
        self.notes.setText("<br>".join(lines))
        self._enable()
        self.loaded.emit()

    def on_change(self, change: Change) -> None:
        if change.concerns(ChangeKind.EVENTS):
            self._fill_events(None)
        if change.concerns(
            ChangeKind.EVENTS,
            ChangeKind.MEETINGS,
            ChangeKind.PROGRAMME,
            ChangeKind.AGENDA,
            ChangeKind.PEOPLE,
        ):
            self.reload()

    # -- acting -------------------------------------------------------------------------
    def _enable(self) -> None:
        chosen = self.grid.current is not None
        self.members_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def _open_current(self) -> None:
        if self.grid.current is not None:
            self.open_meeting.emit(self.grid.current)

    def _menu(self, meeting_id: int, at: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open the meeting"), lambda: self.open_meeting.emit(meeting_id))
        menu.addAction(self.tr("Our members…"), lambda: self.edit_members(meeting_id))
        menu.popup(at)

    def members_dialog(self, meeting_id: int) -> MembersDialog:
        meeting = self.services.events.meeting(meeting_id)
        chosen = [m.id for m in self.services.week.members(meeting_id)]
        return MembersDialog(meeting.label, self.services.delegations.our_members(), chosen, self)

    def edit_members(self, meeting_id: int | None = None, dialog: Any = None) -> bool:
        """Ask who goes; a refusal (someone at two meetings at once) is shown in the
        dialog, which stays open; returns whether something was saved."""
        meeting_id = meeting_id if meeting_id is not None else self.grid.current
        if meeting_id is None:
            return False
        dlg = dialog or self.members_dialog(meeting_id)
        while dlg.exec():
            try:
                self.services.week.set_members(meeting_id, dlg.values())
            except AppError as exc:
                dlg.show_refusal(str(exc))
                continue
            return True
        return False
