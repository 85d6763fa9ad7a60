"""The bottom bar of the PDF dialogs: status, progress, cancel, Preview / Save / Print / Close;
after saving, Open (the file, in the system's viewer) and Show in folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)


class BuildBar(QWidget):
    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setObjectName(f"{prefix}Status")
        self.progress = QProgressBar(self)
        self.progress.setObjectName(f"{prefix}Progress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel build"), self)
        self.cancel_button.setObjectName(f"{prefix}Cancel")
        self.cancel_button.hide()
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.preview_button = self.buttons.addButton(self.tr("Preview"), role)
        self.preview_button.setObjectName(f"{prefix}Preview")
        self.save_button = self.buttons.addButton(self.tr("Save as PDF…"), role)
        self.save_button.setObjectName(f"{prefix}Save")
        self.print_button = self.buttons.addButton(self.tr("Print…"), role)
        self.print_button.setObjectName(f"{prefix}Print")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.saved: list[Path] = []
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName(f"{prefix}OpenSaved")
        self.open_button.setToolTip(self.tr("Open the saved PDF in the system's viewer"))
        self.open_button.clicked.connect(self.open_saved)
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.setObjectName(f"{prefix}ShowFolder")
        self.folder_button.clicked.connect(self.show_folder)
        self.open_button.hide()
        self.folder_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.buttons)

    def set_busy(self, busy: bool, message: str = "") -> None:
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first report
        self.status.setText(message)

    def set_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(f"{message} %p%" if message else "%p%")

    def show_saved(self, paths: Sequence[Path]) -> None:
        """Offer Open and Show in folder for what was just saved (the first file opens)."""
        self.saved = [p for p in paths if p is not None]
        self.open_button.setVisible(bool(self.saved))
        self.folder_button.setVisible(bool(self.saved))
        if len(self.saved) > 1:
            self.open_button.setToolTip(self.tr("Open the first of %s files") % len(self.saved))

    def forget_saved(self) -> None:
        self.show_saved([])

    def open_saved(self) -> bool:
        if not self.saved:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved[0]))))

    def show_folder(self) -> bool:
        if not self.saved:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved[0].parent))))
