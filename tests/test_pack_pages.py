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
    for value in ("09:00-17:30", "14:00-16:00", "12-13 January 2026", "15-16 January 2026"):
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


# -- every script, every glyph (items 1, 2, 4, 5) ------------------------------------

# Sentences of the demo (past notes and points to make in the head's pack)
DEMO_SENTENCES = {
    "km": "កម្ពុជាគាំទ្រកិច្ចសហប្រតិបត្តិការក្នុងតំបន់",
    "my": "မြန်မာနိုင်ငံသည် ဒီဂျစ်တယ် စွမ်းရည်မြှင့်တင်ရေး",
    "th": "การต่อต้านการหลอกลวงทางออนไลน์เป็นวาระสำคัญของประเทศไทย",
    "lo": "ສປປ ລາວ ສະໜັບສະໜູນການພັດທະນາທັກສະດິຈິຕອນ",
}


def _pypdf_text(pdf: Path) -> str:
    from pypdf import PdfReader

    return "\f".join(p.extract_text() or "" for p in PdfReader(pdf).pages)


def _no_space(text: str) -> str:
    """Whitespace removed (lines wrap anywhere) but no normalisation: "คำ" stays "คำ"."""
    return "".join(text.split())


def test_every_script_extracts_exactly_with_pdftotext_and_pypdf(pack: Path) -> None:
    from tests.hostile_store import JAPANESE, KHMER, KOREAN, LAO, MYANMAR, THAI, VIETNAMESE

    for tool, text in (("pdftotext", _text(pack)), ("pypdf", _pypdf_text(pack))):
        # the hostile points to make, one line each: exactly, spaces and all
        for sentence in (KHMER, MYANMAR, THAI, LAO, VIETNAMESE, JAPANESE, KOREAN):
            assert sentence in text, (tool, sentence)
        # the demo's sentences, wrapped in narrow cells: every character, in order
        flat = _no_space(text)
        for code, sentence in DEMO_SENTENCES.items():
            assert _no_space(sentence) in flat, (tool, code)
        assert "คํา" not in text and "\u0e4d\u0e32" not in text, tool  # SARA AM read back whole
        assert not any(0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000 for c in text), tool


def test_no_empty_glyph_and_no_replacement_mark(pack: Path, hostile: Any) -> None:
    from tests.pdf_checks import notdef_glyphs

    assert notdef_glyphs(pack.read_bytes()) == []
    text = _text(pack)
    assert "\ufffd" not in text
    # emoji: drawn by the one-colour symbols face, or named
    assert "Flags [flag: TH] [flag: VN] family [man, woman, girl] warning ⚠ ok" in text
    fonts = subprocess.run(["pdffonts", str(pack)], capture_output=True, text=True).stdout
    assert "ADGSOMSans-Symbols" in fonts


def test_every_copy_of_every_pass_draws_cjk_and_hangul(hostile: Any, tmp_path: Path) -> None:
    """Several build passes and a second copy (one more pass): no empty box anywhere."""
    from tests.hostile_store import JAPANESE, KOREAN
    from tests.pdf_checks import notdef_glyphs

    result = hostile.packs.issue(
        PackRequest(event_id=HANOI, recipients=("森本健 ASEAN", "박지훈"), watermark=True),
        tmp_path / "cjk.pdf",
    )
    for f in result.files:
        assert notdef_glyphs(f.path.read_bytes()) == [], f.path.name
        text = _text(f.path)
        assert JAPANESE in text and KOREAN in text


def test_the_watermark_is_outlines_marked_as_an_artifact(pack: Path) -> None:
    from pypdf import PdfReader

    pages = _text(pack).split("\f")[:-1]
    for n, page in enumerate(pages, 1):
        # the name is read in the header, the cover's copy line and where the demo
        # names the counterpart, never from the diagonal
        printed = page.count(f"issued to {RECIPIENT}") + page.count(f"ឯកឧត្តម {RECIPIENT}")
        printed += "Distribution list" in page and "Issued to" in page  # the holder's row
        assert page.count(RECIPIENT) == printed, (n, page[:300])
        assert "ែក" not in page
    reader = PdfReader(pack)
    for page in reader.pages:
        content = page.get_contents().get_data()
        start = content.index(b"/Artifact <</Type /Pagination /Subtype /Watermark>> BDC")
        span = content[start : content.index(b"EMC", start)]
        assert b" Do" in span and b"BT" not in span  # a form drawn, no text shown
    forms = [
        x.get_object()
        for x in reader.pages[0]["/Resources"]["/XObject"].values()
        if x.get_object().get("/Subtype") == "/Form"
    ]
    import re

    assert forms
    for form in forms:
        data = form.get_data()
        assert b"Tj" not in data and b"TJ" not in data, data[:200]  # no text shown
        assert re.search(rb"\sf\s", data)  # the outlines, filled


def test_shortened_names_end_between_grapheme_clusters() -> None:
    """The header and the cover shorten a long name between clusters, at every width."""

    from adgsom_desktop.reports.clusters import grapheme_clusters
    from adgsom_desktop.reports.fonts import BOLD, register_fonts, string_width
    from adgsom_desktop.reports.page_marks import shorten_to

    register_fonts()
    names = {
        "km": "ឯកឧត្តម កែវ សម្បត្តិ រដ្ឋលេខាធិការក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍",
        "my": "ဦးကျော်ဇင်ထက် ဒီဂျစ်တယ်စီးပွားရေးဝန်ကြီးဌာန ညွှန်ကြားရေးမှူးချုပ်",
    }
    for code, name in names.items():
        clusters = grapheme_clusters(name)
        boundaries = {len("".join(clusters[:k])) for k in range(len(clusters) + 1)}
        naive_inside = 0
        full = string_width(name, BOLD, 8)
        widths = [full * k / 200 for k in range(10, 200)]
        for width in widths:
            short = shorten_to(name, BOLD, 8, width)  # the header's and the footer's
            assert short.endswith("…") and string_width(short, BOLD, 8) <= width + 0.01
            kept = short[:-1]
            assert name.startswith(kept)
            assert len(kept.rstrip()) in boundaries or len(kept) in boundaries, (code, kept)
            # what cutting character by character would have left
            naive = name
            while naive and string_width(naive + "…", BOLD, 8) > width:
                naive = naive[:-1]
            naive_inside += len(naive) not in boundaries
        assert naive_inside > 5, code  # the sweep does reach inside clusters


def test_words_of_several_pieces_read_back_once() -> None:
    """A word cut into pieces (no-break spaces, a ligature, bold inside Thai) reads back once."""
    import io

    from pypdf import PdfReader

    from adgsom_desktop.reports.document import MarkedDocTemplate
    from adgsom_desktop.reports.pack_model import Marking
    from adgsom_desktop.reports.styles import xml

    lines = {
        "3&nbsp;&nbsp;Progress under Desired Outcome 2": "3 Progress under Desired Outcome 2",
        "<i>Coffee Break</i> and <b>office</b>": "Coffee Break and office",
        "ประเทศไทย<b>สนับสนุน</b>คำถาม": "ประเทศไทยสนับสนุนคำถาม",
        "កម្ពុជា<i>គាំទ្រ</i>កិច្ចសហប្រតិបត្តិការ": "កម្ពុជាគាំទ្រកិច្ចសហប្រតិបត្តិការ",
    }
    buf = io.BytesIO()
    MarkedDocTemplate(buf, Marking("RESTRICTED")).build([xml(x) for x in lines])
    text = " ".join(PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text().split())
    for expected in lines.values():
        assert text.count(expected) == 1, (expected, text)
