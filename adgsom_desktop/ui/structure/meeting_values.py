"""A meeting's values as the meeting dialog edits them, and what the dialog says about them:
the number proposed for its series, the warnings (shown, never refused) and the problems
(refused). No Qt here: ``tr`` is the dialog's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields

from ...domain.enums import MeetingKind
from ...domain.meeting_naming import next_number, ordinal
from ...services.programme_records import ProgrammeEntryValues
from ...services.records import EventRec, MeetingRec
from ...services.structure_fields import MeetingFields

Tr = Callable[[str], str]

PARTNER_KINDS = (MeetingKind.DIALOGUE_PARTNER, MeetingKind.JWG, MeetingKind.GOVERNING_COUNCIL)


@dataclass(frozen=True)
class MeetingValues(MeetingFields):
    """What the dialog edits: the meeting's fields (``put_meeting`` saves them) and its
    programme (breaks, lunch, photo), saved with it; None: not shown."""

    programme: tuple[ProgrammeEntryValues, ...] | None = None

    @classmethod
    def of(  # type: ignore[override]
        cls, m: MeetingRec, programme: tuple[ProgrammeEntryValues, ...] | None = None
    ) -> MeetingValues:
        names = [f.name for f in fields(MeetingFields)]
        return cls(**{k: getattr(m, k) for k in names}, programme=programme)

    def meeting(self) -> MeetingFields:
        """The fields ``EventService.put_meeting`` saves (the programme apart)."""
        return MeetingFields(**{f.name: getattr(self, f.name) for f in fields(MeetingFields)})


def event_label(e: EventRec) -> str:
    when = ""
    if e.start_date:
        end = e.end_date or e.start_date
        when = (
            f"{e.start_date:%d %b %Y}"
            if end == e.start_date
            else f"{e.start_date:%d %b} - {end:%d %b %Y}"
        )
    return " · ".join(x for x in (e.title, when, e.city) if x)


def hours(m: MeetingRec) -> str:
    if m.start_time is None:
        return ""
    return f"{m.start_time:%H:%M}" + (f"-{m.end_time:%H:%M}" if m.end_time else "")


def suggested_number(
    series: str, event: EventRec | None, day: dt.date | None, others: list[MeetingRec]
) -> int | None:
    """The number of the same series in this event (day 2 of a meeting, say), else the
    previous meeting of the series plus one."""
    twin = next(
        (
            m.sequence_no
            for m in others
            if event is not None
            and m.event_id == event.id
            and m.sequence_no
            and m.series.casefold() == series.casefold()
        ),
        None,
    )
    if twin is not None:
        return twin
    on = event.start_date if event and event.start_date else day
    return next_number(series, [(m.series, m.sequence_no, m.date) for m in others], on)


def meeting_warnings(
    v: MeetingValues, event: EventRec | None, others: list[MeetingRec], tr: Tr
) -> list[str]:
    """What looks wrong but may be right: a day outside the event, a number already taken
    in the series, an overlap with another meeting of the event."""
    out: list[str] = []
    if event and v.date and event.start_date:
        last = event.end_date or event.start_date
        if not event.start_date <= v.date <= last or (v.end_date and v.end_date > last):
            out.append(tr("The day is outside the event (%s).") % event_label(event))
    series = v.series.casefold()
    if v.sequence_no and series:
        twin = next(
            (m for m in others if m.series.casefold() == series and m.sequence_no == v.sequence_no),
            None,
        )
        if twin is not None:
            out.append(
                tr("The %s %s is already in the store: “%s” (%s).")
                % (ordinal(v.sequence_no), v.series, twin.title, twin.days or "undated")
            )
    if v.date and v.start_time:
        # Hours are known for the first day (a second day's hours are often in the notes).
        begin, finish = v.start_time, v.end_time or v.start_time
        for m in others:
            if m.event_id != v.event_id or m.date != v.date or not m.start_time:
                continue
            if (begin < (m.end_time or m.start_time) and m.start_time < finish) or (
                begin == m.start_time
            ):
                out.append(tr("It overlaps “%s” (%s %s).") % (m.label, m.days, hours(m)))
    return out


def meeting_problem(
    v: MeetingValues, event_ids: set[int], programme_problem: str, tr: Tr
) -> tuple[str, str] | None:
    """What the dialog refuses, and the field it names."""
    if programme_problem:
        return programme_problem, "programme"
    if v.event_id not in event_ids:
        return tr("Create an event first: a meeting belongs to an event."), "event"
    if v.kind is MeetingKind.DIALOGUE_PARTNER and not v.partner_code:
        return tr("Choose the dialogue partner of this meeting."), "partner"
    if not v.title:
        return tr("Give the meeting a title, e.g. “7th ADGSOM”."), "title"
    if v.end_date and v.date and v.end_date < v.date:
        return tr("The meeting cannot end before it starts."), "end_date"
    if v.end_time and not v.start_time:
        return tr("Give the start time as well as the end time."), "start_time"
    if (
        v.start_time
        and v.end_time
        and v.end_time <= v.start_time
        and not (v.end_date and v.date and v.end_date > v.date)
    ):
        return tr("The meeting cannot end before it starts."), "end_time"
    return None
