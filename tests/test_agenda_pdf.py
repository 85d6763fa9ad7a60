"""PDF agendas (issue #21, item 6): made by reportlab, and converted from the Word test
files by LibreOffice headless as agendas are in real life; scans and bad files refused
in words; the import limits hold for PDF too (item 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Purpose
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.agenda_import import AgendaImporter
from adgsom_desktop.services.import_limits import MAX_PDF_PAGES
from adgsom_desktop.services.records import DocumentRef
from tests.agenda_files import (
    TABLE_ROWS,
    soffice_to_pdf,
    table_agenda_pdf,
    write_annotated_docx,
    write_table_agenda_docx,
)
from tests.test_agenda_layouts import LAYOUTS, check_table_preview


@pytest.mark.parametrize("grid", [True, False], ids=["grid", "no-grid"])
def test_reportlab_table_pdf(tmp_path: Path, grid: bool) -> None:
    path = table_agenda_pdf(tmp_path / "agenda.pdf", grid=grid)
    check_table_preview(AgendaImporter().from_file(path))


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every Word layout of the table tests, and the annotated agenda, through LibreOffice."""
    folder = tmp_path_factory.mktemp("soffice")
    sources: dict[str, Path] = {}
    for param in LAYOUTS:
        (layout,) = param.values
        sources[str(param.id)] = write_table_agenda_docx(folder / f"{param.id}.docx", **layout)
    sources["annotated"] = write_annotated_docx(folder / "annotated.docx")
    rows = list(TABLE_ROWS)
    rows[3] = ("", "", "3.1", "Khung quản trị dữ liệu số ASEAN", "Việt Nam", "", "")
    rows[4] = ("", "", "3.2", "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030", "ประเทศไทย", "", "")
    sources["scripts"] = write_table_agenda_docx(folder / "scripts.docx", rows=tuple(rows))
    pdfs = soffice_to_pdf(list(sources.values()), folder)
    return dict(zip(sources, pdfs, strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("layout", [str(p.id) for p in LAYOUTS])
def test_word_layouts_converted_by_libreoffice(converted: dict[str, Path], layout: str) -> None:
    preview = AgendaImporter().from_file(converted[layout])
    check_table_preview(preview)
    if layout == "documents-remarks":
        defa = next(i for i in preview.items if i.number == "3.1")
        assert defa.documents == (DocumentRef("ADGSOM/2027/DOC.04"),)
        assert defa.purpose is Purpose.ENDORSEMENT


@pytest.mark.slow
def test_annotated_agenda_converted_by_libreoffice(converted: dict[str, Path]) -> None:
    preview = AgendaImporter().from_file(converted["annotated"])
    items = {i.number: i for i in preview.items}
    assert list(items) == ["1", "2", "3", "4"]
    assert items["3"].title == "ASEAN Digital Masterplan 2026-2030"
    assert items["3"].purpose is Purpose.ENDORSEMENT
    assert items["3"].description.startswith("The ASEAN Secretariat will present")
    assert DocumentRef("ADGSOM/2027/INF.02") in items["3"].documents
    assert items["2"].documents == (DocumentRef("ADGSOM/2027/DOC.01"),)
    assert preview.header.place == "Manila, the Philippines"


def _canvas_pdf(path: Path, pages: int, draw: Any) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for n in range(pages):
        draw(c, n)
        c.showPage()
    c.save()
    return path


def test_scanned_pdf_without_text_gets_a_clear_message(tmp_path: Path) -> None:
    def picture(c: Any, _n: int) -> None:  # what a scan holds: marks, no text layer
        for k in range(40):
            c.rect(50 + k * 10, 700 - k * 12, 200, 6, fill=1)

    path = _canvas_pdf(tmp_path / "scan.pdf", 2, picture)
    with pytest.raises(ValidationError, match="holds no text: it looks like a scanned image"):
        AgendaImporter().from_file(path)


def test_bad_pdfs_are_refused_in_words(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF")
    with pytest.raises(ValidationError, match="cannot be read as a PDF"):
        AgendaImporter().from_file(broken)
    fake = tmp_path / "agenda.pdf"
    fake.write_text("1. Opening\n")
    with pytest.raises(ValidationError, match="not a PDF file"):
        AgendaImporter().from_file(fake)


def test_pdf_page_limit_is_checked_before_the_text_is_read(tmp_path: Path) -> None:
    path = _canvas_pdf(
        tmp_path / "long.pdf", MAX_PDF_PAGES + 1, lambda c, n: c.drawString(72, 700, f"{n}. x")
    )
    with pytest.raises(ValidationError, match=rf"{MAX_PDF_PAGES + 1} pages; an import takes"):
        AgendaImporter().from_file(path)


def test_pdf_line_limit(tmp_path: Path) -> None:
    def lines(c: Any, n: int) -> None:
        for k in range(60):
            c.drawString(72, 800 - k * 12, f"{n * 60 + k + 1}. Item")

    path = _canvas_pdf(tmp_path / "many.pdf", 90, lines)  # 5,400 lines
    with pytest.raises(ValidationError, match="more than 5,000 lines of text"):
        AgendaImporter().from_file(path)


def test_text_pdf_numbered_agenda(tmp_path: Path) -> None:
    def agenda(c: Any, _n: int) -> None:
        y = 800
        for line in (
            "PROVISIONAL AGENDA",
            "1.  Opening of the Meeting (for information)",
            "2.  ASEAN Digital Masterplan",
            "      2.1  Draft ADM 2026-2030 (for endorsement)",
            "10:30-10:45  Coffee break",
            "3.  Any other business",
        ):
            indent = len(line) - len(line.lstrip())
            c.drawString(72 + indent * 4, y, line.strip())
            y -= 16

    path = _canvas_pdf(tmp_path / "text.pdf", 1, agenda)
    preview = AgendaImporter().from_file(path)
    got = [(i.level, i.number, i.title, i.programme is not None) for i in preview.items]
    assert got == [
        (0, "1", "Opening of the Meeting", False),
        (0, "2", "ASEAN Digital Masterplan", False),
        (1, "2.1", "Draft ADM 2026-2030", False),
        (0, "", "Coffee break", True),
        (0, "3", "Any other business", False),
    ]


@pytest.mark.slow
def test_vietnamese_and_thai_come_through_a_converted_pdf(converted: dict[str, Path]) -> None:
    items = {i.number: i for i in AgendaImporter().from_file(converted["scripts"]).items}
    assert (items["3.1"].title, items["3.1"].lead_text) == (
        "Khung quản trị dữ liệu số ASEAN",
        "Việt Nam",
    )
    assert (items["3.2"].title, items["3.2"].lead_text) == (
        "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030",
        "ประเทศไทย",
    )
