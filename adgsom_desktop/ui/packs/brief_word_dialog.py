"""File > Export brief as Word…: one item's brief as .docx copies for an audience.

Takes ``BriefChoices`` in and hands a ``BriefExport`` out (``values``); the pack
feature runs the export off the GUI thread through the same service as
``brief export`` on the command line (``PackService.export_brief``), so the
audience rules and the register are the CLI's.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...reports.audiences import ONE_BRIEF
from ...services.pack_records import BriefChoices, BriefExport
from .audience_box import AudienceBox, MarkingFollower
from .build_bar import BuildBar
from .language_box import LanguageBox
from .recipients_box import RecipientsBox


class BriefWordDialog(QDialog):
    save_requested = Signal(object)  # BriefExport
    cancel_requested = Signal()

    def __init__(self, initial: BriefChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefWordDialog")
        self.setWindowTitle(self.tr("Export brief as Word"))
        self.choices = initial
        self.intro = QLabel(
            self.tr(
                "The item's brief as a Word document, for colleagues who edit in Word: "
                "only the parts its audience may read, the classification, reference and "
                "copy mark in every page's header and footer. Each copy is entered in the "
                "distribution register."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.item = QComboBox(self)
        self.item.setObjectName("briefItem")
        # a long item title must not widen the dialog past a small screen
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item.setMinimumContentsLength(30)
        for item_id, label in initial.items:
            self.item.addItem(label, item_id)
        self.item.setCurrentIndex(max(0, self.item.findData(initial.item_id)))
        self.item.setToolTip(initial.meeting_label)
        self.audience = AudienceBox(ONE_BRIEF, self)
        self.audience.set_minimums(dict(initial.minimums))
        self.classification = QComboBox(self)
        self.classification.setObjectName("briefClassification")
        self.classification.addItems(list(initial.classifications))
        self.classification.setCurrentText(initial.default_classification)
        self.marking = MarkingFollower(self.classification)
        self.issued_by = QComboBox(self)
        self.issued_by.setObjectName("briefIssuedBy")
        self.issued_by.addItem(self.tr("(nobody named)"), None)
        for person_id, name in initial.issuers:
            self.issued_by.addItem(name, person_id)
        self.issued_by.setCurrentIndex(max(0, self.issued_by.findData(initial.issuer_id)))
        self.printed_in = LanguageBox("brief", self)  # before the recipients: the tab order
        self.who = RecipientsBox("brief", self)
        self.who.suggested = initial.suggested_recipients
        self.who.set_pdf_options(False)
        form = QFormLayout()
        form.addRow(self.tr("Item (%1)").replace("%1", initial.meeting_label), self.item)
        form.addRow(self.tr("For"), self.audience)
        form.addRow(self.tr("Classification"), self.classification)
        form.addRow(self.tr("Issued by"), self.issued_by)
        form.addRow(self.tr("Printed in"), self.printed_in)
        form.addRow(self.tr("Recipients"), self.who)
        self.bar = BuildBar("brief", self)
        self.bar.preview_button.hide()
        self.bar.print_button.hide()
        self.status = self.bar.status
        self.progress = self.bar.progress
        self.cancel_button = self.bar.cancel_button
        self.save_button = self.bar.save_button
        self.save_button.setText(self.tr("Save as Word…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.values()))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.bar.close_button.clicked.connect(self.reject)
        self.audience.changed.connect(lambda _a: self._raise_to_minimum())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.bar)
        self.resize(720, 520)
        self._raise_to_minimum()

    def _raise_to_minimum(self) -> None:
        """The audience's default marking unless the user picked one, never below its
        minimum (the service refuses lower)."""
        minimum = dict(self.choices.minimums).get(self.audience.audience(), "")
        self.marking.apply(self.choices.default_classification, minimum)

    def item_label(self) -> str:
        return self.item.currentText()

    def values(self) -> BriefExport:
        return BriefExport(
            item_id=int(self.item.currentData() or 0),
            audience=self.audience.audience(),
            classification=self.classification.currentText(),
            recipients=tuple(self.who.names()),
            copies=self.who.copies.value(),
            issuer_id=self.issued_by.currentData(),
            language=self.printed_in.code(),
            buddhist_era=self.printed_in.buddhist(),
        )

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.bar.set_busy(busy, message)
        widgets = (self.item, self.audience, self.classification, self.issued_by, self.printed_in)
        for w in (*widgets, self.who):
            w.setEnabled(not busy)

    def set_progress(self, done: int, total: int, message: str) -> None:
        self.bar.set_progress(done, total, message)
