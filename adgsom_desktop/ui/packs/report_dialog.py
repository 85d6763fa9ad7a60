"""Meeting reports: the report to capital or the outcome summary, previewed, saved, printed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Audience
from ...reports.audiences import CAPITAL, OUTCOMES
from ...services.pack_records import ReportRequest
from ..common import a11y
from .audience_box import AudienceBox, MarkingFollower
from .build_bar import BuildBar
from .language_box import LanguageBox
from .pdf_preview import PdfPreview
from .recipients_box import RecipientsBox


@dataclass(frozen=True)
class ReportChoices:
    meetings: tuple[tuple[int, str], ...]  # (id, label)
    meeting_id: int | None
    kind: str
    classifications: tuple[str, ...]
    default_classification: str
    # the lowest classification of each audience in this store
    minimums: tuple[tuple[Audience, str], ...] = ()
    suggested_recipients: tuple[str, ...] = ()  # our delegation


class ReportDialog(QDialog):
    preview_requested = Signal(object)  # ReportRequest
    save_requested = Signal(object)
    print_requested = Signal(object)
    cancel_requested = Signal()

    def __init__(self, initial: ReportChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Meeting report"))
        self.resize(1100, 780)
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("reportMeeting")
        for meeting_id, label in initial.meetings:
            self.meeting.addItem(label, meeting_id)
        if initial.meeting_id is not None:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(initial.meeting_id)))
        self.capital = QRadioButton(self.tr("Report to capital"), self)
        self.capital.setObjectName("reportCapital")
        self.outcomes = QRadioButton(self.tr("Outcome summary (for the Ministers)"), self)
        self.outcomes.setObjectName("reportOutcomes")
        (self.outcomes if initial.kind == "outcomes" else self.capital).setChecked(True)
        self.classification = QComboBox(self)
        self.classification.setObjectName("reportClassification")
        self.classification.addItems(list(initial.classifications))
        self.classification.setCurrentText(initial.default_classification)
        self.marking = MarkingFollower(self.classification)
        self.choices = initial
        self.audience = AudienceBox(OUTCOMES if initial.kind == "outcomes" else CAPITAL, self)
        self.audience.set_minimums(dict(initial.minimums))
        self.audience.changed.connect(lambda _a: self._raise_to_minimum())
        self.reference = QLineEdit(self)
        self.reference.setObjectName("reportReference")
        self.reference.setPlaceholderText(self.tr("Automatic: delegation/year/RC-meeting"))
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), self.meeting)
        kind = QVBoxLayout()
        kind.addWidget(self.capital)
        kind.addWidget(self.outcomes)
        form.addRow(self.tr("Report"), kind)
        form.addRow(self.tr("For"), self.audience)
        form.addRow(self.tr("Classification"), self.classification)
        form.addRow(self.tr("Reference"), self.reference)
        self.printed_in = LanguageBox("report", self)
        form.addRow(self.tr("Printed in"), self.printed_in)
        # PDF to print and circulate, or Word for colleagues who edit it (same parts, marking)
        self.as_pdf = QRadioButton(self.tr("PDF"), self)
        self.as_pdf.setObjectName("reportAsPdf")
        self.as_word = QRadioButton(self.tr("Word (.docx), for colleagues who edit it"), self)
        self.as_word.setObjectName("reportAsWord")
        self.as_word.setToolTip(
            self.tr(
                "The same headings, the same parts for the audience, the classification, "
                "reference and copy mark in every page's header and footer. Each copy is "
                "entered in the distribution register."
            )
        )
        formats = QButtonGroup(self)
        formats.addButton(self.as_pdf)
        formats.addButton(self.as_word)
        self.as_pdf.setChecked(True)
        format_row = QHBoxLayout()
        format_row.addWidget(self.as_pdf)
        format_row.addWidget(self.as_word)
        format_row.addStretch(1)
        form.addRow(self.tr("Format"), format_row)
        self.who = RecipientsBox("report", self)
        self.who.suggested = initial.suggested_recipients
        form.addRow(self.tr("Recipients"), self.who)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        self.preview = PdfPreview(self)
        self.preview.clear(self.tr("Choose the meeting and the report, then Preview."))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 680])
        self.bar = BuildBar("report", self)
        self.status = self.bar.status
        self.progress = self.bar.progress
        self.cancel_button = self.bar.cancel_button
        self.preview_button = self.bar.preview_button
        self.save_button = self.bar.save_button
        self.print_button = self.bar.print_button
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.bar.close_button.clicked.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self.preview_requested.emit(self.values()))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.values()))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.values()))
        for w in (self.meeting, self.classification, self.printed_in.language):
            w.currentIndexChanged.connect(lambda _i: self.preview.clear())
        self.printed_in.buddhist_era.toggled.connect(lambda _on: self.preview.clear())
        self.capital.toggled.connect(self._kind_changed)
        self.as_word.toggled.connect(self._format_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.bar)
        a11y.order(
            self,
            self.meeting,
            self.capital,
            self.outcomes,
            self.audience,
            self.classification,
            self.reference,
            self.printed_in.language,
            self.printed_in.buddhist_era,
            self.as_pdf,
            self.as_word,
            self.who,
            self.preview,
            self.bar,
        )
        self._raise_to_minimum()

    def _kind_changed(self, _on: bool) -> None:
        self.audience.document = OUTCOMES if self.outcomes.isChecked() else CAPITAL
        self.audience.set_minimums(self.audience.minimums)  # says what this report holds
        self.preview.clear()

    def _format_changed(self, word: bool) -> None:
        """Word copies are saved (not printed), one file each, without a watermark."""
        self.who.set_pdf_options(not word)
        self.print_button.setEnabled(not word)
        self.save_button.setText(self.tr("Save as Word…") if word else self.tr("Save as PDF…"))
        self.preview_button.setToolTip(
            self.tr("The preview shows the PDF: the Word copy holds the same headings and text.")
            if word
            else ""
        )

    def format(self) -> str:
        return "docx" if self.as_word.isChecked() else "pdf"

    def _raise_to_minimum(self) -> None:
        """The audience's default marking unless the user picked one, never below its
        minimum (the service refuses lower)."""
        minimum = dict(self.choices.minimums).get(self.audience.audience(), "")
        self.marking.apply(self.choices.default_classification, minimum)
        self.preview.clear()

    def values(self) -> ReportRequest:
        return ReportRequest(
            meeting_id=int(self.meeting.currentData() or 0),
            kind="outcomes" if self.outcomes.isChecked() else "capital",
            classification=self.classification.currentText(),
            reference=self.reference.text().strip(),
            audience=self.audience.audience(),
            recipients=tuple(self.who.names()),
            copies=self.who.copies.value(),
            watermark=self.who.watermarked(),
            one_file=self.who.one_file.isChecked() and self.format() == "pdf",
            format=self.format(),
            language=self.printed_in.code(),
            buddhist_era=self.printed_in.buddhist(),
        )

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.bar.set_busy(busy, message)
        if not busy and self.format() == "docx":
            self.print_button.setEnabled(False)

    def set_progress(self, done: int, total: int, message: str) -> None:
        self.bar.set_progress(done, total, message)

    def show_pdf(self, data: bytes, note: str = "") -> None:
        self.preview.show_pdf(data, note)
