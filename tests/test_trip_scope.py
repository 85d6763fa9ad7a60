"""What a trip copy takes of its event, and what Bring back does with the rest (#17,
review s32 H24, H23, H4): counterparts the event is about travel with their interests and
an interest linked on either side comes back; work done in a part a trip copy does not
bring back is never lost in silence: the take says what travels read-only (negotiated
texts, projects: tests/test_trip_read_only.py), Bring back names each change it cannot
bring."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo (event 2)
THE_FOUR = ("Takeshi Morimoto", "Lukas Brandt", "Anjali Raman", "Agostinho Ximenes da Costa")


def _take(demo_master: Path, tmp_path: Path) -> tuple[Path, Path, object]:
    from adgsom_desktop.services.trip_service import take_trip

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        event_id = team.events.meeting(MEETING).event_id
        took = take_trip(team, event_id, tmp_path / "trip.adgsom")
    finally:
        team.close()
    return team_path, tmp_path / "trip.adgsom", took


def _open(path: Path, actor: str) -> Services:
    return Services.for_store(Store.open(path), actor=actor)


def _first_meeting(svc: Services) -> int:
    return next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")


def _interests(svc: Services) -> set[tuple[str, str]]:
    return {
        (c.person.full_name, i.item_label)
        for c in svc.counterparts.counterparts()
        for i in c.interests
    }


def test_the_counterparts_of_the_event_travel_with_their_interests(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path, _took = _take(demo_master, tmp_path)
    team, trip = _open(team_path, "capital"), _open(trip_path, "aide")
    try:
        event = team.events.meeting(MEETING).event_id
        items = {i.id for m in team.events.meetings() if m.event_id == event
                 for i in team.agenda.items(m.id)}  # fmt: skip
        want = {
            (c.person.full_name, i.item_label)
            for c in team.counterparts.counterparts()
            for i in c.interests
            if i.item_id in items
        }
        assert len(want) >= 20
        names = {c.person.full_name: c for c in trip.counterparts.counterparts()}
        for name in THE_FOUR:
            assert name in names, name
            assert names[name].person.bio  # the head's copy: personality notes and all
        assert _interests(trip) == want
    finally:
        trip.close()
        team.close()


def test_an_interest_linked_on_either_side_comes_back(demo_master: Path, tmp_path: Path) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path, _took = _take(demo_master, tmp_path)
    team = _open(team_path, "capital")
    try:  # at capital: a counterpart's interest in an item
        other = next(c for c in team.counterparts.counterparts() if not c.interests)
        team_item = team.agenda.items(MEETING)[3]
        team.counterparts.link(other.person.id, team_item.id)
    finally:
        team.close()
    trip = _open(trip_path, "aide")
    try:  # on the laptop: another one's
        noraini = next(c for c in trip.counterparts.counterparts()
                       if c.person.full_name.startswith("Noraini"))  # fmt: skip
        item = trip.agenda.items(_first_meeting(trip))[10]
        trip.counterparts.link(noraini.person.id, item.id, "asks about the timeline")
        back = return_trip(trip)
        assert "Nothing new" not in back.to_team.summary()
        assert (other.person.full_name, f"{team_item.number} {team_item.title}".strip()) in (
            _interests(trip)
        )
        again = return_trip(trip)  # a second return changes nothing more
        assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do
    finally:
        trip.close()
    team = _open(team_path, "capital")
    try:
        assert (noraini.person.full_name, f"{item.number} {item.title}".strip()) in (
            _interests(team)
        )
        got = next(c for c in team.counterparts.counterparts()
                   if c.person.full_name == noraini.person.full_name)  # fmt: skip
        assert "asks about the timeline" in {i.note for i in got.interests}
    finally:
        team.close()


def test_the_take_says_what_the_copy_leaves_behind(demo_master: Path, tmp_path: Path) -> None:
    _team, _trip, took = _take(demo_master, tmp_path)
    said = " | ".join(map(str, took.left_behind))  # type: ignore[attr-defined]
    for what in ("negotiated text", "project"):
        assert what in said, said


def test_work_in_parts_a_copy_does_not_bring_back_is_named_on_return(
    demo_master: Path, tmp_path: Path
) -> None:
    """A copy made before the texts and projects travelled read-only let the head import a
    text and link a project on the laptop: Bring back names that work (never "Nothing new")
    and leaves it on the laptop, every time, instead of refreshing it away."""
    from sqlalchemy import update

    from adgsom_desktop.domain.models import OutcomeDocument, Project, StoreSetting
    from adgsom_desktop.domain.settings import TRIP_OF
    from adgsom_desktop.services.negotiation.records import ImportSource
    from adgsom_desktop.services.trip_carry import TRIP_READ_ONLY
    from adgsom_desktop.services.trip_service import return_trip

    _team_path, trip_path, _took = _take(demo_master, tmp_path)
    trip = _open(trip_path, "aide")
    try:
        first = _first_meeting(trip)
        with trip.ctx.write() as s:  # as the older app did: the copy not marked yet
            mark = s.get_one(StoreSetting, TRIP_OF)
            was, mark.value = mark.value, ""
            s.delete(s.get_one(StoreSetting, TRIP_READ_ONLY))  # nor carrying them read-only
        trip.texts.import_revision(
            first,
            ImportSource("rev.txt", text="TRIP6 Joint Statement\n\n1. We met in Hanoi.\n"),
            kind="joint_statement",
            title="TRIP6 Joint Statement",
        )
        with trip.ctx.write() as s:
            s.execute(update(Project).where(Project.id == 1).values(remarks="TRIP6 remark"))
            s.get_one(StoreSetting, TRIP_OF).value = was
        back = return_trip(trip)
        again = return_trip(trip)
        titles = {d.title for d in trip.texts.documents(first)}
        with trip.ctx.read() as s:
            remark = s.get_one(Project, 1).remarks
            docs = s.query(OutcomeDocument).count()
    finally:
        trip.close()
    said = back.to_team.summary() + " | " + " | ".join(back.to_team.notices)
    assert "already holds everything" not in said
    assert "TRIP6 Joint Statement" in said and "cooperation projects" in said
    assert len(back.left_behind) == 2  # type: ignore[attr-defined]
    assert again.left_behind == back.left_behind  # said again while the laptop holds them
    assert "TRIP6 Joint Statement" in titles and remark == "TRIP6 remark" and docs >= 2


def _a_project(svc: Services) -> int:
    """A project entered on the laptop (refused in a trip copy)."""
    from adgsom_desktop.services.project_records import ProjectFields

    return svc.projects.save(ProjectFields(code="TRIP-1", title="Trip project")).id


def test_our_speaking_time_on_the_trip_comes_back(demo_master: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path, _took = _take(demo_master, tmp_path)
    team = _open(team_path, "capital")
    try:
        before = team.live.totals(MEETING, now=datetime(2030, 1, 1))
    finally:
        team.close()
    trip = _open(trip_path, "aide")
    try:
        first = _first_meeting(trip)
        taken = trip.live.totals(first, now=datetime(2030, 1, 1))
        assert taken.interventions == before.interventions > 0  # the time so far travels
        item = trip.agenda.items(first)[4]
        trip.live.start_speaking(first, item.id, at=datetime(2026, 3, 3, 9, 0))
        trip.live.stop_speaking(first, at=datetime(2026, 3, 3, 9, 4))
        back = return_trip(trip)
        assert not back.left_behind
        assert "stretch of our speaking" in back.to_team.summary()
    finally:
        trip.close()
    team = _open(team_path, "capital")
    try:
        after = team.live.totals(MEETING, now=datetime(2030, 1, 1))
        assert after.interventions == before.interventions + 1
        assert sum(after.per_item.values()) == sum(before.per_item.values()) + 240
    finally:
        team.close()


def test_a_point_delivered_on_the_trip_comes_back(demo_master: Path, tmp_path: Path) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path, _took = _take(demo_master, tmp_path)
    trip = _open(trip_path, "aide")
    try:
        item = next(i for i in trip.agenda.items(_first_meeting(trip)) if trip.live.points(i.id))
        point = trip.live.points(item.id)[0]
        trip.live.set_delivered(point.id)
        back = return_trip(trip)
    finally:
        trip.close()
    said = back.to_team.summary() + " | " + " | ".join(back.to_team.notices)
    assert "Nothing new" not in said
    team = _open(team_path, "capital")
    try:
        team_item = next(i for i in team.agenda.items(MEETING) if i.title == item.title)
        ticked = {p.text for p in team.live.points(team_item.id) if p.delivered_at}
        assert point.text in ticked
    finally:
        team.close()


def test_open_actions_carried_over_into_the_events_meetings_are_in_the_copy(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.action_service import ActionFilter

    team_path, trip_path, _took = _take(demo_master, tmp_path)
    team, trip = _open(team_path, "capital"), _open(trip_path, "aide")
    try:
        want = {a.text for a in team.actions.actions(ActionFilter(meeting_id=MEETING))
                if a.carried_over and a.is_open}  # fmt: skip
        assert len(want) >= 3
        got = {a.text for a in trip.actions.actions(ActionFilter(meeting_id=_first_meeting(trip)))
               if a.carried_over}  # fmt: skip
        assert want <= got
    finally:
        trip.close()
        team.close()


def test_a_brief_printed_on_the_trip_holds_last_years_notes_and_outcomes(
    demo_master: Path, tmp_path: Path
) -> None:
    """The items the event's items follow on from travel as context (H4): the brief of
    an item printed on the laptop quotes the same past notes and outcomes."""
    from adgsom_desktop.domain.enums import Audience
    from tests.test_word_export import word_text

    team_path, trip_path, _took = _take(demo_master, tmp_path)
    team, trip = _open(team_path, "capital"), _open(trip_path, "aide")
    try:
        here = {i.title: i.id for i in trip.agenda.items(_first_meeting(trip))}
        compared = 0
        for item in team.agenda.items(MEETING):
            if item.position_status is None or item.title not in here:
                continue
            out = tmp_path / f"team-{item.id}.docx"
            text = word_text(team.packs.export_brief(item.id, Audience.HOD, out).files[0].path)[0]
            if "5th ADGSOM" not in text:
                continue
            out = tmp_path / f"trip-{item.id}.docx"
            got = word_text(
                trip.packs.export_brief(here[item.title], Audience.HOD, out).files[0].path
            )[0]
            assert got.count("5th ADGSOM") == text.count("5th ADGSOM"), item.title
            compared += 1
            if compared == 2:
                break
        assert compared == 2
    finally:
        trip.close()
        team.close()


def test_the_cli_says_what_is_read_only_and_refuses_to_change_it(
    demo_master: Path, tmp_path: Path
) -> None:
    from tests.helpers import run_cli

    team = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team)
    trip = tmp_path / "trip.adgsom"
    r = run_cli("trip", "take", "--store", str(team), "--event", "2", "--to", str(trip), "--plain")
    assert r.returncode == 0, r.stderr
    assert "Read only on the trip copy" in r.stdout and "negotiated text" in r.stdout
    (tmp_path / "rev.txt").write_text("TRIP6 Joint Statement\n\n1. We met.\n", encoding="utf-8")
    r = run_cli("outcome-doc", "import", "--store", str(trip), "--meeting", "1",
                "--kind", "joint-statement", "--title", "TRIP6", str(tmp_path / "rev.txt"))  # fmt: skip
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "This is a trip copy: negotiated texts are changed in the team store" in r.stderr
    assert (
        "Imported" not in r.stdout
        and "TRIP6"
        not in run_cli("outcome-doc", "list", "--store", str(trip), "--meeting", "1").stdout
    )
    r = run_cli("trip", "return", "--store", str(trip))
    assert r.returncode == 0, r.stderr
    assert "NOT brought back" not in r.stdout and "could not be brought back" not in r.stderr


def test_on_a_team_store_on_postgresql(
    demo_services: Services, pg_url: str, tmp_path: Path
) -> None:
    """The same on a team server: interests and points delivered come back, the earlier
    meeting travels as context, a speaking stretch on the laptop is named, not lost."""
    from adgsom_desktop.services.action_service import ActionFilter
    from adgsom_desktop.services.copy_service import copy_store
    from adgsom_desktop.services.trip_service import return_trip, take_trip

    copy_store(demo_services, pg_url)
    team = Services.open(pg_url, actor="capital")
    try:
        event_id = team.events.meeting(MEETING).event_id
        took = take_trip(team, event_id, tmp_path / "trip.adgsom")
        assert any("negotiated text" in str(b) for b in took.left_behind)
        trip = _open(tmp_path / "trip.adgsom", "aide")
        try:
            first = _first_meeting(trip)
            carried = {a.text for a in trip.actions.actions(ActionFilter(meeting_id=first))
                       if a.carried_over}  # fmt: skip
            assert len(carried) >= 3
            names = {c.person.full_name for c in trip.counterparts.counterparts()}
            assert set(THE_FOUR) <= names
            item = next(i for i in trip.agenda.items(first) if trip.live.points(i.id)
                        and not any(p.delivered_at for p in trip.live.points(i.id)))  # fmt: skip
            point = trip.live.points(item.id)[0]
            trip.live.set_delivered(point.id)
            noraini = next(c for c in trip.counterparts.counterparts()
                           if c.person.full_name.startswith("Noraini"))  # fmt: skip
            trip.counterparts.link(noraini.person.id, item.id, "on the server too")
            trip.live.start_speaking(first, item.id)
            trip.live.stop_speaking(first)
            back = return_trip(trip)
            assert back.to_team.conflicts == 0 and not back.left_behind
            assert "stretch of our speaking" in back.to_team.summary()
            assert return_trip(trip).to_team.lines == ()  # nothing more the second time
        finally:
            trip.close()
        team_item = next(i for i in team.agenda.items(MEETING) if i.title == item.title)
        assert point.text in {p.text for p in team.live.points(team_item.id) if p.delivered_at}
        assert "on the server too" in {
            i.note
            for c in team.counterparts.counterparts()
            if c.person.full_name == noraini.person.full_name
            for i in c.interests
        }
    finally:
        team.close()
