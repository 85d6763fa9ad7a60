"""The cooperation tracker in the main window: View > Cooperation tracker (Ctrl+Shift+J),
and a Projects tab on each agenda item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from ...i18n.printing import QT_TRANSLATE_NOOP
from ..shell.detail_tabs import DetailTab

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow

ITEM_PROJECTS_TAB = "itemProjects"


def tracker_tabs() -> list[DetailTab]:
    def projects(services: Any, parent: Any) -> Any:
        from .item_projects import ItemProjectsView

        return ItemProjectsView(services, parent)

    return [
        DetailTab(
            "item",
            QT_TRANSLATE_NOOP("DetailTab", "Projects"),
            projects,
            order=50,
            name=ITEM_PROJECTS_TAB,
        )
    ]


class TrackerFeature:
    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.tracker: Any = None

    def install(self, window: MainWindow) -> None:
        self.window = window
        self.act_tracker = QAction(window.tr("Cooperation &tracker…"), window)
        self.act_tracker.setObjectName("actTracker")
        self.act_tracker.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.act_tracker.triggered.connect(self.show_tracker)
        window.menu("view").addAction(self.act_tracker)
        window.add_store_action(self.act_tracker)
        window.store_closed.connect(self._on_closed)

    def show_tracker(self) -> None:
        if self.window is None or self.window.services is None:
            return
        from .tracker_window import TrackerWindow

        if self.tracker is None:
            self.tracker = TrackerWindow(self.window.services, self.window)
            self.window.changed.connect(self.tracker.on_change)
            self.tracker.resize(1200, 720)
        self.tracker.show()
        self.tracker.raise_()
        self.tracker.activateWindow()

    def _on_closed(self) -> None:
        if self.tracker is not None:
            self.tracker.close()
            self.tracker.deleteLater()
            self.tracker = None
