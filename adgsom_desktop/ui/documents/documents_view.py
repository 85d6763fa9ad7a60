"""A meeting's (or an item's) Documents tab: the PDFs and Word files attached to the store,
attached from a file (read and checked off the GUI thread), opened with the system's viewer
from a private copy, and removed.  An item's tab lists those attached to it and those whose
symbol one of its document references names."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ...paths import data_dir
from ...services.attachment_records import AttachmentRec
from ...services.changes import Change, ChangeKind
from ..common import a11y, theme
from ..common.errors import show_error
from ..common.labels import label_tr
from ..common.workers import run_job

if TYPE_CHECKING:
    from ...services.container import Services

DOC = Qt.ItemDataRole.UserRole + 1
FILTER = QT_TRANSLATE_NOOP("Labels", "Meeting documents (*.pdf *.docx);;All files (*)")
_SYMBOL_IN_NAME = re.compile(
    r"([A-Z][A-Z0-9]{1,15})[_\- ]((?:19|20)\d\d)[_\- ]([A-Z]{2,5})[_. ]?(\d{1,3})"
)


def ask_document_file(parent: QWidget | None) -> Path | None:
    start = Path.home() if Path.home().exists() else data_dir()
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Documents", "Attach a document"),
        str(start),
        label_tr(FILTER),
    )
    return Path(name) if name else None


def ask_symbol(parent: QWidget | None, guess: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Documents", "Document symbol"),
        QCoreApplication.translate(
            "Documents", "The document's symbol (e.g. ADGSOM/2027/DOC.04), or leave it empty:"
        ),
        QLineEdit.EchoMode.Normal,
        guess,
    )
    return text if ok else None


def guess_symbol(file_name: str) -> str:
    """ "ADGSOM_2027_DOC.04.pdf" -> "ADGSOM/2027/DOC.04" ("" when the name says nothing)."""
    m = _SYMBOL_IN_NAME.search(file_name)
    return f"{m.group(1)}/{m.group(2)}/{m.group(3)}.{int(m.group(4)):02d}" if m else ""


class DocumentsView(QWidget):
    """``kind`` "meeting": the meeting's documents; "item": the item's."""

    def __init__(self, services: Services, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("meetingAttachments" if kind == "meeting" else "itemAttachments")
        self.services = services
        self.record_id: int | None = None
        self.meeting_id: int | None = None
        self.docs: list[AttachmentRec] = []
        self._job: Any = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("documentsList")
        a11y.name(self.tree, self.tr("Documents"), self.tr("The documents attached here"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Document"), self.tr("File"), self.tr("Type"), self.tr("Size")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.attach_button = QPushButton(self.tr("&Attach a document…"), self)
        self.attach_button.setObjectName("documentsAttach")
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("documentsOpen")
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("documentsRemove")
        self.remove_button.clicked.connect(self.remove_current)
        self.status = QLabel(self)
        self.status.setObjectName("documentsStatus")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.attach_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        self._enable()

    # -- showing ------------------------------------------------------------------------
    def show_record(self, record_id: int) -> None:
        self.record_id = record_id
        self.status.setText("")
        self.reload()

    def reload(self) -> None:
        if self.record_id is None:
            return
        try:
            if self.kind == "meeting":
                self.meeting_id = self.record_id
                self.docs = self.services.attachments.documents(self.record_id)
            else:
                self.meeting_id = self.services.agenda.item(self.record_id).meeting_id
                self.docs = self.services.attachments.for_item(self.record_id)
        except AppError as exc:
            self.docs = []
            self.status.setText(str(exc))
        self.tree.clear()
        for d in self.docs:
            node = QTreeWidgetItem(
                [
                    d.label,
                    d.file_name,
                    self.tr("PDF") if d.kind == "pdf" else self.tr("Word"),
                    d.size_text,
                ]
            )
            if d.pages:
                node.setToolTip(2, self.tr("%n page(s)", "", d.pages))
            node.setData(0, DOC, d.id)
            self.tree.addTopLevelItem(node)
        if self.kind == "meeting":
            self.heading.setText(
                self.tr(
                    "The meeting's documents, kept in the store (encrypted with it). An item's "
                    "document references find the document of the same symbol."
                )
            )
        else:
            self.heading.setText(
                self.tr("Documents of this item (attached to it, or named by its references).")
            )
        self._enable()

    def on_change(self, change: Change) -> None:
        concerns = change.concerns(ChangeKind.DOCUMENTS, ChangeKind.AGENDA)
        if concerns and self.record_id and change.meeting_id in (None, self.meeting_id):
            self.reload()

    def current_id(self) -> int | None:
        node = self.tree.currentItem()
        return None if node is None else int(node.data(0, DOC))

    def _enable(self) -> None:
        busy = self._job is not None
        chosen = self.current_id() is not None
        self.attach_button.setEnabled(self.record_id is not None and not busy)
        self.open_button.setEnabled(chosen and not busy)
        self.remove_button.setEnabled(chosen and not busy)

    # -- acting -------------------------------------------------------------------------
    def attach(self) -> None:
        if self.record_id is None or self.meeting_id is None:
            return
        path = ask_document_file(self)
        if path is None:
            return
        symbol = ask_symbol(self, guess_symbol(path.name))
        if symbol is None:
            return
        item_id = self.record_id if self.kind == "item" else None
        meeting_id, attachments = self.meeting_id, self.services.attachments
        self.status.setText(self.tr("Reading %s…") % path.name)

        def done(doc: AttachmentRec) -> None:
            self._job = None
            self.status.setText(self.tr("Attached %s.") % doc.label)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._job = None
            self._enable()
            if isinstance(exc, AppError):
                self.status.setText(theme.current().span("error", str(exc)))
            else:
                show_error(self, exc)

        self._job = run_job(
            lambda _p: attachments.attach(meeting_id, path, symbol=symbol, item_id=item_id),
            on_success=done,
            on_error=failed,
        )
        self._enable()

    def open_current(self) -> None:
        doc_id = self.current_id()
        if doc_id is None:
            return
        attachments = self.services.attachments

        def done(path: Path) -> None:
            self._job = None
            self._enable()
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.status.setText(self.tr("No program on this computer opens %s.") % path.name)

        def failed(exc: BaseException) -> None:
            self._job = None
            self._enable()
            show_error(self, exc)

        self._job = run_job(
            lambda _p: attachments.open_copy(doc_id), on_success=done, on_error=failed
        )
        self._enable()

    def remove_current(self) -> None:
        doc_id = self.current_id()
        if doc_id is None:
            return
        try:
            gone = self.services.attachments.remove(doc_id)
        except AppError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Removed %s.") % gone.label)
        self.reload()
