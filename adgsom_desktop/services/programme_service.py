"""A meeting's programme: entries around the agenda items (coffee break, lunch, the
group photo, bilateral slots) with their times, and the meeting's timetable.

The API a timetable of the week builds on: ``entries`` and ``timetable`` read,
``add_entry`` / ``update_entry`` / ``delete_entry`` / ``set_entries`` write (one
transaction each, announced as ``ChangeKind.PROGRAMME``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import ProgrammeKind
from ..domain.models import AgendaItem, Meeting, ProgrammeEntry
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from .agenda_queries import items_by_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .programme_records import ProgrammeEntryRec, ProgrammeEntryValues, TimetableRow

MAX_ENTRIES = 500


def entry_rec(e: ProgrammeEntry) -> ProgrammeEntryRec:
    return ProgrammeEntryRec(
        e.id, e.meeting_id, e.label, ProgrammeKind(e.kind), e.start_time, e.end_time, e.day, e.ord
    )


def _clean(v: ProgrammeEntryValues) -> ProgrammeEntryValues:
    label = clean_text(v.label, "Label", max_len=300, required=True, single_line=True)
    if v.end_time is not None and v.start_time is None:
        raise ValidationError("Give the start time as well as the end time.", "start_time")
    if v.start_time and v.end_time and v.end_time <= v.start_time:
        raise ValidationError("“{label}” cannot end before it starts.", "end_time", label=label)
    return ProgrammeEntryValues(label, ProgrammeKind(v.kind), v.start_time, v.end_time, v.day)


def _sort_key(
    day: date | None, start: time | None, first: date | None, ord_: int
) -> tuple[date, time, int]:
    return (day or first or date.min, start or time.max, ord_)


def read_entries(session: Session, meeting_id: int) -> list[ProgrammeEntryRec]:
    first = session.scalar(select(Meeting.date).where(Meeting.id == meeting_id))
    rows = session.scalars(select(ProgrammeEntry).where(ProgrammeEntry.meeting_id == meeting_id))
    recs = [entry_rec(e) for e in rows]
    return sorted(recs, key=lambda r: (*_sort_key(r.day, r.start_time, first, r.ord), r.id))


def timetable_rows(session: Session, meeting_id: int) -> list[TimetableRow]:
    """A meeting's timed entries and items in time order (the day filled in: the
    meeting's first day where none is given)."""
    first = session.scalar(select(Meeting.date).where(Meeting.id == meeting_id))
    rows = [
        TimetableRow(e.day or first, e.start_time, e.end_time, e.label, e.kind, entry_id=e.id)
        for e in read_entries(session, meeting_id)
        if e.start_time is not None
    ]
    times = {
        r.id: (r.day, r.start_time, r.end_time)
        for r in session.execute(
            select(AgendaItem.id, AgendaItem.day, AgendaItem.start_time, AgendaItem.end_time).where(
                AgendaItem.meeting_id == meeting_id
            )
        )
    }
    for item in items_by_meeting(session, [meeting_id]).get(meeting_id, []):
        day, start, end = times[item.id]
        if start is not None:
            rows.append(
                TimetableRow(
                    day or first,
                    start,
                    end,
                    item.title,
                    None,
                    item.number,
                    item.id,
                    depth=item.depth,
                )
            )
    return sorted(
        rows, key=lambda r: (r.day or date.min, r.start_time or time.max, r.kind is not None)
    )


class ProgrammeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------------
    def entries(self, meeting_id: int) -> list[ProgrammeEntryRec]:
        """The meeting's programme entries in time order (untimed ones last in their day)."""
        with self._ctx.read() as s:
            self._meeting(s, meeting_id)
            return read_entries(s, meeting_id)

    def timetable(self, meeting_id: int) -> list[TimetableRow]:
        """Programme entries and agenda items that have a time slot, in time order."""
        with self._ctx.read() as s:
            self._meeting(s, meeting_id)
            return timetable_rows(s, meeting_id)

    # -- writing ----------------------------------------------------------------------
    def add_entry(self, meeting_id: int, values: ProgrammeEntryValues) -> ProgrammeEntryRec:
        v = _clean(values)
        with self._ctx.write() as s:
            self._meeting(s, meeting_id)
            count = len(read_entries(s, meeting_id))
            if count >= MAX_ENTRIES:
                raise ValidationError(
                    "A meeting's programme holds at most {max_entries} entries.",
                    max_entries=MAX_ENTRIES,
                )
            e = ProgrammeEntry(meeting_id=meeting_id, ord=count)
            self._apply(e, v)
            s.add(e)
            s.flush()
            self._ctx.audit(s, "create", "programme_entry", e.id, f"{v.label}")
            rec = entry_rec(e)
            self._publish(meeting_id, rec.id)
        return rec

    def update_entry(self, entry_id: int, values: ProgrammeEntryValues) -> ProgrammeEntryRec:
        v = _clean(values)
        with self._ctx.write() as s:
            e = self._entry(s, entry_id)
            self._apply(e, v)
            self._ctx.audit(s, "edit", "programme_entry", e.id, v.label)
            rec = entry_rec(e)
            self._publish(rec.meeting_id, rec.id)
        return rec

    def delete_entry(self, entry_id: int) -> ProgrammeEntryRec:
        """Delete an entry; returns it (``add_entry`` with its values puts it back)."""
        with self._ctx.write() as s:
            e = self._entry(s, entry_id)
            rec = entry_rec(e)
            self._ctx.audit(s, "delete", "programme_entry", e.id, e.label)
            s.delete(e)
            self._publish(rec.meeting_id, rec.id)
        return rec

    def set_entries(
        self, meeting_id: int, values: Sequence[ProgrammeEntryValues]
    ) -> list[ProgrammeEntryRec]:
        """The meeting's whole programme, as edited with its details (all or nothing)."""
        cleaned = [_clean(v) for v in values]
        if len(cleaned) > MAX_ENTRIES:
            raise ValidationError(
                "A meeting's programme holds at most {max_entries} entries.",
                max_entries=MAX_ENTRIES,
            )
        with self._ctx.write() as s:
            self._meeting(s, meeting_id)
            current = list(
                s.scalars(
                    select(ProgrammeEntry)
                    .where(ProgrammeEntry.meeting_id == meeting_id)
                    .order_by(ProgrammeEntry.id)
                )
            )
            for n, v in enumerate(cleaned):  # reuse rows in order, so ids stay where they can
                e = current[n] if n < len(current) else ProgrammeEntry(meeting_id=meeting_id)
                if n >= len(current):
                    s.add(e)
                self._apply(e, v)
                e.ord = n
            for e in current[len(cleaned) :]:
                s.delete(e)
            s.flush()
            self._ctx.audit(s, "edit", "meeting", meeting_id, f"programme: {len(cleaned)} entries")
            recs = read_entries(s, meeting_id)
            self._publish(meeting_id, None)
        return recs

    # -- helpers ----------------------------------------------------------------------
    @staticmethod
    def _apply(e: ProgrammeEntry, v: ProgrammeEntryValues) -> None:
        e.label, e.kind = v.label, v.kind
        e.day, e.start_time, e.end_time = v.day, v.start_time, v.end_time

    @staticmethod
    def _meeting(s: Session, meeting_id: int) -> Meeting:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
        return m

    @staticmethod
    def _entry(s: Session, entry_id: int) -> ProgrammeEntry:
        e = s.get(ProgrammeEntry, entry_id)
        if e is None:
            raise NotFoundError("Programme entry {entry_id} no longer exists.", entry_id=entry_id)
        return e

    def _publish(self, meeting_id: int, entry_id: int | None) -> None:
        ids = frozenset() if entry_id is None else frozenset({entry_id})
        self._ctx.publish(Change(ChangeKind.PROGRAMME, ids, meeting_id=meeting_id))
