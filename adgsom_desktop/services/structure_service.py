"""The store's structure: deleting events, meetings and members so that it can be undone.

Creating and editing events and meetings is ``EventService.put_event`` /
``put_meeting`` (value objects: ``structure_fields``); members are ``DelegationService.put_person``.  This service adds
what the GUI needs around them: what a deletion takes with it (said in the
confirmation), the deletion itself with a snapshot of every row it removes and
every link it clears (``item_snapshot``), putting it back (undo), and the order
of our delegation's members (protocol order: the head of delegation first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from ..domain.enums import PositionStatus
from ..domain.models import (
    ActionItem,
    AgendaItem,
    Delegation,
    Event,
    Meeting,
    Note,
    Outcome,
    PackIssue,
    Person,
    Position,
    StanceRecord,
)
from ..errors import NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .item_snapshot import RecordsSnapshot, Step, restore_snapshot, snapshot_records
from .mapping import person_rec
from .records import PersonRec
from .structure_records import Contents, Deleted, PersonLinks, Restored

_MEETING_KINDS = (
    ChangeKind.AGENDA,
    ChangeKind.POSITIONS,
    ChangeKind.STANCES,
    ChangeKind.NOTES,
    ChangeKind.ACTIONS,
    ChangeKind.OUTCOMES,
)
_PERSON_KINDS = (ChangeKind.POSITIONS, ChangeKind.NOTES, ChangeKind.ACTIONS)

# (done, total, message); may raise to cancel (the transaction then rolls back).
Progress = Callable[[int, int, str], None]


def _step(progress: Progress | None, message: str) -> Step | None:
    if progress is None:
        return None
    return lambda done, total: progress(done, total, message)


def _count(session: Session, entity: type, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def _contents(session: Session, meeting_ids: Sequence[int], event_id: int | None) -> Contents:
    items = select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meeting_ids))
    in_items = Position.item_id.in_(items)
    return Contents(
        meetings=len(meeting_ids) if event_id is not None else 0,
        items=_count(session, AgendaItem, AgendaItem.meeting_id.in_(meeting_ids)),
        positions=_count(session, Position, in_items),
        approved=_count(session, Position, in_items, Position.status == PositionStatus.APPROVED),
        notes=_count(session, Note, Note.meeting_id.in_(meeting_ids), Note.deleted_at.is_(None)),
        stances=_count(session, StanceRecord, StanceRecord.item_id.in_(items)),
        outcomes=_count(session, Outcome, Outcome.item_id.in_(items)),
        actions=_count(session, ActionItem, ActionItem.meeting_id.in_(meeting_ids)),
        packs=_count(session, PackIssue, PackIssue.event_id == event_id)
        if event_id is not None
        else 0,
    )


def _detail(title: str, contents: Contents) -> str:
    goes = contents.goes()
    return f"{title} (with {', '.join(goes)})" if goes else title


class StructureService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- what goes with a deletion ------------------------------------------------------
    def event_contents(self, event_id: int) -> Contents:
        with self._ctx.read() as s:
            if s.get(Event, event_id) is None:
                raise NotFoundError("Event {event_id} no longer exists.", event_id=event_id)
            ids = list(s.scalars(select(Meeting.id).where(Meeting.event_id == event_id)))
            return _contents(s, ids, event_id)

    def meeting_contents(self, meeting_id: int) -> Contents:
        with self._ctx.read() as s:
            if s.get(Meeting, meeting_id) is None:
                raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
            return _contents(s, [meeting_id], None)

    def person_links(self, person_id: int) -> PersonLinks:
        with self._ctx.read() as s:
            if s.get(Person, person_id) is None:
                raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
            return PersonLinks(
                approvals=_count(s, Position, Position.approved_by_id == person_id),
                briefs=_count(s, Position, Position.owner_id == person_id),
                actions=_count(s, ActionItem, ActionItem.owner_person_id == person_id),
                notes=_count(s, Note, Note.speaker_person_id == person_id),
            )

    # -- deleting -------------------------------------------------------------------------
    def delete_event(self, event_id: int, progress: Progress | None = None) -> Deleted:
        """Delete an event with its meetings and everything in them (see ``restore``)."""
        with self._ctx.write() as s:
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError("Event {event_id} no longer exists.", event_id=event_id)
            title = e.title
            ids = list(s.scalars(select(Meeting.id).where(Meeting.event_id == event_id)))
            contents = _contents(s, ids, event_id)
            snap = snapshot_records(s, "event", [event_id], _step(progress, "Reading the event…"))
            self._ctx.audit(s, "delete", "event", event_id, _detail(title, contents))
            s.execute(delete(Event).where(Event.id == event_id))
            s.expunge_all()
            self._ctx.publish(
                Change(ChangeKind.EVENTS, frozenset({event_id}), event_id=event_id),
                Change(ChangeKind.MEETINGS, frozenset(ids), event_id=event_id),
                *(Change(kind) for kind in (*_MEETING_KINDS, ChangeKind.PACKS)),
            )
        return Deleted("event", event_id, title, event_id, snap)

    def delete_meeting(self, meeting_id: int, progress: Progress | None = None) -> Deleted:
        """Delete a meeting with its agenda, positions, stances, notes and outcomes."""
        with self._ctx.write() as s:
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
            title, event_id = m.title, m.event_id
            contents = _contents(s, [meeting_id], None)
            snap = snapshot_records(
                s, "meeting", [meeting_id], _step(progress, "Reading the meeting…")
            )
            self._ctx.audit(s, "delete", "meeting", meeting_id, _detail(title, contents))
            s.execute(delete(Meeting).where(Meeting.id == meeting_id))
            s.expunge_all()
            self._ctx.publish(
                Change(
                    ChangeKind.MEETINGS,
                    frozenset({meeting_id}),
                    meeting_id=meeting_id,
                    event_id=event_id,
                ),
                *(Change(kind) for kind in _MEETING_KINDS),
            )
        return Deleted("meeting", meeting_id, title, event_id, snap)

    def delete_person(self, person_id: int, progress: Progress | None = None) -> Deleted:
        """Remove a person; approvals, briefs, actions and notes naming them lose the name
        until ``restore`` puts it back."""
        with self._ctx.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
            name = p.full_name
            snap = snapshot_records(s, "person", [person_id], _step(progress, "Reading…"))
            self._ctx.audit(s, "delete", "person", person_id, name)
            s.execute(delete(Person).where(Person.id == person_id))
            s.expunge_all()
            self._ctx.publish(
                Change(ChangeKind.PEOPLE, frozenset({person_id})),
                *(Change(kind) for kind in _PERSON_KINDS),
            )
        return Deleted("person", person_id, name, None, snap)

    # -- putting back ---------------------------------------------------------------------
    def restore(self, deleted: Deleted, progress: Progress | None = None) -> Restored:
        """Put a deleted event, meeting or person back, with everything that went with it."""
        snap = deleted.snapshot
        if not isinstance(snap, RecordsSnapshot) or snap.root_table != deleted.kind:
            raise ValidationError("Nothing to put back.")
        root = next(rows for name, rows in snap.rows if name == snap.root_table)[0]
        with self._ctx.write() as s:
            if deleted.kind == "meeting" and s.get(Event, root["event_id"]) is None:
                raise NotFoundError(
                    "The event of “{deleted_label}” no longer exists: the meeting cannot be "
                    "put back.",
                    deleted_label=deleted.label,
                )
            if deleted.kind == "person" and s.get(Delegation, root["delegation_id"]) is None:
                raise NotFoundError(
                    "The delegation of {deleted_label} no longer exists.",
                    deleted_label=deleted.label,
                )
            remap = restore_snapshot(s, snap, _step(progress, f"Putting back “{deleted.label}”…"))
            new_id = remap.get(snap.root_table, {}).get(deleted.id, deleted.id)
            self._ctx.audit(s, "restore", deleted.kind, new_id, deleted.label)
        if deleted.kind == "person":
            changes = [Change(ChangeKind.PEOPLE, frozenset({new_id}))]
            changes += [Change(kind) for kind in _PERSON_KINDS]
        else:
            changes = [
                Change(ChangeKind.EVENTS, frozenset({new_id}), event_id=new_id)
                if deleted.kind == "event"
                else Change(ChangeKind.MEETINGS, frozenset({new_id}), meeting_id=new_id),
                Change(ChangeKind.MEETINGS),
                *(Change(kind) for kind in _MEETING_KINDS),
                Change(ChangeKind.PACKS),
            ]
        self._ctx.publish(*changes)
        return Restored(deleted.kind, new_id, remap)

    # -- our delegation's order -------------------------------------------------------------
    def move_person(self, person_id: int, step: int) -> PersonRec:
        """Move a person up (-1) or down (+1) within their delegation (protocol order)."""
        with self._ctx.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
            people = list(
                s.scalars(
                    select(Person)
                    .where(Person.delegation_id == p.delegation_id)
                    .order_by(Person.ord, Person.full_name, Person.id)
                )
            )
            at = people.index(p)
            target = at + step
            if not 0 <= target < len(people):
                raise ValidationError(
                    "{p_full_name} is already first."
                    if step < 0
                    else "{p_full_name} is already last.",
                    p_full_name=p.full_name,
                )
            people.insert(target, people.pop(at))
            for n, person in enumerate(people):
                person.ord = n
            self._ctx.audit(s, "move", "person", p.id, f"{p.full_name} to place {target + 1}")
            code = s.get_one(Delegation, p.delegation_id).code
            rec = person_rec(p, code)
            self._ctx.publish(Change(ChangeKind.PEOPLE, frozenset({person_id})))
        return rec
