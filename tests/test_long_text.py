"""Every text the store accepts prints: sections longer than a page split, never a LayoutError.

The store takes a brief section of 200,000 characters and a note of 100,000
(``domain/text.py``).  Before, a red line, a not-for-disclosure background,
"their objectives" or a note longer than a page stopped the head's pack and
the report to capital with reportlab's LayoutError (the CLI's exit 70).
"""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from adgsom_desktop.domain.text import MAX_NOTE, MAX_TEXT
from adgsom_desktop.services.outcome_service import MAX_OUTCOME
from adgsom_desktop.services.pack_records import PackRequest
from adgsom_desktop.services.position_records import TheirObjectiveRec
from tests.helpers import run_cli
from tests.pack_fixtures import open_demo_copy, squash

HANOI, SOM6 = 2, 4
THAI = "สนับสนุนความร่วมมือด้านดิจิทัลในภูมิภาค"  # Thai runs words together: no spaces


def word(letter: str, n: int) -> str:
    """One word of ``n`` characters (no space anywhere), marked at both ends."""
    return f"ZQ{letter}BEG" + letter.lower() * (n - 12) + f"ZQ{letter}FIN"


def thai(tag: str, n: int) -> str:
    """``n`` characters of Thai without a space, with a Latin tag at both ends."""
    body = (THAI * (n // len(THAI) + 1))[: n - 2 * len(tag) - 10]
    return f"ZQ{tag}BEG{body}ZQ{tag}FIN"


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.split("\f")[:-1]


def test_a_paragraph_longer_than_a_page_keeps_every_word_in_order_in_a_cell_and_a_box(
    tmp_path: Path,
) -> None:
    from reportlab.lib.units import mm

    from adgsom_desktop.reports.document import MarkedDocTemplate
    from adgsom_desktop.reports.pack_model import Marking
    from adgsom_desktop.reports.styles import NFD, NFD_SHADE, rich
    from adgsom_desktop.reports.tables import boxed, grid

    width = 170 * mm
    words = [f"w{n:05d}" for n in range(6000)]  # ~12 pages at the body size
    text = " ".join(words)
    story = [
        *rich(text),
        boxed(rich(text), width, border=NFD, background=NFD_SHADE),
        grid(
            ["Who", "What"], [["SPEAKER", rich(text, "cell", "cell")]], [width * 0.2, width * 0.8]
        ),
    ]
    buf = io.BytesIO()
    doc = MarkedDocTemplate(buf, Marking("RESTRICTED"), title="long")
    doc.multiBuild(story)
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(buf.getvalue())
    found = re.findall(r"w\d{5}", "".join(page_texts(pdf)))
    assert found == words * 3  # nothing lost, nothing repeated, in order
    # no page is only a repeated table header (the rows split, they do not stutter)
    assert doc.total_pages <= 3 * 14
    # the part of a split cell before the break is broken at the cell's text width:
    # no word of the table runs past the right edge of its column
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    right = 20 * mm + width - 4  # left margin + table width - the cell's right padding
    boxes = re.findall(r'xMax="([\d.]+)"[^>]*>(w\d{5})<', html)
    assert len(boxes) == 3 * len(words)
    assert max(float(x) for x, _w in boxes) <= right + 0.5


@dataclass(frozen=True)
class LongStore:
    path: Path
    first_item: int  # its brief holds the longest red line, background, their objectives
    second_item: int  # its notes and outcome are the longest the store takes


@pytest.fixture(scope="module")
def long_store(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> LongStore:
    """The demo with one brief and two notes of the 6th ADGSOM at the longest the store takes."""
    svc = open_demo_copy(demo_master, tmp_path_factory.mktemp("long"))
    try:
        items = [i for i in svc.agenda.items(SOM6) if i.position_status is not None]
        first, second = items[0], items[1]
        c = svc.positions.get(first.id).content
        their = TheirObjectiveRec("VN", word("T", MAX_TEXT), thai("OUR", MAX_TEXT))
        svc.positions.save(
            first.id,
            replace(
                c,
                red_line=word("R", MAX_TEXT),
                background_nfd=thai("NFD", MAX_TEXT),
                their_objectives=(their,),
            ),
            reopen_approved=True,
        )
        svc.notes.add(SOM6, thai("NOTE", MAX_NOTE), item_id=second.id)
        svc.notes.add(SOM6, word("N", MAX_NOTE), item_id=second.id)
        svc.outcomes.add(second.id, "agreed", word("O", MAX_OUTCOME))
        return LongStore(svc.ctx.store.path, first.id, second.id)
    finally:
        svc.close()


def _letters(text: str, letter: str) -> int:
    return text.count(letter)


@pytest.mark.slow
def test_the_heads_pack_prints_the_longest_red_line_background_and_their_objectives(
    long_store: LongStore, tmp_path: Path
) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    svc = Services.for_store(Store.open(long_store.path), actor="tester")
    try:
        out = tmp_path / "pack.pdf"
        result = svc.packs.issue(
            PackRequest(
                event_id=HANOI,
                meeting_ids=(SOM6,),
                item_ids=(long_store.first_item, long_store.second_item),
                classification="CONFIDENTIAL",
            ),
            out,
        )
    finally:
        svc.close()
    pages = page_texts(out)
    assert len(pages) == result.pages
    text = squash("".join(pages))
    for tag in ("R", "T", "NFD", "OUR"):
        assert text.count(f"ZQ{tag}BEG") == text.count(f"ZQ{tag}FIN") == 1, tag
    for tag in ("NOTE", "N"):  # the notes, in "past notes"
        assert text.count(f"ZQ{tag}BEG") == text.count(f"ZQ{tag}FIN") == 1, tag
    # the 200,000-character words are printed whole, not cut short
    assert _letters(text, "r") >= MAX_TEXT - 20
    assert _letters(text, "t") >= MAX_TEXT - 20


@pytest.mark.slow
def test_the_report_to_capital_and_outcome_summary_print_the_longest_notes(
    long_store: LongStore, tmp_path: Path
) -> None:
    """Through the CLI, which used to exit 70 (LayoutError)."""
    for kind, tags in (
        ("capital", ("NOTE", "N", "O")),
        ("outcomes", ("O",)),
    ):
        out = tmp_path / f"{kind}.pdf"
        done = run_cli(
            "report",
            "--store",
            str(long_store.path),
            "--meeting",
            str(SOM6),
            "--kind",
            kind,
            "--out",
            str(out),
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        text = squash("".join(page_texts(out)))
        for tag in tags:  # each printed once (the outcome twice in the summary: for the
            # ministers too), whole: its start and its end
            assert text.count(f"ZQ{tag}BEG") == text.count(f"ZQ{tag}FIN") >= 1, (kind, tag)
        if kind == "capital":
            assert _letters(text, "n") >= MAX_NOTE - 20
