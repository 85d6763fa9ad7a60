"""A brief edited on a trip copy and in the team store meanwhile (#17): different sections
merge (both edits present, no conflict, the report line says what came from where); the
same section changed on both sides is one conflict per store showing that section only,
never repeated by a second return, settled per section; an approved brief edited on the
other side still returns to draft with both versions kept."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync.merge import Action
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo


def _edit(svc: Services, item: int, **sections: Any) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, **sections), reopen_approved=True)


def _trip(demo_master: Path, tmp_path: Path, approved: bool = False) -> tuple[Path, Path, Any, int]:
    """A team store (a demo file), a trip copy of its event, a briefed item (approved or
    not)."""
    from adgsom_desktop.services.trip_service import take_trip

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        item = next(
            i
            for i in team.agenda.items(MEETING)
            if i.number and (p := team.positions.get(i.id)) and p.status.value != "approved"
        )
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
    finally:
        team.close()
    return team_path, trip_path, item, MEETING


def _trip_item(trip: Services, title: str) -> int:
    tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
    return next(i.id for i in trip.agenda.items(tm) if i.title == title)


@contextmanager
def _open(path: Path, actor: str) -> Iterator[Services]:
    svc = Services.for_store(Store.open(path), actor=actor)
    try:
        yield svc
    finally:
        svc.close()


def test_different_sections_of_one_brief_merge_on_the_way_back(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path, item, _m = _trip(demo_master, tmp_path)
    with _open(team_path, "capital") as team:
        _edit(team, item.id, red_line="Capital's red line: no binding targets.")
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        t_item = _trip_item(trip, item.title)
        before = trip.positions.get(t_item)
        assert before is not None
        points = (*before.content.points, "The laptop's point: ask for a review in 2027.")
        _edit(trip, t_item, points=points)

        back = return_trip(trip)
        assert (back.to_team.conflicts, back.to_trip.conflicts) == (0, 0)
        assert back.to_team.merged == 1  # the team store merged; the laptop then takes it
        line = next(ln for ln in back.to_team.lines if ln.action is Action.MERGE)
        # named so the user finds it: number, title, meeting; and what came from where
        assert f"item {item.number} “" in line.label and "(6th ADGSOM)" in line.label
        assert "Points to make from this trip copy" in line.detail
        assert "Red line from the team store" in line.detail  # read on the laptop (s34 S6)
        assert "merged: both sides' changes kept: 1 brief" in back.to_team.summary()
        got_trip = trip.positions.get(t_item)
        with _open(team_path, "capital") as team:
            got_team = team.positions.get(item.id)
            assert not team.sync.conflicts()
        assert not trip.sync.conflicts()
        for got in (got_team, got_trip):
            assert got is not None
            assert got.content.red_line == "Capital's red line: no binding targets."
            assert got.content.points == points
        assert got_team is not None and got_trip is not None
        assert replace(got_team.content, owner_id=None) == replace(got_trip.content, owner_id=None)
        # the history says what was merged
        note = trip.positions.versions(t_item)[-1]
        assert note.content.points == points
        again = return_trip(trip)
        assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do
    finally:
        trip.close()


def test_the_same_section_on_both_sides_is_one_conflict_of_that_section(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path, item, _m = _trip(demo_master, tmp_path)
    with _open(team_path, "capital") as team:
        _edit(team, item.id, red_line="Capital's red line.", press_line="Capital's press line.")
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        t_item = _trip_item(trip, item.title)
        rec = trip.positions.get(t_item)
        assert rec is not None
        points = (*rec.content.points, "The laptop's point.")
        _edit(trip, t_item, red_line="The laptop's red line.", points=points)

        back = return_trip(trip)
        assert (back.to_team.conflicts, back.to_trip.conflicts) == (1, 1)
        line = next(ln for ln in back.to_team.lines if ln.action is Action.CONFLICT)
        assert f"item {item.number} “" in line.label
        assert "changed on both sides: Red line" in line.detail
        with _open(team_path, "capital") as team:
            (c,) = team.sync.conflicts()
            view = team.sync.conflict_view(c.id)
            # only the section both changed; the others keep each side's change
            assert [s.label for s in view.sections] == ["Red line"]
            assert "Points to make from theirs" in view.explanation, view.explanation
        (c_trip,) = trip.sync.conflicts()
        assert [s.label for s in trip.sync.conflict_view(c_trip.id).sections] == ["Red line"]
        # shown once: a second return neither repeats nor adds it
        again = return_trip(trip)
        assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do
        assert len(trip.sync.conflicts()) == 1
    finally:
        trip.close()

    # settled in the team store, per section, by the CLI: the laptop's red line
    r = run_cli("bundle", "conflicts", "--store", str(team_path))
    assert r.returncode == 0, r.stderr
    number = next(ln for ln in r.stdout.splitlines() if "brief on" in ln).split()[0]
    assert "differs in: Red line\n" in r.stdout
    r = run_cli(
        "bundle", "resolve", "--store", str(team_path), number, "--section", "red line=theirs"
    )
    assert r.returncode == 0, r.stderr
    assert "Red line: theirs" in r.stdout
    with _open(trip_path, "aide") as trip:
        back = return_trip(trip)
        assert back.to_trip.conflicts == 0 and not trip.sync.conflicts()  # settled there
        got_trip = trip.positions.get(t_item)
    with _open(team_path, "capital") as team:
        got_team = team.positions.get(item.id)
        assert not team.sync.conflicts()
    for got in (got_team, got_trip):
        assert got is not None
        assert got.content.red_line == "The laptop's red line."
        assert got.content.press_line == "Capital's press line."
        assert got.content.points == points


def test_an_approved_brief_edited_on_the_trip_returns_to_draft_with_both_kept(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path, item, _m = _trip(demo_master, tmp_path)
    with _open(team_path, "capital") as team:  # approved in capital while the trip is away
        head = team.delegations.approvers()[0]
        team.approval_pins.set_pin(head.id, "1357-approve")
        team.positions.approve(item.id, head.id, "1357-approve")
        assert team.positions.get(item.id).status.value == "approved"  # type: ignore[union-attr]
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        t_item = _trip_item(trip, item.title)
        rec = trip.positions.get(t_item)
        assert rec is not None
        _edit(trip, t_item, points=(*rec.content.points, "The laptop's point."))
        back = return_trip(trip)
        # an approval is never merged into: a conflict, the approval withdrawn
        assert back.to_team.conflicts == 1 and back.to_team.merged == 0
        assert any("returns to draft" in n for n in back.to_team.notices)
        with _open(team_path, "capital") as team:
            got = team.positions.get(item.id)
            assert got is not None and got.status.value != "approved"
            (c,) = team.sync.conflicts()
            labels = [s.label for s in team.sync.conflict_view(c.id).sections]
            assert "Points to make" in labels  # both versions shown whole
    finally:
        trip.close()
