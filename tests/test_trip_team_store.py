"""A trip copy taken from a team store on PostgreSQL and brought back to it (#17 item 1).

The demo is copied onto a throwaway PostgreSQL server (the test starts its own: conftest's
``pg_server``; with CI=true it must run, never skip).  One event goes to a laptop file; the
laptop and the team store are both edited; bringing it back leaves every edit on both sides
and the one note both changed as a conflict on each side, shown once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo


def _edit_note(svc: Services, note_id: int, text: str) -> None:
    n = svc.notes.note(note_id)
    svc.notes.edit(
        note_id, text=text, kind=n.kind, item_id=n.item_id,
        speaker_delegation_id=n.speaker_delegation_id,
    )  # fmt: skip


def _texts(svc: Services, meeting: int) -> set[str]:
    return {n.text for n in svc.notes.notes(meeting)}


def test_a_trip_copy_of_a_team_store_goes_and_comes_back(
    demo_services: Services, pg_url: str, tmp_path: Path
) -> None:
    from adgsom_desktop.services.copy_service import copy_store
    from adgsom_desktop.services.trip_service import return_trip, take_trip

    copy_store(demo_services, pg_url)
    team = Services.open(pg_url, actor="capital")
    try:
        assert team.ctx.backend.locator.is_server
        event_id = next(m.event_id for m in team.events.meetings() if m.id == MEETING)
        trip_path = tmp_path / "trip.adgsom"
        took = take_trip(team, event_id, trip_path, "trip passphrase 2026")
        assert took.records > 100
        trip = Services.for_store(Store.open(trip_path, "trip passphrase 2026"), actor="aide")
        info = trip.trips.trip_of()
        assert info is not None and info.locator.startswith("postgresql://")
        tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        assert _texts(trip, tm) == _texts(team, MEETING)
        by_text = {n.text: n.id for n in team.notes.notes(MEETING)}
        first, second, third = trip.notes.notes(tm)[:3]
        # offline on the laptop
        trip.notes.add(tm, "Offline: ທ່ານ Lao PDR asks for a capacity-building annex.")
        _edit_note(trip, first.id, "Edited on the laptop.")
        _edit_note(trip, third.id, "The laptop's version.")
        # meanwhile in capital, on the server
        team.notes.add(MEETING, "Capital: instruct to support the annex.")
        _edit_note(team, by_text[second.text], "Edited in capital.")
        _edit_note(team, by_text[third.text], "Capital's version.")

        # an approval on the laptop could never be brought back (the server takes one only
        # from the approver signed in): refused now, in words, rather than the return failing
        briefed = next(i.id for i in trip.agenda.items(tm) if trip.positions.get(i.id))
        head = trip.delegations.approvers()[0]
        with pytest.raises(ValidationError, match="trip copy of the team store") as refused:
            trip.positions.approve(briefed, head.id, "")
        assert "password" not in str(refused.value) and "Nothing was approved" in str(refused.value)

        # one brief, different sections on each side: merged, no conflict (s32)
        title = next(i.title for i in trip.agenda.items(tm) if i.id == briefed)
        on_team = next(i.id for i in team.agenda.items(MEETING) if i.title == title)
        for svc, item, section in ((trip, briefed, "points"), (team, on_team, "red_line")):
            rec = svc.positions.get(item)
            assert rec is not None
            value = (*rec.content.points, "Laptop point.") if section == "points" else "Red."
            svc.positions.save(item, replace(rec.content, **{section: value}), reopen_approved=True)

        back = return_trip(trip)
        assert (back.to_team.conflicts, back.to_trip.conflicts) == (1, 1)
        assert back.to_team.merged == 1
        for svc, item in ((trip, briefed), (team, on_team)):
            got = svc.positions.get(item)
            assert got is not None
            assert got.content.red_line == "Red." and got.content.points[-1] == "Laptop point."
        expected = {
            "Offline: ທ່ານ Lao PDR asks for a capacity-building annex.",
            "Capital: instruct to support the annex.",
            "Edited on the laptop.",
            "Edited in capital.",
        }
        assert expected <= _texts(team, MEETING)
        assert expected <= _texts(trip, tm)
        assert [c.theirs["text"] for c in team.sync.conflicts()] == ["The laptop's version."]
        assert [c.theirs["text"] for c in trip.sync.conflicts()] == ["Capital's version."]
        again = return_trip(trip)
        assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do
        assert team.audit.verify().ok and trip.audit.verify().ok
        assert [log.ok for log in team.audit.received()] == [True]
        trip.close()
    finally:
        team.close()
