"""Addenda a protocol officer can hand out (issue #18, item 8).

An addendum goes to the holders of the pack it adds to; it lists on its cover
the sections changed per item and bars them in the margin; Add.2 lists only
what changed after Add.1; the register names "REF/Add.2" once; an audience is
not told about a change in a part it may not read.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.services.pack_records import PackRequest
from tests.helpers import run_cli
from tests.pack_fixtures import open_demo_copy, pdf_pages_text, squash

pytestmark = pytest.mark.slow

HANOI, SOM6 = 2, 4
BAR = b"/Artifact <</Type /Layout>> BDC"
HOLDERS = ("Dr. Pongsak Rattanavichai", "នាង សុខា")


@pytest.fixture
def svc(demo_master: Path, tmp_path: Path) -> Any:
    s = open_demo_copy(demo_master, tmp_path / "store")
    yield s
    s.close()


def _item(svc: Any, n: int = 0) -> Any:
    return [i for i in svc.agenda.items(SOM6) if i.position_status is not None][n]


def _change(svc: Any, item: Any, **fields: Any) -> None:
    c = svc.positions.get(item.id).content
    svc.positions.save(item.id, replace(c, **fields), reopen_approved=True)


def _barred_pages(path: Path) -> set[int]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return {n for n, p in enumerate(reader.pages) if BAR in p.get_contents().get_data()}


def test_addenda_go_to_the_holders_and_mark_only_what_changed_since_the_last(
    svc: Any, tmp_path: Path
) -> None:
    base = svc.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), recipients=HOLDERS), tmp_path / "p.pdf"
    )
    assert not any(_barred_pages(f.path) for f in base.files)
    item = _item(svc)
    old = svc.positions.get(item.id).content
    _change(svc, item, objective=old.objective + " Late change from capital.")
    add1 = svc.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "a1.pdf"
    )
    # the pack's holders, not an unnamed "Copy 1 of 1"
    assert [f.recipient for f in add1.files] == list(HOLDERS)
    pages = pdf_pages_text(add1.files[1].path)
    cover = squash(pages[0])
    assert squash(f"{item.number} {item.title}: Objective") in cover
    assert squash(f"Copy 2 of 2 - issued to {HOLDERS[1]}") in cover
    brief = next(n for n, p in enumerate(pages) if "Late change from capital" in p)
    assert brief in _barred_pages(add1.files[1].path)
    # a second change, of the points only: Add.2 lists it alone (not the objective again)
    _change(svc, item, points=(*old.points, "A new point from capital."))
    add2 = svc.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "a2.pdf"
    )
    assert add2.reference == f"{base.reference}/Add.2"
    cover2 = squash(pdf_pages_text(add2.files[0].path)[0])
    assert squash(f"{item.number} {item.title}: Points to make") in cover2
    assert "Objective" not in pdf_pages_text(add2.files[0].path)[0]
    assert squash(f"Addendum to {base.reference}/Add.1") in cover2
    # the register names each addendum once
    labels = {i.id: i.label for i in svc.packs.issues(HANOI)}
    assert labels[add2.issue_id].startswith(f"{base.reference}/Add.2 - ")
    assert "Add.2 Add.2" not in labels[add2.issue_id]


def test_the_register_command_names_an_addendum_once(demo_path: Path, tmp_path: Path) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    svc = Services.for_store(Store.open(demo_path), actor="tester")
    try:
        base = svc.packs.issue(PackRequest(event_id=HANOI, meeting_ids=(SOM6,)), tmp_path / "p")
        item = _item(svc)
        _change(svc, item, objective="Changed.")
        svc.packs.issue(PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "a")
    finally:
        svc.close()
    done = run_cli("register", "--store", str(demo_path))
    assert done.returncode == 0, done.stderr
    assert f"{base.reference}/Add.1 " in done.stdout and "Add.1 Add.1" not in done.stdout


def test_an_audience_is_not_told_about_a_part_it_may_not_read(svc: Any, tmp_path: Path) -> None:
    base = svc.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), audience=Audience.AGENCIES),
        tmp_path / "p.pdf",
    )
    item = _item(svc, 1)
    old = svc.positions.get(item.id).content
    _change(svc, item, red_line=old.red_line + " Lower.", press_line=old.press_line + " New.")
    request = PackRequest(event_id=HANOI, addendum_to=base.issue_id)
    _r, data, _c = svc.packs.prepare(request)
    parts = {c.part for b in data.briefs for c in b.changes}
    assert parts == {"press_line"}
    add = svc.packs.issue(request, tmp_path / "a.pdf")
    cover = pdf_pages_text(add.files[0].path)[0]
    assert "Press line" in cover and "Red line" not in cover


def test_an_item_changed_only_in_parts_the_audience_may_not_read_is_left_out(
    svc: Any, tmp_path: Path
) -> None:
    """F12: an addendum for other agencies neither lists nor re-prints an item whose only
    changes are in the red line, tactics or NFD background, nor shows its version numbers."""
    hidden, seen = _item(svc, 0), _item(svc, 1)
    small = PackRequest(
        event_id=HANOI, meeting_ids=(SOM6,), item_ids=(hidden.id, seen.id),
        sections=(Section.COVER, Section.BRIEFS),
    )  # fmt: skip
    agencies = svc.packs.issue(replace(small, audience=Audience.AGENCIES), tmp_path / "ag.pdf")
    delegation = svc.packs.issue(replace(small, audience=Audience.DELEGATION), tmp_path / "del.pdf")
    old = svc.positions.get(hidden.id).content
    _change(svc, hidden, red_line=old.red_line + " Lower.", tactical=old.tactical + " Quiet.")
    old = svc.positions.get(seen.id).content
    _change(
        svc, seen, red_line=old.red_line + " Lower.", background_nfd=old.background_nfd + " Nfd.",
        press_line=old.press_line + " New press line.",
    )  # fmt: skip
    add = svc.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=agencies.issue_id), tmp_path / "a.pdf"
    )
    text = squash(" ".join(pdf_pages_text(add.files[0].path)))
    assert squash(f"{seen.number} {seen.title}: Press line") in text
    assert squash(hidden.title) not in text and "updated" not in text
    assert "version" not in text  # "printed version 2, now version 4" counts hidden edits
    # the delegation reads the red line: its addendum lists both items
    add2 = svc.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=delegation.issue_id), tmp_path / "d.pdf"
    )
    cover = squash(pdf_pages_text(add2.files[0].path)[0])
    assert squash(f"{hidden.number} {hidden.title}: Red line, Tactical") in cover
    assert "DRAFT" in squash(" ".join(pdf_pages_text(add2.files[0].path)))
    # a later addendum for the agencies still has nothing to say about the hidden item
    old = svc.positions.get(hidden.id).content
    _change(svc, hidden, background_nfd=old.background_nfd + " More.")
    with pytest.raises(ValidationError, match="no addendum is needed"):
        svc.packs.issue(PackRequest(event_id=HANOI, addendum_to=add.issue_id), tmp_path / "a2.pdf")
    assert not (tmp_path / "a2.pdf").exists()
