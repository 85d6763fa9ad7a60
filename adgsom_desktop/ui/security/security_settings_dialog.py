"""Lock and automatic backup settings of this laptop (values in, values out)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..common.dialog_parts import ok_cancel
from ..common.theme import tone
from ..shell.preferences import BACKUP_MAX, LOCK_MAX


@dataclass(frozen=True)
class SecurityValues:
    lock_minutes: int = 5  # 0: never
    backup_minutes: int = 10  # 0: never


class SecuritySettingsDialog(QDialog):
    def __init__(self, initial: SecurityValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securitySettingsDialog")
        self.setWindowTitle(self.tr("Lock and backups"))
        form = QFormLayout()
        self.lock = QSpinBox(self)
        self.lock.setObjectName("lockMinutes")
        self.lock.setRange(0, LOCK_MAX)
        self.lock.setSuffix(self.tr(" min"))
        self.lock.setSpecialValueText(self.tr("Never"))
        self.lock.setValue(initial.lock_minutes)
        form.addRow(self.tr("Lock after being idle for:"), self.lock)
        self.backup = QSpinBox(self)
        self.backup.setObjectName("backupMinutes")
        self.backup.setRange(0, BACKUP_MAX)
        self.backup.setSuffix(self.tr(" min"))
        self.backup.setSpecialValueText(self.tr("Never"))
        self.backup.setValue(initial.backup_minutes)
        form.addRow(self.tr("Back up changes every:"), self.backup)
        note = QLabel(
            self.tr(
                "Idle time counts while the laptop sleeps. Lock now with Ctrl+L. "
                "Automatic backups are made only when something changed; the newest 16, one a "
                "day for two weeks and one a week for two months are kept."
            ),
            self,
        )
        note.setWordWrap(True)
        tone(note, "muted")
        self.warning = QLabel(self)
        self.warning.setObjectName("securityWarning")
        tone(self.warning, "warning")
        self.warning.setWordWrap(True)
        self.lock.valueChanged.connect(self._warn)
        self.backup.valueChanged.connect(self._warn)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._warn()

    def _warn(self) -> None:
        parts = []
        if self.lock.value() == 0:
            parts.append(self.tr("The window will never lock by itself."))
        if self.backup.value() == 0:
            parts.append(self.tr("No automatic backups: back up by hand (Tools > Backups)."))
        self.warning.setText(" ".join(parts))
        self.warning.setVisible(bool(parts))

    def values(self) -> SecurityValues:
        return SecurityValues(self.lock.value(), self.backup.value())
