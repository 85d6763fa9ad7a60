"""The composition root: builds the Qt application, the window, the controller and the tabs.

Import order matters for start-up time: Qt and the window shell are imported
and painted first; SQLAlchemy, the services and the store are loaded right
after the first paint (docs/performance.md: importing the ORM eagerly triples time to paint).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .domain.locator import Locator
    from .ui.shell.detail_tabs import DetailTab
    from .ui.shell.main_window import Feature, MainWindow
    from .ui.shell.preferences import Preferences


def _setup_logging() -> None:
    from .paths import data_dir

    folder = data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "app.log", encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def detail_tabs() -> list[DetailTab]:
    """Feature views that plug into the detail area (each feature adds its tab here)."""
    from .ui.documents.documents_feature import documents_tabs
    from .ui.negotiation.feature import texts_tabs
    from .ui.positions.prepare_feature import prepare_tabs
    from .ui.room.room_feature import room_tabs
    from .ui.tracker.tracker_feature import tracker_tabs

    return [*prepare_tabs(), *room_tabs(), *tracker_tabs(), *texts_tabs(), *documents_tabs()]


def features() -> list[Feature]:
    """Features that add menus, shortcuts or docks to the window (each adds itself here)."""
    from .ui.bundles.bundle_feature import BundleFeature
    from .ui.bundles.trip_feature import TripFeature
    from .ui.documents.documents_feature import DocumentsFeature
    from .ui.packs.pack_feature import PackFeature
    from .ui.positions.prepare_feature import PrepareFeature
    from .ui.room.room_feature import RoomFeature
    from .ui.security.security_feature import SecurityFeature
    from .ui.store.damaged_store_feature import DamagedStoreFeature
    from .ui.structure.structure_feature import StructureFeature
    from .ui.team.live_feature import TeamLiveFeature
    from .ui.tracker.tracker_feature import TrackerFeature
    from .ui.week.week_feature import WeekFeature

    return [
        PrepareFeature(),
        RoomFeature(),
        PackFeature(),
        SecurityFeature(),
        StructureFeature(),
        DamagedStoreFeature(),
        TrackerFeature(),
        WeekFeature(),
        DocumentsFeature(),
        BundleFeature(),
        TripFeature(),
        TeamLiveFeature(),
    ]


def build_window(
    app: object, preferences: Preferences | None = None, *, defer_features: bool = False
) -> MainWindow:
    """Everything but the event loop (tests build the same window).

    With ``defer_features`` the features are not installed yet: ``run_gui`` installs
    them right after the first paint (their modules are not needed to paint the
    shell; their menu entries sit inside menus that are closed at that moment), with
    the application event filter of F1 in a modal dialog (``finish_start``).
    """
    from .ui.common import theme
    from .ui.shell.main_window import MainWindow
    from .ui.shell.preferences import Preferences
    from .ui.shell.shell_commands import apply_font_size
    from .ui.store.store_controller import StoreController

    prefs = preferences or Preferences()
    theme.apply(prefs.colour_scheme())  # before the first widget: each is polished once
    controller = StoreController(prefs)
    window = MainWindow(
        controller,
        prefs,
        None if defer_features else detail_tabs(),  # (deferred: read at a store's opening)
        features=None if defer_features else features(),
        lazy_navigation=defer_features,
    )
    controller.window = window
    from .ui.store.store_controller import dialog_passphrase_prompt

    controller.ask_passphrase = dialog_passphrase_prompt(window)
    apply_font_size(prefs.font_size())
    if not defer_features:
        from .ui.shell.help_commands import install_modal_help

        install_modal_help(window)
    return window


def finish_start(window: MainWindow) -> None:
    """What the first paint did not need: the navigation pane, the features, the fonts,
    and the files an earlier run was killed while writing (finished or removed)."""
    from .ui.common.resources import register_fonts
    from .ui.shell.help_commands import install_modal_help

    install_modal_help(window)  # F1 in a modal dialog: none is open before this
    window.extra_tabs = detail_tabs()  # the features' tabs, built when a store opens
    window.build_navigation()
    window.install_features(features())
    register_fonts()
    sweep_interrupted_writes()
    from .ui.shell.help_commands import show_whats_new_once

    show_whats_new_once(window)  # once after an upgrade


def without_feature_hook() -> None:
    """Turn off PySide6's ``__feature__`` import hook (docs/performance.md, cold start).

    Once imported, PySide6 replaces ``__import__`` and reads the source of every module
    imported after it (``inspect.getsource``), looking for ``from __feature__ import``:
    about 90 ms of start-up and 22 MiB of memory here.  The app uses no ``__feature__``
    (snake_case, true_property), so the original import is put back.
    """
    import builtins

    original = getattr(builtins, "__orig_import__", None)
    if original is not None and builtins.__import__ is not original:
        builtins.__import__ = original


def sweep_interrupted_writes() -> None:
    """A pack, backup or encryption killed half-way leaves temporaries (a pack's are
    decrypted PDFs): ``storage.atomic`` finishes or removes them."""
    try:
        from .services.open_copies import clear_open_copies
        from .storage.atomic import sweep_recorded

        sweep_recorded()
        clear_open_copies()  # documents opened last time: never left readable on disk
    except Exception:  # never keep the app from starting
        logging.getLogger(__name__).exception("sweeping interrupted writes failed")


NO_DISPLAY = "no display: use the CLI, or set QT_QPA_PLATFORM=offscreen"


def missing_display(env: Mapping[str, str], platform: str) -> bool:
    """True when Qt would find no screen: on Linux and the BSDs, neither an X display nor
    a Wayland one, and no platform chosen (``QT_QPA_PLATFORM``). Qt's own message then
    blames the xcb plugin and aborts the process."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(
    store: Locator | Path | None = None, demo: bool = False, reset_demo: bool = False
) -> int:
    import os

    if missing_display(os.environ, sys.platform):
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    without_feature_hook()
    from .deferred_modules import defer_unused_by_sqlalchemy

    defer_unused_by_sqlalchemy()  # asyncio, importlib.metadata: not run at idle (#13)

    from . import APP_NAME, APP_ORG
    from .ui.common.errors import install_excepthook

    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_ORG)
    app = QApplication.instance() or QApplication(sys.argv)
    _setup_logging()
    install_excepthook()
    from .ui.common.translation import install as install_translation
    from .ui.shell.preferences import Preferences

    preferences = Preferences()
    install_translation(app, preferences.language())  # before any widget is built
    window = build_window(app, preferences, defer_features=True)
    window.show()

    def after_first_paint() -> None:
        finish_start(window)
        controller = window.controller
        if demo or reset_demo:
            controller.open_demo(reset=reset_demo)
        elif store is not None:
            controller.open_path(store)  # a Locator (``--store``: a file or a team store)
        else:
            last = window.preferences.last_store()
            if last is not None and (last.is_server or (last.path and last.path.exists())):
                controller.open_path(last)

    from .ui.shell.first_paint import after_first_paint as on_first_paint

    on_first_paint(window, after_first_paint)
    code = app.exec()  # type: ignore[attr-defined]
    from .ui.common.workers import wait_for_jobs

    wait_for_jobs()
    return int(code)
