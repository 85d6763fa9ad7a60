"""Protecting the delegation's data in the GUI: lock, backups, encryption, audit, rescue.

Installs (``app.features``):
- File > Lock (Ctrl+L, from any window of the app) and the idle lock (``LockController``);
- File > Encrypt this store… / Change passphrase…;
- Tools > Backups…, Verify audit log, Lock and backups settings…;
- Tools > Check database, which also offers the newest good backup when the
  store is damaged;
- automatic backups while there are changes not yet in a backup, and on quit;
- the rescue of a store that cannot be opened, or in which damage is found
  while it is open: the newest good backup is offered at once; the damaged
  file is kept beside it, never overwritten.  A damaged store is never
  written to: no automatic backup, no audit entry, no save.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from ...errors import PassphraseRequiredError, StoreCorruptError
from ...services.changes import Change, ChangeKind
from ..common.errors import show_error, show_message
from ..common.workers import run_job
from .lock_controller import LockController

# The dialogs (and the services the passphrase dialog validates with) are imported when
# first used, not before the window's first paint.

log = logging.getLogger(__name__)


def _when(utc: Any) -> str:
    from ...domain.timeutil import to_local

    return f"{to_local(utc):%a %d %b %Y %H:%M}"


class SecurityFeature(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.window: Any = None
        self.lock: LockController | None = None
        self.backup_job: Any = None
        self.job: Any = None

    # -- installation -----------------------------------------------------------------
    def install(self, window: Any) -> None:
        self.window = window
        self.setParent(window)
        prefs = window.preferences
        self.lock = LockController(window, prefs.lock_minutes)

        self.act_lock = self._action(
            self.tr("&Lock"), lambda: self.lock_now(), "actLock", QKeySequence("Ctrl+L")
        )
        # Ctrl+L locks from every window of the app (live mode, Counterparts, a dialog left
        # open), not only the main one.  The other shortcuts stay per window on purpose: live
        # mode has its own Ctrl+K search and Ctrl+W, and an editor's Ctrl+Z is its own.
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_passphrase = self._action(
            self.tr("Encrypt this store…"), self.change_passphrase, "actPassphrase"
        )
        file_menu = window.menu("file")
        before = window.act_settings
        file_menu.insertAction(before, self.act_lock)
        file_menu.insertAction(before, self.act_passphrase)
        file_menu.insertSeparator(before)

        self.act_backups = self._action(self.tr("&Backups…"), self.show_backups, "actBackups")
        self.act_audit = self._action(
            self.tr("&Verify audit log"), self.verify_audit, "actVerifyAudit"
        )
        tools = window.menu("tools")
        tools.addAction(self.act_backups)
        tools.addAction(self.act_audit)
        tools.addSeparator()
        self.act_settings = QAction(self.tr("Lock and backups &settings…"), window)
        self.act_settings.setObjectName("actSecuritySettings")
        self.act_settings.triggered.connect(self.edit_settings)
        tools.addAction(self.act_settings)
        for a in (self.act_lock, self.act_passphrase, self.act_backups, self.act_audit):
            window.add_store_action(a)

        # The database check also offers a way back when the store is damaged.
        with contextlib.suppress(RuntimeError, TypeError):
            window.act_check.triggered.disconnect(window.check_database)
        window.act_check.triggered.connect(self.check_database)
        window.controller.offer_rescue = self.offer_rescue

        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.auto_backup)
        self._arm_backup_timer()
        window.installEventFilter(self)  # a last backup when the window closes
        window.store_opened.connect(self._on_opened)
        window.store_closed.connect(self._on_closed)
        window.changed.connect(self._on_change)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.backup_before_quit()
        return False

    def backup_before_quit(self) -> None:
        """Quitting with changes no backup holds: back them up now (the store is still open)."""
        services = self.window.services
        if services is None or self.window.preferences.backup_minutes() == 0:
            return
        if services.backups.damaged:  # never copied into the backups
            return
        try:
            self.window.settle_writes()
            services.backups.backup_if_needed()
        except Exception:  # never keep the user from quitting
            log.exception("the backup on quit failed")

    def _action(self, text: str, slot: Any, name: str, shortcut: Any = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _arm_backup_timer(self) -> None:
        minutes = self.window.preferences.backup_minutes()
        if minutes > 0:
            self.backup_timer.start(minutes * 60_000)
        else:
            self.backup_timer.stop()

    def _on_opened(self, services: Any) -> None:
        self._update_passphrase_action()
        assert self.lock is not None
        self.lock.last_activity = self.lock._clock()
        notices = services.store_info.interrupted()
        if notices:  # e.g. an encryption killed half-way: everything is still plain
            show_message(
                self.window,
                "\n\n".join(notices),
                self.tr("An operation was interrupted"),
                warning=True,
            )
        anchor = services.audit.anchor_notice()
        if anchor is not None:  # entries cut from the audit log: warns, never blocks
            show_message(self.window, anchor, self.tr("The audit log was cut"), warning=True)

    def _on_closed(self) -> None:
        assert self.lock is not None
        self.lock.store_closed()

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.SETTINGS, ChangeKind.STORE):
            self._update_passphrase_action()

    def _update_passphrase_action(self) -> None:
        services = self.window.services
        encrypted = services is not None and services.security.encrypted
        self.act_passphrase.setText(
            self.tr("Change &passphrase…") if encrypted else self.tr("&Encrypt this store…")
        )
        # A team store has no passphrase and no backup files of its own (the server's).
        self.act_passphrase.setVisible(services is None or services.security.available)
        self.act_backups.setVisible(services is None or services.backups.available)

    # -- lock -------------------------------------------------------------------------------
    def lock_now(self) -> None:
        assert self.lock is not None
        self.lock.lock("on demand")

    # -- passphrase -------------------------------------------------------------------------
    def change_passphrase(self) -> None:
        services = self.window.services
        if services is None or self._busy():
            return
        encrypt = not services.security.encrypted
        from ...paths import demo_store_path

        if encrypt and services.locator.path == demo_store_path():
            show_message(
                self.window,
                self.tr(
                    "The demo store stays plain (Help > Reset the demo store rewrites it). "
                    "Create your own store with File > New store: it is encrypted by default."
                ),
                self.tr("Encrypt this store"),
                warning=False,
            )
            return
        from .passphrase_change_dialog import PassphraseChangeDialog

        dlg = PassphraseChangeDialog(services.locator.name, encrypt, self.window)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            dlg.clear()
            return
        v = dlg.values()
        dlg.clear()
        self.window.settle_writes()
        bar = self.window.statusBar()
        bar.showMessage(
            self.tr("Encrypting the store…") if encrypt else self.tr("Changing the passphrase…")
        )

        def work(_p: Any) -> Any:
            if encrypt:
                return services.security.encrypt(v.new, v.repeat)
            return services.security.change_passphrase(v.current, v.new, v.repeat)

        def done(result: Any) -> None:
            self.job = None
            bar.clearMessage()
            self._update_passphrase_action()
            head = (
                self.tr("The store is now encrypted.")
                if encrypt
                else self.tr("The passphrase was changed.")
            )
            extra = self.tr("%d backup(s) were re-encrypted with it.") % result.backups_done
            if result.backups_skipped:
                extra += " " + self.tr(
                    "%d backup(s) under another passphrase were left as they were."
                ) % len(result.backups_skipped)
            show_message(self.window, head + "\n\n" + extra, self.tr("Passphrase"), warning=False)

        def failed(exc: BaseException) -> None:
            self.job = None
            bar.clearMessage()
            show_error(self.window, exc, self.tr("Passphrase"))

        self.job = run_job(work, on_success=done, on_error=failed)

    def _busy(self) -> bool:
        return self.job is not None and self.job.running

    # -- backups ----------------------------------------------------------------------------
    def show_backups(self) -> None:
        services = self.window.services
        if services is None:
            return
        from ..store.backup_dialog import BackupDialog

        self.window.settle_writes()
        dlg = BackupDialog(services, self.window)
        dlg.exec()

    def auto_backup(self) -> None:
        services = self.window.services
        if services is None or (self.backup_job is not None and self.backup_job.running):
            return
        if services.backups.damaged:  # a damaged store is not backed up (nor rotated in)
            return
        bar = self.window.statusBar()

        def done(rec: Any) -> None:
            self.backup_job = None
            if rec is not None:
                bar.showMessage(
                    self.tr("Backed up automatically at %s") % _when(rec.created_at)[-5:], 8000
                )

        def failed(exc: BaseException) -> None:
            self.backup_job = None
            log.warning("automatic backup failed: %s", exc)
            bar.showMessage(self.tr("The automatic backup failed: %s") % exc, 30000)

        self.backup_job = run_job(
            lambda _p: services.backups.backup_if_needed(), on_success=done, on_error=failed
        )

    def edit_settings(self) -> None:
        from .security_settings_dialog import SecuritySettingsDialog, SecurityValues

        prefs = self.window.preferences
        dlg = SecuritySettingsDialog(
            SecurityValues(prefs.lock_minutes(), prefs.backup_minutes()), self.window
        )
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        prefs.set_lock_minutes(v.lock_minutes)
        prefs.set_backup_minutes(v.backup_minutes)
        self._arm_backup_timer()

    # -- audit --------------------------------------------------------------------------------
    def verify_audit(self) -> None:
        services = self.window.services
        if services is None:
            return

        def done(report: Any) -> None:
            if report.ok:
                text = self.tr("The audit log is intact: %s entries, hash chain verified.") % (
                    f"{report.entries:,}"
                )
            else:
                text = self.tr("The audit log was changed outside the app:") + "\n\n"
                text += "\n".join(f"• {p.text}" for p in report.problems[:15])
                text += "\n\n" + self.tr(
                    "A backup made before the change still holds the original entries "
                    "(Tools > Backups)."
                )
            show_message(self.window, text, self.tr("Audit log"), warning=not report.ok)

        run_job(
            lambda _p: services.audit.verify(),
            on_success=done,
            on_error=lambda exc: show_error(self.window, exc),
        )

    # -- check and rescue -----------------------------------------------------------------------
    def check_database(self) -> None:
        services = self.window.services
        if services is None:
            return
        self.window.settle_writes()
        bar = self.window.statusBar()
        bar.showMessage(self.tr("Checking the database…"))

        def done(report: Any) -> None:
            bar.clearMessage()
            lines = [f"✓ {x}" for x in report.details]
            lines += [self.tr("Fixed: %s") % x for x in report.fixed]
            lines += [self.tr("Problem: %s") % x for x in report.problems]
            if report.ok:
                head = self.tr("The store is healthy.")
                if report.fixed:
                    head = self.tr("The store is healthy again: %d fix(es) made.") % len(
                        report.fixed
                    )
            else:
                head = self.tr("Problems found.")
            if services.backups.damaged:
                return  # the controller offers the rescue (the damaged file set aside)
            damaged = any(
                "integrity" in p or "damaged" in p or "audit log" in p for p in report.problems
            )
            text = head + "\n\n" + "\n".join(lines)
            if damaged and services.backups.backups():
                from ..store import backup_dialog

                newest = services.backups.backups()[0]
                if backup_dialog.confirm(
                    self.window,
                    self.tr("Check database"),
                    text
                    + "\n\n"
                    + self.tr(
                        "Restore the newest backup (%s)? The current state is backed up first."
                    )
                    % _when(newest.created_at),
                ):
                    self.show_backups()
                return
            show_message(self.window, text, self.tr("Check database"), warning=not report.ok)

        def failed(exc: BaseException) -> None:
            bar.clearMessage()
            show_error(self.window, exc, self.tr("Check database"))

        run_job(lambda _p: services.store_info.check(repair=True), on_success=done, on_error=failed)

    def offer_rescue(self, path: Path, exc: BaseException) -> None:
        """A damaged store (not opened, or open and found damaged): offer its newest
        good backup instead.  An open damaged store stays open read-only until the
        backup is put in place (it is closed first, without writing)."""
        from ...services.backup_service import (
            loss_if_replaced,
            needs_passphrase,
            newest_good_backup,
            replace_damaged_store,
            store_backups,
        )
        from ..store import backup_dialog

        controller = self.window.controller
        is_open = controller.services is not None and controller.services.locator.path == path
        title = self.tr("The store is damaged")
        stays = "\n\n" + (
            self.tr(
                "It stays open read-only: read and copy what you still can; nothing is saved to "
                "it. File > Save a readable copy… writes every row that can still be read to a "
                "new store."
            )
            if is_open
            else self.tr(
                "It opens read-only: read what you still can; nothing is saved to it. "
                "File > Save a readable copy… writes every row that can still be read to a "
                "new store."
            )
        )

        def read_only_instead(passphrase: str | None = None) -> None:
            if not is_open:  # refused at open: the notes stay readable all the same
                controller.open_path(path, passphrase, read_only=True)

        if not store_backups(path):
            show_error(
                self.window,
                StoreCorruptError(
                    f"{exc}\n\n" + self.tr("There is no backup of this store beside it.") + stays
                ),
                title,
            )
            read_only_instead()
            return
        passphrase: str | None = None
        if needs_passphrase(path):
            passphrase = backup_dialog.ask_passphrase(
                self.window, path.name, self.tr("Enter it to look for a good backup.")
            )
            if passphrase is None:
                return
        controller.busy.emit(self.tr("Looking for a good backup…"))

        def look() -> Any:
            rec = newest_good_backup(path, passphrase)
            return rec, (None if rec is None else loss_if_replaced(path, rec.path, passphrase))

        def found(result: Any) -> None:
            rec, loss = result
            controller.busy.emit("")
            if rec is None:
                show_error(
                    self.window,
                    StoreCorruptError(
                        f"{exc}\n\n"
                        + self.tr("No backup of it passes the integrity check.")
                        + stays
                    ),
                    title,
                )
                read_only_instead(passphrase)
                return
            head = self.tr("%s is damaged:") if is_open else self.tr("%s cannot be opened:")
            question = (head % path.name) + f"\n{exc}\n\n"
            question += self.tr(
                "The newest good backup is from %s. Put it in place? The damaged file is "
                "kept beside it (renamed), never overwritten."
            ) % _when(rec.created_at)
            if loss.anything:
                question += "\n\n" + backup_dialog.loss_words(self, loss)
            if not is_open:
                question += "\n\n" + self.tr(
                    "No: the damaged store opens read-only, to read what can still be read "
                    "and save a readable copy."
                )
            if not backup_dialog.confirm(self.window, self.tr("Restore a backup"), question):
                read_only_instead(passphrase)
                return
            if controller.services is not None and controller.services.locator.path == path:
                # Edits the damaged store refused are lost only if the user says so.
                if controller.may_close is not None and not controller.may_close():
                    return
                controller.close()  # closed without writing (the store is damaged)
            controller.busy.emit(self.tr("Restoring the backup…"))

            def replaced(kept: Path) -> None:
                controller.busy.emit("")
                controller.open_path(path, passphrase)
                show_message(
                    self.window,
                    self.tr("The backup from %s is in place. The damaged file is kept as %s.")
                    % (_when(rec.created_at), kept.name),
                    self.tr("Restore a backup"),
                    warning=False,
                )

            def not_replaced(e: BaseException) -> None:
                controller.busy.emit("")
                show_error(self.window, e, self.tr("Restore a backup"))

            run_job(
                lambda _p: replace_damaged_store(path, rec.path, passphrase),
                on_success=replaced,
                on_error=not_replaced,
            )

        def failed(e: BaseException) -> None:
            controller.busy.emit("")
            if isinstance(e, PassphraseRequiredError):
                return
            show_error(self.window, e)

        run_job(lambda _p: look(), on_success=found, on_error=failed)
