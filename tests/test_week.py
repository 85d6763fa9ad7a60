"""The week at a glance (issue #23, item 2): the event's meetings by day and hour with
their programme entries (#21's programme model) and our members at each; meetings at
the same time side by side and named; a member at two meetings at once refused in
words with nothing changed."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, ProgrammeKind
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.agenda_import import AgendaImporter
from adgsom_desktop.services.changes import ChangeKind
from adgsom_desktop.services.programme_records import ProgrammeEntryValues as V

MON, TUE, WED = date(2027, 1, 18), date(2027, 1, 19), date(2027, 1, 20)


def make_week(services: Any) -> dict[str, Any]:
    """An event of three days: the SOM over two days (times from its agenda on day 1),
    two dialogue-partner meetings at the same hour on day 2, an undated retreat."""
    event = services.events.save_event(
        title="7th ADGMIN and related meetings",
        short_title="7th ADGMIN week",
        start_date=MON,
        end_date=WED,
    )

    def meeting(title: str, kind: MeetingKind, **kw: Any) -> Any:
        return services.events.save_meeting(
            event_id=event.id, kind=kind, title=title, short_title=title, **kw
        )

    som = meeting("7th ADGSOM", MeetingKind.SOM, date=MON, end_date=TUE)
    agenda = "09:00-09:30 1. Opening\n09:30-12:00 2. Reports\n12:00-13:30 Lunch\n"
    services.agenda.import_items(som.id, AgendaImporter().from_text(agenda))
    services.programme.add_entry(
        som.id, V("Bilateral with Japan", ProgrammeKind.BILATERAL, time(14, 0), time(14, 30))
    )
    japan = meeting(
        "ADGSOM+JP", MeetingKind.SOM, date=TUE, start_time=time(14, 0), end_time=time(16, 0)
    )
    korea = meeting(
        "ADGSOM+ROK", MeetingKind.SOM, date=TUE, start_time=time(15, 0), end_time=time(17, 0)
    )
    china = meeting(
        "ADGSOM+China", MeetingKind.SOM, date=TUE, start_time=time(17, 0), end_time=time(18, 0)
    )
    retreat = meeting("Retreat", MeetingKind.OTHER)
    th = services.delegations.our_delegation()
    head = services.delegations.save_person(
        delegation_id=th.id, full_name="Somchai Jaidee", role=MemberRole.HEAD
    )
    aide = services.delegations.save_person(
        delegation_id=th.id, full_name="Nok Srisuk", role=MemberRole.DESK_OFFICER
    )
    vn = next(d for d in services.delegations.delegations() if d.code == "VN")
    other = services.delegations.save_person(delegation_id=vn.id, full_name="Nguyễn Văn An")
    return {
        "event": event,
        "som": som,
        "japan": japan,
        "korea": korea,
        "china": china,
        "retreat": retreat,
        "head": head,
        "aide": aide,
        "other": other,
    }


@pytest.fixture
def week(services: Any) -> dict[str, Any]:
    return make_week(services)


def test_the_week_lays_out_meetings_entries_and_overlaps(services: Any, week: Any) -> None:
    services.week.set_members(week["som"].id, [week["head"].id, week["aide"].id])
    services.week.set_members(week["japan"].id, [week["head"].id])
    services.week.set_members(week["korea"].id, [week["aide"].id])
    got = services.week.week(week["event"].id)
    assert got.title == "7th ADGMIN week"
    assert [d.day for d in got.days] == [MON, TUE, WED]  # the event's days, even empty
    mon, tue, wed = got.days
    som = mon.blocks[0]
    # No time of its own: its span comes from its agenda's slots and programme.
    assert (som.label, som.slot, som.time_given) == ("7th ADGSOM", "09:00-14:30", False)
    assert som.members == ("Somchai Jaidee", "Nok Srisuk")
    assert [(b.label, b.kind, b.slot) for b in mon.blocks[1:]] == [
        ("Lunch", ProgrammeKind.MEAL, "12:00-13:30"),
        ("Bilateral with Japan", ProgrammeKind.BILATERAL, "14:00-14:30"),
    ]
    assert tue.untimed[0].label == "7th ADGSOM"  # its second day has no times
    lanes = {b.label: (b.lane, b.lanes) for b in tue.meetings}
    assert lanes == {
        "ADGSOM+JP": (0, 2),
        "ADGSOM+ROK": (1, 2),
        "ADGSOM+China": (0, 1),
    }  # after ROK: alone
    assert wed.blocks == () and wed.untimed == ()
    assert got.undated == ("Retreat",)
    assert [o.message for o in got.overlaps] == [
        "ADGSOM+JP and ADGSOM+ROK overlap on Tue 19 Jan, 15:00-16:00."
    ]
    assert (got.first_hour, got.last_hour) == (8, 18)


def test_members_are_assigned_and_announced(services: Any, week: Any) -> None:
    seen: list[Any] = []
    services.ctx.bus.subscribe(seen.append)
    refs = services.week.set_members(week["japan"].id, [week["aide"].id, week["head"].id])
    assert [r.name for r in refs] == ["Somchai Jaidee", "Nok Srisuk"]  # delegation order
    assert services.week.members(week["japan"].id) == refs
    assert seen[-1].kind is ChangeKind.MEETINGS and seen[-1].meeting_id == week["japan"].id
    services.week.set_members(week["japan"].id, [week["aide"].id])
    assert [r.name for r in services.week.members(week["japan"].id)] == ["Nok Srisuk"]
    # Deleting the meeting takes its assignments; undo puts them back.
    deleted = services.structure.delete_meeting(week["japan"].id)
    services.structure.restore(deleted)
    assert [r.name for r in services.week.members(week["japan"].id)] == ["Nok Srisuk"]


def test_a_member_at_two_meetings_at_once_is_refused_with_nothing_changed(
    services: Any, week: Any
) -> None:
    services.week.set_members(week["japan"].id, [week["head"].id])
    services.week.set_members(week["korea"].id, [week["aide"].id])
    with pytest.raises(ValidationError) as err:
        services.week.set_members(week["korea"].id, [week["aide"].id, week["head"].id])
    assert str(err.value) == (
        "Somchai Jaidee is already at ADGSOM+JP at that time (Tue 19 Jan, 15:00-16:00): "
        "one person cannot be at two meetings at once. Nothing was changed."
    )
    assert [r.name for r in services.week.members(week["korea"].id)] == ["Nok Srisuk"]
    # Back to back is no overlap: ADGSOM+JP ends at 16:00, ADGSOM+China starts at 17:00.
    services.week.set_members(week["china"].id, [week["head"].id, week["aide"].id])


def test_only_our_members_are_assigned(services: Any, week: Any) -> None:
    with pytest.raises(ValidationError, match="Nguyễn Văn An is not a member of our delegation"):
        services.week.set_members(week["som"].id, [week["head"].id, week["other"].id])
    assert services.week.members(week["som"].id) == ()


def test_overlapping_meetings_with_the_same_member_are_named(services: Any, week: Any) -> None:
    """Times changed after the assignment: the week says who cannot be at both."""
    services.week.set_members(week["japan"].id, [week["head"].id])
    services.week.set_members(week["china"].id, [week["head"].id])
    china = week["china"]
    services.events.save_meeting(
        meeting_id=china.id,
        event_id=china.event_id,
        kind=china.kind,
        title=china.title,
        short_title=china.short_title,
        date=TUE,
        start_time=time(15, 30),
        end_time=time(16, 30),
    )
    messages = [o.message for o in services.week.week(week["event"].id).overlaps]
    assert (
        "ADGSOM+JP and ADGSOM+China overlap on Tue 19 Jan, 15:30-16:00: "
        "Somchai Jaidee cannot be at both."
    ) in messages


def test_0013_meeting_members_upgrades_a_0012_store_with_data(store_path: Any) -> None:
    """The migration of the assignments: a store of 0012 with a meeting and our member
    upgrades, its data intact, and takes assignments."""
    from sqlalchemy import text

    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0012_note_speaker_index")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO person (id, delegation_id, full_name, local_name, honorific, title,"
                " agency, role, email, phone, bio, last_met_where, last_said, ord, created_at,"
                " updated_at) VALUES (7, 2, 'Somchai Jaidee', 'สมชาย ใจดี', '', '', '', 'head',"
                " '', '', '', '', '', 0, '2025-01-01', '2025-01-01')"
            )
        )
        tables = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "meeting_member" not in tables
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        services = Services.for_store(store)
        meeting = services.events.meeting(1)
        assert services.week.members(meeting.id) == ()
        (ref,) = services.week.set_members(meeting.id, [7])
        assert ref.name == "Somchai Jaidee (สมชาย ใจดี)"
        assert services.week.week(meeting.event_id).title == "5th ADGMIN"
        assert services.store_info.check().ok


@pytest.mark.slow
def test_the_pack_prints_the_week_on_its_programme_page(
    services: Any, week: Any, tmp_path: Any
) -> None:
    import io
    import unicodedata

    from pypdf import PdfReader

    from adgsom_desktop.domain.enums import Audience
    from adgsom_desktop.reports.pack_model import Section
    from adgsom_desktop.services.pack_records import PackRequest

    services.week.set_members(week["som"].id, [week["head"].id, week["aide"].id])
    services.week.set_members(week["korea"].id, [week["aide"].id])

    def pages(audience: Audience) -> list[str]:
        sections = (Section.COVER, Section.PROGRAMME) if audience is Audience.DELEGATION else None
        pdf = services.packs.preview(
            PackRequest(event_id=week["event"].id, sections=sections, audience=audience)
        )
        (tmp_path / f"{audience.value}.pdf").write_bytes(pdf)
        return [
            unicodedata.normalize("NFKC", " ".join((p.extract_text() or "").split()))
            for p in PdfReader(io.BytesIO(pdf)).pages
        ]

    from tests.conftest import ARTIFACTS

    text = " ".join(pages(Audience.DELEGATION))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "pack_week_page.pdf").write_bytes((tmp_path / "delegation.pdf").read_bytes())
    assert "The week at a glance" in text
    for fact in (
        "Monday 18 January Tuesday 19 January",  # the days side by side (Wednesday holds nothing)
        "09:00-14:30 7th ADGSOM Somchai Jaidee, Nok Srisuk",
        "12:00-13:30 Lunch",
        "14:00-14:30 Bilateral with Japan",
        "15:00-17:00 ADGSOM+ROK (overlaps) Nok Srisuk",
        "ADGSOM+JP and ADGSOM+ROK overlap on Tuesday 19 January, 15:00-16:00.",
        "No day yet: Retreat.",
    ):
        assert fact in text, (fact, text)
    assert "Wednesday 20 January" not in text
    # The programme is the delegation's: the public pack has no week and no names.
    public = " ".join(pages(Audience.PUBLIC))
    assert "The week at a glance" not in public and "Nok Srisuk" not in public
