"""PDF pages as images, through PDFium (pypdfium2), for the preview and for printing.

The app used QtPdf before; it ships only in PySide6's Addons wheel, 438 MB installed with
QtWebEngine and 25 other modules the app never uses (issue #24, item 5). pypdfium2 wraps the
same PDFium engine QtPdf is built on, in a 3 MB wheel. PDFium is not thread-safe (not even
across documents), so every call into it takes ``PDFIUM_LOCK``: the preview paints in the
GUI thread while a print job renders in a worker.
"""

from __future__ import annotations

import atexit
import threading
import weakref
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

PDFIUM_LOCK = threading.RLock()
_OPEN: weakref.WeakSet[PdfPages] = weakref.WeakSet()


@dataclass(frozen=True)
class OutlineEntry:
    """One bookmark of the PDF's outline: its depth (0 = top), title and page (from 0)."""

    level: int
    title: str
    page: int | None


class PdfPages:
    """The pages of one PDF held in memory (nothing is written to disk)."""

    def __init__(self, data: bytes = b"") -> None:
        self._doc: pdfium.PdfDocument | None = None
        self._sizes: list[QSizeF] = []
        if data:
            self.load(data)

    def load(self, data: bytes) -> None:
        """Reads ``data``; raises ValueError when it is not a PDF PDFium can open."""
        self.close()
        with PDFIUM_LOCK:
            try:
                doc = pdfium.PdfDocument(bytes(data))
            except pdfium.PdfiumError as exc:
                raise ValueError(f"not a readable PDF ({exc})") from exc
            self._doc = doc
            _OPEN.add(self)
            self._sizes = [QSizeF(*doc.get_page_size(n)) for n in range(len(doc))]

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._doc is not None:
                self._doc.close()
            self._doc = None
            self._sizes = []

    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, page: int) -> QSizeF:
        """The page's size in points (1/72 inch); empty when there is no such page."""
        if 0 <= page < len(self._sizes):
            return QSizeF(self._sizes[page])
        return QSizeF()

    def outline(self) -> list[OutlineEntry]:
        if self._doc is None:
            return []
        entries = []
        with PDFIUM_LOCK:
            for mark in self._doc.get_toc():
                dest = mark.get_dest()
                index = dest.get_index() if dest is not None else None
                entries.append(OutlineEntry(mark.level, mark.get_title(), index))
        return entries

    def render(self, page: int, width: int, height: int) -> QImage:
        """The page drawn on white at ``width`` x ``height`` pixels (an owned QImage)."""
        if self._doc is None or not 0 <= page < len(self._sizes) or width < 1 or height < 1:
            return QImage()
        size = self._sizes[page]
        scale = min(width / size.width(), height / size.height())
        with PDFIUM_LOCK:
            bitmap = self._doc[page].render(scale=scale, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,  # BGRx bytes = 0xffRRGGBB on little-endian
            )
            return image.copy()  # own the pixels: the bitmap's buffer is freed with it


@atexit.register
def _close_open_documents() -> None:
    """Close what a still-living preview holds before PDFium shuts down (registered after
    pypdfium2's own exit hook, so it runs first): no "still open" warning at exit."""
    for pages in list(_OPEN):
        pages.close()
