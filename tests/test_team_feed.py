"""The team store's change feed sends its notices inside the write transaction (#16 item 1).

Before: a service published after its commit, and a sender thread sent the notice on
a connection of its own, so a notice could name a write that never committed.  Now a
change published inside a write is sent with ``pg_notify`` on the write's own
connection, which PostgreSQL delivers on commit only; this app's views hear it after
the commit.  Each notice names the kind, the ids, where, the view that asked
(``origin``) and the member who did it (``actor``).
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.changes import Change, ChangeKind, acting_as, new_origin
from adgsom_desktop.services.container import Services


@pytest.fixture
def two(team_url: str) -> Iterator[tuple[Services, Services]]:
    a = Services.open(team_url, actor="Somchai (aide)")
    b = Services.open(team_url, actor="Malee (head)")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def _heard(services: Services) -> tuple[queue.SimpleQueue[Change], Any]:
    got: queue.SimpleQueue[Change] = queue.SimpleQueue()
    services.bus.subscribe(got.put)
    return got, services.ctx.listen_to_others()


def _drain(got: queue.SimpleQueue[Change], wait: float) -> list[Change]:
    out: list[Change] = []
    try:
        out.append(got.get(timeout=wait))
        while True:
            out.append(got.get(timeout=0.3))
    except queue.Empty:
        return out


def _meeting(s: Services) -> tuple[int, int]:
    ev = s.events.save_event(title="6th ADGMIN and related meetings")
    m = s.events.save_meeting(
        event_id=ev.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
    )
    item = s.agenda.add_item(m.id, "ASEAN Digital Masterplan 2026-2030")
    return m.id, item.id


def test_a_note_edit_reaches_the_other_app_with_its_origin_and_member(
    two: tuple[Services, Services],
) -> None:
    a, b = two
    meeting_id, item_id = _meeting(a)
    note = a.notes.add(meeting_id, "Viet Nam supports the annex", item_id=item_id)
    got, stop = _heard(b)
    try:
        origin = new_origin("notes view")
        with acting_as(origin):
            a.notes.edit(
                note.id,
                text="Viet Nam supports the annex, with a review",
                kind=note.kind,
                item_id=item_id,
                speaker_delegation_id=None,
            )
        heard = [c for c in _drain(got, 5) if c.kind is ChangeKind.NOTES]
    finally:
        stop()
    assert heard, "B heard nothing of A's edit"
    change = heard[0]
    assert change.ids == frozenset({note.id})
    assert change.meeting_id == meeting_id
    assert change.origin == origin
    assert change.actor == "Somchai (aide)"
    assert b.notes.note(note.id).text == "Viet Nam supports the annex, with a review"


def test_a_rolled_back_write_is_never_announced(two: tuple[Services, Services]) -> None:
    """A change published inside a write whose transaction then fails: nobody hears it,
    neither the other app nor this app's own views."""
    a, b = two
    meeting_id, _item = _meeting(a)
    got_b, stop = _heard(b)
    got_a: queue.SimpleQueue[Change] = queue.SimpleQueue()
    a.bus.subscribe(got_a.put)
    try:
        with pytest.raises(RuntimeError), a.ctx.write() as s:
            a.ctx.audit(s, "edit", "meeting", meeting_id, "a write that fails")
            a.ctx.publish(Change(ChangeKind.MEETINGS, frozenset({meeting_id})))
            raise RuntimeError("the write fails after it published")
        assert _drain(got_b, 1.5) == []
        assert _drain(got_a, 0.1) == []
        # The next write that commits is heard, in commit order, once.
        with a.ctx.write() as s:
            a.ctx.audit(s, "edit", "meeting", meeting_id, "a write that commits")
            a.ctx.publish(Change(ChangeKind.MEETINGS, frozenset({meeting_id})))
            assert _drain(got_a, 0.1) == []  # not before the commit, here either
        assert [c.kind for c in _drain(got_a, 1)] == [ChangeKind.MEETINGS]
        heard = _drain(got_b, 5)
        assert [c.kind for c in heard] == [ChangeKind.MEETINGS]
    finally:
        stop()


def test_the_notice_goes_out_on_the_writers_connection(
    two: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No thread of its own sends a write's notices: the write's transaction carries them."""
    a, _b = two
    feed = a.ctx.backend.feed
    sent: list[object] = []
    plain = feed.announce

    def announce(conn: object, payload: str) -> None:
        sent.append(conn)
        plain(conn, payload)

    monkeypatch.setattr(feed, "announce", announce)
    meeting_id, item_id = _meeting(a)
    a.notes.add(meeting_id, "Lao PDR asks for a phased approach", item_id=item_id)
    assert len(sent) >= 4  # event, meeting, item, note
    assert all(conn is not None for conn in sent), "a notice was left to the sender thread"
