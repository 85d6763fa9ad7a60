"""The meetings a pack prints: which ones, their programme line and agenda, and the pack's
dates written out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from ..domain.models import Event, Meeting
from ..domain.timeutil import long_date, long_day, long_days
from ..errors import NotFoundError, ValidationError
from ..reports.pack_model import AgendaLine, MeetingBlock, TimetableLine
from .programme_records import TimetableRow
from .records import AgendaItemRec, MeetingRec


def local_time(when: datetime, tz_name: str) -> datetime:
    """A stored (UTC) time in the event's time zone (as is if the zone is unknown)."""
    if not tz_name:
        return when
    try:
        from zoneinfo import ZoneInfo

        return when.replace(tzinfo=UTC).astimezone(ZoneInfo(tz_name)).replace(tzinfo=None)
    except (KeyError, ValueError, OSError):
        return when


def fmt_date(d: date | None) -> str:
    """A date written out in full: "12 January 2026"."""
    return long_date(d)


def event_dates(e: Event) -> str:
    """ "12-16 January 2026" (English month names whatever the locale)."""
    return long_days(e.start_date, e.end_date)


def meeting_block(
    m: MeetingRec,
    items: list[AgendaItemRec],
    briefed: set[int],
    timetable: Sequence[TimetableRow] = (),
) -> MeetingBlock:
    times = ""
    if m.start_time:
        times = f"{m.start_time:%H:%M}"
        if m.end_time:
            times += f"-{m.end_time:%H:%M}"
    return MeetingBlock(
        id=m.id,
        title=m.title,
        label=m.label,
        kind=m.kind.label,
        days=long_days(m.date, m.end_date),
        times=times,
        venue=m.venue,
        chair=m.chair,
        format=m.format.label,
        notes=m.notes,
        agenda=tuple(
            AgendaLine(
                item_id=i.id,
                number=i.number,
                title=i.title,
                depth=i.depth,
                purpose=i.purpose.label,
                lead=i.lead,
                est_minutes=i.est_minutes,
                has_brief=i.id in briefed,
            )
            for i in items
        ),
        timetable=tuple(
            TimetableLine(
                long_day(r.day),
                r.slot,
                r.label,
                r.kind.label if r.kind else "",
                r.number,
            )
            for r in timetable
        ),
    )


def chosen_meetings(s: Session, event_id: int, meeting_ids: Iterable[int]) -> list[Meeting]:
    event = s.get(Event, event_id)
    if event is None:
        raise NotFoundError("There is no event {event_id} in this store.", event_id=event_id)
    meetings = list(event.meetings)
    wanted = list(dict.fromkeys(meeting_ids))
    if wanted:
        known = {m.id for m in meetings}
        stray = [str(m) for m in wanted if m not in known]
        if stray:
            raise ValidationError(
                "Meeting {stray} is not part of event {event_id} ({event_title}).",
                "meetings",
                stray=", ".join(stray),
                event_id=event_id,
                event_title=event.title,
            )
        meetings = [m for m in meetings if m.id in set(wanted)]
    return meetings
