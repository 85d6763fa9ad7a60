"""After a trip copy comes back, its conflicts say which brief and which sections (review
s31 G2): ``bundle conflicts`` names the item's number, title and meeting and the sections
that differ; ``bundle conflicts N`` shows both texts of each; the printed next step names
the store."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo


def _press(svc: Services, item: int, text: str) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, press_line=text), reopen_approved=True)


def test_conflicts_after_a_trip_name_the_item_and_its_sections(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import take_trip

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        item = next(i for i in team.agenda.items(MEETING) if i.number and team.positions.get(i.id))
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
        _press(team, item.id, "Capital's press line.")
    finally:
        team.close()
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        t_item = next(i.id for i in trip.agenda.items(tm) if i.title == item.title)
        _press(trip, t_item, "The laptop's press line.")
    finally:
        trip.close()

    r = run_cli("trip", "return", "--store", str(trip_path))
    assert r.returncode == 0, r.stderr
    assert f"bundle conflicts --store {team_path}" in r.stdout
    assert f"bundle conflicts --store {trip_path}" in r.stdout
    assert "ADGSOM+ITU Dialogue" in r.stdout  # the meeting with no short title is named too

    r = run_cli("bundle", "conflicts", "--store", str(team_path))
    assert r.returncode == 0, r.stderr
    line = next(ln for ln in r.stdout.splitlines() if "brief on" in ln)
    assert f"item {item.number} “" in line and "(6th ADGSOM)" in line
    assert item.title.split()[0] in line and "an item" not in line
    assert "differs in: " in r.stdout and "ress" in r.stdout.split("differs in: ", 1)[1]
    number = line.split()[0]
    r = run_cli("bundle", "conflicts", "--store", str(team_path), number)
    assert r.returncode == 0, r.stderr
    assert "Capital's press line." in r.stdout and "The laptop's press line." in r.stdout
    assert "Traceback" not in r.stderr
