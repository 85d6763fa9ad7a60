"""No heading or label ends a page of a pack with what it heads on the next (review s30 F1:
the HoD pack's page 9 ended with the heading "ADGSOM+Japan", its meeting table on page 10;
page 23 ended with the label "Fallbacks (in order)", the fallbacks on page 24)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.services.pack_records import PackRequest
from tests.pack_fixtures import open_demo_copy

pytestmark = pytest.mark.slow

HANOI, SOM6, ITEM = 2, 4, 27  # the 6th ADGSOM's item 3.2.a (a full ladder)
FRAME = re.compile(
    r"CONFIDENTIAL|PREVIEW|NOT ISSUED|^Ref\. |Page \d+ of \d+|Copy \d+ of \d+|^6th ADGMIN"
)
LABELS = {
    "Opening position",
    "Fallbacks (in order)",
    "Objective",
    "Our stance",
    "Position ladder",
    "Points to make",
    "Press line",
    "Background",
    "Defensive lines (Q&A)",
    "Their objectives and our response",
}


@pytest.fixture(scope="module")
def svc(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = open_demo_copy(demo_master, tmp_path_factory.mktemp("orphans"))
    yield s
    s.close()


def _pages(pdf: bytes) -> list[list[str]]:
    """Each page's lines of text without the page frame (marking, reference, page N of M)."""
    from pypdf import PdfReader

    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = (page.extract_text() or "").splitlines()
        out.append([x.strip() for x in lines if x.strip() and not FRAME.search(x.strip())])
    return out


def _ends_with_heading(pages: list[list[str]], headings: set[str]) -> list[tuple[int, str]]:
    return [(n + 1, body[-1]) for n, body in enumerate(pages) if body and body[-1] in headings]


def test_the_demo_hod_pack_ends_no_page_with_a_heading(svc: Any) -> None:
    meetings = {m.label for m in svc.events.meetings(HANOI)}
    pdf = svc.packs.preview(PackRequest(event_id=HANOI, audience=Audience.HOD))
    pages = _pages(pdf)
    assert any("ADGSOM+Japan" in line for body in pages for line in body)
    assert not _ends_with_heading(pages, meetings | LABELS)


def test_a_ladder_label_goes_over_with_its_first_line(svc: Any) -> None:
    """The brief of 3.2.a with an objective of growing length: whichever line the page
    breaks at, "Opening position" and "Fallbacks (in order)" never end a page."""
    c = svc.positions.get(ITEM).content
    together = 0  # lengths where the ladder follows the stance on the same page
    for lines in range(10, 40, 2):
        objective = "\n\n".join(
            f"Paragraph {k} of the objective, long enough to take one full line of the brief."
            for k in range(lines)
        )
        svc.positions.save(ITEM, replace(c, objective=objective), reopen_approved=True)
        pdf = svc.packs.preview(
            PackRequest(event_id=HANOI, meeting_ids=(SOM6,), item_ids=(ITEM,),
                        sections=(Section.BRIEFS,), audience=Audience.HOD)
        )  # fmt: skip
        pages = _pages(pdf)
        assert not _ends_with_heading(pages, LABELS), lines
        together += any("Our stance" in b and "Position ladder" in b for b in pages)
    # a label kept with its line must not push the whole ladder to a new page each time
    # (a KeepTogether nested in another always asks for a new page)
    assert together >= 5, together
