"""Edits kept offline are sealed on disk (#16): a red line typed offline is never readable.

The finding: the outbox was a plaintext JSON file (0600) under the user's profile, so
a red line typed while the server was away sat readable on disk (a backup of the
profile, a synced folder, a lost laptop's disk image).  Now the file is sealed with a
key derived from the member's sign-in password (argon2id, salt in the file), read
again after a crash as soon as the member signs in again; a file sealed with another
password, changed or cut short is refused with its reason and kept aside, never
deleted; a sign-in without a password keeps held writes in memory only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from adgsom_desktop.domain.enums import MeetingKind, MemberRole
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.outbox import NO_PASSWORD, HeldOffline, Outbox, note_add, note_edit
from adgsom_desktop.services.outbox_file import DAMAGED, WRONG_KEY
from adgsom_desktop.services.records import NewNote
from adgsom_desktop.services.runner import OpRunner

RED_LINE = "เส้นแดง: ไทยไม่รับวรรค 4 เรื่องการโอนข้อมูลข้ามพรมแดน"
ENGLISH = "Red line: no cross-border data clause without review"
PASSWORD = "aide-Pa55word-offline"


def _member_url(url: str) -> tuple[str, int]:
    """A member (Somchai) with a password of his own, and a meeting to take notes in."""
    owner = Services.open(url, actor="owner")
    try:
        ours = owner.delegations.our_delegation()
        assert ours is not None
        person = owner.delegations.save_person(
            delegation_id=ours.id, full_name="Somchai Rattanakorn", role=MemberRole.DESK_OFFICER
        )
        owner.team.add_member(person.id, "somchai", "member", PASSWORD)
        event = owner.events.save_event(title="6th ADGMIN and related meetings")
        meeting = owner.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
    finally:
        owner.close()
    u = make_url(url)
    member = u.set(username=f"{u.database}_somchai").render_as_string(hide_password=False)
    return member, meeting.id


def _forms(text: str) -> list[bytes]:
    """Every way the text could show up in a file: UTF-8, JSON-escaped, UTF-16."""
    escaped = json.dumps(text)[1:-1].encode("ascii")
    return [text.encode("utf-8"), escaped, text.encode("utf-16-le"), text[:12].encode("utf-8")]


@pytest.mark.slow
def test_a_red_line_held_offline_is_sealed_on_disk_and_lands_after_a_restart(
    team_url: str, server_down: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    member_url, meeting_id = _member_url(team_url)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # as ~/.pgpass or the environment gives it
    s = Services.open(member_url, actor="Somchai")
    note = s.notes.add(meeting_id, "Chair opens the meeting")
    runner = OpRunner()
    runner.outbox = outbox = Outbox.for_services(s)
    assert not outbox.memory_only
    server_down()
    held = [note_add(NewNote(meeting_id, RED_LINE)), note_add(NewNote(meeting_id, ENGLISH))]
    held.append(note_edit(note, text="Chair opens the 6th ADGSOM"))
    tickets = [runner.submit(lambda w=w: outbox.apply(w), hold=w) for w in held]
    assert runner.wait(60)
    assert all(isinstance(t.error, HeldOffline) for t in tickets)
    raw = outbox.path.read_bytes()
    for text in (RED_LINE, ENGLISH, "Chair opens the 6th ADGSOM"):
        for form in _forms(text):
            assert form not in raw, f"{text!r} readable in the outbox file"
    assert b"note.add" not in raw and b"meeting_id" not in raw  # nothing of the JSON either
    assert runner.close()
    s.close()  # the app quits (or dies) while the server is away

    server_down.resume()
    again = Services.open(member_url, actor="Somchai")  # signed in again: the same password
    try:
        box = Outbox.for_services(again)
        assert box.problem == "" and box.count == 3
        assert [w.args["text"] for w in box.pending()[:2]] == [RED_LINE, ENGLISH]
        replayed = box.replay()
        assert len(replayed.written) == 3 and replayed.left == 0
        texts = [n.text for n in again.notes.notes(meeting_id)]
        assert texts == ["Chair opens the 6th ADGSOM", RED_LINE, ENGLISH]
        assert not box.path.exists()
    finally:
        again.close()


def _sealed(tmp_path: Path, secret: bytes = b"the member's password") -> Outbox:
    box = Outbox(tmp_path / "outbox" / "store.outbox", secret=secret)
    box.hold(note_add(NewNote(1, RED_LINE), key="a" * 32))
    box.hold(note_add(NewNote(1, ENGLISH), key="b" * 32))
    return box


def test_the_sealed_outbox_survives_a_restart_and_holds_each_write_once(tmp_path: Path) -> None:
    box = _sealed(tmp_path)
    box.hold(note_add(NewNote(1, RED_LINE), key="a" * 32))  # the same write again: kept once
    again = Outbox(box.path, secret=b"the member's password")
    assert again.problem == ""
    assert [w.args["text"] for w in again.pending()] == [RED_LINE, ENGLISH]
    assert all(f not in box.path.read_bytes() for f in _forms(RED_LINE))


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), WRONG_KEY),  # one bit of the text changed
        (lambda b: b[:20] + bytes([b[20] ^ 1]) + b[21:], WRONG_KEY),  # the salt changed
        (lambda b: b[:44] + b"\xff" + b[45:], DAMAGED),  # an absurd memory limit
        (lambda b: b[: len(b) // 2], WRONG_KEY),  # cut short in the ciphertext
        (lambda b: b[:30], DAMAGED),  # cut short in the header
        (lambda b: b"", DAMAGED),  # empty
        (lambda b: b"\x00" * 64, DAMAGED),  # not an outbox at all
    ],
)
def test_a_tampered_or_truncated_outbox_is_refused_and_kept_aside(
    tmp_path: Path, spoil: Any, reason: str
) -> None:
    box = _sealed(tmp_path)
    spoilt = spoil(box.path.read_bytes())
    box.path.write_bytes(spoilt)
    opened = Outbox(box.path, secret=b"the member's password")
    assert opened.count == 0 and opened.problem == reason
    # Nothing lost: the very bytes are kept under another name; nothing is written over them.
    assert opened.aside is not None and opened.aside.read_bytes() == spoilt
    assert not box.path.exists()
    opened.hold(note_add(NewNote(1, "a new note"), key="c" * 32))  # a fresh outbox beside it
    assert opened.aside.read_bytes() == spoilt


def test_an_outbox_sealed_with_another_password_is_refused_and_kept(tmp_path: Path) -> None:
    box = _sealed(tmp_path)
    kept = box.path.read_bytes()
    other = Outbox(box.path, secret=b"a changed password")
    assert other.count == 0 and other.problem == WRONG_KEY
    assert other.aside is not None and other.aside.read_bytes() == kept
    # Under the password it was sealed with, the kept file still opens.
    other.aside.rename(box.path)
    assert Outbox(box.path, secret=b"the member's password").count == 2


def test_without_a_password_held_writes_stay_in_memory_and_no_file_is_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox" / "store.outbox"
    box = Outbox(path)  # a sign-in by certificate or trust: no secret
    assert box.memory_only
    box.hold(note_add(NewNote(1, RED_LINE)))
    assert box.count == 1 and not path.exists() and not path.parent.exists()
    # A file a sign-in with a password left is neither read nor touched.
    sealed = _sealed(tmp_path / "other")
    left = sealed.path.read_bytes()
    blind = Outbox(sealed.path)
    assert blind.count == 0 and blind.problem == NO_PASSWORD
    blind.hold(note_add(NewNote(1, "x")))
    assert sealed.path.read_bytes() == left


def test_the_plaintext_file_of_the_first_offline_version_is_read_then_sealed(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "outbox"
    folder.mkdir()
    legacy = folder / "store.json"
    write = note_add(NewNote(1, RED_LINE), key="d" * 32)
    legacy.write_text(
        json.dumps({"format": 1, "store": "", "pending": [write.as_json()], "conflicts": []}),
        encoding="utf-8",
    )
    box = Outbox(folder / "store.outbox", secret=b"pw")
    assert [w.key for w in box.pending()] == ["d" * 32]
    assert not legacy.exists()
    assert all(f not in box.path.read_bytes() for f in _forms(RED_LINE))


@pytest.mark.slow
def test_a_sign_in_without_a_password_keeps_held_writes_in_memory_only(
    team_url: str, server_down: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    s = Services.open(team_url, actor="owner")  # trust: no password
    try:
        box = Outbox.for_services(s)
        assert box.memory_only
        box.hold(note_add(NewNote(1, RED_LINE)))
        assert not box.path.exists()
    finally:
        s.close()
