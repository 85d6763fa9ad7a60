"""In the room, through the services: notes filtered and paged, action items with
carry-over, outcomes, points ticked, the speaking timer across item changes and a
restart of the app."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import ActionStatus, MeetingKind, NoteKind, OutcomeVerb, Stance
from adgsom_desktop.errors import NotFoundError, ValidationError
from adgsom_desktop.services.changes import ChangeKind
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.room_records import ActionFilter, NoteFilter, format_duration

T0 = datetime(2026, 1, 12, 2, 0)  # 09:00 in Hà Nội


@pytest.fixture
def room(services: Any) -> dict[str, Any]:
    ev = services.events.save_event(title="6th ADGMIN and related meetings")
    bkk = services.events.save_event(title="5th ADGMIN and related meetings")
    som5 = services.events.save_meeting(
        event_id=bkk.id,
        kind=MeetingKind.SOM,
        title="5th ADGSOM",
        series="ADGSOM",
        date=date(2025, 1, 13),
    )
    som6 = services.events.save_meeting(
        event_id=ev.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        series="ADGSOM",
        date=date(2026, 1, 12),
    )
    jp6 = services.events.save_meeting(
        event_id=ev.id,
        kind=MeetingKind.DIALOGUE_PARTNER,
        title="ADGSOM+Japan",
        series="ADGSOM+JP",
        date=date(2026, 1, 14),
    )
    a = services.agenda.add_item(som6.id, "ASEAN Digital Masterplan 2026-2030")
    b = services.agenda.add_item(som6.id, "Anti-scam cooperation")
    old = services.agenda.add_item(som5.id, "Anti-scam cooperation")
    codes = {d.code: d.id for d in services.delegations.delegations()}
    return {"som5": som5, "som6": som6, "jp6": jp6, "a": a, "b": b, "old": old, "codes": codes}


def test_notes_filter_by_item_speaker_and_kind(services: Any, room: dict[str, Any]) -> None:
    m, a, b, c = room["som6"], room["a"], room["b"], room["codes"]
    add = services.notes.add
    n1 = add(m.id, "VN opens", item_id=a.id, speaker_delegation_id=c["VN"], taken_at=T0)
    n2 = add(
        m.id,
        "SG proposes KPIs",
        item_id=a.id,
        speaker_delegation_id=c["SG"],
        kind=NoteKind.PROPOSAL,
        taken_at=T0 + timedelta(minutes=1),
    )
    n3 = add(
        m.id,
        "VN on scams",
        item_id=b.id,
        speaker_delegation_id=c["VN"],
        taken_at=T0 + timedelta(minutes=2),
    )
    ids = lambda **kw: [r.id for r in services.notes.page(NoteFilter(m.id, **kw)).rows]  # noqa: E731
    assert ids() == [n1.id, n2.id, n3.id]
    assert ids(item_id=a.id) == [n1.id, n2.id]
    assert ids(speaker_delegation_id=c["VN"]) == [n1.id, n3.id]
    assert ids(kind=NoteKind.PROPOSAL) == [n2.id]
    assert ids(item_id=b.id, kind=NoteKind.PROPOSAL) == []
    assert set(services.notes.speakers(m.id)) == {(c["SG"], "SG"), (c["VN"], "VN")}
    assert services.notes.note(n2.id).speaker_code == "SG"


def test_paging_walks_every_note_once_in_order(services: Any, room: dict[str, Any]) -> None:
    m = room["som6"]
    same_minute = T0 + timedelta(minutes=5)
    made = [
        services.notes.add(m.id, f"note {n}", taken_at=same_minute if n % 3 else T0).id
        for n in range(23)
    ]
    seen: list[int] = []
    page = services.notes.page(NoteFilter(m.id), limit=5)
    assert page.total == 23
    while True:
        seen += [r.id for r in page.rows]
        if page.next is None:
            break
        page = services.notes.page(NoteFilter(m.id), after=page.next, limit=5)
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))
    times = [services.notes.note(i).taken_at for i in seen]
    assert times == sorted(times)


def test_edit_keeps_history_and_updates_the_stance_map(services: Any, room: dict[str, Any]) -> None:
    m, a, c = room["som6"], room["a"], room["codes"]
    n = services.notes.add(m.id, "Myanmar reserves", item_id=a.id, speaker_delegation_id=c["MM"])
    services.notes.edit(
        n.id,
        text="Myanmar joins consensus",
        kind=NoteKind.INTERVENTION,
        item_id=a.id,
        speaker_delegation_id=c["MM"],
        observed_stance=Stance.SUPPORT,
    )
    assert [t for _v, t in services.notes.versions(n.id)] == [
        "Myanmar reserves",
        "Myanmar joins consensus",
    ]
    observed = {x.code: x.observed for x in services.live.stances(a.id)}
    assert observed == {"MM": Stance.SUPPORT}


def test_actions_create_filter_and_close(services: Any, room: dict[str, Any]) -> None:
    m, a, c = room["som6"], room["a"], room["codes"]
    th = services.delegations.save_person(
        delegation_id=c["TH"], full_name="Nok Srisuk", agency="ETDA"
    )
    today = date(2026, 1, 14)
    late = services.actions.create(
        "Circulate the focal points list",
        meeting_id=m.id,
        item_id=a.id,
        owner_person_id=th.id,
        due_date=date(2026, 1, 13),  # the day after the meeting opened (F17: not before it)
    )
    assert late.owner_code == "TH" and late.owner_agency == "ETDA"  # from the person
    assert late.owner == "TH · Nok Srisuk (ETDA)"
    later = services.actions.create(
        "Send comments on the draft",
        meeting_id=m.id,
        owner_delegation_id=c["SG"],
        owner_agency="IMDA",
        due_date=date(2026, 3, 1),
    )
    done = services.actions.create("Book the room", meeting_id=m.id, status=ActionStatus.DONE)
    assert done.closed_at is not None

    def ids(**kw: Any) -> list[int]:
        return [r.id for r in services.actions.actions(ActionFilter(today=today, **kw))]

    assert ids() == [late.id, later.id, done.id]  # open first, by due date
    assert ids(open_only=True) == [late.id, later.id]
    assert ids(overdue_only=True) == [late.id]
    assert services.actions.actions(ActionFilter(today=today))[0].overdue
    assert ids(owner_delegation_id=c["SG"]) == [later.id]
    assert ids(owner_person_id=th.id) == [late.id]
    assert ids(owner_text="imda") == [later.id]
    assert ids(owner_text="nok") == [late.id]
    closed = services.actions.set_status(late.id, ActionStatus.DONE)
    assert closed.closed_at is not None and not closed.is_open
    assert ids(overdue_only=True) == []
    reopened = services.actions.set_status(late.id, ActionStatus.IN_PROGRESS)
    assert reopened.closed_at is None
    owners = {o.label for o in services.actions.owners()}
    assert {"TH", "SG", "TH · Nok Srisuk"} <= owners


def test_open_actions_carry_over_to_the_next_meeting_of_the_series(
    services: Any, room: dict[str, Any]
) -> None:
    som5, som6, jp6, old = room["som5"], room["som6"], room["jp6"], room["old"]
    still_open = services.actions.create("Nominate focal points", item_id=old.id)
    closed = services.actions.create("Circulate draft", meeting_id=som5.id)
    services.actions.set_status(closed.id, ActionStatus.DONE)
    new = services.actions.create("Report on the pilot", meeting_id=som6.id)
    listed = services.actions.actions(ActionFilter(meeting_id=som6.id))
    assert {r.id: r.carried_over for r in listed} == {still_open.id: True, new.id: False}
    assert next(r for r in listed if r.carried_over).meeting_label == "5th ADGSOM"
    # Another series does not get them; the earlier meeting keeps its own list.
    assert services.actions.actions(ActionFilter(meeting_id=jp6.id)) == []
    assert {r.id for r in services.actions.actions(ActionFilter(meeting_id=som5.id))} == {
        still_open.id,
        closed.id,
    }
    # Closing it at the 6th removes it from the carry-over.
    services.actions.set_status(still_open.id, ActionStatus.DONE)
    assert [r.id for r in services.actions.actions(ActionFilter(meeting_id=som6.id))] == [new.id]


def test_action_from_a_note_in_one_call(services: Any, room: dict[str, Any]) -> None:
    m, a, c = room["som6"], room["a"], room["codes"]
    n = services.notes.add(
        m.id,
        "Malaysia to circulate the anti-scam matrix by end March",
        item_id=a.id,
        speaker_delegation_id=c["MY"],
        kind=NoteKind.ACTION,
    )
    act = services.actions.create_from_note(n.id, due_date=date(2026, 3, 31))
    assert (act.text, act.owner_code, act.item_id, act.note_id) == (n.text, "MY", a.id, n.id)
    assert services.actions.create_from_note(n.id).id == act.id  # no duplicate
    assert [h.kind for h in services.search.search("anti-scam matrix").hits].count("action") == 1


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"text": "   "}, "empty"),
        ({"text": "x", "owner_person_id": 99_999}, "not a known person"),
        ({"text": "x", "item_id": 99_999}, "no longer exists"),
        ({"text": "bad \ud800"}, "invalid character"),
        ({"text": "y" * 5000}, "too long"),
    ],
)
def test_bad_actions_are_refused(
    services: Any, room: dict[str, Any], kw: dict[str, Any], message: str
) -> None:
    kw = dict(kw)  # the parameters are shared by both backends' runs
    text = kw.pop("text")
    with pytest.raises(ValidationError, match=message):
        services.actions.create(text, meeting_id=room["som6"].id, **kw)
    assert services.actions.actions() == []


def test_outcomes_in_order_and_in_the_formal_verbs(services: Any, room: dict[str, Any]) -> None:
    a, b = room["a"], room["b"]
    seen: list[Any] = []
    services.ctx.bus.subscribe(seen.append)
    o1 = services.outcomes.add(b.id, OutcomeVerb.ENDORSED, "The Meeting endorsed the Protocol.")
    o2 = services.outcomes.add(a.id, "adopted", "The Meeting adopted ADM 2026-2030.")
    o3 = services.outcomes.add(a.id, OutcomeVerb.TASKED, "The Meeting tasked ASEC to report.")
    assert seen[-1].kind is ChangeKind.OUTCOMES and seen[-1].item_id == a.id
    assert [o.id for o in services.outcomes.for_item(a.id)] == [o2.id, o3.id]
    services.outcomes.move(o3.id, -1)
    assert [o.id for o in services.outcomes.for_item(a.id)] == [o3.id, o2.id]
    # Agenda order for the report: item a (1) before item b (2).
    assert [o.id for o in services.outcomes.for_meeting(room["som6"].id)] == [o3.id, o2.id, o1.id]
    edited = services.outcomes.edit(o1.id, OutcomeVerb.APPROVED, "The Meeting approved it.")
    assert edited.verb is OutcomeVerb.APPROVED
    with pytest.raises(ValidationError, match="not an outcome verb"):
        services.outcomes.add(a.id, "rejected", "x")
    with pytest.raises(ValidationError, match="empty"):
        services.outcomes.add(a.id, OutcomeVerb.NOTED, "  ")
    assert {h.kind for h in services.search.search("approved it").hits} == {"outcome"}
    services.outcomes.delete(o1.id)
    assert services.outcomes.for_item(b.id) == []


def test_points_ticked_as_delivered(services: Any, room: dict[str, Any]) -> None:
    a = room["a"]
    services.positions.save(a.id, PositionContent(points=("Support adoption", "Anti-scam wording")))
    p1, p2 = services.live.points(a.id)
    assert not p1.delivered
    ticked = services.live.set_delivered(p2.id, at=T0)
    assert ticked.delivered_at == T0
    assert [p.delivered for p in services.live.points(a.id)] == [False, True]
    # The brief shows the tick too (PositionPoint.delivered_at).
    assert services.positions.get(a.id).points[1].delivered_at == T0
    services.live.set_delivered(p2.id, False)
    assert not services.live.points(a.id)[1].delivered
    assert services.live.points(room["b"].id) == []
    with pytest.raises(NotFoundError):
        services.live.set_delivered(99_999)


def test_speaking_timer_across_item_changes(services: Any, room: dict[str, Any]) -> None:
    m, a, b = room["som6"], room["a"], room["b"]
    services.live.start_speaking(m.id, a.id, at=T0)
    services.live.start_speaking(m.id, a.id, at=T0 + timedelta(seconds=5))  # already running
    services.live.switch_item(m.id, b.id, at=T0 + timedelta(seconds=70))
    mid = services.live.totals(m.id, now=T0 + timedelta(seconds=100))
    assert mid.running is not None and mid.running.item_id == b.id
    assert (mid.item_seconds(a.id), mid.item_seconds(b.id)) == (70, 30)
    services.live.stop_speaking(m.id, at=T0 + timedelta(seconds=130))
    services.live.start_speaking(m.id, a.id, at=T0 + timedelta(seconds=600))
    services.live.stop_speaking(m.id, at=T0 + timedelta(seconds=645))
    totals = services.live.totals(m.id, now=T0 + timedelta(hours=3))
    assert totals.running is None
    assert (totals.item_seconds(a.id), totals.item_seconds(b.id)) == (115, 60)
    assert totals.meeting_seconds == 175
    assert totals.interventions == 2  # the stretch split by the item change counts once
    assert format_duration(totals.meeting_seconds) == "2:55"
    assert format_duration(3729) == "1:02:09"
    assert services.live.stop_speaking(m.id) is None


def test_running_timer_survives_a_restart(tmp_path: Path) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    path = tmp_path / "restart.adgsom"
    first = Services.for_store(create_store(path, our_delegation_code="TH"))
    try:
        ev = first.events.save_event(title="E")
        m = first.events.save_meeting(event_id=ev.id, kind=MeetingKind.SOM, title="M")
        item = first.agenda.add_item(m.id, "Item")
        first.live.start_speaking(m.id, item.id, at=T0)
    finally:
        first.close()
    again = Services.open(path)
    try:
        running = again.live.running(m.id)
        assert running is not None and running.started_at == T0
        again.live.stop_speaking(m.id, at=T0 + timedelta(seconds=42))
        assert again.live.totals(m.id).meeting_seconds == 42
    finally:
        again.close()


def test_cli_lists_actions_and_outcomes(demo_path: Path) -> None:
    from tests.helpers import run_cli

    done = run_cli("actions", "--store", str(demo_path), "--overdue", "--today", "2026-01-14")
    assert done.returncode == 0, done.stderr
    assert "OVERDUE" in done.stdout and "(carried over)" not in done.stdout.split("\n")[0]
    assert "Nominate Myanmar's national anti-scam focal point" in done.stdout
    carried = run_cli(
        "actions", "--store", str(demo_path), "--open", "--meeting", "4", "--owner", "etda"
    )
    assert "5th ADGSOM (carried over)" in carried.stdout and "ETDA" in carried.stdout
    assert "MM" not in carried.stdout  # the owner filter
    outcomes = run_cli("outcomes", "--store", str(demo_path), "--meeting", "4")
    assert outcomes.returncode == 0 and "ENDORSED" in outcomes.stdout
    bad = run_cli("outcomes", "--store", str(demo_path), "--meeting", "999")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "no longer exists" in bad.stderr
    bad_date = run_cli("actions", "--store", str(demo_path), "--today", "yesterday")
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr


def test_upgrade_to_0004_keeps_notes_and_uses_the_new_index(store_path: Path) -> None:
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    with Store.open(store_path) as store:
        from adgsom_desktop.services.container import Services

        services = Services.for_store(store)
        page = services.notes.page(NoteFilter(1))
        assert [n.text for n in page.rows] == ["Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số"]
        with store.engine.connect() as c:
            names = {
                r[0]
                for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
            }
        assert {
            "ix_note_meeting_time",
            "ix_speaking_interval_open",
            "ix_action_item_status",
        } <= names


def test_sorted_paging_walks_every_note_once_in_each_order(
    services: Any, room: dict[str, Any]
) -> None:
    from adgsom_desktop.domain.enums import Stance
    from adgsom_desktop.services.room_records import NoteSort

    m = room["som6"]
    c = room["codes"]
    speakers = [c["VN"], c["SG"], None, c["SG"]]
    kinds = [NoteKind.INTERVENTION, NoteKind.PROPOSAL, NoteKind.DECISION]
    stances = [None, Stance.SUPPORT, Stance.OPPOSE]
    for n in range(31):
        services.notes.add(
            m.id,
            f"note {n}",
            speaker_delegation_id=speakers[n % 4],
            kind=kinds[n % 3],
            observed_stance=stances[n % 3] if n % 4 != 2 else None,
            taken_at=T0 + timedelta(minutes=n % 7, seconds=n),
        )

    def walk(sort: NoteSort, descending: bool) -> list[Any]:
        flt = NoteFilter(m.id, sort=sort, descending=descending)
        seen: list[Any] = []
        page = services.notes.page(flt, limit=4)
        while True:
            seen += page.rows
            if page.next is None:
                return seen
            page = services.notes.page(flt, after=page.next, limit=4)

    every = {r.id for r in walk(NoteSort.TIME, False)}
    assert len(every) == 31

    def key(sort: NoteSort, r: Any) -> tuple[Any, ...]:
        field = {
            NoteSort.TIME: "",
            NoteSort.SPEAKER: r.speaker_code,
            NoteSort.KIND: r.kind.value,
            NoteSort.STANCE: r.observed_stance.value if r.observed_stance else "",
        }[sort]
        return (field, r.taken_at, r.id)

    for sort in NoteSort:
        for descending in (False, True):
            rows = walk(sort, descending)
            assert [r.id for r in rows] == [
                r.id for r in sorted(rows, key=lambda r: key(sort, r), reverse=descending)
            ], (sort, descending)
            assert {r.id for r in rows} == every and len(rows) == 31, (sort, descending)
    by_speaker = [r.speaker_code for r in walk(NoteSort.SPEAKER, False)]
    assert by_speaker[0] == "" and by_speaker[-1] == "VN"  # notes without a speaker first
