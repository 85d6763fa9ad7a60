"""An agenda item moved, as the merge report and a conflict name it (review s32 H12): one
line per move a user made (not the siblings it shifted), naming the item; a place read
as the user sees it (1-based, "item 8 of the agenda"), never "Ord: 7"."""

from __future__ import annotations

from typing import Any

from adgsom_desktop.services.sync.kinds import Kind
from adgsom_desktop.services.sync.merge import Action
from tests.bundle_fixtures import Pair


def _top_items(pair: Pair) -> list[Any]:
    return [i for i in pair.a.agenda.items(pair.meeting) if i.parent_id is None]


def test_one_line_per_move_the_user_made(pair: Pair) -> None:
    items = _top_items(pair)
    moved = items[6]
    pair.a.agenda.move_by(moved.id, -1)  # up one: the item above it goes down one
    report = pair.receive(pair.send(), dry_run=True)
    places = [ln for ln in report.lines if ln.kind is Kind.PLACE]
    assert len(places) == 1, places
    assert places[0].action is Action.UPDATE
    assert moved.title[:30] in places[0].label and "place of" not in places[0].label
    assert "1 item's place" in report.summary(), report.summary()


def test_a_place_conflict_reads_as_the_user_sees_it() -> None:
    from adgsom_desktop.services.sync.conflict_view import record_sections

    parent = "a" * 32
    names = {parent: "item 3 “Digital skills”"}.get
    mine = {"item": "b" * 32, "parent": None, "ord": 7}
    theirs = {"item": "b" * 32, "parent": None, "ord": 5}
    (section,) = record_sections(Kind.PLACE, mine, theirs, lambda u: names(u) or "")
    assert section.label == "Position in the agenda"
    assert (section.mine, section.theirs) == ("item 8 of the agenda", "item 6 of the agenda")
    under = record_sections(
        Kind.PLACE, mine, {**theirs, "parent": parent}, lambda u: names(u) or ""
    )
    assert under[0].theirs == "sub-item 6 of item 3 “Digital skills”"
    assert "Ord" not in section.label
