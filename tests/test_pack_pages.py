"""Every page of a pack right, as a protocol officer and a typographer read it (issue #18).

One pack is built from the demo store with hostile content added
(``tests/hostile_store.py``), for the head of delegation with a Khmer
recipient's watermark, and read back with pdftotext, pypdf and pixels.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.services.pack_records import PackRequest
from tests.hostile_store import HANOI, LONG_TITLE, hostile_copy
from tests.pdf_checks import MM, body_words, ink_right_edge, page_words

pytestmark = pytest.mark.slow

RECIPIENT = "កែវ សម្បត្តិ"


def watermark_letters(word: str) -> bool:
    """A word made of the watermark's letters (or the private glyph codes its shaping drew)."""
    return all(ch in RECIPIENT or 0xE000 <= ord(ch) <= 0xF8FF for ch in word)


@pytest.fixture(scope="module")
def hostile(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    svc = hostile_copy(demo_master, tmp_path_factory.mktemp("hostile"))
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def pack(hostile: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pack") / "pack.pdf"
    result = hostile.packs.issue(
        PackRequest(event_id=HANOI, recipients=(RECIPIENT,), watermark=True), out
    )
    return result.files[0].path  # type: ignore[no-any-return]


def _text(pdf: Path, *args: str) -> str:
    out = subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_no_page_holds_only_header_and_footer(pack: Path) -> None:
    empty = []
    for n, page in enumerate(page_words(pack), 1):
        words = [w for w in body_words(page) if not watermark_letters(w[4])]
        if not words:
            empty.append(n)
    assert not empty, f"pages with only header, footer and watermark: {empty}"


def test_nothing_is_drawn_past_the_right_margin(pack: Path) -> None:
    pages = page_words(pack)
    edges = ink_right_edge(pack)
    assert len(edges) == len(pages)
    past = [
        (n, round(edge - (p.width - 20 * MM), 1))
        for n, (p, edge) in enumerate(zip(pages, edges, strict=True), 1)
        if edge > p.width - 20 * MM + 1.5
    ]
    assert not past, f"(page, points past the right margin): {past}"


def test_time_ranges_and_dates_stay_on_one_line(pack: Path) -> None:
    pages = _text(pack).split("\f")
    programme = next(p for p in pages if "Programme and logistics" in p and "Format" in p)
    for value in ("09:00-17:30", "14:00-16:00", "12-13 Jan 2026", "15-16 Jan 2026"):
        assert value in programme, value


def test_agenda_sub_items_have_a_hanging_indent(pack: Path) -> None:
    pages = page_words(pack)
    page = next(p for p in pages if {"Agendas", "Purpose"} <= {w[4] for w in p.words})
    numbers = {w[4]: w for w in page.words if w[4] in ("1", "3", "3.1", "3.2", "3.2.a")}
    # numbers step in by level
    assert numbers["3"][0] < numbers["3.1"][0] < numbers["3.2.a"][0]
    # the long title of 3.1 (depth 1) wraps: every line starts where its first does
    top, bottom = numbers["3.1"][1] - 1, numbers["3.2"][1] - 1
    purpose_x = min(w[0] for w in page.words if w[4] == "For")
    cell = sorted(
        (y1, x0)
        for x0, y0, _x1, y1, t in page.words
        if top <= y0 < bottom
        and numbers["3.1"][2] < x0 < purpose_x - 2
        and not watermark_letters(t)  # (see the copy-paste test)
    )
    lines: list[list[float]] = []  # [baseline, leftmost x] of each line of the cell
    for y1, x0 in cell:
        if lines and y1 - lines[-1][0] < 5:
            lines[-1][1] = min(lines[-1][1], x0)
        else:
            lines.append([y1, x0])
    assert len(lines) >= 3, lines
    starts = sorted({round(x, 1) for _y, x in lines})
    assert len(starts) == 1, f"the title's lines start at {starts}"
    assert LONG_TITLE[:12] in _text(pack)


def test_a_pack_without_other_stances_prints_no_empty_landscape_map(
    hostile: Any, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    _r, data, _c = hostile.packs.prepare(PackRequest(event_id=HANOI))
    bare = [b.item_id for b in data.briefs if not b.stances and b.position is not None]
    assert bare
    result = hostile.packs.issue(
        PackRequest(
            event_id=HANOI, item_ids=tuple(bare), sections=(Section.COVER, Section.STANCE_MAP)
        ),
        tmp_path / "map.pdf",
    )
    reader = PdfReader(result.files[0].path)
    assert all(p.mediabox.width < p.mediabox.height for p in reader.pages)
    assert "No stance of another delegation" in reader.pages[-1].extract_text()
    assert len(reader.pages) == 2


def test_the_register_breaks_file_names_at_separators(hostile: Any, pack: Path) -> None:
    import io

    from pypdf import PdfReader

    rows = hostile.packs.register(HANOI).rows
    names = [r.file_name for r in rows]
    assert names
    reader = PdfReader(io.BytesIO(hostile.packs.register_pdf()))
    lines = [ln.strip() for p in reader.pages for ln in (p.extract_text() or "").splitlines()]
    for name in names:
        for ln in lines:
            if ln and ln != name and name.endswith(ln) and len(ln) < len(name):
                before = name[len(name) - len(ln) - 1]
                assert before in "/-_. ", f"{name!r} broken before {ln!r}"
