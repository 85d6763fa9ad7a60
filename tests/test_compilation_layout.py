"""The compilation table's layout: a document's title never stands alone at a page's foot."""

from __future__ import annotations

from adgsom_desktop.reports.compilation import CompilationData, render_compilation
from adgsom_desktop.reports.pack_model import CompilationDoc, CompilationLine, Marking
from tests.pack_fixtures import pdf_pages_text

WORDS = "The Ministers welcomed the offers of Member States to host capacity-building activities"


def _doc(n: int) -> CompilationDoc:
    """A first row about a third of a landscape page tall, then n % 5 short rows."""
    tall = CompilationLine(
        label=f"R{n}",
        current=" ".join([WORDS] * 8) + f" FIRSTROW{n}X",
        proposal=(("same", WORDS), ("added", " and more")),
        state="To table",
        reason="Because.",
    )
    short = CompilationLine(
        label="2", current="Short.", proposal=(("same", "Short."),), state="Tabled"
    )
    return CompilationDoc(title=f"DOCTITLE{n}X of the meeting", lines=(tall,) + (short,) * (n % 5))


def test_a_document_title_is_on_the_page_of_its_first_row() -> None:
    docs = tuple(_doc(n) for n in range(12))
    data = CompilationData("Compilation", "Paragraph and proposal", "Thailand", "6 Dec", docs)
    pdf, pages = render_compilation(data, Marking("RESTRICTED"))
    texts = pdf_pages_text(pdf)
    assert pages == len(texts) > 3
    for n in range(12):
        title = [k for k, t in enumerate(texts) if f"DOCTITLE{n}X" in t]
        row = [k for k, t in enumerate(texts) if f"FIRSTROW{n}X" in t]
        assert title == row, f"document {n}: title on page {title}, its first row on {row}"
