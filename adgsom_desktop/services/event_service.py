"""Events and their meetings, and the navigation tree (event -> meetings -> agenda)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import MeetingFormat, MeetingKind
from ..domain.models import AgendaItem, Delegation, Event, Meeting
from ..domain.text import MAX_TITLE, clean_text
from ..domain.timeutil import zone
from ..errors import NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .mapping import event_rec, meeting_rec
from .navigation_read import read_navigation
from .records import EventRec, MeetingRec, NavigationTree
from .row_locks import locked


def _codes(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Delegation.id, Delegation.code)).all())


def _delegation_id(session: Session, code: str, field: str) -> int | None:
    code = code.strip().upper()
    if not code:
        return None
    found = session.scalar(select(Delegation.id).where(Delegation.code == code))
    if found is None:
        raise ValidationError(f"No delegation with code {code}.", field)
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
                raise NotFoundError(f"Event {event_id} no longer exists.")
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
                raise NotFoundError(f"Meeting {meeting_id} no longer exists.")
            count = s.scalar(select(func.count()).where(AgendaItem.meeting_id == m.id)) or 0
            return meeting_rec(m, _codes(s).get(m.partner_delegation_id or 0, ""), count)

    def navigation(self, with_items: bool = True) -> NavigationTree:
        """Everything the navigation pane shows, in one read (plain SQL on the read
        transaction's connection: ``navigation_read``; no ORM objects for a tree)."""
        with self._ctx.read() as s:
            return read_navigation(s.connection().connection.driver_connection, with_items)

    # -- writing ----------------------------------------------------------------
    def save_event(
        self,
        *,
        event_id: int | None = None,
        title: str,
        short_title: str = "",
        city: str = "",
        country: str = "",
        host_code: str = "",
        start_date: date | None = None,
        end_date: date | None = None,
        timezone: str = "",
        steering_brief: str = "",
        logistics: str = "",
    ) -> EventRec:
        fields = {
            "title": clean_text(title, "Title", max_len=300, required=True, single_line=True),
            "short_title": clean_text(short_title, "Short title", max_len=100, single_line=True),
            "city": clean_text(city, "City", max_len=200, single_line=True),
            "country": clean_text(country, "Country", max_len=200, single_line=True),
            "timezone": clean_text(timezone, "Time zone", max_len=64, single_line=True),
            "steering_brief": clean_text(steering_brief, "Steering brief"),
            "logistics": clean_text(logistics, "Logistics"),
        }
        if start_date and end_date and end_date < start_date:
            raise ValidationError("The event cannot end before it starts.", "end_date")
        if fields["timezone"] and zone(fields["timezone"]) is None:
            raise ValidationError(
                f"Unknown time zone “{fields['timezone']}”: use an IANA name such as "
                "Asia/Ho_Chi_Minh.",
                "timezone",
            )
        with self._ctx.write() as s:
            host = _delegation_id(s, host_code, "host")
            if event_id is None:
                e = Event(
                    host_delegation_id=host, start_date=start_date, end_date=end_date, **fields
                )
                s.add(e)
                action = "create"
            else:
                found = s.get(Event, event_id)
                if found is None:
                    raise NotFoundError(f"Event {event_id} no longer exists.")
                e = found
                for k, v in fields.items():
                    setattr(e, k, v)
                e.host_delegation_id, e.start_date, e.end_date = host, start_date, end_date
                action = "edit"
            s.flush()
            self._ctx.audit(s, action, "event", e.id, e.title)
            rec = event_rec(e, host_code.strip().upper())
            self._ctx.publish(Change(ChangeKind.EVENTS, frozenset({rec.id}), event_id=rec.id))
        return rec

    def delete_event(self, event_id: int) -> None:
        with self._ctx.write() as s:
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError(f"Event {event_id} no longer exists.")
            self._ctx.audit(s, "delete", "event", e.id, e.title)
            s.delete(e)
            self._ctx.publish(Change(ChangeKind.EVENTS, frozenset({event_id}), event_id=event_id))

    def save_meeting(
        self,
        *,
        meeting_id: int | None = None,
        event_id: int,
        kind: MeetingKind,
        title: str,
        series: str = "",
        sequence_no: int | None = None,
        partner_code: str = "",
        date: date | None = None,
        end_date: date | None = None,
        start_time: time | None = None,
        end_time: time | None = None,
        venue: str = "",
        chair: str = "",
        format: MeetingFormat = MeetingFormat.PLENARY,
        notes: str = "",
        short_title: str = "",
    ) -> MeetingRec:
        fields = {
            "title": clean_text(title, "Title", max_len=300, required=True, single_line=True),
            "short_title": clean_text(short_title, "Short title", max_len=100, single_line=True),
            "series": clean_text(series, "Series", max_len=100, single_line=True),
            "venue": clean_text(venue, "Venue", max_len=300, single_line=True),
            "chair": clean_text(chair, "Chair", max_len=300, single_line=True),
            "notes": clean_text(notes, "Notes", max_len=MAX_TITLE * 10),
        }
        if sequence_no is not None and not 0 < sequence_no < 1000:
            raise ValidationError("The meeting number must be between 1 and 999.", "sequence_no")
        if end_date is not None and (date is None or end_date < date):
            raise ValidationError("The meeting cannot end before it starts.", "end_date")
        if start_time and end_time and end_time < start_time and not end_date:
            raise ValidationError("The meeting cannot end before it starts.", "end_time")
        with self._ctx.write() as s:
            if locked(s, Event, event_id) is None:  # its meetings are numbered in turn
                raise NotFoundError(f"Event {event_id} no longer exists.")
            partner = _delegation_id(s, partner_code, "partner")
            values = dict(
                fields,
                event_id=event_id,
                kind=kind,
                sequence_no=sequence_no,
                partner_delegation_id=partner,
                date=date,
                end_date=end_date,
                start_time=start_time,
                end_time=end_time,
                format=format,
            )
            if meeting_id is None:
                last = s.scalar(select(func.max(Meeting.ord)).where(Meeting.event_id == event_id))
                m = Meeting(ord=(last or 0) + 1, **values)
                s.add(m)
                action = "create"
            else:
                found = s.get(Meeting, meeting_id)
                if found is None:
                    raise NotFoundError(f"Meeting {meeting_id} no longer exists.")
                m = found
                for k, v in values.items():
                    setattr(m, k, v)
                action = "edit"
            s.flush()
            self._ctx.audit(s, action, "meeting", m.id, m.title)
            count = s.scalar(select(func.count()).where(AgendaItem.meeting_id == m.id)) or 0
            rec = meeting_rec(m, partner_code.strip().upper(), count)
            self._ctx.publish(
                Change(
                    ChangeKind.MEETINGS, frozenset({rec.id}), meeting_id=rec.id, event_id=event_id
                )
            )
        return rec

    def delete_meeting(self, meeting_id: int) -> None:
        with self._ctx.write() as s:
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise NotFoundError(f"Meeting {meeting_id} no longer exists.")
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
