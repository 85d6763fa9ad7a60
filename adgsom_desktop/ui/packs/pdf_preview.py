"""A PDF preview (QtPdf): pages of a pack or report shown before it is issued."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PdfPreview(QWidget):
    """Shows PDF bytes (held in memory: nothing is written to disk for a preview)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.placeholder = QLabel(self.tr("Choose what the pack holds, then Preview."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.info = QLabel(self)
        self.info.setObjectName("previewInfo")
        self.fit_width = QPushButton(self.tr("Fit width"), self)
        self.fit_page = QPushButton(self.tr("Whole page"), self)
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.view, 10)
        self.view.hide()
        self.fit_width.hide()
        self.fit_page.hide()

    def show_pdf(self, data: bytes, note: str = "") -> None:
        self.document.close()
        self._bytes = QByteArray(data)  # QPdfDocument reads from this buffer: keep it alive
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.info.setText(
            (self.tr("%n page(s)", "", pages) + (f" - {note}" if note else "")).strip()
        )
        self.placeholder.hide()
        self.view.show()
        self.fit_width.show()
        self.fit_page.show()

    def clear(self, message: str = "") -> None:
        self.document.close()
        self.view.hide()
        self.fit_width.hide()
        self.fit_page.hide()
        self.info.setText("")
        if message:
            self.placeholder.setText(message)
        self.placeholder.show()

    def page_count(self) -> int:
        return int(self.document.pageCount())
