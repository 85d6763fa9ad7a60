"""An item's outcomes in one order in both stores after Bring back (review s35 T3): an
outcome's place travels with it (``outcome_order``), so the team store and the trip copy
list an item's decisions alike, a restored outcome keeps its place, and a move on the
laptop reaches the team store."""

from __future__ import annotations

from pathlib import Path

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.trip_edits import take_demo_trip

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo (event 2) in the team store


def _take(demo_master: Path, tmp_path: Path) -> tuple[Path, Path]:
    return take_demo_trip(demo_master, tmp_path, MEETING)


def _item(svc: Services, title: str) -> int:
    """The item of the 6th ADGSOM titled so (meetings are numbered apart in each store)."""
    return next(i.id for i in svc.agenda.items(_item_meeting(svc)) if i.title == title)


def _order(path: Path, title: str) -> list[str]:
    svc = Services.for_store(Store.open(path), actor="reader")
    try:
        return [o.text for o in svc.outcomes.for_item(_item(svc, title))]
    finally:
        svc.close()


def _outcome_item(svc: Services) -> tuple[int, str]:
    """An item of the meeting that has an outcome of its own (the Meeting's)."""
    first = svc.outcomes.for_meeting(_item_meeting(svc))[0]
    return first.item_id, first.item_title


def _item_meeting(svc: Services) -> int:
    return next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")


def _back(trip_path: Path) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        return_trip(trip)
    finally:
        trip.close()


def test_outcomes_added_on_both_sides_are_in_one_order_in_both_stores(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path = _take(demo_master, tmp_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        item_id, title = _outcome_item(team)
        team.outcomes.add(item_id, "agreed", "HEAD-CAPITAL outcome")
        trip_item = _item(trip, title)
        trip.outcomes.add(trip_item, "noted", "AIDE-OFFLINE outcome")
    finally:
        trip.close()
        team.close()
    _back(trip_path)
    in_team, in_trip = _order(team_path, title), _order(trip_path, title)
    assert {"HEAD-CAPITAL outcome", "AIDE-OFFLINE outcome"} <= set(in_team)
    assert in_team == in_trip
    _back(trip_path)  # a second Bring back keeps it so
    assert _order(team_path, title) == _order(trip_path, title) == in_team


def test_an_outcome_brought_back_by_an_edit_keeps_its_place(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path = _take(demo_master, tmp_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        item_id, title = _outcome_item(team)
        before = [o.text for o in team.outcomes.for_item(item_id)]
        team.agenda.delete_item(item_id)  # the head deletes the item in the capital
        trip_item = _item(trip, title)
        trip.outcomes.add(trip_item, "noted", "AIDE-OFFLINE outcome")  # the aide adds one
    finally:
        trip.close()
        team.close()
    _back(trip_path)
    want = [*before, "AIDE-OFFLINE outcome"]
    assert _order(team_path, title) == want  # the edit won: the item is back, in order
    assert _order(trip_path, title) == want


def test_an_outcome_moved_on_the_trip_is_moved_in_the_team_store(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path = _take(demo_master, tmp_path)
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        item_id, title = _outcome_item(trip)
        added = trip.outcomes.add(item_id, "noted", "AIDE-OFFLINE outcome")
        trip.outcomes.move(added.id, -1)  # the new outcome first
        moved = [o.text for o in trip.outcomes.for_item(item_id)]
        assert moved[0] == "AIDE-OFFLINE outcome"
    finally:
        trip.close()
    _back(trip_path)
    assert _order(team_path, title) == moved


def test_outcomes_moved_on_both_sides_settle_on_one_order_without_a_conflict(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path = _take(demo_master, tmp_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        item_id, title = _outcome_item(team)
        a = team.outcomes.add(item_id, "agreed", "A")
        team.outcomes.add(item_id, "noted", "B")
    finally:
        team.close()
        trip.close()
    _back(trip_path)  # both hold the Meeting's outcomes, A and B
    team = Services.for_store(Store.open(team_path), actor="capital")
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        team.outcomes.move(a.id, -1)  # the head puts A first
        b = next(o for o in trip.outcomes.for_item(_item(trip, title)) if o.text == "B")
        trip.outcomes.move(b.id, -1)  # the aide puts B two up: A and B passed each other
        trip.outcomes.move(b.id, -1)
    finally:
        team.close()
        trip.close()
    _back(trip_path)
    assert _order(team_path, title) == _order(trip_path, title)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        assert not [c for c in team.sync.conflicts() if c.kind == "outcome"]
    finally:
        team.close()
