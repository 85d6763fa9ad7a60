"""The clearance block's keeper (reports/keep_with.py): it never starts a page alone, and
a brief whose last row cannot go over with it still prints (no LayoutError)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from adgsom_desktop.reports.keep_with import keep_with_previous

STYLE = getSampleStyleSheet()["Normal"]
BLOCK = "Prepared by / Cleared by / Approved by"


def _build(tmp_path: Path, words: int) -> list[str]:
    """A brief ending on a one-row table of ``words`` words, then the clearance block."""
    row = Table([[Paragraph("word " * words, STYLE)]], colWidths=[400])
    story = [Paragraph("Objective", STYLE), row]
    out = tmp_path / "brief.pdf"
    SimpleDocTemplate(str(out)).build(keep_with_previous(story, [Paragraph(BLOCK, STYLE)]))
    return [page.extract_text() for page in PdfReader(out).pages]


@pytest.mark.parametrize("words", [600, 870, 890])
def test_the_block_prints_after_a_row_that_nearly_fills_a_page(tmp_path: Path, words: int) -> None:
    # 870 and 890 words: the row fits a page alone but not with the block; the keeper
    # used to move them on page after page until reportlab gave up (LayoutError).
    pages = _build(tmp_path, words)
    assert BLOCK in pages[-1]
    assert sum(p.count("word") for p in pages) == words
    # the block never stands on a page of its own when the row fits beside it
    if len(pages) == 1:
        assert "Objective" in pages[0]
