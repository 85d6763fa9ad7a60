"""The bottom bar of the PDF dialogs: status, progress, cancel, Preview / Save / Print / Close."""

from __future__ import annotations

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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
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
