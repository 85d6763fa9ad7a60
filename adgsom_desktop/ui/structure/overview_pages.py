"""The Overview tab of events, meetings and items: read-only, with links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...errors import NotFoundError
from ...services.changes import Change, ChangeKind
from ..common import a11y, theme
from . import overview_html

if TYPE_CHECKING:
    from ...services.container import Services


class _HtmlPage(QWidget):
    navigate = Signal(str, int)
    kinds: tuple[ChangeKind, ...] = ()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.record_id: int | None = None
        self._stale = False
        self.browser = QTextBrowser(self)
        a11y.name(self.browser, self.tr("Overview"), self.tr("Links open the record they name"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        theme.watch(self, lambda: self.on_change(None))

    def show_record(self, record_id: int) -> None:
        self.record_id = record_id
        self._stale = False
        self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:  # changed while another tab was in front: draw it now
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        if self.record_id is None:
            return
        try:
            html = self.build_html(self.record_id)
        except NotFoundError:
            html = "<p>This record no longer exists.</p>"
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)

    def build_html(self, record_id: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def on_change(self, change: Change | None) -> None:
        """A change of data (or, with None, of the theme): draw the page again."""
        if change is not None and not change.concerns(*self.kinds):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a page nobody sees is not rebuilt (read) on every change

    def _on_link(self, url: QUrl) -> None:
        parts = url.toString().split(":")
        if len(parts) == 3 and parts[0] == "nav":
            self.navigate.emit(parts[1], int(parts[2]))


class EventOverview(_HtmlPage):
    kinds = (ChangeKind.EVENTS, ChangeKind.MEETINGS, ChangeKind.AGENDA)

    def build_html(self, record_id: int) -> str:
        event = self.services.events.event(record_id)
        return overview_html.event_html(event, self.services.events.meetings(record_id))


class MeetingOverview(_HtmlPage):
    kinds = (ChangeKind.MEETINGS, ChangeKind.AGENDA, ChangeKind.POSITIONS)

    def build_html(self, record_id: int) -> str:
        meeting = self.services.events.meeting(record_id)
        return overview_html.meeting_html(meeting, self.services.agenda.items(record_id))


class ItemOverview(_HtmlPage):
    kinds = (ChangeKind.AGENDA, ChangeKind.POSITIONS, ChangeKind.NOTES)

    def build_html(self, record_id: int) -> str:
        item = self.services.agenda.item(record_id)
        meeting = self.services.events.meeting(item.meeting_id)
        position = self.services.positions.get(record_id)
        notes = self.services.notes.notes(item.meeting_id, item_id=record_id)
        return overview_html.item_html(item, meeting, position, notes)
