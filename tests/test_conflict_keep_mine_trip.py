"""Keep mine on a brief conflict found by a trip's Bring back or a bundle, settled through
the service and the CLI (``bundle resolve N --take mine``, ``--section NAME=mine``): ours
stays current, theirs is in the history before it, and the next Bring back or bundle
carries ours to the other store, which takes it as newer and closes its own conflict
(review s35 T1: theirs became current while "ours kept" was said, then travelled)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adgsom_desktop.services.brief_conflict import Choice, Resolution
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.trip_service import return_trip, take_trip
from adgsom_desktop.storage.store import Store
from tests.bundle_fixtures import Pair
from tests.helpers import run_cli
from tests.test_conflict_keep_mine import briefed, edit_brief, send_back
from tests.trip_edits import MEETING, opened

pytestmark = pytest.mark.slow  # CLI runs, trips


def _trip(demo_master: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """A team store, a trip copy of its event, and a briefed item's title; the item's
    objective changed on both sides, then brought back: one conflict in each store."""
    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    with opened(team_path, "capital") as team:
        item = next(
            i
            for i in team.agenda.items(MEETING)
            if i.number and (p := team.positions.get(i.id)) and p.status.value != "approved"
        )
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
        edit_brief(team, item.id, objective="TEAM objective.")
    with opened(trip_path, "aide") as trip:
        edit_brief(trip, _item(trip, item.title), objective="TRIP objective.")
        back = return_trip(trip)
        assert back.to_team.conflicts == 1 and back.to_trip.conflicts == 1
    return team_path, trip_path, item.title


def _item(svc: Services, title: str) -> int:
    meeting = next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")
    return next(i.id for i in svc.agenda.items(meeting) if i.title == title)


def _brief(svc: Services, title: str) -> tuple[str, list[str]]:
    """The objective now, and every version's."""
    item = _item(svc, title)
    rec = svc.positions.get(item)
    assert rec is not None
    return rec.content.objective, [v.content.objective for v in svc.positions.versions(item)]


def test_keep_mine_in_the_team_store_travels_to_the_trip_copy(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path, title = _trip(demo_master, tmp_path)
    with opened(team_path, "capital") as team:
        (c,) = team.sync.conflicts()
        team.sync.resolve(c.id, Resolution(Choice.MINE))
        now, versions = _brief(team, title)
        assert now == "TEAM objective."
        assert versions[-2:] == ["TRIP objective.", "TEAM objective."]
    with opened(trip_path, "aide") as trip:
        back = return_trip(trip)
        assert back.to_team.conflicts == 0 and back.to_trip.conflicts == 0
        now, versions = _brief(trip, title)
        assert now == "TEAM objective." and "TRIP objective." in versions
        assert not trip.sync.conflicts()  # settled elsewhere: closed here
        again = return_trip(trip)
        assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do


def test_keep_mine_by_the_cli_on_the_trip_copy_travels_to_the_team_store(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path, title = _trip(demo_master, tmp_path)
    r = run_cli("bundle", "conflicts", "--store", str(trip_path))
    assert r.returncode == 0, r.stderr
    number = next(ln for ln in r.stdout.splitlines() if "brief on" in ln).split()[0]
    r = run_cli("bundle", "resolve", "--store", str(trip_path), number, "--take", "mine")
    assert r.returncode == 0, r.stderr
    assert r.stdout.rstrip().endswith(": ours kept.")
    with opened(trip_path, "aide") as trip:
        now, versions = _brief(trip, title)
        assert now == "TRIP objective."
        assert versions[-2:] == ["TEAM objective.", "TRIP objective."]
        assert return_trip(trip).to_team.conflicts == 0
    with opened(team_path, "capital") as team:
        now, versions = _brief(team, title)
        assert now == "TRIP objective." and "TEAM objective." in versions
        assert not team.sync.conflicts()


def test_keep_mine_per_section_by_the_cli_after_a_bundle(pair: Pair) -> None:
    item = briefed(pair)
    edit_brief(pair.a, item, press_line="AIDE press line.")
    edit_brief(pair.b, item, press_line="HEAD press line.")
    assert pair.receive(pair.send()).conflicts == 1
    (c,) = pair.b.sync.conflicts()
    pair.b.close()
    store = str(pair.tmp / "b.adgsom")
    r = run_cli("bundle", "resolve", "--store", store, str(c.id), "--section", "press line=mine")
    assert r.returncode == 0, r.stderr
    assert "Press line: mine" in r.stdout
    pair.b = Services.for_store(Store.open(pair.tmp / "b.adgsom"), actor="head")
    try:
        got = pair.b.positions.get(item)
        assert got is not None and got.content.press_line == "HEAD press line."
        assert send_back(pair).conflicts == 0
    finally:
        pair.b.close()
    there = pair.a.positions.get(item)
    assert there is not None and there.content.press_line == "HEAD press line."
    versions = [v.content.press_line for v in pair.a.positions.versions(item)]
    assert "AIDE press line." in versions
