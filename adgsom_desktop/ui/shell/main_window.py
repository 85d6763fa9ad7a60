"""The main window: menus, navigation (event -> meetings -> agenda), detail area, status bar.

It shows things and routes user actions; the store controller opens stores,
services do the work, views refresh when a change concerns them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QWidget,
)

from ... import APP_NAME
from ...services.changes import Change, ChangeKind
from ..common import a11y
from ..common.errors import show_error
from ..common.resources import app_icon
from ..common.workers import run_job
from ..store.store_controller import StoreController
from .change_relay import ChangeRelay
from .detail_area import DetailArea
from .detail_tabs import DetailTab
from .main_menus import build_menus
from .preferences import Preferences
from .save_status import SaveStatus
from .shell_commands import ShellCommands
from .welcome_page import WelcomePage

if TYPE_CHECKING:
    from ..structure.navigation_pane import NavigationPane

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

    # Built by ``main_menus.build_menus``.
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    tools_menu: QMenu
    help_menu: QMenu
    recent_menu: QMenu
    act_new: QAction
    act_open: QAction
    act_open_team: QAction
    act_demo: QAction
    act_close: QAction
    act_settings: QAction
    act_quit: QAction
    act_focus_nav: QAction
    act_bigger: QAction
    act_smaller: QAction
    act_check: QAction
    act_info: QAction
    act_about: QAction
    act_reset_demo: QAction
    act_guide: QAction  # Help (help_commands)
    act_shortcuts: QAction
    act_whats_new: QAction
    guide_window: Any = None
    _nav_in_tab_order = False
    _store_actions: list[QAction]

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
        self._agreed_to_lose: frozenset[tuple[int, int]] = frozenset()  # ``_may_close_store``

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
        self.save_label = SaveStatus(self)  # saved, not saved, offline: N unsaved changes
        for w in (self.save_label, self.delegation_label, self.store_label):
            self.statusBar().addPermanentWidget(w)

        self._nav_timer = QTimer(self)
        self._nav_timer.setSingleShot(True)
        self._nav_timer.setInterval(120)
        self._nav_timer.timeout.connect(self.reload_navigation)

        self.commands = c = ShellCommands(self)
        # What the welcome page, the features and the tests reach through the window.
        self.new_store, self.open_store, self.open_team_store = (
            c.new_store,
            c.open_store,
            c.open_team_store,
        )
        self.edit_settings, self.apply_settings = c.edit_settings, c.apply_settings
        self.check_database, self.store_information, self.about = (
            c.check_database,
            c.store_information,
            c.about,
        )
        build_menus(self)
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
        self.controller.may_close_again = lambda: self._may_close_store(again=True)
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
        self.detail.tab_after = self._nav.tree  # a record's views come after the tree

    # -- store lifecycle ------------------------------------------------------------
    def on_store_opened(self, services: Any) -> None:
        self.services = services
        self.relay = ChangeRelay(services.bus, self)
        self.relay.changed.connect(self.on_change)
        self.detail.attach(services, self.extra_tabs)
        self.save_label.attach(services)
        self.nav.show()
        if not self._nav_in_tab_order:
            # Built after the detail area, shown left of it: Tab visits it first. Once,
            # shown (Qt leaves a hidden pane in place); pages built later (a kind's views,
            # the start page) are put right after its tree by the detail area
            # (``DetailArea.add_page``), not left after the dock made since.
            a11y.order(self, self.nav, self.detail)
            self._nav_in_tab_order = True
        shown = self.nav.current_key()  # chosen in the tree painted before the services
        if shown is not None:
            self.detail.show_record(*shown)
        for a in self._store_actions:
            a.setEnabled(True)
        self._update_title()
        self._update_status()
        if not self.controller.preview_current:  # else the painted tree is the store's
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
        from ..common.autosave import stand_down

        stand_down(self)  # no editor of any window tries to write to the closed store
        self.save_label.detach()
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

    def _may_close_store(self, question: str = "", again: bool = False) -> bool:
        """Save everything; edits the store refused (a full disk...) are lost only if asked.
        ``again``: the same close, once another store opened in the background: edits the
        user agreed to lose before it started are not asked about twice."""
        from ..common.runner import runner_for
        from ..common.save_state import confirm_leaving, unsaved_edits
        from ..team.outbox_notice import may_drop_memory_held

        self.settle_writes()
        services = self.services
        if (
            services is not None
            and services.locator.is_server
            and not may_drop_memory_held(self, runner_for(services).outbox)
        ):
            return False
        agreed = self._agreed_to_lose if again else frozenset()
        if not confirm_leaving(
            self,
            question or self.tr("Close this store anyway and lose them?"),
            self.tr("Close and lose them"),
            agreed,
        ):
            return False
        self._agreed_to_lose = unsaved_edits(self)
        return True

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
        if change.kind not in (ChangeKind.AUDIT, ChangeKind.PRESENCE):
            self.save_label.saved()

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

    # -- helpers ----------------------------------------------------------------------
    def _navigate(self, kind: str, record_id: int) -> None:
        if not self.nav.select(kind, record_id):
            self.detail.show_record(kind, record_id)

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
            trip = self._trip_of()
            title = f"{self.services.locator.name} — {APP_NAME}"
            if trip is not None:  # the head knows approvals and numbers work differently
                title = self.tr("%s — trip copy of %s — %s") % (
                    self.services.locator.name,
                    trip.name,
                    APP_NAME,
                )
            self.setWindowTitle(title)

    def _trip_of(self) -> Any:
        """The team store this open store is a trip copy of (its Locator), or None."""
        return self.services.settings.trip_team() if self.services is not None else None

    def _update_status(self) -> None:
        if self.services is None:
            self.store_label.setText(self.tr("No store open"))
            self.delegation_label.setText("")
            self.save_label.detach()
            return
        locator = self.services.locator
        lock = "🔒 " if self.services.security.encrypted else ""
        team = self.tr("Team store: ") if locator.is_server else ""
        signed = self.services.team.signed_in()
        roles = {
            "head": self.tr("head"),
            "alternate": self.tr("alternate"),
            "member": self.tr("member"),
            "reader": self.tr("reader"),
        }
        who = (
            self.tr(" · signed in as %s (%s)") % (signed.name, roles.get(signed.role, signed.role))
            if signed
            else ""
        )
        trip = self._trip_of()
        # the team store by its short name, as the title names it (review s33 R12)
        of = self.tr(" · trip copy of %s") % trip.name if trip is not None else ""
        self.store_label.setText(lock + team + locator.name + of + who)
        whole = locator.display + (self.tr(" · trip copy of %s") % trip.display if trip else "")
        self.store_label.setToolTip(whole)
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


def _empty_tree() -> Any:
    from ...services.records import NavigationTree

    return NavigationTree()
