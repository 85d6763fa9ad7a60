"""A server that goes away (#16 item 2): edits kept on this computer, written when it returns.

The team store's server is stopped while notes are added and corrected: nothing is
lost, each write is held (in order, in a private file under the user's profile) and
counted; when the server is back the runner replays them, each exactly once, also
one whose commit went through while its answer was lost.  A correction made on a
version someone else changed meanwhile comes back as a conflict, both texts kept.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from adgsom_desktop.services.brief_conflict import Choice, Resolution
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.outbox import (
    HeldOffline,
    HeldWrite,
    NoteConflict,
    Outbox,
    note_add,
    note_edit,
)
from adgsom_desktop.services.outbox_conflicts import settle
from adgsom_desktop.services.records import NewNote
from adgsom_desktop.services.runner import OpRunner

THAI = "ไทยสนับสนุนร่างกรอบ พร้อมข้อสังเกตเรื่องงบประมาณ"


@pytest.fixture(autouse=True)
def sealed_outbox(monkeypatch: pytest.MonkeyPatch) -> None:
    """A password libpq signs in with (the test server trusts its owner): it seals the
    outbox (``team`` opens the store after this)."""
    monkeypatch.setenv("PGPASSWORD", "owner-password")


def _runner(s: Services) -> OpRunner:
    runner = OpRunner()
    runner.outbox = Outbox.for_services(s)
    return runner


def _send(runner: OpRunner, write: HeldWrite) -> Any:
    """A write as the GUI hands it over: its function, and its held form."""
    outbox = runner.outbox
    assert outbox is not None
    return runner.submit(lambda: outbox.apply(write), hold=write, label=write.label)


def _texts(s: Services, meeting_id: int) -> list[str]:
    return [n.text for n in s.notes.notes(meeting_id)]


@pytest.mark.slow
def test_edits_made_while_the_server_is_down_are_kept_and_land_once(
    team: tuple[Services, int], server_down: Any
) -> None:
    s, meeting_id = team
    runner = _runner(s)
    outbox = runner.outbox
    assert outbox is not None
    first = _send(runner, note_add(NewNote(meeting_id, "Chair opens the meeting")))
    first.wait(20)
    assert first.ok, first.error
    note = first.result
    assert outbox.count == 0 and not outbox.path.exists()

    server_down()
    typed = [f"{THAI} ({n})" for n in range(5)]
    tickets = [_send(runner, note_add(NewNote(meeting_id, t))) for t in typed]
    correction = _send(runner, note_edit(note, text="Chair opens the 6th ADGSOM"))
    assert runner.wait(60)
    # Nothing failed: each was kept, in order, counted.
    assert all(isinstance(t.error, HeldOffline) for t in [*tickets, correction])
    assert [t.error.pending for t in [*tickets, correction]] == [1, 2, 3, 4, 5, 6]
    assert outbox.count == 6
    held = outbox.pending()
    assert [w.args["text"] for w in held[:5]] == typed
    assert held[5].args["base_version"] == 1
    # On disk, readable by the user only, in a folder only the user can enter.
    assert stat.S_IMODE(outbox.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(outbox.path.parent.stat().st_mode) == 0o700
    assert THAI.encode() not in outbox.path.read_bytes()  # sealed (test_team_outbox_sealed)
    # A retry while the server is still away: nothing written, nothing dropped.
    tried = runner.call(outbox.replay)
    assert tried.written == () and tried.left == 6 and tried.stopped

    server_down.resume()
    replayed = runner.call(outbox.replay)
    assert len(replayed.written) == 6 and replayed.left == 0 and not replayed.conflicts
    assert _texts(s, meeting_id) == ["Chair opens the 6th ADGSOM", *typed]
    assert s.notes.note(note.id).version_no == 2
    assert not outbox.path.exists()
    # Again: nothing more is written (each exactly once).
    assert runner.call(outbox.replay).written == ()
    assert len(s.notes.notes(meeting_id)) == 6
    assert s.audit.verify().ok
    assert runner.close()


def test_a_write_whose_commit_answer_was_lost_is_not_applied_twice(
    team: tuple[Services, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection drops during COMMIT: the note is in the store, but the app heard
    an error.  It is held, and the replay finds it there (its UUID) instead of adding
    it again; a correction likewise (its version)."""
    s, meeting_id = team
    runner = _runner(s)
    outbox = runner.outbox
    assert outbox is not None
    service = type(s.notes)
    real_add, real_edit = service.add, service.edit

    def lost(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(self: Any, *args: Any, **kwargs: Any) -> Any:
            real(self, *args, **kwargs)  # committed ...
            raise psycopg.OperationalError("server closed the connection unexpectedly")

        return call

    monkeypatch.setattr(service, "add", lost(real_add))
    ticket = _send(runner, note_add(NewNote(meeting_id, THAI)))
    assert runner.wait(20)
    # The answer was lost but the note is there: found by its UUID, not written again.
    assert ticket.ok, ticket.error
    assert outbox.count == 0
    monkeypatch.setattr(service, "add", real_add)
    assert _texts(s, meeting_id) == [THAI]
    # A held note whose commit had in fact gone through: the replay does not add it again.
    landed = note_add(NewNote(meeting_id, "Landed before the connection dropped"))
    outbox.apply(landed)
    outbox.hold(landed)
    replayed = runner.call(outbox.replay)
    assert len(replayed.written) == 1 and replayed.left == 0
    assert _texts(s, meeting_id) == [THAI, "Landed before the connection dropped"]

    note = s.notes.notes(meeting_id)[0]  # the correction's answer is lost in the same way
    monkeypatch.setattr(service, "edit", lost(real_edit))
    ticket = _send(runner, note_edit(note, text="Corrected once"))
    assert runner.wait(20)
    assert isinstance(ticket.error, HeldOffline)
    monkeypatch.setattr(service, "edit", real_edit)
    replayed = runner.call(outbox.replay)
    assert len(replayed.written) == 1 and not replayed.conflicts
    assert [v.version_no for v, _t in s.notes.versions(note.id)] == [1, 2]
    assert s.notes.note(note.id).text == "Corrected once"
    assert s.audit.verify().ok
    assert runner.close()


@pytest.mark.slow
def test_a_correction_held_offline_meets_another_members_edit_as_a_conflict(
    team: tuple[Services, int], team_url: str, server_down: Any
) -> None:
    s, meeting_id = team
    note = s.notes.add(meeting_id, "Viet Nam supports the draft")
    runner = _runner(s)
    outbox = runner.outbox
    assert outbox is not None
    server_down()
    held = _send(runner, note_edit(note, text="Viet Nam supports the draft, with a review"))
    assert runner.wait(60) and isinstance(held.error, HeldOffline)
    server_down.resume()
    other = Services.open(team_url, actor="Malee")  # another member, while we were away
    try:
        other.notes.edit(
            note.id,
            text="Viet Nam supports the draft ។",
            kind=note.kind,
            item_id=None,
            speaker_delegation_id=None,
        )
    finally:
        other.close()
    replayed = runner.call(outbox.replay)
    assert replayed.written == () and len(replayed.conflicts) == 1
    conflict = replayed.conflicts[0]
    assert conflict.mine == "Viet Nam supports the draft, with a review"
    assert conflict.theirs == "Viet Nam supports the draft ។"
    assert conflict.theirs_version == 2
    # Theirs stays in the store until the user chooses; the held edit is still counted.
    assert s.notes.note(note.id).text == "Viet Nam supports the draft ។"
    assert outbox.count == 1 and outbox.held == 0
    # The edit API itself refuses a stale version.
    with pytest.raises(NoteConflict):
        s.notes.edit(
            note.id,
            text="x",
            kind=note.kind,
            item_id=None,
            speaker_delegation_id=None,
            expected_version=1,
        )
    merged = Resolution(Choice.MERGED, texts={"text": "Viet Nam supports it, with a review"})
    rec = runner.call(lambda: settle(outbox, conflict, merged))
    assert rec is not None and rec.version_no == 3
    assert s.notes.note(note.id).text == "Viet Nam supports it, with a review"
    assert outbox.count == 0
    assert runner.close()


def test_the_outbox_survives_a_restart_and_an_unreadable_file_is_kept_aside(
    tmp_path: Any,
) -> None:
    path = tmp_path / "outbox" / "store.outbox"
    box = Outbox(path, secret=b"pw")
    box.hold(note_add(NewNote(1, THAI), key="a" * 32))
    box.hold(note_add(NewNote(1, "second"), key="b" * 32))
    box.hold(note_add(NewNote(1, THAI), key="a" * 32))  # the same write again: kept once
    again = Outbox(path, secret=b"pw")
    assert [w.key for w in again.pending()] == ["a" * 32, "b" * 32]
    assert again.pending()[0].args["text"] == THAI
    path.write_text("{ not json")
    broken = Outbox(path, secret=b"pw")
    assert broken.count == 0
    assert [p.name for p in path.parent.iterdir() if "unreadable" in p.name]
