"""The week at a glance (issue #23): the event's meetings by day and hour, with the
programme entries of each (breaks, lunch, bilaterals) and our members assigned to
each; meetings at the same time are laid side by side and named as overlapping.

Built on the programme model of #21 (``timetable_rows``): a meeting without a time
of its own takes its span from its timed agenda items and programme entries.
Assigning our members is one transaction; a member who would be at two meetings at
the same time is refused in words, with nothing changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.models import Delegation, Event, Meeting, MeetingMember, Person
from ..errors import NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .programme_records import TimetableRow, slot_text
from .programme_service import timetable_rows
from .row_locks import locked
from .settings_service import our_code
from .week_records import MemberRef, Overlap, Week, WeekBlock, WeekDay

MAX_DAYS = 14
"""Days of an event shown even when empty (a longer event shows only its busy days)."""

Span = tuple[date, time, time, bool]  # day, start, end, times given by the meeting


def _name(p: Person) -> str:
    name = " ".join(x for x in (p.honorific, p.full_name) if x)
    return f"{name} ({p.local_name})" if p.local_name else name


def _days(m: Meeting) -> list[date]:
    if m.date is None:
        return []
    end = m.end_date if m.end_date and m.end_date >= m.date else m.date
    n = min((end - m.date).days, 30)
    return [m.date + timedelta(days=k) for k in range(n + 1)]


def _plus_hour(t: time) -> time:
    later = datetime.combine(date.min, t) + timedelta(hours=1)
    return later.time() if later.date() == date.min else time(23, 59)


def meeting_spans(m: Meeting, rows: Sequence[TimetableRow]) -> list[Span]:
    """The meeting's time on each of its days: its own start and end where given, else
    those of its timed items and programme entries that day; [] for a day without any."""
    out: list[Span] = []
    for day in _days(m):
        today = [r for r in rows if r.day == day and r.start_time is not None]
        start = m.start_time or min((r.start_time for r in today if r.start_time), default=None)
        if start is None:
            continue
        ends = [r.end_time or r.start_time for r in today]
        end = m.end_time or max((e for e in ends if e), default=None)
        given = m.start_time is not None and m.end_time is not None
        if end is None or end <= start:
            end = _plus_hour(start)
        out.append((day, start, end, given))
    return out


def _overlap(a: Span, b: Span) -> tuple[time, time] | None:
    if a[0] != b[0]:
        return None
    start, end = max(a[1], b[1]), min(a[2], b[2])
    return (start, end) if start < end else None


def _lanes(blocks: list[WeekBlock]) -> dict[int, tuple[int, int]]:
    """Meetings of one day side by side: meeting id -> (lane, lanes of its group)."""
    ordered = sorted(blocks, key=lambda b: (b.start, b.end, b.meeting_id))
    out: dict[int, tuple[int, int]] = {}
    group: list[WeekBlock] = []
    lane_end: list[time] = []
    group_end = time.min

    def close() -> None:
        for b in group:
            out[b.meeting_id] = (out[b.meeting_id][0], len(lane_end))

    for b in ordered:
        if group and b.start >= group_end:
            close()
            group, lane_end = [], []
        lane = next((n for n, e in enumerate(lane_end) if e <= b.start), len(lane_end))
        if lane == len(lane_end):
            lane_end.append(b.end)
        else:
            lane_end[lane] = b.end
        out[b.meeting_id] = (lane, 0)
        group.append(b)
        group_end = max(group_end, b.end) if len(group) > 1 else b.end
    if group:
        close()
    return out


def read_week(s: Session, event_id: int) -> Week:
    """The event's week (the pack's programme page prints it too)."""
    event = s.get(Event, event_id)
    if event is None:
        raise NotFoundError("Event {event_id} no longer exists.", event_id=event_id)
    meetings = list(
        s.scalars(
            select(Meeting)
            .where(Meeting.event_id == event_id)
            .order_by(Meeting.date, Meeting.start_time, Meeting.ord, Meeting.id)
        )
    )
    members = _members_by_meeting(s, [m.id for m in meetings])
    return _build_week(s, event, meetings, members)


class WeekService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------------
    def week(self, event_id: int) -> Week:
        with self._ctx.read() as s:
            return read_week(s, event_id)

    def members(self, meeting_id: int) -> tuple[MemberRef, ...]:
        """Our members assigned to the meeting, in the delegation's order."""
        with self._ctx.read() as s:
            if s.get(Meeting, meeting_id) is None:
                raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
            return tuple(
                MemberRef(p.id, _name(p), p.role.label)
                for p in _people(s, [meeting_id]).get(meeting_id, [])
            )

    # -- writing ----------------------------------------------------------------------
    def set_members(self, meeting_id: int, person_ids: Iterable[int]) -> tuple[MemberRef, ...]:
        """Assign exactly these of our members to the meeting (one transaction).

        Refused in words, with nothing changed, when a person is not one of our
        members or would be at another meeting at the same time."""
        wanted = list(dict.fromkeys(person_ids))
        with self._ctx.write() as s:
            meeting = locked(s, Meeting, meeting_id)
            if meeting is None:
                raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
            people = _our_people(s, wanted)
            _refuse_double_booking(s, meeting, people)
            s.execute(delete(MeetingMember).where(MeetingMember.meeting_id == meeting_id))
            s.add_all(MeetingMember(meeting_id=meeting_id, person_id=p.id) for p in people)
            s.flush()
            label = meeting.short_title or meeting.title
            names = ", ".join(_name(p) for p in people) or "nobody"
            self._ctx.audit(s, "edit", "meeting", meeting_id, f"our members at {label}: {names}")
            event_id = meeting.event_id
            refs = tuple(MemberRef(p.id, _name(p), p.role.label) for p in people)
            self._ctx.publish(
                Change(
                    ChangeKind.MEETINGS,
                    frozenset({meeting_id}),
                    meeting_id=meeting_id,
                    event_id=event_id,
                )
            )
        return refs


def _people(s: Session, meeting_ids: Sequence[int]) -> dict[int, list[Person]]:
    out: dict[int, list[Person]] = defaultdict(list)
    if not meeting_ids:
        return out
    rows = s.execute(
        select(MeetingMember.meeting_id, Person)
        .join(Person, Person.id == MeetingMember.person_id)
        .where(MeetingMember.meeting_id.in_(meeting_ids))
        .order_by(Person.ord, Person.full_name)
    )
    for meeting_id, person in rows:
        out[meeting_id].append(person)
    return out


def _members_by_meeting(s: Session, meeting_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    return {k: tuple(_name(p) for p in v) for k, v in _people(s, meeting_ids).items()}


def _our_people(s: Session, person_ids: Sequence[int]) -> list[Person]:
    if not person_ids:
        return []
    code = our_code(s)
    found = {
        p.id: (p, c)
        for p, c in s.execute(
            select(Person, Delegation.code)
            .join(Delegation, Person.delegation_id == Delegation.id)
            .where(Person.id.in_(person_ids))
        )
    }
    missing = [i for i in person_ids if i not in found]
    if missing:
        raise NotFoundError(
            "Person {missing} no longer exists. Nothing was changed.", missing=missing[0]
        )
    others = [p for p, c in found.values() if c != code]
    if others:
        raise ValidationError(
            "{others} is not a member of our delegation: only our members are "
            "assigned to meetings. Nothing was changed.",
            others=_name(others[0]),
        )
    people = [found[i][0] for i in person_ids]
    return sorted(people, key=lambda p: (p.ord, p.full_name))


def _refuse_double_booking(s: Session, meeting: Meeting, people: Sequence[Person]) -> None:
    clash = double_booking(s, meeting, people)
    if clash is not None:
        raise ValidationError(
            "{clash_text}: one person cannot be at two meetings at once. Nothing was changed.",
            clash_text=clash.text(),
        )


@dataclass(frozen=True)
class Clash:
    """One of ``people`` is at another meeting at a time ``meeting`` takes."""

    person_id: int
    person: str
    other: str  # the meeting they are at already
    day: date
    slot: str  # "14:00-16:00"

    def text(self) -> str:
        return f"{self.person} is already at {self.other} at that time ({self.day:%a %d %b}, {self.slot})"


def double_booking(s: Session, meeting: Meeting, people: Sequence[Person]) -> Clash | None:
    """The first of ``people`` who would be at two meetings at once by going to ``meeting``
    (the rule of the week window; an import of members applies it too)."""
    if not people:
        return None
    spans = meeting_spans(meeting, timetable_rows(s, meeting.id))
    if not spans:
        return None
    ids = [p.id for p in people]
    rows = s.execute(
        select(MeetingMember.person_id, Meeting)
        .join(Meeting, Meeting.id == MeetingMember.meeting_id)
        .where(MeetingMember.person_id.in_(ids), Meeting.id != meeting.id)
    ).all()
    by_id = {p.id: p for p in people}
    cache: dict[int, list[Span]] = {}
    for person_id, other in rows:
        if other.id not in cache:
            cache[other.id] = meeting_spans(other, timetable_rows(s, other.id))
        for mine in spans:
            for theirs in cache[other.id]:
                both = _overlap(mine, theirs)
                if both is None:
                    continue
                return Clash(
                    person_id,
                    _name(by_id[person_id]),
                    other.short_title or other.title,
                    mine[0],
                    slot_text(*both),
                )
    return None


def _build_week(
    s: Session, event: Event, meetings: list[Meeting], members: dict[int, tuple[str, ...]]
) -> Week:
    blocks: dict[date, list[WeekBlock]] = defaultdict(list)
    untimed: dict[date, list[WeekBlock]] = defaultdict(list)
    spans: dict[int, list[Span]] = {}
    undated: list[str] = []
    for m in meetings:
        label = m.short_title or m.title
        if m.date is None:
            undated.append(label)
            continue
        rows = timetable_rows(s, m.id)
        spans[m.id] = meeting_spans(m, rows)
        timed_days = {sp[0] for sp in spans[m.id]}
        for day in _days(m):
            if day not in timed_days:
                untimed[day].append(
                    WeekBlock(
                        day,
                        time.min,
                        time.min,
                        label,
                        m.id,
                        None,
                        m.title,
                        m.venue,
                        members.get(m.id, ()),
                        time_given=False,
                    )
                )
        for day, start, end, given in spans[m.id]:
            blocks[day].append(
                WeekBlock(
                    day,
                    start,
                    end,
                    label,
                    m.id,
                    None,
                    m.title,
                    m.venue,
                    members.get(m.id, ()),
                    time_given=given,
                )
            )
        for r in rows:
            if r.kind is None or r.day is None or r.start_time is None:
                continue
            until = r.end_time if r.end_time and r.end_time > r.start_time else None
            blocks[r.day].append(
                WeekBlock(
                    r.day,
                    r.start_time,
                    until or _plus_hour(r.start_time),
                    r.label,
                    m.id,
                    r.kind,
                    m.title,
                    entry_id=r.entry_id,
                    time_given=until is not None,
                )
            )
    days = set(blocks) | set(untimed)
    length = (event.end_date - event.start_date).days if event.start_date and event.end_date else -1
    if event.start_date and 0 <= length < MAX_DAYS:
        days |= {event.start_date + timedelta(days=k) for k in range(length + 1)}
    week_days = []
    overlaps: list[Overlap] = []
    for day in sorted(days):
        placed = _place(blocks[day])
        week_days.append(WeekDay(day, placed, tuple(untimed[day])))
        overlaps += _overlaps_of(day, [b for b in placed if b.kind is None])
    timed = [b for d in week_days for b in d.blocks]
    first = min((b.start.hour for b in timed), default=8)
    last = max((b.end.hour + (1 if b.end.minute else 0) for b in timed), default=18)
    return Week(
        event.id,
        event.short_title or event.title,
        tuple(week_days),
        tuple(undated),
        tuple(overlaps),
        min(first, 8),
        max(last, first + 1, 18) if last <= 24 else 24,
    )


def _place(day_blocks: list[WeekBlock]) -> tuple[WeekBlock, ...]:
    """Meetings in lanes (side by side when they overlap); each entry in its meeting's."""
    from dataclasses import replace

    meetings = [b for b in day_blocks if b.kind is None]
    lanes = _lanes(meetings)
    out: list[WeekBlock] = []
    for b in sorted(meetings, key=lambda b: (b.start, b.end, b.meeting_id)):
        lane, n = lanes[b.meeting_id]
        out.append(replace(b, lane=lane, lanes=n))
        for e in sorted(
            (x for x in day_blocks if x.kind is not None and x.meeting_id == b.meeting_id),
            key=lambda x: (x.start, x.end),
        ):
            out.append(replace(e, lane=lane, lanes=n))
    shown = {b.meeting_id for b in meetings}
    out += [b for b in day_blocks if b.kind is not None and b.meeting_id not in shown]
    return tuple(out)


def _overlaps_of(day: date, meetings: list[WeekBlock]) -> list[Overlap]:
    out = []
    for n, a in enumerate(meetings):
        for b in meetings[n + 1 :]:
            both = _overlap((day, a.start, a.end, True), (day, b.start, b.end, True))
            if both is None:
                continue
            shared = tuple(x for x in a.members if x in b.members)
            out.append(Overlap(day, a.label, b.label, both[0], both[1], shared))
    return out
