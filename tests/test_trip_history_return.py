"""A trip copy's brief history after Bring back (review s33 R13).

The aide changed a brief's press line in the team store while the head changed its objective
on the laptop.  After Bring back the laptop's history credited her press line to the head
(the team store's merged version, "from the team store"): her version never reached the
laptop, and the head showed as "Worawit" on the laptop and "Worawit Chanthasiri" in the team
store.  Now each store receives the other's versions made since the take with their authors
and times (as the take carries the history), the merged version names what came from whom,
and the copy names its taker as the team store does.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adgsom_desktop.services.container import Services
from tests.trip_edits import AIDE, HEAD, MEETING, edit_brief, opened

pytestmark = pytest.mark.slow


def _history(svc: Services, item: int) -> list[tuple[str, str, str, str]]:
    return [
        (v.saved_by, v.saved_at.isoformat(timespec="seconds"), v.content.objective,
         v.content.press_line)
        for v in svc.positions.versions(item)
    ]  # fmt: skip


def _trip_item(trip: Services, title: str) -> int:
    tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
    return next(i.id for i in trip.agenda.items(tm) if i.title == title)


def test_bring_back_carries_each_sides_versions_with_their_authors(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import return_trip, take_trip

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    with opened(team_path, HEAD) as team:  # the head takes the copy
        item = next(
            i
            for i in team.agenda.items(MEETING)
            if i.number and (p := team.positions.get(i.id)) and p.status.value != "approved"
        )
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
        taken = _history(team, item.id)
    with opened(team_path, AIDE) as team:  # the aide, in the team store
        edit_brief(team, item.id, press_line="The aide's press line.")
    # the laptop opened with the name in its settings: the copy names its taker
    with opened(trip_path, "Worawit") as trip:
        assert trip.actor == HEAD
        trip.set_actor("Worawit")  # the Settings dialog's name, given again
        assert trip.actor == HEAD
        t_item = _trip_item(trip, item.title)
        assert _history(trip, t_item) == taken
        edit_brief(trip, t_item, objective="The head's objective, written on the laptop.")
        mine = _history(trip, t_item)[-1]
        back = return_trip(trip)
        assert back.to_team.merged == 1 and back.to_team.conflicts == 0
        on_trip = trip.positions.versions(t_item)
        got_trip = _history(trip, t_item)
    with opened(team_path, "capital") as team:
        on_team = team.positions.versions(item.id)
        got_team = _history(team, item.id)
    hers = next(v for v in got_team if v[0] == AIDE and v[3] == "The aide's press line.")
    # both stores hold her version and his, each with its author and time, and the result
    for got in (got_trip, got_team):
        assert got[: len(taken)] == taken
        assert hers in got and mine in got
        assert got[-1][2:] == ("The head's objective, written on the laptop.",
                               "The aide's press line.")  # fmt: skip
        assert all(by != "Worawit" for by, *_r in got)
        # her press line is never credited to him: every version that first shows it is hers
        first = next(v for v in got if v[3] == "The aide's press line.")
        assert first[0] == AIDE
    assert sorted(got_trip) == sorted(got_team)
    # the merged version names what came from whom, the same in both stores
    for versions in (on_trip, on_team):
        merged = versions[-1]
        assert AIDE in merged.comment and HEAD in merged.comment, merged.comment
        assert "Press line" in merged.comment and "Objective" in merged.comment
    assert on_trip[-1].comment == on_team[-1].comment
    assert on_trip[-1].version_no == on_team[-1].version_no

    # brought back again: nothing new either way, no version added
    with opened(trip_path, "Worawit") as trip:
        again = return_trip(trip)
        assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do
        assert _history(trip, t_item) == got_trip
    with opened(team_path, "capital") as team:
        assert _history(team, item.id) == got_team


def test_a_trip_copy_keeps_the_comment_of_the_current_version(
    demo_master: Path, tmp_path: Path
) -> None:
    """Review s33 R21: the team store's version that came from a member's bundle read
    "from Worawit Chanthasiri's bundle of …" there and "from the team store" in a trip
    copy.  A version says the same in both stores."""
    from adgsom_desktop.services.sync_service import trusting
    from adgsom_desktop.services.trip_service import take_trip

    team_path, laptop_path = tmp_path / "team.adgsom", tmp_path / "laptop.adgsom"
    shutil.copyfile(demo_master, team_path)
    shutil.copyfile(demo_master, laptop_path)
    from adgsom_desktop.services.sync.importer import MergeOptions

    with opened(laptop_path, HEAD) as laptop, opened(team_path, AIDE) as team:
        item = next(i for i in team.agenda.items(MEETING) if i.number and team.positions.get(i.id))
        edit_brief(laptop, item.id, objective="The head's objective, from his own store.")
        origin = f"{HEAD}'s bundle of 2026-12-07 08:00"
        team.sync.import_payload(
            laptop.sync.export_payload([MEETING]), MergeOptions(origin, AIDE, trusting),
            backup=False,
        )  # fmt: skip
        there = team.positions.versions(item.id)[-1]
        assert (there.saved_by, there.comment) == (HEAD, f"from {origin}")
        take_trip(team, team.events.meeting(MEETING).event_id, tmp_path / "trip.adgsom")
    with opened(tmp_path / "trip.adgsom", HEAD) as trip:
        here = trip.positions.versions(_trip_item(trip, item.title))[-1]
    assert (here.saved_by, here.saved_at, here.comment, here.version_no) == (
        there.saved_by, there.saved_at.replace(microsecond=0), there.comment, there.version_no
    )  # fmt: skip
