"""The conventions a protocol officer checks in a pack (issue #18, item 9).

A distribution list, the page count on the cover, a DRAFT stamp on every page of
a brief not approved, a clearance block, a receipt page that ends every copy,
dates written out, and bookmarks for the cover and the contents with the PDF
opening on its outline.  Built from a copy of the demo store, through the service
the pack dialog and ``pack`` use, and read back with pypdf.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.domain.timeutil import long_date
from adgsom_desktop.reports.document import OUTLINE_LIMIT
from adgsom_desktop.services.pack_records import PackRequest
from tests.pack_fixtures import open_demo_copy, outline_titles, pdf_pages_text, squash

pytestmark = pytest.mark.slow

HANOI, SOM6 = 2, 4
NAMES = ("Dr. Pongsak Rattanavichai", "កែវ សម្បត្តិ", "Nguyễn Văn An")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
STAMP = b"/FormXob.adgsomDraft Do"


@pytest.fixture(scope="module")
def svc(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = open_demo_copy(demo_master, tmp_path_factory.mktemp("conventions"))
    yield s
    s.close()


@pytest.fixture(scope="module")
def states(svc: Any) -> dict[str, Any]:
    """Three items of the 6th ADGSOM: one approved, one sent for review, one draft."""
    items = [i for i in svc.agenda.items(SOM6) if i.position_status is not None]
    approved = next(i for i in items if svc.positions.get(i.id).status.value == "approved")
    others = [i for i in items if i.id != approved.id]
    review, draft = others[0], others[1]
    for item in (review, draft):
        rec = svc.positions.get(item.id)
        if rec.status.value != "draft":
            c = rec.content
            svc.positions.save(item.id, replace(c, objective=c.objective + " "),
                               reopen_approved=True)  # fmt: skip
    svc.positions.submit_for_review(review.id)
    return {"approved": approved, "review": review, "draft": draft}


@pytest.fixture(scope="module")
def copies(svc: Any, states: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("copies") / "pack.pdf"
    return svc.packs.issue(PackRequest(event_id=HANOI, meeting_ids=(SOM6,), recipients=NAMES), out)


def _brief_pages(pages: list[str], item: Any) -> list[int]:
    """The pages of an item's brief: from its heading to the next brief or section."""
    start = next(
        n for n, p in enumerate(pages) if squash(f"Item {item.number} {item.title}") in squash(p)
    )
    end = start + 1
    while (
        end < len(pages)
        and not re.search(r"Item \S+\s", pages[end][:400])
        and ("Stance map" not in pages[end][:300])
    ):
        end += 1
    return list(range(start, end))


def test_cover_counts_the_pages_of_its_copy_and_dates_are_written_out(copies: Any) -> None:
    for f in copies.files:
        pages = pdf_pages_text(f.path)
        assert f"This copy has {len(pages)} pages, this cover included." in pages[0]
        issued = re.search(rf"Issued (\d{{1,2}} ({MONTHS}) \d{{4}})", pages[0])
        assert issued, pages[0]
        assert re.search(r"\b\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ", pages[0]) \
            is None  # fmt: skip
    # nor in what the app writes elsewhere: the programme, agenda and timetable tables, the
    # week at a glance and its notes (what people typed, such as logistics, stays as typed)
    short = re.compile(
        r"\b(\d{1,2}-\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}"
        r"|(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\b"
    )
    pages = pdf_pages_text(copies.files[0].path)
    found = [(n, m.group(0)) for n, p in enumerate(pages) for m in short.finditer(p)]
    assert not found, found
    programme = squash(
        " ".join(p for p in pages if "Programme and logistics" in p and "Format" in p)
    )
    for written in ("12-13 January 2026", "Monday 12 January", "overlap on Tuesday 13 January"):
        assert squash(written) in programme, written


def test_distribution_list_names_every_copy_and_its_holder(copies: Any) -> None:
    for f in copies.files:
        pages = pdf_pages_text(f.path)
        listing = next(p for p in pages[:3] if "Distribution list" in p and "Issued to" in p)
        for k, name in enumerate(NAMES, 1):
            assert squash(f"{k} of 3 {name}") in squash(listing), (k, name)


def test_every_copy_ends_with_its_own_receipt(copies: Any) -> None:
    for f, name in zip(copies.files, NAMES, strict=True):
        pages = pdf_pages_text(f.path)
        last = pages[-1]
        assert "Receipt: return or destruction of this copy" in last
        assert squash(f"Copy {f.copy_no} of 3 - issued to {name}") in squash(last)
        assert f"{len(pages)} pages" in last
        for step in ("Received by", "Returned to the delegation secretary", "Destroyed by"):
            assert squash(step) in squash(last)
        assert copies.reference in last


def test_every_page_of_an_unapproved_brief_is_stamped_draft(
    copies: Any, states: dict[str, Any]
) -> None:
    from pypdf import PdfReader

    path = copies.files[0].path
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    pages = pdf_pages_text(path)
    stamped = {n for n, p in enumerate(reader.pages) if STAMP in p.get_contents().get_data()}
    for key in ("review", "draft"):
        own = _brief_pages(pages, states[key])
        assert set(own) <= stamped, (key, own, sorted(stamped))
        assert "DRAFT - the position on this item is not approved" in pages[own[0]]
    approved = _brief_pages(pages, states["approved"])
    assert not set(approved) & stamped
    assert "DRAFT" not in pages[approved[0]]
    # the cover, the distribution list, the contents and the receipt are not stamped
    assert not {0, 1, 2, len(pages) - 1} & stamped
    # the stamp is drawn, not text: it never mixes into what a reader copies
    assert all(p.count("DRAFT") <= 1 for p in pages)


def test_clearance_block_names_who_prepared_cleared_and_approved(
    copies: Any, states: dict[str, Any], svc: Any
) -> None:
    pages = pdf_pages_text(copies.files[0].path)
    approved = svc.positions.get(states["approved"].id)
    text = squash(" ".join(pages[n] for n in _brief_pages(pages, states["approved"])))
    when = long_date(approved.approved_at)
    assert squash(f"Approved by {approved.approved_by_name} {when}") in text, text[-600:]
    review = squash(" ".join(pages[n] for n in _brief_pages(pages, states["review"])))
    assert squash("Sent for review by tester") in review  # who sent it (the actor)
    assert squash("Approved by —") in review


def test_bookmarks_for_cover_and_contents_and_the_pdf_opens_on_them(copies: Any) -> None:
    from pypdf import PdfReader

    path = copies.files[0].path
    marks = outline_titles(path)
    assert marks[0][1].startswith("Cover: ") and marks[0][2] == 0
    contents = next(m for m in marks if m[1] == "Contents")
    assert "Contents" in pdf_pages_text(path)[contents[2]]
    assert all(len(t) <= OUTLINE_LIMIT for _d, t, _p in marks)
    assert PdfReader(path).trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_a_long_title_is_cut_with_an_ellipsis_in_the_bookmarks(svc: Any, tmp_path: Path) -> None:
    item = svc.agenda.items(SOM6)[0]
    fields = svc.agenda.fields(item.id)
    svc.agenda.set_fields(item.id, replace(fields, title="Very long title " * 20))
    out = tmp_path / "long.pdf"
    svc.packs.issue(PackRequest(event_id=HANOI, meeting_ids=(SOM6,), item_ids=(item.id,)), out)
    titles = [t for _d, t, _p in outline_titles(out)]
    cut = [t for t in titles if "Very long title" in t]
    assert cut and all(t.endswith("…") and len(t) <= OUTLINE_LIMIT for t in cut)
    svc.agenda.set_fields(item.id, fields)


def test_agencies_get_the_stamp_but_not_the_clearance(
    svc: Any, states: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "agencies.pdf"
    request = PackRequest(event_id=HANOI, meeting_ids=(SOM6,), audience=Audience.AGENCIES)
    _r, data, _c = svc.packs.prepare(request)
    assert all(b.position is None or not b.position.clearance for b in data.briefs)
    svc.packs.issue(request, out)
    text = squash(" ".join(pdf_pages_text(out)))
    assert "Clearance" not in text and "Preparedby" not in text
    assert "DRAFT-thepositiononthisitemisnotapproved" in text
    assert "Receipt:returnordestructionofthiscopy" in text
