"""Records of a meeting's programme: its entries and the timetable of a meeting
(programme entries and timed agenda items together, in time order)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from ..domain.enums import ProgrammeKind


def slot_text(start: time | None, end: time | None) -> str:
    """ "09:00-09:15", "09:00" or ""."""
    if start is None:
        return ""
    return f"{start:%H:%M}" + (f"-{end:%H:%M}" if end else "")


@dataclass(frozen=True)
class ProgrammeEntryValues:
    """What the user (or an import) gives for one programme entry."""

    label: str
    kind: ProgrammeKind = ProgrammeKind.OTHER
    start_time: time | None = None
    end_time: time | None = None
    day: date | None = None  # None: the meeting's first day


@dataclass(frozen=True)
class ProgrammeEntryRec:
    id: int
    meeting_id: int
    label: str
    kind: ProgrammeKind
    start_time: time | None = None
    end_time: time | None = None
    day: date | None = None
    ord: int = 0

    @property
    def slot(self) -> str:
        return slot_text(self.start_time, self.end_time)

    @property
    def values(self) -> ProgrammeEntryValues:
        return ProgrammeEntryValues(self.label, self.kind, self.start_time, self.end_time, self.day)


@dataclass(frozen=True)
class TimetableRow:
    """One line of a meeting's timetable: an agenda item with a time slot, or a
    programme entry.  ``day`` is filled in (the meeting's first day when not given)."""

    day: date | None
    start_time: time | None
    end_time: time | None
    label: str
    kind: ProgrammeKind | None  # None: an agenda item
    number: str = ""  # the item's number
    item_id: int | None = None
    entry_id: int | None = None
    depth: int = 0

    @property
    def slot(self) -> str:
        return slot_text(self.start_time, self.end_time)
