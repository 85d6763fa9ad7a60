"""Events and their meetings, and the navigation tree (event -> meetings -> agenda)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.models import AgendaItem, Delegation, Event, Meeting
from ..errors import NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .mapping import event_rec, meeting_rec
from .navigation_read import read_navigation
from .records import EventRec, MeetingRec, NavigationTree
from .row_locks import locked
from .structure_fields import EventFields, MeetingFields


def _codes(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Delegation.id, Delegation.code)).all())


def _delegation_id(session: Session, code: str, field: str) -> int | None:
    code = code.strip().upper()
    if not code:
        return None
    found = session.scalar(select(Delegation.id).where(Delegation.code == code))
    if found is None:
        raise ValidationError("No delegation with code {code}.", field, code=code)
    return found


class EventService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------
    def events(self) -> list[EventRec]:
        with self._ctx.read() as s:
            codes = _codes(s)
            rows = s.scalars(select(Event).order_by(Event.start_date.desc(), Event.id.desc()))
            return [event_rec(e, codes.get(e.host_delegation_id or 0, "")) for e in rows]

    def event(self, event_id: int) -> EventRec:
        with self._ctx.read() as s:
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError("Event {event_id} no longer exists.", event_id=event_id)
            return event_rec(e, _codes(s).get(e.host_delegation_id or 0, ""))

    def meetings(self, event_id: int | None = None) -> list[MeetingRec]:
        with self._ctx.read() as s:
            return self._meetings(s, event_id)

    def _meetings(self, s: Session, event_id: int | None) -> list[MeetingRec]:
        codes = _codes(s)
        counts = dict(
            s.execute(
                select(AgendaItem.meeting_id, func.count()).group_by(AgendaItem.meeting_id)
            ).all()
        )
        stmt = select(Meeting).order_by(Meeting.date, Meeting.start_time, Meeting.ord, Meeting.id)
        if event_id is not None:
            stmt = stmt.where(Meeting.event_id == event_id)
        return [
            meeting_rec(m, codes.get(m.partner_delegation_id or 0, ""), counts.get(m.id, 0))
            for m in s.scalars(stmt)
        ]

    def meeting(self, meeting_id: int) -> MeetingRec:
        with self._ctx.read() as s:
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
            count = s.scalar(select(func.count()).where(AgendaItem.meeting_id == m.id)) or 0
            return meeting_rec(m, _codes(s).get(m.partner_delegation_id or 0, ""), count)

    def navigation(self, with_items: bool = True) -> NavigationTree:
        """Everything the navigation pane shows, in one read (plain SQL on the read
        transaction's connection: ``navigation_read``; no ORM objects for a tree)."""
        with self._ctx.read() as s:
            return read_navigation(s.connection().connection.driver_connection, with_items)

    # -- writing ----------------------------------------------------------------
    def put_event(self, fields: EventFields, event_id: int | None = None) -> EventRec:
        """Create (no ``event_id``) or edit an event."""
        f = fields.cleaned()
        with self._ctx.write() as s:
            host = _delegation_id(s, f.host_code, "host")
            if event_id is None:
                e = Event(host_delegation_id=host, **f.columns())
                s.add(e)
                action = "create"
            else:
                found = s.get(Event, event_id)
                if found is None:
                    raise NotFoundError("Event {event_id} no longer exists.", event_id=event_id)
                e = found
                for k, v in f.columns().items():
                    setattr(e, k, v)
                e.host_delegation_id = host
                action = "edit"
            s.flush()
            self._ctx.audit(s, action, "event", e.id, e.title)
            rec = event_rec(e, f.host_code)
            self._ctx.publish(Change(ChangeKind.EVENTS, frozenset({rec.id}), event_id=rec.id))
        return rec

    def save_event(self, *, event_id: int | None = None, **fields: Any) -> EventRec:
        """``put_event`` by keywords (the names of ``EventFields``): scripts, the demo, tests."""
        return self.put_event(EventFields(**fields), event_id)

    def delete_event(self, event_id: int) -> None:
        with self._ctx.write() as s:
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError("Event {event_id} no longer exists.", event_id=event_id)
            self._ctx.audit(s, "delete", "event", e.id, e.title)
            s.delete(e)
            self._ctx.publish(Change(ChangeKind.EVENTS, frozenset({event_id}), event_id=event_id))

    def put_meeting(self, fields: MeetingFields, meeting_id: int | None = None) -> MeetingRec:
        """Create (no ``meeting_id``) or edit a meeting of ``fields.event_id``."""
        f = fields.cleaned()
        with self._ctx.write() as s:
            if locked(s, Event, f.event_id) is None:  # its meetings are numbered in turn
                raise NotFoundError("Event {f_event_id} no longer exists.", f_event_id=f.event_id)
            partner = _delegation_id(s, f.partner_code, "partner")
            values = dict(f.columns(), partner_delegation_id=partner)
            if meeting_id is None:
                last = s.scalar(select(func.max(Meeting.ord)).where(Meeting.event_id == f.event_id))
                m = Meeting(ord=(last or 0) + 1, **values)
                s.add(m)
                action = "create"
            else:
                found = s.get(Meeting, meeting_id)
                if found is None:
                    raise NotFoundError(
                        "Meeting {meeting_id} no longer exists.", meeting_id=meeting_id
                    )
                m = found
                for k, v in values.items():
                    setattr(m, k, v)
                action = "edit"
            s.flush()
            self._ctx.audit(s, action, "meeting", m.id, m.title)
            count = s.scalar(select(func.count()).where(AgendaItem.meeting_id == m.id)) or 0
            rec = meeting_rec(m, f.partner_code, count)
            self._ctx.publish(
                Change(
                    ChangeKind.MEETINGS, frozenset({rec.id}), meeting_id=rec.id, event_id=f.event_id
                )
            )
        return rec

    def save_meeting(self, *, meeting_id: int | None = None, **fields: Any) -> MeetingRec:
        """``put_meeting`` by keywords (the names of ``MeetingFields``): scripts, the demo,
        tests."""
        return self.put_meeting(MeetingFields(**fields), meeting_id)

    def delete_meeting(self, meeting_id: int) -> None:
        with self._ctx.write() as s:
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
            event_id = m.event_id
            self._ctx.audit(s, "delete", "meeting", m.id, m.title)
            s.delete(m)
            self._ctx.publish(
                Change(
                    ChangeKind.MEETINGS,
                    frozenset({meeting_id}),
                    meeting_id=meeting_id,
                    event_id=event_id,
                )
            )
