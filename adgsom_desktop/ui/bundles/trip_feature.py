"""File > Take offline… and File > Bring back… (#17): trip copies in the GUI.

Both run on the open store's operation runner (``runner_job.run_on_runner``): after the
writes already queued, never beside one, with progress and cancel in the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ...domain.locator import Locator
from ..common.errors import show_message
from ..common.runner_job import run_on_runner


def _documents_dir() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


class TripFeature(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.window: Any = None
        self.dialog: Any = None  # the one open (tests look at it)

    def install(self, window: Any) -> None:
        self.window = window
        self.setParent(window)
        self.act_take = QAction(self.tr("Take &offline…"), window)
        self.act_take.setObjectName("actTripTake")
        self.act_take.triggered.connect(self.take_offline)
        self.act_back = QAction(self.tr("Bring bac&k…"), window)
        self.act_back.setObjectName("actTripReturn")
        self.act_back.triggered.connect(self.bring_back)
        file_menu = window.menu("file")
        before = window.act_settings
        for a in (self.act_take, self.act_back):
            file_menu.insertAction(before, a)
            window.add_store_action(a)
        file_menu.insertSeparator(before)

    @property
    def services(self) -> Any:
        return self.window.services

    # -- take offline ------------------------------------------------------------------
    def take_dialog(self, start_dir: Path | None = None) -> Any:
        from ...services.trip_service import take_trip
        from .trip_dialogs import TakeOfflineDialog

        svc = self.services
        events = [(e.id, e.short_title or e.title) for e in svc.events.events()]
        current = self.window.detail.current() if self.window.detail is not None else None
        event_id = current[1] if current and current[0] == "event" else None

        def start(v: Any, **callbacks: Any) -> Any:
            return run_on_runner(
                svc,
                lambda p: take_trip(svc, v.event_id, v.path, v.passphrase, p.report),
                label=self.tr("Taking an event offline…"),
                **callbacks,
            )

        dlg = TakeOfflineDialog(
            events, start_dir or _documents_dir(), start, svc.locator.name, self.window, event_id
        )
        dlg.open_copy.connect(self._open_copy)
        return dlg

    def take_offline(self) -> None:
        if self.services is None:
            return
        self.window.flush_pending()
        self.dialog = self.take_dialog()
        self.dialog.exec()
        self.dialog = None

    def _open_copy(self, path: Path) -> None:
        self.window.settle_writes()
        self.window.controller.open_path(path)

    # -- bring back ------------------------------------------------------------------
    def back_dialog(self) -> Any:
        from ...services.trip_service import return_trip
        from .trip_dialogs import BringBackDialog

        svc = self.services
        info = svc.trips.trip_of()
        if info is None:
            return None

        def start(password: str = "", **callbacks: Any) -> Any:
            return run_on_runner(
                svc,
                lambda p: return_trip(svc, None, p.report, password),
                label=self.tr("Bringing a trip copy back…"),
                **callbacks,
            )

        team = Locator.parse(info.locator)
        dlg = BringBackDialog(
            info.title or svc.locator.name,
            team.name,  # as the title names it: never a URL with the login (s33 R17)
            start,
            self.window,
            on_server=team.is_server,
            open_conflicts=lambda: len(svc.sync.conflicts()),
        )
        dlg.settle_conflicts.connect(self._settle)
        return dlg

    def bring_back(self) -> None:
        if self.services is None:
            return
        self.window.flush_pending()
        dlg = self.back_dialog()
        if dlg is None:
            show_message(
                self.window,
                self.tr(
                    "This store is not a trip copy: there is nothing to bring back. Take an "
                    "event offline from the team store first (File > Take offline…)."
                ),
                self.tr("Bring back"),
                warning=False,
            )
            return
        self.dialog = dlg
        dlg.exec()
        self.dialog = None

    def _settle(self) -> None:
        for feature in getattr(self.window, "features", []):
            if hasattr(feature, "show_conflicts"):
                feature.show_conflicts()
                return
