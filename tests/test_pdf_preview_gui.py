"""A preview that can be read (issue #23, item 4): the outline beside the pages (a click
goes to the page), a page jump, zoom in and out from a fit mode; after saving, Open and
Show in folder hand the file and its folder to the system."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.ui.packs.build_bar import BuildBar
from adgsom_desktop.ui.packs.pdf_preview import PdfPreview
from adgsom_desktop.ui.packs.pdf_view import ZoomMode
from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui]


def _pdf_with_outline(pages: int = 8) -> bytes:
    """Pages with bookmarks as the pack writes them (a meeting, its items under it)."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 28)
        c.drawString(72, 700, f"Page {n}")
        key = f"p{n}"
        c.bookmarkPage(key)
        if n == 1:
            c.addOutlineEntry("7th ADGSOM - agenda", key, level=0)
        elif n in (3, 6):
            c.addOutlineEntry(f"Item {n}: brief", key, level=1)
        c.showPage()
    c.save()
    return out.getvalue()


def test_outline_page_jump_and_zoom(qtbot: Any) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(1093, 614)
    preview.show()
    assert not preview.page.isVisible()  # nothing to move around in yet
    preview.show_pdf(_pdf_with_outline(), "preview of copy 1, not issued")
    assert preview.page_count() == 8
    assert preview.page.maximum() == 8 and preview.of_pages.text() == "of 8"
    model = preview.outline.model()
    assert model.rowCount() == 1
    top = model.index(0, 0)
    assert top.data() == "7th ADGSOM - agenda" and model.rowCount(top) == 2
    # a bookmark goes to its page
    item6 = model.index(1, 0, top)
    preview.outline.clicked.emit(item6)
    qtbot.waitUntil(lambda: preview.current_page() == 6, timeout=3000)
    assert preview.page.value() == 6  # the page box follows
    # the page box goes to a page
    preview.page.setValue(3)
    qtbot.waitUntil(lambda: preview.current_page() == 3, timeout=3000)
    # zoom from fit width: in, then out again
    assert preview.view.zoomMode() == ZoomMode.FIT_WIDTH
    preview.zoom_in.click()
    assert preview.view.zoomMode() == ZoomMode.CUSTOM
    bigger = preview.view.zoomFactor()
    preview.zoom_out.click()
    assert preview.view.zoomFactor() == pytest.approx(bigger / 1.25)
    for _ in range(20):
        preview.zoom_in.click()
    assert preview.view.zoomFactor() == pytest.approx(6.0)  # bounded
    preview.fit_width.click()
    assert preview.view.zoomMode() == ZoomMode.FIT_WIDTH
    qtbot.wait(100)
    save_artifact(preview, "pdf_preview_outline")
    preview.clear("The choice changed")
    assert not preview.outline.isVisible() and not preview.page.isVisible()


def test_open_and_show_in_folder_after_saving(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    bar = BuildBar("pack")
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.open_button.isVisible() and not bar.folder_button.isVisible()
    assert bar.open_saved() is False  # nothing saved: nothing opened
    saved = [tmp_path / "out" / "pack-copy01.pdf", tmp_path / "out" / "pack-copy02.pdf"]
    bar.show_saved(saved)
    assert bar.open_button.isVisible() and bar.folder_button.isVisible()
    bar.open_button.click()
    bar.folder_button.click()
    assert opened == [str(saved[0]), str(tmp_path / "out")]
    assert "2 files" in bar.open_button.toolTip()


def test_saving_says_why_the_pack_is_built_again() -> None:
    from adgsom_desktop.domain.enums import Audience
    from adgsom_desktop.services.pack_records import PackRequest
    from adgsom_desktop.ui.packs.save_note import rebuild_note

    hod = PackRequest(event_id=1, classification="CONFIDENTIAL")
    assert rebuild_note(None, hod) == "Built for issue (there was no preview)."
    assert "the preview carried PREVIEW - NOT ISSUED and copy 1 only" in rebuild_note(hod, hod)
    delegation = PackRequest(event_id=1, audience=Audience.DELEGATION, classification="RESTRICTED")
    note = rebuild_note(hod, delegation)
    assert note.startswith("Built again, not from the preview: the audience (")
    assert "the marking (CONFIDENTIAL in the preview, RESTRICTED issued)" in note
    more = PackRequest(event_id=1, classification="CONFIDENTIAL", recipients=("Dr. A", "Mr. B"))
    assert rebuild_note(hod, more).endswith("what the pack holds or who gets copies changed since.")


def test_pages_render_through_pdfium_and_bad_bytes_say_so(qtbot: Any) -> None:
    """The preview draws with PDFium (pypdfium2), not QtPdf: the pages it renders hold the
    text, the outline keeps its levels, and bytes that are no PDF give a clear message."""
    from PySide6.QtGui import QColor

    from adgsom_desktop.ui.packs.pdf_pages import PdfPages

    pages = PdfPages(_pdf_with_outline(3))
    assert pages.page_count() == 3
    size = pages.page_size(0)
    assert round(size.width()) == 595 and round(size.height()) == 842  # A4 in points
    image = pages.render(0, 595, 842)
    assert (image.width(), image.height()) == (595, 842)
    # "Page 1" at 28 pt from (72, 700): dark pixels there, white paper elsewhere
    band = [image.pixelColor(x, 842 - 710) for x in range(72, 160)]
    assert any(c.lightness() < 100 for c in band)
    assert image.pixelColor(500, 500) == QColor("white")
    assert [(e.level, e.title, e.page) for e in pages.outline()] == [
        (0, "7th ADGSOM - agenda", 0),
        (1, "Item 3: brief", 2),
    ]
    pages.close()
    assert pages.page_count() == 0 and pages.render(0, 10, 10).isNull()

    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show_pdf(b"%PDF-1.4 this is not a PDF at all")
    assert preview.page_count() == 0
    assert preview.placeholder.text() == "This PDF cannot be shown."
    assert not preview.page.isVisible()
