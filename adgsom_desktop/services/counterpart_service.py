"""Counterparts: people of other delegations, their personality notes, the items they care about."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import AgendaItem, Delegation, Meeting, Person, PersonInterest
from ..domain.text import clean_text, fold
from ..errors import NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .delegation_service import write_person
from .mapping import person_rec
from .settings_service import our_code
from .stance_records import CounterpartRec, InterestRec
from .structure_fields import PersonFields

MAX_INTEREST_NOTE = 2_000


def _interests(session: Session, person_ids: list[int]) -> dict[int, list[InterestRec]]:
    rows = session.execute(
        select(PersonInterest, AgendaItem, Meeting)
        .join(AgendaItem, AgendaItem.id == PersonInterest.item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(PersonInterest.person_id.in_(person_ids))
        .order_by(Meeting.date.desc(), AgendaItem.meeting_id, AgendaItem.number)
    )
    out: dict[int, list[InterestRec]] = defaultdict(list)
    for interest, item, meeting in rows:
        out[interest.person_id].append(
            InterestRec(
                person_id=interest.person_id,
                item_id=item.id,
                item_label=f"{item.number} {item.title}".strip(),
                meeting_id=meeting.id,
                meeting_label=meeting.short_title or meeting.title,
                note=interest.note,
            )
        )
    return out


def _records(session: Session, people: list[tuple[Person, Delegation]]) -> list[CounterpartRec]:
    interests = _interests(session, [p.id for p, _d in people])
    return [
        CounterpartRec(person_rec(p, d.code), d.name, tuple(interests.get(p.id, ())))
        for p, d in people
    ]


def _record(session: Session, p: Person) -> CounterpartRec:
    session.flush()
    return _records(session, [(p, session.get_one(Delegation, p.delegation_id))])[0]


class CounterpartService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def counterparts(
        self, query: str = "", delegation_id: int | None = None
    ) -> list[CounterpartRec]:
        """People of other delegations (not ours), filtered by name, title, agency or delegation."""
        with self._ctx.read() as s:
            ours = our_code(s)
            stmt = (
                select(Person, Delegation)
                .join(Delegation, Delegation.id == Person.delegation_id)
                .order_by(Delegation.ord, Person.ord, Person.full_name)
            )
            if ours:
                stmt = stmt.where(Delegation.code != ours)
            if delegation_id is not None:
                stmt = stmt.where(Person.delegation_id == delegation_id)
            people = [(p, d) for p, d in s.execute(stmt)]
            needle = fold(query.strip())
            if needle:
                people = [
                    (p, d)
                    for p, d in people
                    if needle
                    in fold(
                        " ".join(
                            (
                                p.full_name,
                                p.local_name,
                                p.title,
                                p.agency,
                                d.code,
                                d.name,
                                d.local_name,
                            )
                        )
                    )
                ]
            return _records(s, people)

    def counterpart(self, person_id: int) -> CounterpartRec:
        with self._ctx.read() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
            return _records(s, [(p, s.get_one(Delegation, p.delegation_id))])[0]

    def for_item(self, item_id: int) -> list[CounterpartRec]:
        """The counterparts who care about an item (shown beside its position)."""
        with self._ctx.read() as s:
            rows = s.execute(
                select(Person, Delegation)
                .join(Delegation, Delegation.id == Person.delegation_id)
                .join(PersonInterest, PersonInterest.person_id == Person.id)
                .where(PersonInterest.item_id == item_id)
                .order_by(Delegation.ord, Person.full_name)
            )
            return _records(s, [(p, d) for p, d in rows])

    def save(self, *, person_id: int | None = None, **fields: Any) -> CounterpartRec:
        """Create or edit a counterpart (``person_id`` and the names of ``PersonFields``)."""
        with self._ctx.write() as s:
            p, d = write_person(s, self._ctx, PersonFields(**fields), person_id)
            rec = _records(s, [(p, d)])[0]
            self._ctx.publish(Change(ChangeKind.PEOPLE, frozenset({p.id}), records=(rec,)))
        return rec

    def record_contact(
        self, person_id: int, *, last_met: date | None, where: str, last_said: str
    ) -> CounterpartRec:
        """Note a meeting with a counterpart: when, where, and what they said."""
        where = clean_text(where, "Where", max_len=300, single_line=True)
        last_said = clean_text(last_said, "What they said")
        with self._ctx.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
            p.last_met, p.last_met_where, p.last_said = last_met, where, last_said
            self._ctx.audit(s, "contact", "person", p.id, f"{p.full_name} {last_met or ''}")
            rec = _record(s, p)
            self._ctx.publish(Change(ChangeKind.PEOPLE, frozenset({person_id}), records=(rec,)))
        return rec

    def link(self, person_id: int, item_id: int, note: str = "") -> CounterpartRec:
        """Link a counterpart to an item they care about (or change the note on the link)."""
        note = clean_text(note, "Note", max_len=MAX_INTEREST_NOTE)
        with self._ctx.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
            if s.get(AgendaItem, item_id) is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            row = s.scalar(
                select(PersonInterest).where(
                    PersonInterest.person_id == person_id, PersonInterest.item_id == item_id
                )
            )
            if row is None:
                s.add(PersonInterest(person_id=person_id, item_id=item_id, note=note))
            else:
                row.note = note
            self._ctx.audit(s, "link", "person", person_id, f"item {item_id}")
            rec = _record(s, p)
            self._ctx.publish(
                Change(ChangeKind.PEOPLE, frozenset({person_id}), item_id=item_id, records=(rec,))
            )
        return rec

    def unlink(self, person_id: int, item_id: int) -> CounterpartRec:
        with self._ctx.write() as s:
            row = s.scalar(
                select(PersonInterest).where(
                    PersonInterest.person_id == person_id, PersonInterest.item_id == item_id
                )
            )
            if row is None:
                raise ValidationError("This counterpart is not linked to that item.")
            s.delete(row)
            self._ctx.audit(s, "unlink", "person", person_id, f"item {item_id}")
            rec = _record(s, s.get_one(Person, person_id))
            self._ctx.publish(
                Change(ChangeKind.PEOPLE, frozenset({person_id}), item_id=item_id, records=(rec,))
            )
        return rec

    def delete(self, person_id: int) -> None:
        """Delete a counterpart (notes that named them keep their text)."""
        with self._ctx.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
            self._ctx.audit(s, "delete", "person", p.id, p.full_name)
            s.delete(p)
            self._ctx.publish(Change(ChangeKind.PEOPLE, frozenset({person_id})))
