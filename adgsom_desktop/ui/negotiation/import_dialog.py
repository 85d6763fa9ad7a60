"""Import a revision of an outcome document (a Word .docx or pasted text), with a preview.

Nothing is written until Import: the preview (read and aligned off the GUI thread)
lists each paragraph with its status and what it is in the previous revision
("moved, was OP5", "split", "new"); a text that does not look like a revision of the
chosen document is said in words and can still be imported as a new document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import OutcomeDocKind
from ...errors import AppError
from ...paths import data_dir
from ...services.negotiation.records import ImportPreview, ImportSource, RevisionRec
from ..common import a11y, theme
from ..common.errors import show_error
from ..common.workers import run_job
from .paragraph_model import status_labels

if TYPE_CHECKING:
    from ...services.container import Services

TEXT_FILTER = (
    "Drafts (*.docx *.txt *.text *.md);;Word documents (*.docx);;Text files (*.txt);;All files (*)"
)


def kind_labels() -> dict[OutcomeDocKind, str]:
    t = QCoreApplication.translate
    return {
        OutcomeDocKind.REPORT: t("Texts", "Report of the meeting"),
        OutcomeDocKind.JOINT_STATEMENT: t("Texts", "Joint statement"),
        OutcomeDocKind.JOINT_MEDIA_STATEMENT: t("Texts", "Joint media statement"),
        OutcomeDocKind.IMPLEMENTATION_PLAN: t("Texts", "Implementation plan"),
        OutcomeDocKind.OTHER: t("Texts", "Other"),
    }


class ImportTextDialog(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        document_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("textImportDialog")
        self.setWindowTitle(self.tr("Import a revision of an outcome document"))
        self.services = services
        self.meeting_id = meeting_id
        self.source: ImportSource | None = None
        self.preview: ImportPreview | None = None
        self.imported: RevisionRec | None = None
        self._job: Any = None
        self._pending: Any = None

        self.document = QComboBox(self)
        self.document.setObjectName("textImportDocument")
        self.document.addItem(self.tr("A new document"), None)
        for d in services.texts.documents(meeting_id):
            self.document.addItem(self.tr("New revision of: %s") % d.label, d.id)
        self._kinds = {d.id: d.kind.value for d in services.texts.documents(meeting_id)}
        if document_id is not None:
            self.document.setCurrentIndex(max(0, self.document.findData(document_id)))
        self.kind = QComboBox(self)
        self.kind.setObjectName("textImportKind")
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind.value)
        self.title = QLineEdit(self)
        self.title.setObjectName("textImportTitle")
        self.title.setPlaceholderText(self.tr("From the text when left empty"))
        self.label = QLineEdit(self)
        self.label.setObjectName("textImportLabel")
        self.label.setPlaceholderText(self.tr('"Rev. 3"; from the text when left empty'))
        self.file_button = QPushButton(self.tr("Open a Word or text file…"), self)
        self.file_button.setObjectName("textImportOpen")
        self.file_button.clicked.connect(self.choose_file)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("textImportPaste")
        a11y.name(
            self.text,
            self.tr("Text to import"),
            self.tr("Paste the text under negotiation"),
        )
        self.text.setPlaceholderText(self.tr("…or paste the text here, one paragraph per line"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("textImportPreview")
        a11y.name(self.tree, self.tr("Paragraphs as read"))
        self.tree.setHeaderLabels(
            [
                self.tr("Para."),
                self.tr("Status"),
                self.tr("From the previous revision"),
                self.tr("Text"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for col in range(3):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("textImportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("textImportOk")
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Document"), self.document)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Revision"), self.label)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addStretch(1)
        top_layout.addLayout(row)
        top_layout.addWidget(self.text)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.tree)
        split.setSizes([220, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self._pasted)
        self.text.textChanged.connect(self._typing.start)
        self.document.currentIndexChanged.connect(self._target_changed)
        self.label.editingFinished.connect(self.refresh_preview)
        self._target_changed()
        self.resize(900, 640)

    # -- the source -------------------------------------------------------------------------
    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a revision"), str(data_dir()), TEXT_FILTER
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        from ...services.negotiation.importer import read_path

        try:
            source = read_path(path)
        except AppError as exc:
            self.set_problem(str(exc))
            return
        self.text.blockSignals(True)
        self.text.setPlainText("")
        self.text.blockSignals(False)
        self.source = source
        self.refresh_preview()

    def _pasted(self) -> None:
        text = self.text.toPlainText()
        self.source = ImportSource(self.tr("pasted text"), text=text) if text.strip() else None
        self.refresh_preview()

    def _target_changed(self) -> None:
        doc_id = self.document.currentData()
        new = doc_id is None
        if not new:  # a revision keeps its document's kind
            self.kind.setCurrentIndex(max(0, self.kind.findData(self._kinds.get(doc_id))))
        self.kind.setEnabled(new)
        self.title.setEnabled(new)
        self.refresh_preview()

    # -- preview --------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        if self.source is None:
            self.set_preview(None)
            return
        if self._job is not None:  # one at a time: the newest request runs next
            self._pending = True
            return
        source, doc_id, label = self.source, self.document.currentData(), self.label.text()
        services, meeting = self.services, self.meeting_id
        self.status.setText(self.tr("Reading…"))
        self.import_button.setEnabled(False)

        def ended() -> None:
            self._job = None
            if self._pending:
                self._pending = None
                self.refresh_preview()

        def done(preview: ImportPreview) -> None:
            ended()
            self.set_preview(preview)

        def failed(exc: BaseException) -> None:
            ended()
            if not isinstance(exc, AppError):
                show_error(self, exc)
            self.set_problem(
                str(exc) if isinstance(exc, AppError) else self.tr("It could not be read.")
            )

        self._job = run_job(
            lambda _p: services.texts.preview(meeting, source, document_id=doc_id, label=label),
            on_success=done,
            on_error=failed,
        )

    def set_problem(self, message: str) -> None:
        self.preview = None
        self.tree.clear()
        self.status.setText(theme.current().span("error", message))
        self.import_button.setEnabled(False)

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.tree.clear()
        if preview is None:
            self.status.setText(
                self.tr("Open a file or paste the text to see what will be imported.")
            )
            self.import_button.setEnabled(False)
            return
        labels = status_labels()
        for p in preview.paragraphs:
            node = QTreeWidgetItem(self.tree)
            node.setText(0, p.number)
            node.setText(1, "" if p.kind.value == "heading" else labels[p.status])
            how = p.change.label.lower() if p.change.value != "first" else ""
            if p.moved:
                how = ", ".join(x for x in (self.tr("moved"), how) if x)
            if p.origin_numbers and p.origin_numbers != (p.number,):
                how += " " + self.tr("(was %s)") % " + ".join(p.origin_numbers)
            node.setText(2, how)
            node.setText(3, " ".join(p.text.split()))
        target = self.tr("a new document") if preview.document_id is None else preview.title
        lines = [
            self.tr("%s as %s: %s paragraphs; %s.")
            % (target, preview.label, len(preview.paragraphs), preview.counts.text)
        ]
        if preview.dropped:
            lines.append(
                self.tr("%s paragraph(s) of the previous revision are gone.") % preview.dropped
            )
        lines += [theme.current().span("warning", w) for w in preview.warnings]
        self.status.setText("<br>".join(lines))
        self.import_button.setEnabled(True)

    # -- import ----------------------------------------------------------------------------
    def do_import(self) -> None:
        if self.source is None or self.preview is None or self._job is not None:
            return
        source, doc_id = self.source, self.document.currentData()
        kind = OutcomeDocKind(self.kind.currentData())
        title, label = self.title.text().strip(), self.label.text().strip()
        services, meeting = self.services, self.meeting_id
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))

        def done(rec: RevisionRec) -> None:
            self._job = None
            self.imported = rec
            self.accept()

        def failed(exc: BaseException) -> None:
            self._job = None
            if not isinstance(exc, AppError):
                show_error(self, exc)
            self.set_problem(
                str(exc) if isinstance(exc, AppError) else self.tr("Nothing was imported.")
            )

        self._job = run_job(
            lambda _p: services.texts.import_revision(
                meeting, source, kind=kind, document_id=doc_id, label=label, title=title
            ),
            on_success=done,
            on_error=failed,
        )
