"""ORM object -> record conversions (inside a session; records leave it)."""

from __future__ import annotations

from ..domain.models import Delegation, Event, Meeting, Note, Person
from .records import DelegationRec, EventRec, MeetingRec, NoteRec, PersonRec


def delegation_rec(d: Delegation, our_code: str = "") -> DelegationRec:
    return DelegationRec(
        id=d.id,
        code=d.code,
        name=d.name,
        local_name=d.local_name,
        aliases=d.aliases,
        kind=d.kind,
        is_ours=bool(our_code) and d.code == our_code,
    )


def person_rec(p: Person, delegation_code: str) -> PersonRec:
    return PersonRec(
        id=p.id,
        delegation_id=p.delegation_id,
        delegation_code=delegation_code,
        full_name=p.full_name,
        local_name=p.local_name,
        honorific=p.honorific,
        title=p.title,
        agency=p.agency,
        role=p.role,
        email=p.email,
        phone=p.phone,
        bio=p.bio,
        last_met=p.last_met,
        last_met_where=p.last_met_where,
        last_said=p.last_said,
    )


def event_rec(e: Event, host_code: str = "") -> EventRec:
    return EventRec(
        id=e.id,
        title=e.title,
        short_title=e.short_title,
        city=e.city,
        country=e.country,
        host_code=host_code,
        start_date=e.start_date,
        end_date=e.end_date,
        timezone=e.timezone,
        steering_brief=e.steering_brief,
        logistics=e.logistics,
    )


def meeting_rec(m: Meeting, partner_code: str = "", item_count: int = 0) -> MeetingRec:
    """``m.event`` is loaded for its time zone (one extra lookup, cached by the session)."""
    return MeetingRec(
        id=m.id,
        event_id=m.event_id,
        kind=m.kind,
        title=m.title,
        series=m.series,
        sequence_no=m.sequence_no,
        partner_code=partner_code,
        date=m.date,
        end_date=m.end_date,
        short_title=m.short_title,
        start_time=m.start_time,
        end_time=m.end_time,
        venue=m.venue,
        chair=m.chair,
        format=m.format,
        notes=m.notes,
        item_count=item_count,
        timezone=m.event.timezone if m.event is not None else "",
    )


def note_rec(
    n: Note, speaker_code: str = "", speaker_name: str = "", item_number: str = ""
) -> NoteRec:
    return NoteRec(
        id=n.id,
        meeting_id=n.meeting_id,
        item_id=n.item_id,
        taken_at=n.taken_at,
        speaker_delegation_id=n.speaker_delegation_id,
        speaker_code=speaker_code,
        speaker_person_id=n.speaker_person_id,
        speaker_name=speaker_name,
        kind=n.kind,
        text=n.text,
        observed_stance=n.observed_stance,
        version_no=n.version_no,
        item_number=item_number,
    )
