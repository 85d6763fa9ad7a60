"""What a trip copy carries (#17, review s31): every agenda number of every meeting of
the event, and an item added on the laptop comes back to the team store numbered."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo (event 2, the first of its 8 meetings)


def _numbers(svc: Services) -> dict[tuple[str, str], str]:
    """(meeting, item title) -> number, for every item of every meeting of the store."""
    out: dict[tuple[str, str], str] = {}
    for m in svc.events.meetings():
        for i in svc.agenda.items(m.id):
            out[(m.title, i.title)] = i.number
    return out


def _take(demo_master: Path, tmp_path: Path) -> tuple[Path, Path, int]:
    from adgsom_desktop.services.trip_service import take_trip

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        event_id = team.events.meeting(MEETING).event_id
        took = take_trip(team, event_id, tmp_path / "trip.adgsom")
        assert took.meetings >= 2  # the bug showed only with two meetings or more
    finally:
        team.close()
    return team_path, tmp_path / "trip.adgsom", event_id


def test_a_trip_copy_keeps_every_agenda_number_of_every_meeting(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path, event_id = _take(demo_master, tmp_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        event_meetings = {m.title for m in team.events.meetings() if m.event_id == event_id}
        want = {k: v for k, v in _numbers(team).items() if k[0] in event_meetings}
        got = _numbers(trip)
        assert len(want) > 60 and all(want.values())
        assert {k: got.get(k) for k in want} == want
    finally:
        trip.close()
        team.close()


def test_an_item_added_on_the_trip_comes_back_numbered(demo_master: Path, tmp_path: Path) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path, _ = _take(demo_master, tmp_path)
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        first = next(m for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        new = trip.agenda.add_item(first.id, "AOB: Timor-Leste capacity request")
        on_laptop = trip.agenda.item(new.id if hasattr(new, "id") else new).number
        assert on_laptop
        return_trip(trip)
    finally:
        trip.close()
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        numbers = {i.title: i.number for i in team.agenda.items(MEETING)}
        assert numbers["AOB: Timor-Leste capacity request"] == on_laptop
        assert all(numbers.values())
    finally:
        team.close()
