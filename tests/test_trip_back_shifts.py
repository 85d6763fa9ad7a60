"""Bring back names the moves someone made, not the siblings they shifted (#17).

The aide moves an item down one in the team store, the head moves the same item up one
on the laptop (a trip copy).  One of the two places stays (``merge.place_wins``: the
greater revision, so either may).  The rule of the report's two parts, each read at the
laptop:

* an item moved on both sides is named in the part where its place changed, with whose
  place won (``lines_of``, ``kept_there``);
* a move made on one side only is named in the other side's part (it really changed place
  there, by a move its reader did not make);
* a sibling is never named for a change of place that only the moves' shifts made: the
  siblings between an item's two places (the one kept and the one lost) changed place only
  because that item was moved, on one side or the other, whichever place won.  Before,
  when the laptop's place won, the lost move's shift stayed in the team store's order,
  came back to the laptop, and its part listed that sibling ("item 5 … now item 4"), a
  move nobody made; when the team store's place won, the laptop's lost move did the same.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync.kinds import Kind
from tests.trip_edits import AIDE, HEAD, MEETING, opened

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]


def _top(svc: Services, meeting: int) -> list[Any]:
    return [i for i in svc.agenda.items(meeting) if i.parent_id is None]


def _moved_on_both_sides(demo_master: Path, tmp_path: Path, index: int) -> tuple[Path, str]:
    from adgsom_desktop.services.trip_service import take_trip

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    with opened(team_path, HEAD) as team:
        moved = _top(team, MEETING)[index]
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
    with opened(team_path, AIDE) as team:  # down one in the team store
        team.agenda.move_by(moved.id, 1)
    with opened(trip_path, HEAD) as trip:  # up one on the laptop
        tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        trip.agenda.move_by(next(i.id for i in _top(trip, tm) if i.title == moved.title), -1)
    return trip_path, moved.title


@pytest.mark.parametrize("index", [3, 7])
@pytest.mark.parametrize("winner", ["laptop", "team store"])
def test_bring_back_names_no_sibling_nobody_moved(
    demo_master: Path, tmp_path: Path, monkeypatch: Any, winner: str, index: int
) -> None:
    from adgsom_desktop.services.sync import merge
    from adgsom_desktop.services.trip_service import return_trip

    trip_path, moved = _moved_on_both_sides(demo_master, tmp_path, index)
    # which place wins is the greater revision's (random UUIDs): chosen here, both tested
    monkeypatch.setattr(merge, "place_wins", lambda theirs, mine: winner == "laptop")
    with opened(trip_path, HEAD) as trip:
        back = return_trip(trip)
    for part in (back.to_team, back.to_trip):
        places = [f"{ln.label}: {ln.detail}" for ln in part.lines if ln.kind is Kind.PLACE]
        assert all(moved[:30] in said for said in places), (winner, places)
    said = [ln.detail for ln in back.to_team.lines if ln.kind is Kind.PLACE]
    if winner == "laptop":  # said once, in the team store's part
        assert len(said) == 1 and "your place" in said[0], said
        assert not [ln for ln in back.to_trip.lines if ln.kind is Kind.PLACE]
    else:
        assert said == [] and len(back.to_team.notices) == 1, back.to_team.notices
        (line,) = [ln.detail for ln in back.to_trip.lines if ln.kind is Kind.PLACE]
        assert "kept its place" in line, line
