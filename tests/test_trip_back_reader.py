"""Bring back's report is read on the laptop (review s34 S6).

The head took a trip copy; the aide moved an item down in the team store and edited a
brief's tactical arguments there, the head moved the same item up on the laptop and edited
the brief's opening.  The report's part "into the team store" spoke from the team store's
side ("Tactical arguments from here", "stays item 7 (your place; …)"): on the laptop
"here" and "your" read as the laptop.  Both parts are now written for the reader at the
laptop: the brief's sections named by their authors (as the history's merged version
names them), the item's place said as "the team store kept its place …; your move … is
lost" (or "your place …; the team store's move … is lost"), in each part.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync.kinds import Kind
from tests.helpers import run_cli
from tests.trip_edits import AIDE, HEAD, MEETING, edit_brief, opened

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]


def _top(svc: Services, meeting: int) -> list[Any]:
    return [i for i in svc.agenda.items(meeting) if i.parent_id is None]


@dataclass
class Trip:
    team: Path
    trip: Path
    moved: str  # the moved item's title
    brief: str  # the briefed item's title


def _prepared(demo_master: Path, tmp_path: Path) -> Trip:
    from adgsom_desktop.services.trip_service import take_trip

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    with opened(team_path, HEAD) as team:
        brief = next(
            i
            for i in team.agenda.items(MEETING)
            if i.number and (p := team.positions.get(i.id)) and p.status.value != "approved"
        )
        moved = _top(team, MEETING)[5]  # item 6
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
    with opened(team_path, AIDE) as team:  # the aide: down one (item 7), tactical arguments
        team.agenda.move_by(moved.id, 1)
        edit_brief(team, brief.id, tactical="The aide's tactical arguments.")
    with opened(trip_path, HEAD) as trip:  # the head on the laptop: up one (item 5), opening
        tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        t_moved = next(i.id for i in _top(trip, tm) if i.title == moved.title)
        t_brief = next(i.id for i in trip.agenda.items(tm) if i.title == brief.title)
        trip.agenda.move_by(t_moved, -1)
        edit_brief(trip, t_brief, opening="The head's opening, written on the laptop.")
    return Trip(team_path, trip_path, moved.title, brief.title)


TEAM_KEPT = "the team store kept its place, item 7 of the agenda; your move to item 5 of the agenda is lost"  # fmt: skip
LAPTOP_KEPT = "your place (the team store's move to item 7 of the agenda is lost)"


def _said(lines: list[str], notices: list[str], text: str) -> list[str]:
    return [s for s in [*lines, *notices] if text[:30] in s]


def _check(to_team: list[str], team_notes: list[str], to_trip: list[str], moved: str) -> None:
    """Both parts of a Bring back, as the laptop's user reads them (lines "label: detail")."""
    every = [*to_team, *team_notes, *to_trip]
    for said in every:  # never the team store's own point of view
        assert " from here" not in said and "your place;" not in said, said
        assert "the other side" not in said, said
    brief = [s for s in to_team if "Opening position" in s]
    assert len(brief) == 1, to_team
    assert f"Tactical arguments from {AIDE}" in brief[0], brief
    assert f"Opening position from {HEAD}" in brief[0], brief
    team_part = _said(to_team, team_notes, moved)
    trip_part = _said(to_trip, [], moved)
    assert len(team_part) == 1, team_part
    if "kept its place" in team_part[0]:  # the team store's place stays
        assert TEAM_KEPT in team_part[0], team_part
        (line,) = trip_part
        assert "now item 7 of the agenda (the team store kept its place; your move to item 5 of the agenda is lost)" in line, line  # fmt: skip
    else:  # the laptop's place: the team store's move is lost, said on the laptop's side
        assert f"now item 5 of the agenda, {LAPTOP_KEPT}" in team_part[0], team_part
        assert trip_part == [], trip_part


def _lines(report: Any) -> list[str]:
    return [f"{ln.label}: {ln.detail}" for ln in report.lines]


def test_bring_back_speaks_to_the_laptop(demo_master: Path, tmp_path: Path) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    t = _prepared(demo_master, tmp_path)
    with opened(t.trip, HEAD) as trip:
        back = return_trip(trip)
    assert back.to_team.merged == 1 and back.to_team.conflicts == 0
    _check(_lines(back.to_team), list(back.to_team.notices), _lines(back.to_trip), t.moved)
    places = [ln for ln in back.to_team.lines if ln.kind is Kind.PLACE]
    assert all(t.moved[:30] in ln.label for ln in places), places  # no shifted sibling


def test_trip_return_on_the_command_line_speaks_to_the_laptop(
    demo_master: Path, tmp_path: Path
) -> None:
    t = _prepared(demo_master, tmp_path)
    r = run_cli("trip", "return", "--store", str(t.trip))
    assert r.returncode == 0, r.stderr + r.stdout
    team_part, trip_part = r.stdout.split("Into this trip copy:")
    to_team = [ln for ln in team_part.splitlines() if "note:" not in ln]
    notes = [ln for ln in team_part.splitlines() if "note:" in ln]
    _check(to_team, notes, trip_part.splitlines(), t.moved)


@pytest.fixture(params=["en", "th"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def test_the_bring_back_dialog_speaks_to_the_laptop(
    qtbot: Any, window: Any, demo_master: Path, tmp_path: Path, language: str
) -> None:
    from adgsom_desktop.i18n.messages import Message
    from adgsom_desktop.ui.bundles.trip_feature import TripFeature
    from tests.conftest import save_artifact
    from tests.prepare_fixtures import open_store

    t = _prepared(demo_master, tmp_path)
    open_store(qtbot, window, t.trip)
    feature = next(f for f in window.features if isinstance(f, TripFeature))
    back = feature.back_dialog()
    qtbot.addWidget(back)
    back.resize(1093, 614)
    back.show()
    back.btn_back.click()
    qtbot.waitUntil(lambda: back.outcome.isVisible(), timeout=120_000)
    qtbot.wait(50)
    save_artifact(back, f"trip_back_reader_{language}")

    def rows(model: Any) -> list[str]:
        return [f"{model.index(r, 2).data()}" for r in range(model.rowCount())]

    team_rows, trip_rows = rows(back.team_model), rows(back.trip_model)
    notes = back.to_team.text().splitlines()[1:]
    # a move lost is no change to settle and bring back again
    settle = back.tr("Brought back, except what is named above: settle it and bring it back again.")
    assert back.outcome.text() != settle, back.outcome.text()
    if language == "en":
        _check(team_rows, notes, trip_rows, t.moved)
        return
    here = Message("here").text("")
    brief = [r for r in team_rows if t.brief[:20] in r]
    assert brief and AIDE in brief[0] and HEAD in brief[0], brief
    assert not any(f" {here}" in s for s in [*team_rows, *notes]), team_rows
    said = [s for s in [*team_rows, *notes, *trip_rows] if t.moved[:20] in s]
    lost = Message("the team store").text("")
    assert said and all(lost in s for s in said), said
    for s in said:  # the place's words in Thai too, not only the store's name
        assert "kept its place" not in s and "your place" not in s and "is lost" not in s, s


def test_both_outcomes_of_a_move_on_both_sides_read_on_the_laptop() -> None:
    """Which place stays is the later revision's (``merge.place_wins``), not foreseeable:
    each outcome, as Bring back's two parts say it to the laptop."""
    from adgsom_desktop.i18n.messages import Message
    from adgsom_desktop.services.sync.merge import Action, Incoming, Plan, Step
    from adgsom_desktop.services.sync.report import (
        MergeReport,
        kept_there,
        lines_of,
        moves_lost,
        place_notices,
    )
    from adgsom_desktop.services.sync.revs import RevState
    from adgsom_desktop.services.sync.state import Held

    item, key = "c" * 32, "place:" + "c" * 32
    names = {item: "item 6 “Digital skills”"}
    team = {"item": item, "parent": None, "ord": 6}  # item 7, the team store's
    laptop = {"item": item, "parent": None, "ord": 4}  # item 5, the laptop's
    held = Held(key, Kind.PLACE, "m", RevState("r1", 2, ("r0",), "h1"), team, 1)
    rec = Incoming(key, Kind.PLACE, "m", "r2", 2, ("r0",), laptop)
    store = Message("the team store")
    # the team store keeps its place: said in its part, and in the laptop's line
    kept = Plan((Step(key, Kind.PLACE, Action.LEARN, rec, held, held.state, both=True),))
    (notice,) = place_notices(kept, names, store)
    assert TEAM_KEPT in notice, notice
    trip_part = MergeReport("the team store", "", ())
    (line,) = kept_there(trip_part, moves_lost(kept, names), store).lines
    assert line.detail == (
        "now item 7 of the agenda (the team store kept its place; your move to item 5 of the "
        "agenda is lost)"
    )
    # the laptop's place: the team store's move lost, said in the team store's part
    took = Plan((Step(key, Kind.PLACE, Action.UPDATE, rec, held, held.state, both=True),))
    (line,) = lines_of(took, names, store=store)
    assert line.detail == f"now item 5 of the agenda, {LAPTOP_KEPT}"
    assert moves_lost(took, names) == ()


def test_the_merged_versions_comment_is_said_in_the_interfaces_language(
    demo_master: Path, tmp_path: Path
) -> None:
    """The brief merged at Bring back keeps the comment "merged when the trip copy … was
    brought back: Tactical arguments from …; Opening position from …" in both stores; the
    History shows it in the interface's language, the detail kept (it was shown in English
    in Thai: the detail after the colon made it no template's)."""
    from adgsom_desktop.i18n.messages import Message
    from adgsom_desktop.services.trip_service import return_trip
    from adgsom_desktop.services.version_comments import comment_words

    t = _prepared(demo_master, tmp_path)
    with opened(t.trip, HEAD) as trip:
        return_trip(trip)
    for path in (t.team, t.trip):
        with opened(path, HEAD) as svc:
            m = next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")
            item = next(i for i in svc.agenda.items(m) if i.title == t.brief)
            comments = [v.comment for v in svc.positions.versions(item.id)]
        merged = [c for c in comments if c.startswith("merged when") and ": " in c]
        assert merged, comments
        for comment in merged:
            said = comment_words(comment)
            assert isinstance(said, Message) and said.text("en") == comment, comment
            thai = said.text("th")
            for english in ("merged", "brought back", "Tactical", "Opening", " from "):
                assert english not in thai, thai
            assert AIDE in thai and HEAD in thai, thai  # the authors, as they are
