"""A damaged store the user can still read: the read-only banner and "Save a readable copy…".

Installs (``app.features``):
- a banner above the window's content while the open store is damaged
  ("Damaged store: read-only…") with a button to save a readable copy, and
  the same words in the status bar;
- editing turned off in the window's views (text fields read-only, other
  inputs disabled), so a keystroke is never silently dropped;
- a team store signed in as a reader gets the same editing turned off (the server would
  refuse every write) and "Read-only: a reader's sign-in" in the status bar;
- File > Save a readable copy…: every row that can still be read, written to
  a NEW store on a worker (progress, cancel); the per-table result is shown
  and the copy can be opened at once.  The damaged file is only read.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTextEdit,
    QToolBar,
    QWidget,
)

from ..common import file_dialogs
from ..common.errors import show_error
from ..common.theme import tone
from ..common.workers import run_job

log = logging.getLogger(__name__)

BANNER_STYLE = "#damagedBanner { border-radius: 3px; }"  # colours: the warn-banner tone


class DamagedStoreFeature(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.window: Any = None
        self.job: Any = None
        self.progress: QProgressDialog | None = None
        self.read_only = False

    # -- installation -----------------------------------------------------------------
    def install(self, window: Any) -> None:
        self.window = window
        self.setParent(window)
        self.act_salvage = QAction(self.tr("Save a &readable copy…"), window)
        self.act_salvage.setObjectName("actSalvage")
        self.act_salvage.setToolTip(
            self.tr("Write every row that can still be read to a new store")
        )
        self.act_salvage.triggered.connect(self.save_readable_copy)
        self.act_salvage.setEnabled(False)
        window.addAction(self.act_salvage)
        window.menu("file").insertAction(window.act_close, self.act_salvage)

        self.toolbar = QToolBar(self.tr("Damaged store"), window)
        self.toolbar.setObjectName("damagedToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.toggleViewAction().setVisible(False)
        self.banner = QFrame(self.toolbar)
        self.banner.setObjectName("damagedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        tone(self.banner, "warn-banner")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("damagedBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.banner_text, 1)
        self.banner_button = QPushButton(self.tr("Save a readable copy…"), self.banner)
        self.banner_button.setObjectName("damagedBannerButton")
        self.banner_button.clicked.connect(self.save_readable_copy)
        row.addWidget(self.banner_button)
        self.toolbar.addWidget(self.banner)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()

        self.status = QLabel(window)
        self.status.setObjectName("damagedStatus")
        self.status.setStyleSheet("font-weight: bold;")
        tone(self.status, "error")
        window.statusBar().addPermanentWidget(self.status)
        self.status.hide()

        window.store_opened.connect(self._refresh)
        window.store_closed.connect(self._refresh)
        window.controller.damaged.connect(lambda _exc: self._refresh())
        window.detail.currentChanged.connect(lambda _i: self._lock_editors())
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus)  # type: ignore[attr-defined]
            window.destroyed.connect(lambda *_: _disconnect(app, self._on_focus))

    # -- read-only state ------------------------------------------------------------------
    def _damage(self) -> str | None:
        services = self.window.services
        return None if services is None else services.salvage.damaged

    def _reader(self) -> bool:
        services = self.window.services
        return services is not None and services.team.read_only()

    def _refresh(self, *_: Any) -> None:
        damage = self._damage()
        reader = self._reader()  # a reader's sign-in: the server refuses every write
        self.read_only = damage is not None or reader
        self.act_salvage.setEnabled(damage is not None)
        if damage is None:
            self.toolbar.hide()
            self.status.setVisible(reader)
            if reader:
                self.status.setText(self.tr("Read-only: a reader's sign-in"))
                self._lock_editors()
            return
        name = self.window.services.locator.name
        self.banner_text.setText(
            self.tr(
                "Damaged store: read-only. %s is damaged (%s): nothing you type is saved to "
                "it. Read and copy what you still can, and save a readable copy: a new store "
                "with every row that can still be read."
            )
            % (name, damage)
        )
        self.status.setText(self.tr("Damaged store: read-only"))
        self.toolbar.show()
        self.status.show()
        self._lock_editors()

    def _lock_editors(self) -> None:
        if self.read_only:
            for widget in self.window.detail.findChildren(QWidget):
                _lock(widget)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """An editor built after the store opened (a tab shown later) is locked on focus."""
        if not self.read_only or new is None or self.window is None:
            return
        detail: QWidget = self.window.detail
        top = new.window()
        if top is self.window and not detail.isAncestorOf(new):
            return  # the navigation pane, the banner: reading, not editing
        if isinstance(top, QDialog):
            return  # a dialog's own input (a file name, a passphrase) is not the store's
        _lock(new)

    # -- save a readable copy -------------------------------------------------------------
    def save_readable_copy(self) -> None:
        services = self.window.services
        if services is None or (self.job is not None and self.job.running):
            return
        source = services.locator.file_path()  # damage is a file's (never a team store's)
        start = source.with_name(f"{source.stem}-readable{source.suffix}")
        out = file_dialogs.ask_new_store(self.window, start)
        if out is None:
            return
        out = out.absolute()
        if out == source or out.exists():
            show_error(
                self.window,
                _error(self.tr("%s already exists: choose a new file for the copy.") % out.name),
                self.tr("Save a readable copy"),
            )
            return
        box = QProgressDialog(
            self.tr("Copying what can still be read…"), self.tr("Cancel"), 0, 0, self.window
        )
        box.setObjectName("salvageProgress")
        box.setWindowTitle(self.tr("Save a readable copy"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(300)
        self.progress = box

        def progressed(done: int, total: int, message: str) -> None:
            box.setMaximum(total)
            box.setValue(done)
            if message:
                box.setLabelText(message)

        def finished() -> None:
            self.job = None
            self.progress = None
            box.reset()
            box.deleteLater()

        def done(result: Any) -> None:
            finished()
            self.show_result(result)

        def failed(exc: BaseException) -> None:
            finished()
            show_error(self.window, exc, self.tr("Save a readable copy"))

        def cancelled() -> None:
            finished()
            self.window.statusBar().showMessage(self.tr("Cancelled: no copy was written."), 8000)

        self.job = run_job(
            lambda progress: services.salvage.save_readable_copy(out, progress.report),
            on_success=done,
            on_error=failed,
            on_progress=progressed,
            on_cancel=cancelled,
        )
        box.canceled.connect(self.job.cancel)

    def show_result(self, result: Any) -> None:
        from .salvage_dialog import SalvageResultDialog

        dlg = SalvageResultDialog(result, self.window)
        accepted = dlg.exec() == QDialog.DialogCode.Accepted and dlg.values().open_copy
        if accepted:
            self.open_copy(result.out)

    def open_copy(self, path: Path) -> None:
        """Open the copy in place of the damaged store (closed without writing)."""
        self.window.controller.open_path(path)


def _lock(widget: QWidget) -> None:
    """Turn editing off: text stays selectable and copyable, nothing can be typed."""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        widget.setReadOnly(True)
    elif isinstance(widget, QComboBox) and widget.isEditable():
        line = widget.lineEdit()
        if line is not None:
            line.setReadOnly(True)
    elif isinstance(widget, QComboBox) or (
        isinstance(widget, QAbstractButton) and widget.isCheckable()
    ):
        widget.setEnabled(False)


def _disconnect(app: Any, slot: Any) -> None:
    with contextlib.suppress(RuntimeError, TypeError):
        app.focusChanged.disconnect(slot)


def _error(text: str) -> Exception:
    from ...errors import StoreError

    return StoreError(text)
