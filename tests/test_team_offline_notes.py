"""More than live-mode notes kept offline (#16): actions with an owner, corrections twice.

The finding: only plain live-mode notes were kept when the server went away. A note
made an action item with an owner and a due date (Ctrl+Enter) was not held: the box
kept it and it failed. Now it is held with its owner and date and lands with them;
a note corrected twice while offline lands as one correction (no conflict with
oneself); the held notes of a meeting and item are listed for the views.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, NoteKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.outbox import HeldOffline, Outbox, note_add, note_edit
from adgsom_desktop.services.outbox_writes import ALL_ITEMS
from adgsom_desktop.services.records import NewNote
from adgsom_desktop.services.room_records import ActionFilter
from adgsom_desktop.services.runner import OpRunner

THAI = "ไทยรับเป็นเจ้าภาพการประชุมเชิงปฏิบัติการ"


@pytest.fixture
def team(team_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Services, int, int]]:
    monkeypatch.setenv("PGPASSWORD", "owner-password")  # seals the outbox
    s = Services.open(team_url, actor="tester")
    event = s.events.save_event(title="6th ADGMIN and related meetings")
    meeting = s.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        short_title="6th ADGSOM",
        date=date(2026, 1, 12),
    )
    item = s.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
    yield s, meeting.id, item.id
    s.close()


def _send(runner: OpRunner, write: Any) -> Any:
    outbox = runner.outbox
    assert outbox is not None
    return runner.submit(lambda: outbox.apply(write), hold=write, label=write.label)


@pytest.mark.slow
def test_an_action_with_owner_and_due_date_held_offline_lands_with_them(
    team: tuple[Services, int, int], server_down: Any
) -> None:
    s, meeting_id, item_id = team
    vn = next(d for d in s.delegations.delegations() if d.code == "VN")
    runner = OpRunner()
    runner.outbox = outbox = Outbox.for_services(s)
    server_down()
    due = date(2026, 2, 15)
    ticket = _send(
        runner,
        note_add(
            NewNote(meeting_id, THAI, item_id=item_id, kind=NoteKind.ACTION, as_action=True),
            action=(vn.id, due),
        ),
    )
    assert runner.wait(60) and isinstance(ticket.error, HeldOffline)
    assert outbox.count == 1
    server_down.resume()
    replayed = runner.call(outbox.replay)
    assert len(replayed.written) == 1 and not replayed.conflicts
    (act,) = [a for a in s.actions.actions(ActionFilter(meeting_id=meeting_id)) if a.text == THAI]
    assert act.owner_delegation_id == vn.id and act.due_date == due
    # Replayed again (its answer lost): one note, one action item, the same owner.
    outbox.apply(replayed.written[0])
    assert len(s.notes.notes(meeting_id)) == 1
    assert [
        a.owner_delegation_id for a in s.actions.actions(ActionFilter(meeting_id=meeting_id))
    ] == [vn.id]
    assert runner.close()


@pytest.mark.slow
def test_a_note_corrected_twice_offline_lands_as_one_correction(
    team: tuple[Services, int, int], server_down: Any
) -> None:
    s, meeting_id, item_id = team
    note = s.notes.add(meeting_id, "Viet Nam supports the draft", item_id=item_id)
    runner = OpRunner()
    runner.outbox = outbox = Outbox.for_services(s)
    server_down()
    first = _send(runner, note_edit(note, text="Viet Nam supports the draft, with a review"))
    second = _send(
        runner, note_edit(note, text="Viet Nam supports the draft, with a review in 2027")
    )
    assert runner.wait(60)
    assert isinstance(first.error, HeldOffline) and isinstance(second.error, HeldOffline)
    assert outbox.count == 1  # one correction, made on the version the first was made on
    (kept,) = outbox.kept_notes(meeting_id, item_id)
    assert kept.correction and kept.note_id == note.id
    assert kept.text == "Viet Nam supports the draft, with a review in 2027"
    server_down.resume()
    replayed = runner.call(outbox.replay)
    assert len(replayed.written) == 1 and not replayed.conflicts
    assert s.notes.note(note.id).text == "Viet Nam supports the draft, with a review in 2027"
    assert [v.version_no for v, _t in s.notes.versions(note.id)] == [1, 2]
    assert runner.close()


def test_kept_notes_are_listed_by_meeting_and_item_in_order(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.outbox", secret=b"pw")
    box.hold(note_add(NewNote(1, "on item 7", item_id=7)))
    box.hold(note_add(NewNote(1, "no item")))
    box.hold(note_add(NewNote(2, "another meeting", item_id=7)))
    box.hold(note_add(NewNote(1, THAI, item_id=7)))
    assert [k.text for k in box.kept_notes(1, 7)] == ["on item 7", THAI]
    assert [k.text for k in box.kept_notes(1, None)] == ["no item"]
    assert [k.text for k in box.kept_notes(1, ALL_ITEMS)] == ["on item 7", "no item", THAI]
    assert not any(k.correction for k in box.kept_notes(1))


def test_a_held_note_is_what_note_service_add_takes_in_one_list() -> None:
    """Review s31 D6: the held form of a new note and ``NoteService.add`` share one list of
    values (``NewNote``): its fields are ``add``'s parameters, and an outbox written
    before keeps replaying (the same JSON)."""
    import inspect
    from dataclasses import fields
    from datetime import date, datetime

    from adgsom_desktop.domain.enums import Stance
    from adgsom_desktop.services.note_service import NoteService

    params = [
        p
        for p in inspect.signature(NoteService.add).parameters
        if p not in ("self", "also", "uuid")
    ]
    assert [f.name for f in fields(NewNote)] == params
    note = NewNote(
        3,
        THAI,
        item_id=7,
        speaker_delegation_id=2,
        speaker_person_id=9,
        kind=NoteKind.ACTION,
        observed_stance=Stance.SUPPORT,
        taken_at=datetime(2026, 12, 7, 9, 30),
        as_action=True,
    )
    held = note_add(note, key="k" * 32, action=(4, date(2026, 12, 31)))
    assert held.args == {
        "meeting_id": 3,
        "text": THAI,
        "item_id": 7,
        "speaker_delegation_id": 2,
        "speaker_person_id": 9,
        "kind": "action",
        "observed_stance": Stance.SUPPORT.value,
        "taken_at": "2026-12-07T09:30:00",
        "as_action": True,
        "action": {"owner_delegation_id": 4, "due_date": "2026-12-31"},
    }
    assert NewNote.from_json(held.args) == note
    assert NewNote.from_json(note_add(NewNote(1, "plain")).args) == NewNote(1, "plain")
