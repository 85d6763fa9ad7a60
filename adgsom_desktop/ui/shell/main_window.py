"""The main window: menus, navigation (event -> meetings -> agenda), detail area, status bar.

It shows things and routes user actions; the store controller opens stores,
services do the work, views refresh when a change concerns them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QWidget,
)

from ... import APP_NAME
from ...paths import stores_dir
from ...services.changes import Change, ChangeKind
from ..common import file_dialogs
from ..common.errors import show_error, show_message
from ..common.resources import app_icon
from ..common.workers import run_job
from ..store.store_controller import StoreController
from .change_relay import ChangeRelay
from .detail_area import DetailArea
from .detail_tabs import DetailTab
from .preferences import FONT_MAX, FONT_MIN, Preferences
from .welcome_page import WelcomePage

if TYPE_CHECKING:
    from ..structure.navigation_pane import NavigationPane
    from .settings_dialog import SettingsValues

NAV_KINDS = (ChangeKind.EVENTS, ChangeKind.MEETINGS, ChangeKind.AGENDA, ChangeKind.POSITIONS)


class Feature(Protocol):
    """A feature installs its menus, shortcuts and docks on the window (see app.features)."""

    def install(self, window: MainWindow) -> None: ...


class MainWindow(QMainWindow):
    store_opened = Signal(object)  # Services, after the views are attached
    store_closed = Signal()
    changed = Signal(object)  # every Change of the open store, on the GUI thread
    flush_requested = Signal()  # save pending edits now (undo, lock, store switch, quit)
    before_store_close = Signal()  # the open store is about to close: stop work on it

    def __init__(
        self,
        controller: StoreController,
        preferences: Preferences,
        tabs: list[DetailTab] | None = None,
        parent: QWidget | None = None,
        features: list[Feature] | None = None,
        lazy_navigation: bool = False,
    ) -> None:
        """``lazy_navigation``: build the navigation pane (hidden until a store opens)
        on first use instead of now, so the first paint does not wait for it."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.controller = controller
        self.preferences = preferences
        self.extra_tabs = list(tabs or [])
        self.services: Any = None
        self.relay: ChangeRelay | None = None
        self._nav_job: Any = None
        self._nav_stale = False

        self.welcome = WelcomePage(self)
        self._nav: NavigationPane | None = None
        self.detail = DetailArea(self.welcome, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.detail)
        self.setCentralWidget(self.splitter)
        if not lazy_navigation:
            self.build_navigation()

        self.store_label = QLabel(self)
        self.store_label.setObjectName("storeLabel")
        self.delegation_label = QLabel(self)
        self.delegation_label.setObjectName("delegationLabel")
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveLabel")
        for w in (self.save_label, self.delegation_label, self.store_label):
            self.statusBar().addPermanentWidget(w)

        self._nav_timer = QTimer(self)
        self._nav_timer.setSingleShot(True)
        self._nav_timer.setInterval(120)
        self._nav_timer.timeout.connect(self.reload_navigation)

        self._build_menus()
        self._connect()
        self._update_title()
        self.welcome.set_recent(preferences.recent_stores())
        self.features: list[Feature] = []
        self.install_features(features or [])
        self.resize(1280, 800)
        geometry, state = preferences.window_state()
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        if state:
            self.restoreState(QByteArray(state))

    # -- construction ---------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        self.act_new = self._action(
            self.tr("&New store…"), self.new_store, QKeySequence.StandardKey.New, "actNewStore"
        )
        self.act_open = self._action(
            self.tr("&Open store…"), self.open_store, QKeySequence.StandardKey.Open, "actOpenStore"
        )
        self.act_open_team = self._action(
            self.tr("Open &team store…"), self.open_team_store, name="actOpenTeamStore"
        )
        m.addAction(self.act_new)
        m.addAction(self.act_open)
        m.addAction(self.act_open_team)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addMenu(self.recent_menu)
        self.act_demo = self._action(
            self.tr("Open the &demo store"), self.controller.open_demo, name="actOpenDemo"
        )
        m.addAction(self.act_demo)
        self.act_close = self._action(
            self.tr("&Close store"), self.close_store, QKeySequence("Ctrl+Shift+W"), "actCloseStore"
        )
        m.addAction(self.act_close)
        m.addSeparator()
        self.act_settings = self._action(
            self.tr("&Settings…"), self.edit_settings, QKeySequence("Ctrl+,"), "actSettings"
        )
        m.addAction(self.act_settings)
        m.addSeparator()
        self.act_quit = self._action(
            self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), "actQuit"
        )
        m.addAction(self.act_quit)

        self.file_menu = m
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.act_focus_nav = self._action(
            self.tr("Go to &agenda filter"),
            self.focus_filter,
            QKeySequence("Ctrl+E"),
            "actFocusFilter",
        )
        self.view_menu.addAction(self.act_focus_nav)
        self.act_bigger = self._action(
            self.tr("&Larger text"),
            lambda: self.step_font(1),
            QKeySequence.StandardKey.ZoomIn,
            "actLarger",
        )
        self.act_smaller = self._action(
            self.tr("&Smaller text"),
            lambda: self.step_font(-1),
            QKeySequence.StandardKey.ZoomOut,
            "actSmaller",
        )
        self.view_menu.addAction(self.act_bigger)
        self.view_menu.addAction(self.act_smaller)

        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.act_check = self._action(
            self.tr("&Check database"), self.check_database, name="actCheck"
        )
        self.act_info = self._action(
            self.tr("Store &information"), self.store_information, name="actInfo"
        )
        self.tools_menu.addAction(self.act_check)
        self.tools_menu.addAction(self.act_info)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.act_about = self._action(self.tr("&About %s") % APP_NAME, self.about, name="actAbout")
        self.act_reset_demo = self._action(
            self.tr("&Reset the demo store"),
            lambda: self.controller.open_demo(reset=True),
            name="actResetDemo",
        )
        self.help_menu.addAction(self.act_reset_demo)
        self.help_menu.addAction(self.act_about)
        self._store_actions = [self.act_close, self.act_check, self.act_info, self.act_focus_nav]
        for a in self._store_actions:
            a.setEnabled(False)

    def install_features(self, features: list[Feature]) -> None:
        """Let features add their menus, shortcuts and docks (see ``app.features``)."""
        for feature in features:
            feature.install(self)
            self.features.append(feature)

    def menu(self, key: str) -> QMenu:
        """The menu features add their actions to: file, edit, view, tools or help."""
        return {
            "file": self.file_menu,
            "edit": self.edit_menu,
            "view": self.view_menu,
            "tools": self.tools_menu,
            "help": self.help_menu,
        }[key]

    def add_store_action(self, action: QAction) -> None:
        """An action that needs an open store: enabled and disabled with it."""
        self._store_actions.append(action)
        action.setEnabled(self.services is not None)
        if action not in self.actions():
            self.addAction(action)

    def _connect(self) -> None:
        self.controller.opened.connect(self.on_store_opened)
        # Also when another store replaces this one, or the demo is reset.
        self.controller.closing.connect(self._on_store_closing)
        self.controller.closed.connect(self.on_store_closed)
        self.controller.busy.connect(self._on_busy)
        self.controller.previewed.connect(self._on_preview)
        self.controller.failed.connect(self._on_open_failed)
        self.controller.may_close = self._may_close_store
        self.welcome.open_demo.connect(self.controller.open_demo)
        self.welcome.new_store.connect(self.new_store)
        self.welcome.open_store.connect(self.open_store)
        self.welcome.open_team_store.connect(self.open_team_store)
        self.welcome.open_recent.connect(self.controller.open_path)
        self.detail.navigate.connect(self._navigate)

    @property
    def nav(self) -> NavigationPane:
        """The navigation pane (events, meetings, agenda), built on first use."""
        if self._nav is None:
            self.build_navigation()
        assert self._nav is not None
        return self._nav

    def build_navigation(self) -> None:
        if self._nav is not None:
            return
        from ..structure.navigation_pane import NavigationPane

        self._nav = NavigationPane(self)
        self._nav.hide()  # shown when a store opens
        self.splitter.insertWidget(0, self._nav)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 900])
        self._nav.selected.connect(self.detail.show_record)

    # -- store lifecycle ------------------------------------------------------------
    def on_store_opened(self, services: Any) -> None:
        self.services = services
        self.relay = ChangeRelay(services.bus, self)
        self.relay.changed.connect(self.on_change)
        self.detail.attach(services, self.extra_tabs)
        self.nav.show()
        shown = self.nav.current_key()  # chosen in the tree painted before the services
        if shown is not None:
            self.detail.show_record(*shown)
        for a in self._store_actions:
            a.setEnabled(True)
        self._update_title()
        self._update_status()
        self.reload_navigation()
        self.store_opened.emit(services)

    def _on_preview(self, preview: Any) -> None:
        """The store's tree, read before its services loaded: shown at once; ``painted``
        is set when it is on screen (the services load after that)."""
        tree, painted = preview
        if self.services is not None:
            painted.set()
            return
        self.nav.set_tree(tree)
        self.nav.show()
        if not self.nav.isVisible():
            painted.set()
            return
        from .first_paint import after_first_paint

        after_first_paint(self.nav.tree.viewport(), painted.set)

    def _on_open_failed(self, _reason: str) -> None:
        if self.services is None and self._nav is not None:
            self._nav.set_tree(_empty_tree())
            self._nav.hide()

    def on_store_closed(self) -> None:
        if self.relay is not None:
            self.relay.detach()
            self.relay.deleteLater()
            self.relay = None
        self.services = None
        self.detail.detach()
        self.nav.set_tree(_empty_tree())
        self.nav.hide()
        for a in self._store_actions:
            a.setEnabled(False)
        self.welcome.set_recent(self.preferences.recent_stores())
        self._update_title()
        self._update_status()
        self.store_closed.emit()

    def flush_pending(self) -> None:
        """Hand every pending edit to the store's runner now (before an undo, a lock, closing
        or switching stores)."""
        self.flush_requested.emit()
        self.detail.flush()

    def settle_writes(self) -> bool:
        """Hand every pending edit over and wait until the runner committed them (closing,
        locking, quitting): what was acknowledged is on disk; False on a timeout."""
        self.flush_pending()
        from ..common.runner import settle

        return settle(self.services)

    def _on_store_closing(self) -> None:
        """The controller is about to close the store: save everything, then stop work on it."""
        self.settle_writes()
        self.before_store_close.emit()

    def close_store(self) -> None:
        if self._may_close_store():
            self.controller.close()  # announces closing: see _on_store_closing

    def _may_close_store(self, question: str = "") -> bool:
        """Save everything; edits the store refused (a full disk...) are lost only if asked."""
        from ..common.save_state import confirm_leaving

        self.settle_writes()
        return confirm_leaving(
            self,
            question or self.tr("Close this store anyway and lose them?"),
            self.tr("Close and lose them"),
        )

    def reload_navigation(self) -> None:
        """Refill the tree off the GUI thread (a large store has thousands of items)."""
        if self.services is None:
            return
        if self._nav_job is not None and self._nav_job.running:
            self._nav_stale = True
            return
        services = self.services
        self._nav_stale = False

        def done(tree: Any) -> None:
            self._nav_job = None
            if services is self.services:
                self.nav.set_tree(tree)
                if self._nav_stale:
                    self.reload_navigation()

        def failed(exc: BaseException) -> None:
            self._nav_job = None
            if services is self.services:
                show_error(self, exc)

        self._nav_job = run_job(
            lambda _p: services.events.navigation(), on_success=done, on_error=failed
        )

    def on_change(self, change: Change) -> None:
        if change.concerns(*NAV_KINDS):
            if not self._patch_navigation(change):
                self._nav_timer.start()
            elif self._nav_job is not None and self._nav_job.running:
                self._nav_stale = True  # a tree read before this change is on its way
        if change.concerns(ChangeKind.SETTINGS):
            self._update_status()
        self.detail.on_change(change)
        self.changed.emit(change)
        if change.kind is not ChangeKind.AUDIT:
            from datetime import datetime

            self.save_label.setText(self.tr("All changes saved %s") % f"{datetime.now():%H:%M:%S}")

    def _patch_navigation(self, change: Change) -> bool:
        """Patch the rows a change touched from its records; False: reload the tree.

        A brief's save changes one item's status; an item's edit changes that
        meeting's rows (numbers may move); neither rebuilds the tree."""
        if self._nav is None or not change.records or change.kind is ChangeKind.STORE:
            return False
        model = self._nav.model
        if change.kind is ChangeKind.POSITIONS:
            recs = [r for r in change.records if hasattr(r, "status") and hasattr(r, "item_id")]
            return bool(recs) and all(model.set_position_status(r.item_id, r.status) for r in recs)
        if change.kind is ChangeKind.AGENDA and change.meeting_id is not None:
            return model.patch_items(change.meeting_id, list(change.records))
        return False

    # -- actions ----------------------------------------------------------------------
    def new_store(self) -> None:
        from ..store.new_store_dialog import (
            NewStoreDialog,  # dialogs load on use, not before first paint
        )

        dlg = NewStoreDialog(stores_dir() / "delegation.adgsom", self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        self.controller.create(v.path, v.our_delegation_code, v.title, v.passphrase)

    def open_store(self) -> None:
        last = self.preferences.last_store()
        start = last.path.parent if last is not None and last.path is not None else stores_dir()
        path = file_dialogs.ask_open_store(self, start)
        if path is not None:
            self.settle_writes()
            self.controller.open_path(path)

    def open_team_store(self) -> None:
        """A team store on a PostgreSQL server, by its address."""
        from ..store.team_store_dialog import TeamStoreDialog

        known = [p for p in self.preferences.recent_stores() if p.is_server]
        dlg = TeamStoreDialog(known[0].display if known else "", self)
        locator = dlg.locator() if dlg.exec() == QDialog.DialogCode.Accepted else None
        if locator is None:
            return
        self.flush_pending()
        self.controller.open_path(locator)

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog, SettingsValues

        services = self.services
        delegations = services.delegations.delegations() if services else []
        store = services.settings.get() if services else None
        initial = SettingsValues(
            our_delegation_code=store.our_delegation_code if store else "",
            default_classification=store.default_classification if store else "",
            classifications=store.classifications if store else (),
            font_size=self.preferences.font_size(),
            user_name=self.preferences.user_name(),
            audience_minimums=store.audience_minimums if store else (),
        )
        dlg = SettingsDialog(initial, delegations, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_settings(dlg.values())

    def apply_settings(self, v: SettingsValues) -> None:
        self.preferences.set_font_size(v.font_size)
        apply_font_size(v.font_size)
        self.preferences.set_user_name(v.user_name)
        if self.services is not None:
            if v.user_name:
                self.services.set_actor(v.user_name)
            try:
                self.services.settings.update(
                    our_delegation_code=v.our_delegation_code,
                    classifications=v.classifications,
                    default_classification=v.default_classification,
                    audience_minimums=dict(v.audience_minimums),
                )
            except Exception as exc:
                show_error(self, exc)

    def step_font(self, step: int) -> None:
        size = max(FONT_MIN, min(FONT_MAX, self.preferences.font_size() + step))
        self.preferences.set_font_size(size)
        apply_font_size(size)

    def focus_filter(self) -> None:
        self.nav.filter.setFocus()
        self.nav.filter.selectAll()

    def check_database(self) -> None:
        services = self.services
        if services is None:
            return
        self.statusBar().showMessage(self.tr("Checking the database…"))

        def done(report: Any) -> None:
            self.statusBar().clearMessage()
            lines = list(report.details) + [f"Fixed: {x}" for x in report.fixed]
            lines += [f"Problem: {x}" for x in report.problems]
            head = self.tr("The store is healthy.") if report.ok else self.tr("Problems found.")
            show_message(
                self,
                head + "\n\n" + "\n".join(lines),
                self.tr("Check database"),
                warning=not report.ok,
            )

        run_job(
            lambda _p: services.store_info.check(repair=True),
            on_success=done,
            on_error=lambda exc: show_error(self, exc),
        )

    def store_information(self) -> None:
        if self.services is None:
            return
        info = self.services.store_info.info()
        lines = [
            info.locator.display,
            self.tr("Team store: several people write at once")
            if info.shared
            else self.tr("Encrypted: %s") % (self.tr("yes") if info.encrypted else self.tr("no")),
            self.tr("Schema: %s · %s") % (info.revision, info.engine),
            "",
        ] + [f"{label}: {n:,}" for label, n in info.counts.items()]
        show_message(self, "\n".join(lines), self.tr("Store information"), warning=False)

    def about(self) -> None:
        info = self.services.store_info.info() if self.services else None
        from .about_dialog import AboutDialog

        engine, where = (info.engine, info.locator.display) if info else ("", "")
        AboutDialog(engine, self, store=where).exec()

    # -- helpers ----------------------------------------------------------------------
    def _navigate(self, kind: str, record_id: int) -> None:
        if not self.nav.select(kind, record_id):
            self.detail.show_record(kind, record_id)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.preferences.recent_stores()
        if not recent:
            a = self.recent_menu.addAction(self.tr("(none)"))
            a.setEnabled(False)
        for p in recent:
            where = p.path.parent if p.path is not None else self.tr("team store")
            a = self.recent_menu.addAction(f"{p.name} — {where}")
            a.setToolTip(p.display)
            a.triggered.connect(lambda _=False, loc=p: self.controller.open_path(loc))

    def _on_busy(self, text: str) -> None:
        self.welcome.set_status(text)
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _update_title(self) -> None:
        if self.services is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{self.services.locator.name} — {APP_NAME}")

    def _update_status(self) -> None:
        if self.services is None:
            self.store_label.setText(self.tr("No store open"))
            self.delegation_label.setText("")
            self.save_label.setText("")
            return
        locator = self.services.locator
        lock = "🔒 " if self.services.security.encrypted else ""
        team = self.tr("Team store: ") if locator.is_server else ""
        signed = self.services.team.signed_in()
        who = self.tr(" · signed in as %s (%s)") % (signed.name, signed.role) if signed else ""
        self.store_label.setText(lock + team + locator.name + who)
        self.store_label.setToolTip(locator.display)
        ours = self.services.settings.get().our_delegation_code
        self.delegation_label.setText(
            self.tr("Our delegation: %s") % ours if ours else self.tr("Our delegation not set")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.services is not None and not self._may_close_store(self.tr("Quit and lose them?")):
            event.ignore()
            return
        self.preferences.set_window_state(
            bytes(self.saveGeometry().data()), bytes(self.saveState().data())
        )
        self.controller.close()
        super().closeEvent(event)


def apply_font_size(size: int) -> None:
    app = QApplication.instance()
    if app is None:
        return
    font = app.font()  # type: ignore[attr-defined]
    font.setPointSize(size)
    app.setFont(font)  # type: ignore[attr-defined]


def _empty_tree() -> Any:
    from ...services.records import NavigationTree

    return NavigationTree()
