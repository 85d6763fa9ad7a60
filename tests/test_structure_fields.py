"""Events, meetings and people are saved from value objects (``services.structure_fields``):
a record's fields go back unchanged, an edit is a ``replace``, the checks name the field,
and the keyword forms are the same call."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingFormat, MeetingKind, MemberRole
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.structure_fields import EventFields, MeetingFields, PersonFields


def test_an_event_and_its_meeting_round_trip(services: Any) -> None:
    ev = services.events.put_event(
        EventFields(
            title="  6th ADGMIN and related meetings ",
            city="Hà Nội",
            host_code="vn",
            start_date=date(2026, 1, 12),
            end_date=date(2026, 1, 16),
            timezone="Asia/Ho_Chi_Minh",
        )
    )
    assert (ev.title, ev.host_code) == ("6th ADGMIN and related meetings", "VN")
    fields = EventFields.of(services.events.event(ev.id))
    assert fields == EventFields.of(ev) and fields.cleaned() == fields
    moved = services.events.put_event(replace(fields, city="Đà Nẵng"), ev.id)
    assert (moved.id, moved.city, moved.host_code) == (ev.id, "Đà Nẵng", "VN")

    m = services.events.put_meeting(
        MeetingFields(
            event_id=ev.id,
            kind=MeetingKind.DIALOGUE_PARTNER,
            title="ADGSOM+Japan",
            series="ADGSOM+JP",
            partner_code="jp",
            date=date(2026, 1, 14),
            start_time=time(9, 0),
            end_time=time(10, 30),
            format=MeetingFormat.PLENARY,
        )
    )
    assert m.partner_code == "JP"
    again = MeetingFields.of(services.events.meeting(m.id))
    assert again == MeetingFields.of(m)
    renamed = services.events.put_meeting(replace(again, venue="NCC, Room 2"), m.id)
    assert (renamed.venue, renamed.partner_code, renamed.start_time) == (
        "NCC, Room 2",
        "JP",
        time(9),
    )
    # The keyword form is the same call.
    kw = services.events.save_meeting(meeting_id=m.id, **vars(replace(again, chair="Viet Nam")))
    assert kw.chair == "Viet Nam" and kw.venue == ""


def test_the_checks_name_the_field_and_write_nothing(services: Any) -> None:
    ev = services.events.put_event(EventFields(title="Event"))
    before = services.audit.count()
    cases = [
        (lambda: services.events.put_event(EventFields(title=" ")), "Title"),
        (
            lambda: services.events.put_event(
                EventFields(title="x", start_date=date(2026, 1, 2), end_date=date(2026, 1, 1))
            ),
            "end_date",
        ),
        (
            lambda: services.events.put_event(EventFields(title="x", timezone="Mars/Base")),
            "timezone",
        ),
        (lambda: services.events.put_event(EventFields(title="x", host_code="ZZ")), "host"),
        (
            lambda: services.events.put_meeting(
                MeetingFields(event_id=ev.id, title="x", sequence_no=1000)
            ),
            "sequence_no",
        ),
        (
            lambda: services.events.put_meeting(
                MeetingFields(event_id=ev.id, title="x", start_time=time(10), end_time=time(9))
            ),
            "end_time",
        ),
        (lambda: services.delegations.put_person(PersonFields(delegation_id=1)), "Name"),
    ]
    for call, field in cases:
        with pytest.raises(ValidationError) as found:
            call()
        assert found.value.field == field, field
    assert services.audit.count() == before


def test_a_person_round_trips(services: Any) -> None:
    th = next(d for d in services.delegations.delegations() if d.code == "TH")
    p = services.delegations.put_person(
        PersonFields(
            delegation_id=th.id,
            full_name="Nok Srisuk",
            local_name="นก ศรีสุข",
            role=MemberRole.HEAD,
            bio="Prefers **short** briefs.",
            last_met=date(2025, 11, 3),
        )
    )
    fields = PersonFields.of(services.delegations.person(p.id))
    assert fields == PersonFields.of(p)
    assert (fields.local_name, fields.role, fields.last_met) == (
        "นก ศรีสุข",
        MemberRole.HEAD,
        date(2025, 11, 3),
    )
    edited = services.delegations.put_person(replace(fields, agency="ETDA"), p.id)
    assert (edited.id, edited.agency, edited.bio) == (p.id, "ETDA", "Prefers **short** briefs.")
