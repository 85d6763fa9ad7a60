"""The list of speakers through the services (issue #23 item 1): requests in order,
the next one given the floor on the item under discussion, turns timed, our own turns
feeding the speaking timer, and bad input (an unknown or ambiguous delegation, a
duplicate request, an empty list) refused in words with nothing written."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.speaker_records import TurnState

T0 = datetime(2027, 1, 18, 2, 0)


def _meeting(services: Any) -> tuple[int, int, int]:
    event = services.events.save_event(title="7th ADGMIN and related meetings")
    m = services.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="7th ADGSOM")
    a = services.agenda.add_item(m.id, "Digital data governance")
    b = services.agenda.add_item(m.id, "ASEAN Digital Masterplan 2026-2030")
    return m.id, a.id, b.id


def _codes(entries: Any) -> list[str]:
    return [e.code for e in entries]


def test_requests_in_order_next_speaker_and_times(services: Any) -> None:
    meeting, item_a, item_b = _meeting(services)
    sp = services.speakers
    vn = sp.request(meeting, "VN", item_id=item_a, at=T0)
    assert (vn.code, vn.state, vn.ours) == ("VN", TurnState.WAITING, False)
    sp.request(meeting, "sing", at=T0 + timedelta(seconds=5))  # a few letters of the name
    lao = next(d for d in services.delegations.delegations() if d.code == "LA")
    sp.request(meeting, lao.id, at=T0 + timedelta(seconds=9))
    q = sp.queue(meeting)
    assert q.speaking is None and _codes(q.waiting) == ["VN", "SG", "LA"]
    assert q.position(lao.id) == 3

    first = sp.next_speaker(meeting, item_a, at=T0 + timedelta(minutes=1))
    assert first is not None and (first.code, first.state, first.item_id) == (
        "VN",
        TurnState.SPEAKING,
        item_a,
    )
    second = sp.next_speaker(meeting, item_b, at=T0 + timedelta(minutes=3, seconds=30))
    assert second is not None and second.code == "SG" and second.item_id == item_b
    q = sp.queue(meeting, now=T0 + timedelta(minutes=4))
    assert q.speaking is not None and q.speaking.code == "SG"
    assert _codes(q.waiting) == ["LA"] and _codes(q.done) == ["VN"]
    assert q.done[0].seconds(q.now) == 150.0
    assert q.per_delegation() == {"VN": 150.0, "SG": 30.0}
    # The timer's totals carry every delegation's time on the floor.
    totals = services.live.totals(meeting, now=T0 + timedelta(minutes=4))
    assert totals.per_delegation == {"VN": 150.0, "SG": 30.0}

    # The last one, then nobody waits: the turn ends, nobody is called.
    assert sp.next_speaker(meeting, item_b, at=T0 + timedelta(minutes=5)).code == "LA"
    assert sp.next_speaker(meeting, item_b, at=T0 + timedelta(minutes=6)) is None
    q = sp.queue(meeting)
    assert q.speaking is None and not q.waiting and _codes(q.done) == ["VN", "SG", "LA"]
    # A delegation that spoke may ask again.
    assert sp.request(meeting, "VN", at=T0 + timedelta(minutes=7)).state is TurnState.WAITING


def test_our_turn_feeds_the_speaking_timer(services: Any) -> None:
    meeting, item_a, _item_b = _meeting(services)
    sp = services.speakers
    sp.request(meeting, "TH", at=T0)  # our delegation
    sp.request(meeting, "MY", at=T0)
    ours = sp.next_speaker(meeting, item_a, at=T0 + timedelta(minutes=1))
    assert ours is not None and ours.ours
    running = services.live.running(meeting)
    assert running is not None and running.item_id == item_a
    sp.next_speaker(meeting, item_a, at=T0 + timedelta(minutes=3, seconds=20))
    assert services.live.running(meeting) is None
    totals = services.live.totals(meeting, now=T0 + timedelta(minutes=10))
    assert totals.item_seconds(item_a) == 140.0 and totals.interventions == 1
    assert totals.per_delegation == {"TH": 140.0, "MY": 400.0}
    # The end of the turn without anyone waiting stops the timer too.
    sp.request(meeting, "TH", at=T0 + timedelta(minutes=11))
    sp.next_speaker(meeting, item_a, at=T0 + timedelta(minutes=12))  # MY ends, TH speaks
    assert services.live.running(meeting) is not None
    ended = sp.end_turn(meeting, at=T0 + timedelta(minutes=13))
    assert ended is not None and ended.code == "TH"
    assert services.live.running(meeting) is None
    assert services.live.totals(meeting).item_seconds(item_a) == 200.0


def test_bad_input_is_refused_in_words_and_changes_nothing(services: Any) -> None:
    meeting, item_a, _ = _meeting(services)
    other, *_ = _meeting(services)
    sp = services.speakers
    sp.request(meeting, "VN", at=T0)
    sp.request(meeting, "PH", at=T0)
    before = sp.queue(meeting)
    cases = [
        ("Atlantis", "No delegation matches “Atlantis”: type its code (VN) or its name."),
        ("  ", "Type the delegation that asks for the floor"),
        ("x" * 5000, "That is not a delegation (5,000 characters)"),
        ("vn", "VN has asked for the floor already: number 1 in the list."),
        ("Philippines", "PH has asked for the floor already: number 2 in the list."),
    ]
    for who, message in cases:
        with pytest.raises(ValidationError) as info:
            sp.request(meeting, who)
        assert message in str(info.value)
    with pytest.raises(ValidationError, match="could be"):
        sp.request(meeting, "Republic")  # Korea? Lao PDR? a name several delegations share
    with pytest.raises(ValidationError, match="not on this meeting's agenda"):
        sp.request(meeting, "SG", item_id=_meeting(services)[1])
    with pytest.raises(ValidationError, match="no longer in the store"):
        sp.request(meeting, 99_999)
    sp.next_speaker(meeting, item_a)
    with pytest.raises(ValidationError, match="VN has the floor now"):
        sp.request(meeting, "VN")
    after = sp.queue(meeting)
    assert _codes(after.waiting) == ["PH"] and after.speaking and after.speaking.code == "VN"
    assert _codes(before.waiting) == ["VN", "PH"]
    # An empty list: Next is refused in words.
    with pytest.raises(ValidationError, match="Nobody has asked for the floor"):
        sp.next_speaker(other)
    assert sp.queue(other).speaking is None


def test_withdraw_takes_a_waiting_request_off(services: Any) -> None:
    meeting, item_a, _ = _meeting(services)
    sp = services.speakers
    vn = sp.request(meeting, "VN", at=T0)
    kh = sp.request(meeting, "KH", at=T0 + timedelta(seconds=1))
    sp.request(meeting, "BN", at=T0 + timedelta(seconds=2))
    gone = sp.withdraw(kh.id)
    assert gone.state is TurnState.WITHDRAWN
    assert _codes(sp.queue(meeting).waiting) == ["VN", "BN"]
    sp.next_speaker(meeting, item_a)
    with pytest.raises(ValidationError, match="VN has the floor now: end its turn"):
        sp.withdraw(vn.id)
    with pytest.raises(ValidationError, match="KH is no longer waiting"):
        sp.withdraw(kh.id)
    again = sp.request(meeting, "KH", at=T0 + timedelta(seconds=3))  # may ask again
    assert again.state is TurnState.WAITING
    assert _codes(sp.queue(meeting).waiting) == ["BN", "KH"]


def test_the_store_keeps_a_delegation_once_in_the_list(services: Any) -> None:
    """Two laptops adding the same delegation: the unique index refuses the second."""
    from sqlalchemy.exc import IntegrityError

    from adgsom_desktop.domain.models import SpeakerRequest

    meeting, _, _ = _meeting(services)
    vn = services.speakers.request(meeting, "VN", at=T0)
    with pytest.raises(IntegrityError), services.ctx.write() as s:
        s.add(SpeakerRequest(meeting_id=meeting, delegation_id=vn.delegation_id, requested_at=T0))
        s.flush()


def test_0017_list_of_speakers_upgrades_a_0016_store_with_data(store_path: Path) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0016_team_members")
    with engine.connect() as c:
        tables = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "speaker_request" not in tables
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        services = Services.for_store(store)
        (item,) = services.agenda.items(1)
        assert services.notes.latest(1, item.id, 5)[0].text.startswith("Việt Nam")
        services.speakers.request(1, "VN", at=T0)
        services.speakers.request(1, "ประเทศไทย", at=T0)  # our delegation, by its Thai name
        first = services.speakers.next_speaker(1, item.id, at=T0 + timedelta(minutes=1))
        assert first is not None and first.code == "VN"
        assert [e.code for e in services.speakers.queue(1).waiting] == ["TH"]
        assert services.store_info.check().ok
