"""Who gets a copy: named recipients (one numbered copy each) or unnamed copies, the
watermark and one-file choices.  Shared by the pack builder and the report dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.pack_records import MAX_COPIES
from ..common import a11y


class RecipientsBox(QWidget):
    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggested: tuple[str, ...] = ()
        self.recipients = QPlainTextEdit(self)
        self.recipients.setObjectName(f"{prefix}Recipients")
        self.recipients.setPlaceholderText(self.tr("One name per line: one numbered copy each"))
        self.recipients.setFixedHeight(92)
        self.recipients.textChanged.connect(self._recipients_changed)
        self.add_delegation = QPushButton(self.tr("Our delegation"), self)
        self.add_delegation.setObjectName(f"{prefix}AddDelegation")
        self.add_delegation.clicked.connect(self._add_delegation)
        self.copies = QSpinBox(self)
        self.copies.setObjectName(f"{prefix}Copies")
        self.copies.setRange(1, MAX_COPIES)
        a11y.name(
            self.recipients,
            self.tr("Recipients"),
            self.tr("One name per line: one numbered copy each"),
        )
        a11y.name(self.copies, self.tr("Unnamed copies"))
        self.watermark = QCheckBox(self.tr("Recipient's name as a watermark"), self)
        self.watermark.setObjectName(f"{prefix}Watermark")
        self.one_file = QCheckBox(self.tr("All copies in one PDF file"), self)
        self.one_file.setObjectName(f"{prefix}OneFile")
        who = QVBoxLayout(self)
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.recipients)
        row = QHBoxLayout()
        row.addWidget(self.add_delegation)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Unnamed copies"), self))
        row.addWidget(self.copies)
        who.addLayout(row)
        who.addWidget(self.watermark)
        who.addWidget(self.one_file)
        self._recipients_changed()

    def set_pdf_options(self, shown: bool) -> None:
        """The watermark and one-file choices apply to PDF copies only (not Word)."""
        self.watermark.setVisible(shown)
        self.one_file.setVisible(shown)

    def names(self) -> list[str]:
        return [x.strip() for x in self.recipients.toPlainText().splitlines() if x.strip()]

    def watermarked(self) -> bool:
        return (
            self.watermark.isChecked()
            and self.watermark.isEnabled()
            and not self.watermark.isHidden()
        )

    def _recipients_changed(self) -> None:
        names = self.names()
        self.copies.setEnabled(not names)
        self.watermark.setEnabled(bool(names))
        self.one_file.setEnabled(len(names) > 1 or self.copies.value() > 1 or not names)

    def _add_delegation(self) -> None:
        names = self.names()
        for name in self.suggested:
            if name not in names:
                names.append(name)
        self.recipients.setPlainText("\n".join(names))
