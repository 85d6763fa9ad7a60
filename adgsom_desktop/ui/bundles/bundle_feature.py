"""File > Send a bundle…, Open a bundle…, Changed on both sides…; Tools > Members' keys….

The dialogs take values and callables; the services do the work, off the GUI thread.
Every write (an import, an export that records what was sent, a settled conflict, a key
made or imported) goes through the store's operation runner (``_on_runner``): after the
writes queued before it, never beside one; the dialog's worker waits for its answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from ...errors import AppError
from ...services.changes import Change, ChangeKind
from ..common import file_dialogs
from ..common.errors import message_for, show_message
from ..common.runner import runner_for
from ..common.workers import run_job


def _documents_dir() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


def _on_runner(services: Any, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` run on the store's write runner; the caller (a worker) waits for its answer."""
    runner = runner_for(services)  # made on the GUI thread, used from the worker's

    def call(*args: Any, **kwargs: Any) -> Any:
        ticket = runner.submit(lambda: fn(*args, **kwargs), failed=lambda _e: None)
        ticket.wait()
        if ticket.error is not None:
            raise ticket.error
        return ticket.result

    return call


class BundleFeature(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.window: Any = None
        self.job: Any = None
        self.dialog: Any = None  # the one open (tests look at it)

    def install(self, window: Any) -> None:
        self.window = window
        self.setParent(window)
        self.act_send = self._action(self.tr("Send a &bundle…"), self.send, "actBundleSend")
        self.act_open = self._action(self.tr("Open a b&undle…"), self.open_file, "actBundleOpen")
        self.act_conflicts = self._action(
            self.tr("Changed on both sides…"), self.show_conflicts, "actBundleConflicts"
        )
        self.act_keys = self._action(self.tr("Members' &keys…"), self.show_keys, "actKeys")
        file_menu = window.menu("file")
        before = window.act_settings
        for a in (self.act_send, self.act_open, self.act_conflicts):
            file_menu.insertAction(before, a)
        file_menu.insertSeparator(before)
        window.menu("tools").addAction(self.act_keys)
        for a in (self.act_send, self.act_open, self.act_conflicts, self.act_keys):
            window.add_store_action(a)

    def _action(self, text: str, slot: Any, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    @property
    def services(self) -> Any:
        return self.window.services

    # -- send ------------------------------------------------------------------------
    def send_dialog(self) -> Any:
        from .send_dialog import BundleSendDialog, meeting_label, proposed_meeting

        svc = self.services
        recs = svc.events.meetings()
        meetings = [(m.id, meeting_label(m)) for m in recs]
        roles = svc.keys.roles()
        meeting_id = proposed_meeting(recs, self._selected(), date.today())
        return BundleSendDialog(
            meetings, svc.keys.members(), roles, _documents_dir(), self.window, meeting_id
        )

    def _selected(self) -> tuple[str, int] | None:
        """What the window shows, as (kind, id): an item's own meeting for an item."""
        current = self.window.detail.current() if self.window.detail is not None else None
        if current and current[0] == "item":
            try:
                return ("meeting", self.services.agenda.item(current[1]).meeting_id)
            except AppError:  # deleted meanwhile: propose as if nothing were selected
                return None
        return current

    def send(self) -> None:
        if self.services is None:
            return
        self.window.flush_pending()
        dlg = self.send_dialog()
        self.dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            self.dialog = None
            return
        self.dialog = None
        self.write_bundle(dlg.values())

    def write_bundle(self, v: Any) -> None:
        svc = self.services
        bar = self.window.statusBar()
        bar.showMessage(self.tr("Writing the bundle…"))

        export = _on_runner(svc, svc.bundles.export)

        def work(_p: Any) -> Any:
            return export(
                v.meeting_id,
                v.out,
                sender_key_id=v.sender_id,
                sender_passphrase=v.key_passphrase,
                to_key_id=v.to_key_id,
                passphrase=v.passphrase,
                parts=v.parts,
                audience=v.audience,
                overwrite=v.overwrite,
            )

        def done(sent: Any) -> None:
            bar.clearMessage()
            show_message(
                self.window,
                self.tr("Wrote %s (%s KiB): %s, %s records, for %s (%s).")
                % (
                    sent.path,  # the whole path: a folder chosen gets a name proposed in it
                    f"{sent.size / 1024:,.0f}",
                    sent.description,
                    f"{sent.records:,}",
                    sent.recipient,
                    sent.audience,
                ),
                self.tr("Bundle written"),
                warning=False,
            )

        def failed(exc: BaseException) -> None:
            bar.clearMessage()
            show_message(self.window, message_for(exc), self.tr("Bundle not written"))

        self.job = run_job(work, on_success=done, on_error=failed)

    # -- open ------------------------------------------------------------------------
    def open_file(self) -> None:
        if self.services is None:
            return
        path = file_dialogs.ask_open_bundle(self.window, _documents_dir())
        if path is not None:
            self.open_bundle(path)

    def open_dialog(self, path: Path) -> Any:
        from .open_dialog import BundleOpenDialog

        svc = self.services

        def open_(p: Path, secret: str, by_passphrase: bool) -> Any:
            if by_passphrase:
                return svc.bundles.open(p, passphrase=secret)
            return svc.bundles.open(p, key_passphrase=secret)

        dlg = BundleOpenDialog(
            path,
            svc.bundles.peek,
            open_,
            svc.bundles.preview,
            _on_runner(svc, svc.bundles.import_opened),
            self.window,
        )
        dlg.imported.connect(lambda _r: svc.ctx.publish(Change(ChangeKind.STORE)))
        dlg.settle_conflicts.connect(self.show_conflicts)
        return dlg

    def open_bundle(self, path: Path) -> None:
        self.window.flush_pending()
        dlg = self.open_dialog(path)
        self.dialog = dlg
        dlg.exec()
        self.dialog = None

    # -- conflicts -------------------------------------------------------------------
    def conflicts_dialog(self) -> Any:
        from .conflicts_dialog import ConflictsDialog

        svc = self.services
        return ConflictsDialog(
            svc.sync.conflicts,
            svc.sync.conflict_view,
            _on_runner(svc, svc.sync.resolve),
            self.window,
        )

    def show_conflicts(self) -> None:
        if self.services is None:
            return
        dlg = self.conflicts_dialog()
        self.dialog = dlg
        dlg.exec()
        self.dialog = None

    # -- keys ------------------------------------------------------------------------
    def keys_dialog(self) -> Any:
        from .keys_dialog import KeysDialog

        svc = self.services
        return KeysDialog(
            svc.keys.members,
            lambda: [(p.id, p.full_name) for p in svc.delegations.our_members()],
            _on_runner(svc, svc.keys.create),
            svc.keys.save_public,
            _on_runner(svc, svc.keys.import_public),
            _documents_dir(),
            self.window,
        )

    def show_keys(self) -> None:
        if self.services is None:
            return
        dlg = self.keys_dialog()
        self.dialog = dlg
        dlg.exec()
        self.dialog = None
