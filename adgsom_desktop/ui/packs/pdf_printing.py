"""Printing PDFs through the system print dialog (PDFium renders, QPrinter prints).

``ask_printer`` is the one place the print dialog opens (tests replace it).
``print_pdfs`` runs in a worker: Qt allows painting on a QPrinter outside the
GUI thread, so a long pack never freezes the window; it reports progress and
stops between pages when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from .pdf_pages import PdfPages

PRINT_DPI = 300


def ask_printer(parent: QWidget | None, title: str = "Print") -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def printer_name(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return f"PDF file {printer.outputFileName()}"
    return printer.printerName() or "printer"


def print_pdfs(
    printer: QPrinter,
    documents: Sequence[bytes],
    report: Callable[[int, int, str], None] | None = None,
) -> int:
    """Print every page of every document on ``printer``; returns the pages printed."""
    docs = [PdfPages(data) for data in documents]
    pages = [(doc, n) for doc in docs for n in range(doc.page_count())]
    total = len(pages)
    if not pages:
        return 0

    def orientation(doc: PdfPages, page: int) -> QPageLayout.Orientation:
        size = doc.page_size(page)
        wide = size.width() > size.height()
        return QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait

    printer.setPageOrientation(orientation(*pages[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started (is it connected and ready?).")
    done = 0
    try:
        for doc, page in pages:
            if done:
                wanted = orientation(doc, page)
                if printer.pageLayout().orientation() != wanted:
                    printer.setPageOrientation(wanted)
                printer.newPage()
            size = doc.page_size(page)
            pixels = QSize(int(size.width() * PRINT_DPI / 72), int(size.height() * PRINT_DPI / 72))
            image = doc.render(page, pixels.width(), pixels.height())
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            target = QRect(0, 0, int(area.width()), int(area.height()))
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = target.x() + (target.width() - scaled.width()) // 2
            y = target.y() + (target.height() - scaled.height()) // 2
            painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
            done += 1
            if report is not None:
                report(done, total, f"Printing page {done} of {total}")
    finally:
        painter.end()
        for doc in docs:
            doc.close()
    return done
