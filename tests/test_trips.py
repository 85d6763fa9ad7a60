"""Trip copies (#17): an event of the team store taken to a laptop, edited offline while
the team store is edited too, brought back: every edit present on both sides, each real
conflict shown once, nothing from the trip lost."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from adgsom_desktop.errors import PassphraseRequiredError, ValidationError
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo (event 2)


def _edit_note(svc: Services, note_id: int, text: str) -> None:
    n = svc.notes.note(note_id)
    svc.notes.edit(
        note_id,
        text=text,
        kind=n.kind,
        item_id=n.item_id,
        speaker_delegation_id=n.speaker_delegation_id,
    )


def _texts(svc: Services, meeting: int) -> set[str]:
    return {n.text for n in svc.notes.notes(meeting)}


def test_a_trip_copy_goes_and_comes_back(demo_master: Path, tmp_path: Path) -> None:
    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    event_id = next(m.event_id for m in team.events.meetings() if m.id == MEETING)
    trip_path = tmp_path / "trip.adgsom"
    try:
        taken = team.trips.event_of(event_id)
        from adgsom_desktop.services.trip_service import return_trip, take_trip

        took = take_trip(team, event_id, trip_path)
        assert took.meetings >= 1 and took.records > 100
        with pytest.raises(ValidationError, match="already exists"):
            take_trip(team, event_id, trip_path)

        trip = Services.for_store(Store.open(trip_path), actor="aide")
        try:
            assert trip.trips.trip_of() is not None
            assert trip.trips.trip_of().event == taken[0]  # type: ignore[union-attr]
            t_meeting = trip.trips.meeting_ids(taken[0])
            assert t_meeting
            # the same notes went
            tm = next(m for m in trip.events.meetings() if m.short_title == "6th ADGSOM").id
            assert _texts(trip, tm) == _texts(team, MEETING)

            notes_trip = trip.notes.notes(tm)
            notes_team = team.notes.notes(MEETING)
            by_text = {n.text: n.id for n in notes_team}
            first, second, third = notes_trip[0], notes_trip[1], notes_trip[2]
            # offline on the laptop: a new note, an edit, and an edit the team also makes
            trip.notes.add(tm, "Offline: Lao PDR asks for a capacity-building annex.")
            _edit_note(trip, first.id, "Edited on the laptop.")
            _edit_note(trip, third.id, "The laptop's version.")
            # meanwhile in capital
            team.notes.add(MEETING, "Capital: instruct to support the annex.")
            _edit_note(team, by_text[second.text], "Edited in capital.")
            _edit_note(team, by_text[third.text], "Capital's version.")
            item = next(i.id for i in team.agenda.items(MEETING) if team.positions.get(i.id))
            rec = team.positions.get(item)
            assert rec is not None
            team.positions.save(
                item, replace(rec.content, press_line="New press line from capital."),
                reopen_approved=True,
            )  # fmt: skip
        finally:
            trip.close()

        team.close()
        trip = Services.for_store(Store.open(trip_path), actor="aide")
        try:
            back = return_trip(trip)
            assert back.to_team.conflicts == 1
            assert back.to_trip.conflicts == 1
            team = Services.for_store(Store.open(team_path), actor="capital")
            expected_new = {
                "Offline: Lao PDR asks for a capacity-building annex.",
                "Capital: instruct to support the annex.",
                "Edited on the laptop.",
                "Edited in capital.",
            }
            assert expected_new <= _texts(team, MEETING)
            assert expected_new <= _texts(trip, tm)
            # the conflict is shown once on each side, ours kept there
            assert [c.theirs["text"] for c in team.sync.conflicts()] == ["The laptop's version."]
            assert [c.theirs["text"] for c in trip.sync.conflicts()] == ["Capital's version."]
            assert "Capital's version." in _texts(team, MEETING)
            assert "The laptop's version." in _texts(trip, tm)
            got = trip.positions.get(
                next(i.id for i in trip.agenda.items(tm) if trip.positions.get(i.id))
            )
            assert got is not None
            # a second return changes nothing more
            team.close()
            again = return_trip(trip)
            assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do
        finally:
            trip.close()
    finally:
        team.close()


def test_a_store_that_is_no_trip_copy_is_refused(demo_services: Services) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    with pytest.raises(ValidationError, match="not a trip copy"):
        return_trip(demo_services)


def test_trip_take_and_return_by_the_cli(demo_master: Path, tmp_path: Path) -> None:
    from tests.helpers import run_cli

    team = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team)
    trip = tmp_path / "trip.adgsom"
    # encrypted by default, as in the GUI (s31 G3): no passphrase, no copy
    r = run_cli("trip", "take", "--store", str(team), "--event", "2", "--to", str(trip))
    assert r.returncode == 1 and "--plain" in r.stderr and "Traceback" not in r.stderr
    assert not trip.exists()
    secret = tmp_path / "secret.adgsom"
    r = run_cli(
        "trip", "take", "--store", str(team), "--event", "2", "--to", str(secret),
        input="trip passphrase 2026\n",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "encrypted" in r.stdout and "warning" not in r.stderr
    assert not secret.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(PassphraseRequiredError):
        Store.open(secret)
    Store.open(secret, "trip passphrase 2026").close()
    # --plain: in clear, and said so
    r = run_cli("trip", "take", "--store", str(team), "--event", "2", "--to", str(trip), "--plain")
    assert r.returncode == 0, r.stderr
    assert "Bring it back: adgsom-desktop trip return" in r.stdout
    assert "NOT encrypted" in r.stderr and trip.read_bytes().startswith(b"SQLite format 3")
    r = run_cli(
        "trip", "take", "--store", str(team), "--event", "2", "--to", str(trip), "--plain"
    )  # fmt: skip
    assert r.returncode == 1 and "already exists" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("trip", "return", "--store", str(trip))
    assert r.returncode == 0, r.stderr
    assert "Into the team store:" in r.stdout and "Nothing new" in r.stdout
    r = run_cli("trip", "return", "--store", str(team))
    assert r.returncode == 1 and "not a trip copy" in r.stderr
