"""A trip copy is named in the team store by its number and its taker, never by its file
name alone (review s35 T6): two trips taken with the dialog's default name read apart, and
a later trip's conflict on a brief that an earlier trip's conflict is still open on says
it is the newer one (both stay: each keeps its own other side). The History's "from …"
comments of versions that came in read in the interface's language (T9)."""

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
TAKER = "Natthida Chaiyaporn"


def _press(svc: Services, item: int, text: str) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, press_line=text), reopen_approved=True)


def _trip_item(trip: Services, title: str) -> int:
    tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
    return next(i.id for i in trip.agenda.items(tm) if i.title == title)


def _round(team_path: Path, trip_path: Path, n: int) -> tuple[int, str]:
    """A trip taken to ``trip_path`` (the same file name each time), the press line of one
    brief changed on both sides, brought back: a conflict."""
    from adgsom_desktop.services.trip_service import return_trip, take_trip

    team = Services.for_store(Store.open(team_path), actor=TAKER)
    try:
        item = next(i for i in team.agenda.items(MEETING) if i.number and team.positions.get(i.id))
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
        _press(team, item.id, f"Capital's press line {n}.")
    finally:
        team.close()
    trip = Services.for_store(Store.open(trip_path), actor=TAKER)
    try:
        _press(trip, _trip_item(trip, item.title), f"The laptop's press line {n}.")
        return_trip(trip)
    finally:
        trip.close()
    return item.id, item.title


def test_two_trips_with_one_file_name_read_apart_and_the_newer_conflict_says_so(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    first, second = tmp_path / "1" / "Trip copy.adgsom", tmp_path / "2" / "Trip copy.adgsom"
    first.parent.mkdir()
    second.parent.mkdir()
    _round(team_path, first, 1)
    _round(team_path, second, 2)

    r = run_cli("bundle", "conflicts", "--store", str(team_path))
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stdout.splitlines() if "brief on" in ln]
    assert len(lines) == 2, r.stdout
    older, newer = lines
    assert older.endswith(f"(theirs: the trip copy T1 of {TAKER} (Trip copy.adgsom))"), older
    assert newer.endswith(
        f"(theirs: the trip copy T2 of {TAKER} (Trip copy.adgsom); newer than the one from "
        f"the trip copy T1 of {TAKER} (Trip copy.adgsom))"
    ), newer
    assert "the trip copy Trip copy" not in r.stdout


def test_the_origins_and_version_comments_read_in_thai(demo_master: Path, tmp_path: Path) -> None:
    from adgsom_desktop.i18n.messages import Message
    from adgsom_desktop.services.sync.origins import origin_words
    from adgsom_desktop.services.version_comments import comment_words

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    item_id, title = _round(team_path, trip_path, 1)
    team = Services.for_store(Store.open(team_path), actor=TAKER)
    trip = Services.for_store(Store.open(trip_path), actor=TAKER)
    try:
        (conflict,) = team.sync.conflicts()
        shown = origin_words(conflict.their_origin)
        assert isinstance(shown, Message)
        assert shown.text("th").startswith("สำเนาสำหรับเดินทาง T1 ของ "), shown.text("th")
        # the trip copy took the team store's press line: a version "from the team store"
        comments = [v.comment for v in trip.positions.versions(_trip_item(trip, title))]
        assert "from the team store" in comments, comments
        assert team.positions.versions(item_id)
    finally:
        trip.close()
        team.close()
    said = comment_words("from the team store")
    assert isinstance(said, Message) and said.text("th") == "จากคลังข้อมูลกลาง"
    said = comment_words(f"from the trip copy T1 of {TAKER} (trip.adgsom)")
    assert isinstance(said, Message)
    assert said.text("th") == f"จากสำเนาสำหรับเดินทาง T1 ของ {TAKER} (trip.adgsom)"
    assert said.text("vi") == f"từ bản sao mang đi T1 của {TAKER} (trip.adgsom)"
    old = comment_words("from the trip copy hanoi.adgsom")  # a copy named before (s34)
    assert isinstance(old, Message) and old.text("th") == "จากสำเนาสำหรับเดินทาง hanoi.adgsom"
