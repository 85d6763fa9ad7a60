"""The counterparts a pack prints personality notes on: only those relevant to its event."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import DelegationKind
from ..domain.models import (
    AgendaItem,
    Delegation,
    Meeting,
    Note,
    Person,
    PersonInterest,
    StanceRecord,
)
from ..domain.timeutil import long_date
from ..reports.pack_model import PersonNote


def person_name(p: Person) -> str:
    return f"{p.honorific} {p.full_name}".strip()


def delegations_at(s: Session, meeting_ids: list[int]) -> set[int]:
    """The delegations at these meetings: the Member States and the Secretariat (at every
    ASEAN meeting), each meeting's dialogue partner, and any delegation recorded there
    (a stance on one of their items, a note of what it said)."""
    found = set(
        s.scalars(
            select(Delegation.id).where(
                Delegation.kind.in_([DelegationKind.MEMBER_STATE, DelegationKind.SECRETARIAT])
            )
        )
    )
    found |= {
        d
        for d in s.scalars(select(Meeting.partner_delegation_id).where(Meeting.id.in_(meeting_ids)))
        if d is not None
    }
    found |= set(
        s.scalars(
            select(StanceRecord.delegation_id)
            .join(AgendaItem, StanceRecord.item_id == AgendaItem.id)
            .where(AgendaItem.meeting_id.in_(meeting_ids))
        )
    )
    found |= {
        d
        for d in s.scalars(
            select(Note.speaker_delegation_id)
            .where(Note.meeting_id.in_(meeting_ids), Note.deleted_at.is_(None))
            .distinct()
        )
        if d is not None
    }
    return found


def personalities(
    s: Session, item_ids: list[int], meeting_ids: list[int], ours: str
) -> tuple[PersonNote, ...]:
    """Counterparts relevant to the pack: an interest in one of its briefed items, or a
    personality note and a delegation at its meetings (not someone met at another event)."""
    people: dict[int, Person] = {}
    for interest in s.scalars(select(PersonInterest).where(PersonInterest.item_id.in_(item_ids))):
        people[interest.person_id] = interest.person
    present = delegations_at(s, meeting_ids)
    for p in s.scalars(select(Person).where(Person.bio != "", Person.delegation_id.in_(present))):
        people.setdefault(p.id, p)
    out = []
    for p in sorted(people.values(), key=lambda p: (p.delegation.ord, p.delegation.code, p.ord)):
        if p.delegation.code == ours:
            continue
        out.append(
            PersonNote(
                name=person_name(p),
                local_name=p.local_name,
                delegation=f"{p.delegation.code} - {p.delegation.name}",
                title=p.title,
                agency=p.agency,
                role=p.role.label,
                bio=p.bio,
                last_met=" - ".join(x for x in (long_date(p.last_met), p.last_met_where) if x),
                last_said=p.last_said,
            )
        )
    return tuple(out)
