"""Events, meetings and our members: what a deletion takes with it, the deletion (audited)
and putting it back exactly; naming and numbering meetings; time zones of host cities."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, NoteKind, OutcomeVerb, Stance
from adgsom_desktop.domain.meeting_naming import (
    next_number,
    ordinal,
    series_choices,
    suggest_series,
    suggest_titles,
)
from adgsom_desktop.domain.models import Base, PackIssue
from adgsom_desktop.domain.places import (
    is_timezone,
    suggest_timezone,
    timezone_names,
    utc_offset,
)
from adgsom_desktop.errors import NotFoundError, ValidationError
from adgsom_desktop.services.changes import ChangeKind
from adgsom_desktop.services.position_records import PositionContent
from tests.helpers import approve, index_rows

SKIP_COLUMNS = {"updated_at"}


def fingerprint(services: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the audit log and settings aside), to compare stores."""
    out = {}
    with services.store.sessions.read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_entry", "store_setting"):
                continue
            cols = [c for c in table.columns if c.name not in SKIP_COLUMNS]
            rows = s.execute(select(*cols).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
        out["search"] = [r[:3] for r in index_rows(s.connection())]
    return out


def _ids(services: Any) -> dict[str, int]:
    return {d.code: d.id for d in services.delegations.delegations()}


@pytest.fixture
def week(services: Any) -> dict[str, Any]:
    """An event with two meetings, an agenda, a brief approved by our HoD, notes and more."""
    codes = _ids(services)
    hod = services.delegations.save_person(
        delegation_id=codes["TH"],
        full_name="Pongsak Rattanavichai",
        local_name="ดร.พงศ์ศักดิ์ รัตนวิชัย",
        role=MemberRole.HEAD,
    )
    aide = services.delegations.save_person(
        delegation_id=codes["TH"], full_name="Natthida Chaiyaporn", role=MemberRole.DESK_OFFICER
    )
    event = services.events.save_event(
        title="6th ADGMIN and related meetings",
        city="Hà Nội",
        host_code="VN",
        timezone="Asia/Ho_Chi_Minh",
        start_date=date(2026, 1, 12),
        end_date=date(2026, 1, 16),
    )
    som = services.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        series="ADGSOM",
        sequence_no=6,
        date=date(2026, 1, 12),
    )
    jp = services.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.DIALOGUE_PARTNER,
        title="6th ADGSOM+Japan Consultation",
        partner_code="JP",
        series="ADGSOM+JP",
        date=date(2026, 1, 14),
    )
    item = services.agenda.add_item(som.id, "Draft ASEAN Digital Masterplan 2026-2030")
    sub = services.agenda.add_item(som.id, "Kế hoạch tổng thể số ASEAN", parent_id=item.id)
    services.positions.save(item.id, PositionContent(objective="ประเทศไทยสนับสนุน", owner_id=aide.id))
    approve(services, item.id, hod.id)
    services.stances.set_cell(
        item.id, codes["VN"], expected=Stance.SUPPORT, observed=Stance.UNKNOWN
    )
    note = services.notes.add(
        som.id,
        "Thái Lan hoan nghênh dự thảo",
        item_id=sub.id,
        speaker_delegation_id=codes["TH"],
        speaker_person_id=hod.id,
        kind=NoteKind.DECISION,
    )
    services.outcomes.add(item.id, OutcomeVerb.ENDORSED, "The Meeting endorsed the draft.")
    services.actions.create(
        "Circulate the revised draft", meeting_id=som.id, item_id=item.id, note_id=note.id
    )
    services.notes.add(
        jp.id, "Japan offers a follow-up workshop", speaker_delegation_id=codes["JP"]
    )
    with services.store.sessions.write() as s:
        s.add(PackIssue(event_id=event.id, title="HoD pack", audience="hod"))
    return {"event": event, "som": som, "jp": jp, "item": item, "hod": hod, "aide": aide}


def test_contents_say_what_goes_and_what_stays(services: Any, week: dict[str, Any]) -> None:
    c = services.structure.meeting_contents(week["som"].id)
    assert (c.items, c.positions, c.approved, c.notes, c.stances, c.outcomes, c.actions) == (
        2,
        1,
        1,
        1,
        1,
        1,
        1,
    )
    assert c.goes() == [
        "2 agenda items",
        "1 position (1 approved)",
        "1 recorded stance",
        "1 note from the room",
        "1 outcome",
    ]
    assert c.stays() == [
        "1 action item raised there stays in the action list, without their meeting"
    ]
    e = services.structure.event_contents(week["event"].id)
    assert (e.meetings, e.notes, e.packs) == (2, 2, 1)
    assert e.goes()[0] == "2 meetings"
    assert "1 issued briefing pack stays in the distribution register" in e.stays()
    empty = services.events.save_meeting(
        event_id=week["event"].id, kind=MeetingKind.OTHER, title="x"
    )
    assert services.structure.meeting_contents(empty.id).empty
    with pytest.raises(NotFoundError):
        services.structure.meeting_contents(9999)


def test_delete_meeting_then_undo_puts_everything_back(services: Any, week: dict[str, Any]) -> None:
    before = fingerprint(services)
    seen: list[Any] = []
    services.ctx.bus.subscribe(seen.append)
    deleted = services.structure.delete_meeting(week["som"].id)
    assert services.events.meetings(week["event"].id) == [services.events.meeting(week["jp"].id)]
    assert services.notes.notes(week["jp"].id)  # the other meeting keeps its notes
    assert not services.search.search("hoan nghenh").hits
    action = services.actions.actions()[0]
    assert action.text == "Circulate the revised draft"  # kept, without its meeting
    kinds = {c.kind for c in seen}
    assert {ChangeKind.MEETINGS, ChangeKind.AGENDA, ChangeKind.NOTES, ChangeKind.ACTIONS} <= kinds
    audit = services.audit.entries(limit=1)[0]
    assert (audit.action, audit.entity, audit.entity_id) == ("delete", "meeting", week["som"].id)
    assert "2 agenda items" in audit.detail and "1 position (1 approved)" in audit.detail

    restored = services.structure.restore(deleted)
    assert restored.id == week["som"].id
    assert fingerprint(services) == before
    assert services.search.search("hoan nghenh").hits
    assert services.positions.get(week["item"].id).approved_by_name == "Pongsak Rattanavichai"
    assert services.audit.entries(limit=1)[0].action == "restore"
    assert services.audit.verify().ok


def test_delete_event_then_undo_restores_the_register_link(
    services: Any, week: dict[str, Any]
) -> None:
    before = fingerprint(services)
    deleted = services.structure.delete_event(week["event"].id)
    assert services.events.events() == []
    with services.store.sessions.read() as s:
        assert s.scalar(select(PackIssue.event_id)) is None  # the register keeps the issue
    services.structure.restore(deleted)
    assert fingerprint(services) == before


def test_put_back_under_new_ids_when_the_old_ones_were_taken(
    services: Any, week: dict[str, Any]
) -> None:
    """SQLite reuses the highest free id: a meeting created meanwhile takes it.  A team
    store (PostgreSQL) never hands an id out twice: the meeting comes back as it was."""
    deleted = services.structure.delete_meeting(week["jp"].id)
    newcomer = services.events.save_meeting(
        event_id=week["event"].id, kind=MeetingKind.OTHER, title="Retreat"
    )
    reused = services.store.dialect == "sqlite"
    assert (newcomer.id == week["jp"].id) is reused
    restored = services.structure.restore(deleted)
    assert (restored.id != week["jp"].id) is reused
    back = services.events.meeting(restored.id)
    assert (back.title, back.partner_code) == ("6th ADGSOM+Japan Consultation", "JP")
    assert [n.text for n in services.notes.notes(restored.id)] == [
        "Japan offers a follow-up workshop"
    ]
    assert services.notes.notes(newcomer.id) == []


def test_a_meeting_cannot_come_back_without_its_event(services: Any, week: dict[str, Any]) -> None:
    deleted = services.structure.delete_meeting(week["som"].id)
    services.structure.delete_event(week["event"].id)
    before = fingerprint(services)
    with pytest.raises(NotFoundError, match="event"):
        services.structure.restore(deleted)
    assert fingerprint(services) == before
    with pytest.raises(ValidationError):
        services.structure.restore(deleted.__class__("meeting", 1, "x"))


def test_remove_a_member_and_put_them_back(services: Any, week: dict[str, Any]) -> None:
    links = services.structure.person_links(week["hod"].id)
    assert links.phrases() == ["1 position (as approver)", "1 note from the room (as speaker)"]
    assert services.structure.person_links(week["aide"].id).phrases() == ["1 brief (as owner)"]
    before = fingerprint(services)
    deleted = services.structure.delete_person(week["hod"].id)
    assert [p.full_name for p in services.delegations.our_members()] == ["Natthida Chaiyaporn"]
    assert services.positions.get(week["item"].id).approved_by_name in ("", None)
    services.structure.restore(deleted)
    assert fingerprint(services) == before
    assert services.positions.get(week["item"].id).approved_by_name == "Pongsak Rattanavichai"


def test_members_in_protocol_order(services: Any, week: dict[str, Any]) -> None:
    names = lambda: [p.full_name for p in services.delegations.our_members()]  # noqa: E731
    assert names() == ["Pongsak Rattanavichai", "Natthida Chaiyaporn"]
    services.structure.move_person(week["aide"].id, -1)
    assert names() == ["Natthida Chaiyaporn", "Pongsak Rattanavichai"]
    with pytest.raises(ValidationError, match="already first"):
        services.structure.move_person(week["aide"].id, -1)
    assert services.audit.entries(limit=1)[0].action == "move"


def test_a_cancelled_deletion_changes_nothing(services: Any, week: dict[str, Any]) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int, message: str) -> None:
        raise Stop()

    before = fingerprint(services)
    audit = services.audit.count()
    with pytest.raises(Stop):
        services.structure.delete_event(week["event"].id, progress=progress)
    deleted = services.structure.delete_event(week["event"].id)
    with pytest.raises(Stop):
        services.structure.restore(deleted, progress=progress)
    services.structure.restore(deleted)
    assert fingerprint(services) == before
    assert services.audit.count() == audit + 2


def test_unknown_time_zone_is_refused(services: Any) -> None:
    with pytest.raises(ValidationError, match="Unknown time zone") as err:
        services.events.save_event(title="ADGSOM", timezone="Asia/Hanoi")
    assert err.value.field == "timezone"
    assert services.events.events() == []


# -- naming and numbering ----------------------------------------------------------------


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 102, 111)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "102nd",
        "111th",
    ]


def test_series_and_titles_follow_the_kind() -> None:
    assert suggest_series(MeetingKind.SOM) == "ADGSOM"
    assert suggest_series(MeetingKind.MINISTERS, "JP") == "ADGMIN"
    assert series_choices(MeetingKind.DIALOGUE_PARTNER, "jp") == ["ADGSOM+JP", "ADGMIN+JP"]
    assert suggest_series(MeetingKind.DIALOGUE_PARTNER) == ""
    assert suggest_series(MeetingKind.JWG, "JP") == "JWG-JP"
    assert suggest_series(MeetingKind.WORKING_GROUP) == ""
    assert suggest_titles(MeetingKind.SOM, 7) == (
        "7th ASEAN Digital Senior Officials' Meeting (ADGSOM)",
        "7th ADGSOM",
    )
    assert suggest_titles(MeetingKind.DIALOGUE_PARTNER, 6, "Japan", "ADGMIN+JP") == (
        "6th ADGMIN+Japan Consultation",
        "ADGMIN+Japan",
    )
    assert suggest_titles(MeetingKind.DIALOGUE_PARTNER, None, "") == ("", "")
    assert suggest_titles(MeetingKind.OTHER, 3, "Japan") == ("", "")


def test_next_number_follows_the_previous_meeting_of_the_series() -> None:
    known = [
        ("ADGSOM", 5, date(2025, 1, 13)),
        ("ADGSOM", 6, date(2026, 1, 12)),
        ("ADGMIN", 6, date(2026, 1, 15)),
        ("ADGSOM+JP", None, date(2026, 1, 14)),
    ]
    assert next_number("ADGSOM", known, date(2027, 1, 10)) == 7
    assert next_number("adgsom", known) == 7
    assert next_number("ADGSOM", known, date(2025, 6, 1)) == 6  # between the 5th and 6th
    assert next_number("ADGSOM", known, date(2024, 1, 10)) == 4  # before the earliest
    assert next_number("ADGSOM+JP", known, date(2027, 1, 1)) is None
    assert next_number("", known) is None


def test_time_zones_from_the_city_or_the_host() -> None:
    assert suggest_timezone("VN", "Hà Nội") == "Asia/Ho_Chi_Minh"
    assert suggest_timezone("", "ha noi") == "Asia/Ho_Chi_Minh"
    assert suggest_timezone("", "Đà Nẵng") == "Asia/Ho_Chi_Minh"
    assert suggest_timezone("ID", "Bali") == "Asia/Makassar"  # not Jakarta's time
    assert suggest_timezone("ID", "Nusa Dua, Bali") == "Asia/Makassar"
    assert suggest_timezone("ID", "") == "Asia/Jakarta"
    assert suggest_timezone("TH", "กรุงเทพมหานคร") == "Asia/Bangkok"
    assert suggest_timezone("MM", "Somewhere new") == "Asia/Yangon"
    assert suggest_timezone("", "") == ""
    names = timezone_names()
    assert names[0] == "Asia/Brunei" and "Europe/Paris" in names and "UTC" not in names
    assert all(is_timezone(n) for n in names[:30])
    assert not is_timezone("Asia/Hanoi")
    assert utc_offset("Asia/Ho_Chi_Minh") == "UTC+07:00"
    assert utc_offset("Asia/Yangon") == "UTC+06:30"
    assert utc_offset("Europe/Brussels", date(2026, 7, 1)) == "UTC+02:00"
    assert utc_offset("America/New_York", date(2026, 1, 12)) == "UTC-05:00"
    assert utc_offset("Nowhere/Else") == ""


def test_small_chunks_give_the_same_snapshot(
    services: Any, week: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ids are read and written in chunks; a chunk of 3 exercises every boundary."""
    from adgsom_desktop.services import item_snapshot

    for n in range(20):
        services.notes.add(week["som"].id, f"Ghi chú {n}", item_id=week["item"].id)
    before = fingerprint(services)
    monkeypatch.setattr(item_snapshot, "CHUNK", 3)
    steps: list[tuple[int, int, str]] = []
    deleted = services.structure.delete_event(week["event"].id, progress=lambda *a: steps.append(a))
    assert steps and steps[-1][2] == "Reading the event…"
    services.structure.restore(deleted, progress=lambda *a: steps.append(a))
    assert steps[-1][0] == steps[-1][1] > 20  # every row put back, counted
    assert fingerprint(services) == before


@pytest.mark.slow
def test_a_meeting_with_more_notes_than_sqlite_takes_parameters(tmp_path: Any) -> None:
    """34,000 notes: more ids than one SQLite statement may carry (32,766)."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store
    from tests.scale_fixtures import build_scale_store

    scale = build_scale_store(tmp_path / "big.adgsom", notes=68_000, items=200, meetings=4)
    svc = Services.for_store(Store.open(scale.path))
    try:
        contents = svc.structure.meeting_contents(scale.big_meeting_id)
        assert contents.notes == 34_000
        problems = svc.store_info.check().problems  # the bulk fixture writes no note versions
        deleted = svc.structure.delete_meeting(scale.big_meeting_id)
        assert svc.structure.meeting_contents(scale.meeting_ids[1]).notes < 34_000
        restored = svc.structure.restore(deleted)
        assert restored.id == scale.big_meeting_id
        assert svc.structure.meeting_contents(scale.big_meeting_id) == contents
        assert svc.store_info.check().problems == problems
    finally:
        svc.close()
