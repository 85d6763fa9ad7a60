"""The right-hand area: a welcome page, or tabs for the selected event, meeting or item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from ...services.changes import Change
from .detail_tabs import ChangeAware, DetailTab, Flushable

if TYPE_CHECKING:
    from ...services.container import Services


def overviews() -> dict[str, Any]:
    """The Overview page of each kind (imported when a store opens, not before first paint)."""
    from ..structure.overview_pages import EventOverview, ItemOverview, MeetingOverview

    return {"event": EventOverview, "meeting": MeetingOverview, "item": ItemOverview}


class DetailArea(QStackedWidget):
    navigate = Signal(str, int)
    built = Signal(str, object)  # kind, QTabWidget: a kind's views exist now (features wire)

    def __init__(self, welcome: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = welcome
        self.addWidget(welcome)
        self.placeholder = QLabel(self.tr("Select a meeting or an agenda item on the left."), self)
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)
        self._tabs: dict[str, QTabWidget] = {}
        self._pending: dict[QWidget, int] = {}  # views not yet shown the current record
        self._current: tuple[str, int] | None = None
        self._services: Services | None = None
        self._extra: list[DetailTab] = []

    # -- store lifecycle ------------------------------------------------------------
    def attach(self, services: Services, extra_tabs: list[DetailTab]) -> None:
        """A store opened: the views of a kind (event, meeting, item) are built when the
        first record of that kind is shown, not all nine of them before anything is."""
        self.detach()
        self._services = services
        self._extra = list(extra_tabs)
        self.setCurrentWidget(self.placeholder)

    def _build(self, kind: str) -> QTabWidget | None:
        tabs = self._tabs.get(kind)
        if tabs is not None or self._services is None:
            return tabs
        overview_cls = overviews().get(kind)
        if overview_cls is None:
            return None
        services = self._services
        tabs = QTabWidget(self)
        tabs.setObjectName(f"{kind}Tabs")
        tabs.setDocumentMode(True)
        overview = overview_cls(services, tabs)
        overview.setObjectName(f"{kind}Overview")
        overview.navigate.connect(self.navigate)
        tabs.addTab(overview, self.tr("Overview"))
        for tab in sorted((t for t in self._extra if t.kind == kind), key=lambda t: t.order):
            view = tab.factory(services, tabs)
            if tab.name:
                view.setObjectName(tab.name)
            if hasattr(view, "navigate"):
                view.navigate.connect(self.navigate)
            title = QCoreApplication.translate("DetailTab", tab.title)  # i18n: labels
            tabs.addTab(view, title)
        tabs.currentChanged.connect(lambda _i, t=tabs: self._show_pending(t))
        self.addWidget(tabs)
        self._tabs[kind] = tabs
        self.built.emit(kind, tabs)
        return tabs

    def detach(self) -> None:
        """The store was closed (its pending edits were saved before, see ``MainWindow
        .settle_writes``): the views go, and none of them tries to save again."""
        from ..common.autosave import stand_down

        stand_down(self)
        for tabs in self._tabs.values():
            self.removeWidget(tabs)
            tabs.deleteLater()
        self._tabs.clear()
        self._pending.clear()
        self._current = None
        self._services = None
        self.setCurrentWidget(self.welcome)

    # -- showing records --------------------------------------------------------------
    def show_record(self, kind: str, record_id: int) -> None:
        tabs = self._build(kind)
        if tabs is None:
            return
        self.flush()
        self._current = (kind, record_id)
        for i in range(tabs.count()):
            view = tabs.widget(i)
            if view is not None:
                self._pending[view] = record_id
        self.setCurrentWidget(tabs)
        self._show_pending(tabs)

    def _show_pending(self, tabs: QTabWidget) -> None:
        view = tabs.currentWidget()
        if view is None:
            return
        record_id = self._pending.pop(view, None)
        if record_id is not None:
            view.show_record(record_id)  # type: ignore[attr-defined]

    def current(self) -> tuple[str, int] | None:
        return self._current

    def tabs(self, kind: str) -> QTabWidget | None:
        """The tabs of a kind (built now if no record of that kind was shown yet)."""
        return self._build(kind)

    def views(self) -> list[QWidget]:
        views = (tabs.widget(i) for tabs in self._tabs.values() for i in range(tabs.count()))
        return [v for v in views if v is not None]

    # -- changes and pending edits --------------------------------------------------
    def on_change(self, change: Change) -> None:
        for view in self.views():
            if view in self._pending:
                continue  # refreshed when shown
            if isinstance(view, ChangeAware):
                view.on_change(change)

    def flush(self) -> None:
        """Save pending edits of every view (before switching record or store)."""
        for view in self.views():
            if isinstance(view, Flushable):
                view.flush()
