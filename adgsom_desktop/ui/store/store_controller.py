"""Opening, creating and switching stores, off the GUI thread, with clear failures.

The controller owns the open ``Services`` (one store at a time).  A new store
is opened before the old one is closed, so a failure leaves the user where
they were.  Passphrases live only in local variables of the open call.

A store that cannot be opened because it is damaged goes to ``offer_rescue``
(its newest good backup, the damaged file kept); so does an open store in
which damage is found later (``damaged``, on the GUI thread): it is read-only
from then on (the services refuse every write) until the rescue replaces it.
When the rescue finds no good backup or the user declines it, a store refused
at open is opened read-only all the same (``open_path(read_only=True)``): the
delegation's notes stay readable, and a readable copy can be saved from it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.locator import Locator
from ...errors import (
    PassphraseRequiredError,
    StoreCorruptError,
    StoreError,
    WrongPassphraseError,
)
from ..common.errors import show_error
from ..common.workers import Progress, run_job
from ..shell.preferences import Preferences

log = logging.getLogger(__name__)

PassphrasePrompt = Callable[[str, str], "str | None"]


def dialog_passphrase_prompt(parent: QWidget | None) -> PassphrasePrompt:
    def ask(store_name: str, problem: str) -> str | None:
        from ..security.passphrase_dialog import PassphraseDialog  # not to paint the window

        dlg = PassphraseDialog(store_name, problem, parent)
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        value = dlg.passphrase()
        dlg.clear()
        return value if ok and value else None

    return ask


PREVIEW_WAIT_S = 0.5


class StoreController(QObject):
    opened = Signal(object)  # Services
    closing = Signal()  # the open store is about to close: save pending edits now
    closed = Signal()
    busy = Signal(str)  # status text while working
    failed = Signal(str)
    # (NavigationTree, threading.Event): the store's tree before its services load; the
    # window sets the event once the tree is painted (the services load after that).
    previewed = Signal(object)
    damaged = Signal(object)  # StoreCorruptError: damage found in the open store
    _damage_found = Signal(object)  # from any thread

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.services: Any = None
        self.window: QWidget | None = parent
        self.ask_passphrase: PassphrasePrompt = dialog_passphrase_prompt(parent)
        # Set by a feature: offered a store that cannot be opened (damaged) to rescue it.
        self.offer_rescue: Callable[[Path, BaseException], None] | None = None
        # Set by the window: False keeps the open store (edits it could not save, kept).
        self.may_close: Callable[[], bool] | None = None
        # Asked again once a store opened in the background (edits refused meanwhile).
        self.may_close_again: Callable[[], bool] | None = None
        self._job: Any = None
        # Set by an open: the tree painted before the services loaded is the store's as
        # opened (the window does not read it again; ``navigation_read.unchanged_since``).
        self.preview_current = False
        self._unwatch: Callable[[], None] | None = None
        self._damage_found.connect(self._on_damaged, Qt.ConnectionType.QueuedConnection)

    @property
    def working(self) -> bool:
        return self._job is not None and self._job.running

    # -- actions --------------------------------------------------------------------
    def open_path(
        self,
        where: Locator | Path,
        passphrase: str | None = None,
        problem: str = "",
        *,
        read_only: bool = False,
    ) -> None:
        """Open the store ``where`` (a file, or a team store's URL) on a worker.
        ``read_only``: the file is known to be damaged and the rescue was declined or
        impossible: open it read-only."""
        locator = Locator.parse(where)
        if self.services is not None and self.services.locator == locator:
            return
        if problem:
            passphrase = self.ask_passphrase(locator.name, problem)
            if passphrase is None:
                self.busy.emit("")
                return
        self.busy.emit(
            (self.tr("Opening %s read-only…") if read_only else self.tr("Opening %s…"))
            % locator.name
        )

        # A file's tree is painted before its services load (a team store: no preview).
        preview_path = locator.path
        preview = self.services is None and passphrase is None and not read_only and preview_path

        def work(_progress: Progress) -> Any:
            shown, stamp = False, None
            if (
                preview and preview_path is not None
            ):  # the tree first (plain SQL, before SQLAlchemy is even imported)
                from ...services.navigation_read import file_stamp, first_tree

                painted = threading.Event()
                # Encrypted, damaged, not a store: nothing shown; opening says why.
                with contextlib.suppress(Exception):
                    stamp = file_stamp(preview_path)  # before the read: a later write shows
                    self.previewed.emit((first_tree(preview_path), painted))
                    shown = True
                    # Loading the ORM and the services holds the interpreter: let the
                    # window paint the tree first (at most half a second).
                    painted.wait(PREVIEW_WAIT_S)
            from ...services.container import Services

            services = Services.open(
                locator, passphrase, actor=self._actor(), read_only_if_damaged=read_only
            )
            if shown and preview_path is not None:
                from ...services.navigation_read import unchanged_since

                # Nothing committed since the tree was read (opening wrote nothing, no
                # other process did): the painted tree is the store's, not read again.
                self.preview_current = unchanged_since(preview_path, stamp)
            return services

        def on_error(exc: BaseException) -> None:
            if isinstance(exc, PassphraseRequiredError):
                self.open_path(locator, problem=" ", read_only=read_only)
            elif isinstance(exc, WrongPassphraseError):
                self.open_path(
                    locator, problem=self.tr("Wrong passphrase. Try again."), read_only=read_only
                )
            elif locator.is_server and isinstance(exc, StoreError):
                self._connect_again(locator, exc)
            elif read_only:  # not even readable: say so, no second rescue
                self.busy.emit("")
                self.failed.emit(str(exc))
                show_error(self.window, exc, self.tr("Cannot open the store"))
            else:
                self._fail(exc, locator)

        self._start(work, on_error)

    def create(
        self, path: Path, our_delegation_code: str, title: str, passphrase: str | None
    ) -> None:
        self.busy.emit(self.tr("Creating %s…") % Path(path).name)

        def work(_progress: Progress) -> Any:
            from ...services.container import Services
            from ...services.store_setup import create_store

            store = create_store(
                path, passphrase=passphrase, our_delegation_code=our_delegation_code, title=title
            )
            return Services.for_store(store, actor=self._actor())

        self._start(work, lambda exc: self._fail(exc, None))

    def open_demo(self, reset: bool = False, shift: bool = True) -> None:
        """Open the demo store, written first if missing (or ``reset``): its week starts
        today (``shift``), so that nothing in it is months old or long overdue."""
        from ...paths import demo_store_path

        path = demo_store_path()
        if self.services is not None and self.services.locator == Locator.file(path):
            if not reset or (self.may_close is not None and not self.may_close()):
                return
            self.close()
        self.busy.emit(self.tr("Preparing the demo store…"))

        def work(_progress: Progress) -> Any:
            from datetime import date

            from ...demo.writer import write_demo
            from ...services.container import Services

            if reset or not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(path, overwrite=True, shift_to=date.today() if shift else None)
            return Services.open(path, actor=self._actor())

        self._start(work, lambda exc: self._fail(exc, None))

    def close(self) -> None:
        if self.services is None:
            return
        self.closing.emit()
        services, self.services = self.services, None
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        try:
            services.close()
        finally:
            self.closed.emit()

    # -- plumbing -------------------------------------------------------------------
    def _actor(self) -> str:
        return self.preferences.user_name()

    def _start(
        self, work: Callable[[Progress], Any], on_error: Callable[[BaseException], None]
    ) -> None:
        if self.working:
            return
        if self.services is not None and self.may_close is not None and not self.may_close():
            self.busy.emit("")
            return

        def failed(exc: BaseException) -> None:
            self._job = None
            on_error(exc)

        def succeeded(services: Any) -> None:
            self._job = None
            self._on_opened(services)

        self.preview_current = False
        self._job = run_job(work, on_success=succeeded, on_error=failed)

    def _on_opened(self, services: Any) -> None:
        if self.services is not None:
            # The open ran in the background while the user kept working: an edit the
            # store refused meanwhile is asked about now, as before the open ("no" keeps
            # the store and the text; the new store is closed again, never shown).
            again = self.may_close_again or self.may_close
            if again is not None and not again():
                self.busy.emit("")
                try:
                    services.close()
                except Exception:  # the store the user kept matters, not this one
                    log.warning("the store opened meanwhile did not close cleanly", exc_info=True)
                return
            self.close()
        self.services = services
        self._unwatch = services.store_info.on_damaged(self._damage_found.emit)
        self.preferences.add_recent(services.locator)
        self.busy.emit("")
        self.opened.emit(services)

    def _on_damaged(self, exc: BaseException) -> None:
        """Damage found in the open store: say so and offer the rescue at once."""
        if self.services is None or self.services.store_info.damaged is None:
            return
        locator = self.services.locator
        self.failed.emit(str(exc))
        self.damaged.emit(exc)
        if self.offer_rescue is not None and locator.is_file:
            self.offer_rescue(locator.file_path(), exc)
        else:
            show_error(self.window, exc, self.tr("The store is damaged"))

    def _connect_again(self, locator: Locator, exc: BaseException) -> None:
        """A team store that could not be opened (unreachable, refused sign-in, a
        certificate that does not verify): the Connect dialog again, its fields as they
        were and the reason under them; connect again, or cancel."""
        from .team_store_dialog import TeamStoreDialog

        self.busy.emit("")
        self.failed.emit(str(exc))
        dlg = TeamStoreDialog(locator.display, self.window, problem=str(exc))
        again = dlg.locator() if dlg.exec() == QDialog.DialogCode.Accepted else None
        if again is not None:
            self.open_path(again)

    def _fail(self, exc: BaseException, where: Locator | None) -> None:
        self.busy.emit("")
        path = where.path if where is not None else None
        if isinstance(exc, StoreError) and path is not None and not path.exists():
            self.preferences.remove_recent(path)
        self.failed.emit(str(exc))
        if isinstance(exc, StoreCorruptError) and path is not None and self.offer_rescue:
            self.offer_rescue(path, exc)
            return
        show_error(self.window, exc, self.tr("Cannot open the store"))
