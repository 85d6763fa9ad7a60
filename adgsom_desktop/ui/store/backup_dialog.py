"""Backups of the open store: list them, back up now, restore one, delete one.

Backups and restores run off the GUI thread.  A restore asks first, and the
service backs up the current state before it replaces anything.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.timeutil import to_local
from ...errors import PassphraseRequiredError, WrongPassphraseError
from ...services.security_records import BackupRec
from ..common import a11y, file_dialogs
from ..common.errors import show_error, show_message
from ..common.labels import label_tr
from ..common.theme import tone
from ..common.workers import run_job
from ..security.passphrase_dialog import PassphraseDialog

Index = QModelIndex | QPersistentModelIndex


def local_time(utc: datetime) -> datetime:
    return to_local(utc)


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KiB" if n < 10 * 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MiB"


class BackupTableModel(QAbstractTableModel):
    WHEN, KIND, SIZE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Made"),
        QT_TRANSLATE_NOOP("Labels", "Why"),
        QT_TRANSLATE_NOOP("Labels", "Size"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupRec] = []

    def set_rows(self, rows: list[BackupRec]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupRec | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label_tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        b = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return f"{local_time(b.created_at):%a %d %b %Y  %H:%M:%S}"
            if col == self.KIND:
                return label_tr(b.label)
            if col == self.SIZE:
                return _size(b.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def loss_words(widget: Any, loss: Any) -> str:
    """ "The store holds 3 note(s) and 1 position(s) newer than this backup: ..." """
    return (
        widget.tr("The store holds %1 and %2 newer than this backup: restoring replaces them.")
        .replace("%1", widget.tr("%n note(s)", "", loss.notes))
        .replace("%2", widget.tr("%n position(s)", "", loss.positions))
    )


def restore_question(widget: Any, what: str, loss: Any) -> str:
    """The confirmation before a restore: what the store holds that the backup lacks."""
    text = widget.tr("Replace everything in the store by the backup of %s?") % what
    if loss.anything:
        text += "\n\n" + loss_words(widget, loss)
    text += "\n\n" + widget.tr(
        "The current state is backed up first, so this can be undone by restoring that backup."
    )
    return text


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmBox")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


# Tests replace this instead of clicking a modal box.
confirm = _confirm


def _ask_passphrase(parent: QWidget | None, name: str, problem: str) -> str | None:
    dlg = PassphraseDialog(name, problem, parent)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    value = dlg.passphrase()
    dlg.clear()
    return value if ok and value else None


# Tests replace this too.
ask_passphrase = _ask_passphrase


class BackupDialog(QDialog):
    restored = Signal(object)  # RestoreResult

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.services = services
        self.job: Any = None
        folder = services.backups.folder
        how = (
            self.tr("encrypted with the store's passphrase")
            if services.security.encrypted
            else self.tr("not encrypted, like the store")
        )
        name = html.escape(services.locator.name)
        head = QLabel(self.tr("Backups of <b>%s</b> (%s), in %s") % (name, how, folder), self)
        head.setObjectName("backupHead")
        head.setWordWrap(True)
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupTable")
        a11y.name(
            self.table,
            self.tr("Backups"),
            self.tr("The backups of this store, newest first"),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())

        self.pending = QLabel(self)
        self.pending.setObjectName("backupPending")
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.btn_backup = QPushButton(self.tr("Back up now"), self)
        self.btn_backup.setObjectName("backupNow")
        self.btn_backup.clicked.connect(self.backup_now)
        self.btn_restore = QPushButton(self.tr("Restore…"), self)
        self.btn_restore.setObjectName("restoreBackup")
        self.btn_restore.clicked.connect(self.restore_selected)
        self.btn_file = QPushButton(self.tr("Restore from a file…"), self)
        self.btn_file.setObjectName("restoreFromFile")
        self.btn_file.clicked.connect(self.restore_from_file)
        self.btn_delete = QPushButton(self.tr("Delete"), self)
        self.btn_delete.setObjectName("deleteBackup")
        self.btn_delete.clicked.connect(self.delete_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.btn_backup, self.btn_restore, self.btn_file, self.btn_delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pending)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(680, 440)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # -- state --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.set_rows(self.services.backups.backups())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()
        try:
            pending = self.services.backups.needs_backup()
        except Exception:
            pending = False
        self.pending.setText(
            self.tr("There are changes that no backup holds yet.")
            if pending
            else self.tr("Every change is in a backup.")
        )
        tone(self.pending, "warning" if pending else "ok")

    def selected(self) -> BackupRec | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        busy = self.job is not None
        has = self.selected() is not None
        self.btn_backup.setEnabled(not busy)
        self.btn_file.setEnabled(not busy)
        self.btn_restore.setEnabled(not busy and has)
        self.btn_delete.setEnabled(not busy and has)
        self.progress.setVisible(busy)

    def _run(self, text: str, work: Any, done: Any, on_error: Any = None) -> None:
        self.status.setText(text)

        def ok(result: Any) -> None:
            self.job = None
            done(result)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.job = None
            self.status.setText("")
            self._update_buttons()
            if on_error is not None:
                on_error(exc)
            else:
                show_error(self, exc, self.tr("Backups"))

        self.job = run_job(lambda _p: work(), on_success=ok, on_error=failed)
        self._update_buttons()

    # -- actions -------------------------------------------------------------------------
    def backup_now(self) -> None:
        def done(rec: BackupRec) -> None:
            self.status.setText(
                self.tr("Backed up at %s (%s).")
                % (f"{local_time(rec.created_at):%H:%M:%S}", _size(rec.size))
            )

        self._run(self.tr("Backing up…"), self.services.backups.backup, done)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            when = f"{local_time(chosen.created_at):%a %d %b %Y %H:%M}"
            self._restore(chosen.path, when)

    def restore_from_file(self) -> None:
        path = file_dialogs.ask_backup_file(self, self.services.backups.folder)
        if path is not None:
            self._restore(path, path.name)

    def _restore(self, path: Path, what: str, passphrase: str | None = None) -> None:
        """Check the backup and count what restoring it replaces (on a worker), ask, then
        restore (on a worker): nothing the store holds is replaced without being said."""

        def asked(loss: Any) -> None:
            self.status.setText("")
            if not confirm(self, self.tr("Restore a backup"), self.question(what, loss)):
                return
            self._run(
                self.tr("Restoring the backup…"),
                lambda: self.services.backups.restore(path, passphrase),
                done,
            )

        def done(result: Any) -> None:
            self.status.setText(
                self.tr("Restored the backup of %s. The state before is in the backup made at %s.")
                % (what, f"{local_time(result.safety_backup.created_at):%H:%M:%S}")
            )
            self.restored.emit(result)

        def on_error(exc: BaseException) -> None:
            if isinstance(exc, PassphraseRequiredError | WrongPassphraseError):
                problem = " " if isinstance(exc, PassphraseRequiredError) else str(exc)
                other = ask_passphrase(self, path.name, problem)
                if other:
                    self._restore(path, what, other)
                return
            show_error(self, exc, self.tr("Restore"))

        self._run(
            self.tr("Checking the backup…"),
            lambda: self.services.backups.loss_if_restored(path, passphrase),
            asked,
            on_error,
        )

    def question(self, what: str, loss: Any) -> str:
        return restore_question(self, what, loss)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        when = f"{local_time(chosen.created_at):%a %d %b %Y %H:%M}"
        if not confirm(
            self, self.tr("Delete a backup"), self.tr("Delete the backup of %s for good?") % when
        ):
            return
        try:
            self.services.backups.delete(chosen.path)
        except Exception as exc:
            show_error(self, exc, self.tr("Backups"))
        self.status.setText(self.tr("Deleted the backup of %s.") % when)
        self.refresh()

    def done(self, result: int) -> None:
        if self.job is not None and self.job.running:
            show_message(
                self, self.tr("Wait until the backup or restore has finished."), warning=True
            )
            return
        super().done(result)
