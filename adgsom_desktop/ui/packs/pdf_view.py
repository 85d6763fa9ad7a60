"""A scrolling view of PDF pages, one under the other, drawn only when they are on screen.

Zoom follows the PDF viewers people know: fit width, whole page, or a factor (1.0 = the
page at its printed size on this screen). Rendered pages are kept in a small cache, so
scrolling back does not render again; a 500-page pack costs only the pages looked at.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import Enum

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from .pdf_pages import PdfPages

MARGIN = 12
CACHE_PAGES = 16


class ZoomMode(Enum):
    FIT_WIDTH = "fit-width"
    FIT_PAGE = "fit-page"
    CUSTOM = "custom"


class PdfPageView(QAbstractScrollArea):
    current_page_changed = Signal(int)  # the page at the top of the view, from 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = PdfPages()
        self.destroyed.connect(self.pages.close)  # PDFium's memory goes with the widget
        self._mode = ZoomMode.FIT_WIDTH
        self._factor = 1.0
        self._tops: list[int] = []  # each page's top, in layout pixels
        self._cache: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- what is shown --------------------------------------------------------------------
    def set_pdf(self, data: bytes) -> None:
        self.pages.load(data)
        self._cache.clear()
        self._current = 0
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self.viewport().update()

    def clear(self) -> None:
        self.pages.close()
        self._cache.clear()
        self._relayout()
        self.viewport().update()

    def zoomMode(self) -> ZoomMode:
        return self._mode

    def setZoomMode(self, mode: ZoomMode) -> None:
        page = self._current
        self._mode = mode
        self._relayout()
        self.jump(page)

    def zoomFactor(self) -> float:
        """The factor shown now (a fit mode included): 1.0 is the printed size."""
        return self._scale() / self._points_to_pixels()

    def setZoomFactor(self, factor: float) -> None:
        page = self._current
        self._mode = ZoomMode.CUSTOM
        self._factor = factor
        self._relayout()
        self.jump(page)

    def current_page(self) -> int:
        return self._current

    def jump(self, page: int) -> None:
        if 0 <= page < len(self._tops):
            self.verticalScrollBar().setValue(self._tops[page] - MARGIN)
            self._set_current(page)

    # -- layout ---------------------------------------------------------------------------
    def _points_to_pixels(self) -> float:
        return self.logicalDpiX() / 72.0

    def _largest(self) -> tuple[float, float]:
        """The widest page's width and the tallest page's height, in points."""
        sizes = [self.pages.page_size(n) for n in range(self.pages.page_count())]
        if not sizes:
            return 0.0, 0.0
        return max(s.width() for s in sizes), max(s.height() for s in sizes)

    def _scale(self) -> float:
        """Pixels per point in the current zoom, the same for every page (as printed)."""
        width, height = self._largest()
        if width <= 0 or height <= 0:
            return self._points_to_pixels()
        room = self.viewport().size()
        fit_width = max(1.0, room.width() - 2 * MARGIN) / width
        if self._mode is ZoomMode.FIT_WIDTH:
            return fit_width
        if self._mode is ZoomMode.FIT_PAGE:
            return min(fit_width, max(1.0, room.height() - 2 * MARGIN) / height)
        return self._factor * self._points_to_pixels()

    def _page_pixels(self, page: int) -> QSize:
        size = self.pages.page_size(page)
        scale = self._scale()
        return QSize(round(size.width() * scale), round(size.height() * scale))

    def _relayout(self) -> None:
        self._tops = []
        y = MARGIN
        widest = 0
        for n in range(self.pages.page_count()):
            self._tops.append(y)
            px = self._page_pixels(n)
            y += px.height() + MARGIN
            widest = max(widest, px.width())
        room = self.viewport().size()
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, y - room.height()))
        bar.setPageStep(room.height())
        bar.setSingleStep(40)
        hbar = self.horizontalScrollBar()
        hbar.setRange(0, max(0, widest + 2 * MARGIN - room.width()))
        hbar.setPageStep(room.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        page = self._current
        super().resizeEvent(event)
        self._relayout()
        if self._mode is not ZoomMode.CUSTOM:
            self.jump(page)

    def _scrolled(self, value: int) -> None:
        # the current page is the last one whose top is above the middle of the top margin
        top = value + MARGIN
        page = 0
        for n, y in enumerate(self._tops):
            if y <= top + MARGIN:
                page = n
            else:
                break
        self._set_current(page)
        self.viewport().update()

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)

    # -- drawing --------------------------------------------------------------------------
    def _image(self, page: int, size: QSize) -> QImage:
        ratio = self.devicePixelRatioF()
        key = (page, round(size.width() * ratio), round(size.height() * ratio))
        image = self._cache.get(key)
        if image is None:
            image = self.pages.render(page, key[1], key[2])
            image.setDevicePixelRatio(ratio)
            self._cache[key] = image
            while len(self._cache) > CACHE_PAGES:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().dark())
        dy = self.verticalScrollBar().value()
        room = self.viewport().width()
        dx = self.horizontalScrollBar().value()
        visible = event.rect()
        shadow = QColor(self.palette().shadow().color())
        shadow.setAlpha(60)
        for n, top in enumerate(self._tops):
            size = self._page_pixels(n)
            x = max(MARGIN, (room - size.width()) // 2) - dx
            rect = QRect(x, top - dy, size.width(), size.height())
            if rect.top() > visible.bottom():
                break
            if not rect.intersects(visible):
                continue
            painter.fillRect(rect.adjusted(2, 2, 2, 2), shadow)
            painter.drawImage(QRectF(rect), self._image(n, size))
        painter.end()
