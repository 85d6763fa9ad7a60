"""A PDF preview (PDFium through pypdfium2, see pdf_pages.py): pages of a pack or report shown before it is issued, with the
outline (the pack's bookmarks) beside the pages, a page jump and zoom."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .pdf_view import PdfPageView, ZoomMode

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0


class PdfPreview(QWidget):
    """Shows PDF bytes (held in memory: nothing is written to disk for a preview)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.view = PdfPageView(self)
        self.view.setObjectName("pdfView")
        self.placeholder = QLabel(self.tr("Choose what the pack holds, then Preview."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.info = QLabel(self)
        self.info.setObjectName("previewInfo")

        # The outline: the pack's bookmarks (meetings, items); a click goes to the page.
        self.bookmarks = QStandardItemModel(self)
        self.outline = QTreeView(self)
        self.outline.setObjectName("previewOutline")
        self.outline.setModel(self.bookmarks)
        self.outline.setHeaderHidden(True)
        self.outline.clicked.connect(self._go_to_bookmark)
        self.outline.activated.connect(self._go_to_bookmark)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 600])

        self.page = QSpinBox(self)
        self.page.setObjectName("previewPage")
        self.page.setPrefix(self.tr("Page "))
        self.page.setKeyboardTracking(False)
        self.page.setMinimum(1)
        self.page.valueChanged.connect(self.go_to_page)
        self.of_pages = QLabel(self)
        self.view.current_page_changed.connect(self._page_shown)
        self.zoom_out = QPushButton("−", self)
        self.zoom_out.setObjectName("previewZoomOut")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in = QPushButton("+", self)
        self.zoom_in.setObjectName("previewZoomIn")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        for b in (self.zoom_out, self.zoom_in):
            b.setFixedWidth(b.fontMetrics().horizontalAdvance("+") + 28)
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_width = QPushButton(self.tr("Fit width"), self)
        self.fit_page = QPushButton(self.tr("Whole page"), self)
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(ZoomMode.FIT_WIDTH))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(ZoomMode.FIT_PAGE))
        self._controls = (
            self.page,
            self.of_pages,
            self.zoom_out,
            self.zoom_in,
            self.fit_width,
            self.fit_page,
        )
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        for w in self._controls:
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.splitter, 10)
        self._show_pages(False)

    def _show_pages(self, on: bool) -> None:
        self.splitter.setVisible(on)
        for w in self._controls:
            w.setVisible(on)

    def show_pdf(self, data: bytes, note: str = "") -> None:
        try:
            self.view.set_pdf(data)
        except ValueError:
            self.clear(self.tr("This PDF cannot be shown."))
            return
        self._fill_outline()
        pages = self.view.pages.page_count()
        self.info.setText(
            (self.tr("%n page(s)", "", pages) + (f" - {note}" if note else "")).strip()
        )
        self.page.blockSignals(True)
        self.page.setMaximum(max(1, pages))
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.of_pages.setText(self.tr("of %s") % pages)
        self.outline.expandToDepth(0)
        self.outline.setVisible(self.bookmarks.rowCount() > 0)
        self.placeholder.hide()
        self._show_pages(True)

    def _fill_outline(self) -> None:
        """The bookmarks as a tree: each entry under the last one a level above it."""
        self.bookmarks.clear()
        parents: list[QStandardItem] = [self.bookmarks.invisibleRootItem()]
        for entry in self.view.pages.outline():
            item = QStandardItem(entry.title)
            item.setEditable(False)
            item.setData(entry.page, PAGE_ROLE)
            depth = min(entry.level, len(parents) - 1)
            del parents[depth + 1 :]
            parents[depth].appendRow(item)
            parents.append(item)

    def clear(self, message: str = "") -> None:
        self.view.clear()
        self.bookmarks.clear()
        self._show_pages(False)
        self.info.setText("")
        if message:
            self.placeholder.setText(message)
        self.placeholder.show()

    def page_count(self) -> int:
        return self.view.pages.page_count()

    # -- moving around --------------------------------------------------------------------
    def current_page(self) -> int:
        """The page shown, from 1."""
        return self.view.current_page() + 1

    def go_to_page(self, page: int) -> None:
        if 1 <= page <= self.page_count():
            self.view.jump(page - 1)

    def _page_shown(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)

    def _go_to_bookmark(self, index: QModelIndex) -> None:
        page = index.data(PAGE_ROLE)
        if page is not None:
            self.view.jump(int(page))

    def zoom(self, factor: float) -> None:
        """Zoom from what is shown now (fit width or whole page included)."""
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, self.view.zoomFactor() * factor)))
