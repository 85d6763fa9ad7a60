"""A removed (or restored) agenda item is one record of Bring back's report, not two
(review s35, noticed 3): "deleted: 1 agenda item", never "1 agenda item, 1 item's place";
its line names the item by its number and meeting.  A moved item is still its place."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.trip_edits import MEETING, opened

pytestmark = pytest.mark.slow


def _part(out: str, heading: str) -> str:
    """One side's part of ``trip return``'s report."""
    start = out.index(heading)
    rest = out[start + len(heading) :]
    ends = [rest.index(h) for h in ("Into the team store:", "Into this trip copy:") if h in rest]
    return rest[: min(ends)] if ends else rest


def _listed(part: str, heading: str) -> list[str]:
    """The lines under ``heading:`` in a part (up to the next heading)."""
    m = re.search(rf"^  {re.escape(heading)}:\n((?:    .*\n)+)", part, re.M)
    return [ln.strip() for ln in m.group(1).splitlines()] if m else []


def test_a_deleted_item_is_counted_once(demo_master: Path, tmp_path: Path) -> None:
    from adgsom_desktop.services.trip_service import take_trip

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    with opened(team_path, "capital") as team:
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
        last = team.agenda.items(MEETING)[-1]
        moved = [i for i in team.agenda.items(MEETING) if i.parent_id is None][2]
    with opened(trip_path, "aide") as trip:
        tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        t_items = trip.agenda.items(tm)
        trip.agenda.delete_item(next(i.id for i in t_items if i.title == last.title))
        trip.agenda.move_by(next(i.id for i in t_items if i.title == moved.title), -1)

    r = run_cli("trip", "return", "--store", str(trip_path))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    team_part = _part(r.stdout, "Into the team store:")
    summary = next(ln for ln in team_part.splitlines() if ln.startswith("Changed: "))
    deleted = summary.split("deleted: ", 1)[1].split(";")[0]
    assert "1 agenda item" in deleted and "place" not in deleted, summary
    listed = _listed(team_part, "deleted")
    assert not [ln for ln in listed if ln.startswith("item's place")], listed
    item_line = next(ln for ln in listed if ln.startswith("agenda item"))
    assert last.title in item_line and "(6th ADGSOM)" in item_line, item_line
    # an item moved, not removed, is still its place
    updated = summary.split("updated: ", 1)[1].split(";")[0]
    assert "1 item's place" in updated, summary
