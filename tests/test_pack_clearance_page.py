"""The clearance block closes a brief and never stands alone on its last page (#18).

Its position on the page moves with the length of the brief: a sweep of press lines of
growing length puts the block at every height of the page (before the fix, 13 lengths
in a row left it alone on a page of its own, under the header and above the footer).
"""

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

HANOI, SOM6, ITEM = 2, 4, 27  # the 6th ADGSOM's item 3.2.a (stances, counterparts, notes)
FRAME = re.compile(
    r"CONFIDENTIAL|PREVIEW|NOT ISSUED|^Ref\. |Page \d+ of \d+|Copy 1 of 1|^6th ADGMIN"
)


@pytest.fixture(scope="module")
def svc(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = open_demo_copy(demo_master, tmp_path_factory.mktemp("clearance"))
    yield s
    s.close()


def _pages(svc: Any, lines: int, notes: int) -> list[str]:
    from pypdf import PdfReader

    c = svc.positions.get(ITEM).content
    press = "\n\n".join(
        f"Paragraph {k} of the press line, long enough to take one full line of the brief."
        for k in range(lines)
    )
    svc.positions.save(ITEM, replace(c, press_line=press), reopen_approved=True)
    pdf = svc.packs.preview(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), item_ids=(ITEM,),
                    sections=(Section.BRIEFS,), audience=Audience.HOD, notes_per_item=notes)
    )  # fmt: skip
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("notes", [0, 10])
def test_the_clearance_block_is_never_alone_on_a_page(svc: Any, notes: int) -> None:
    alone = []
    for lines in range(14, 46, 2):
        pages = _pages(svc, lines, notes)
        body = [
            line
            for line in pages[-1].splitlines()
            if line.strip() and not FRAME.search(line.strip())
        ]
        assert any(line.startswith("Clearance") for line in body), (lines, body[:3])
        if body[0].startswith("Clearance"):
            alone.append(lines)
    assert not alone, f"press-line lengths that left the clearance block alone: {alone}"
