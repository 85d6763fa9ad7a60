"""Records of the week at a glance: the event's meetings by day and hour, the
programme entries around them (breaks, bilaterals), our members at each, and the
meetings that overlap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from ..domain.enums import ProgrammeKind
from .programme_records import slot_text


@dataclass(frozen=True)
class WeekBlock:
    """A meeting on one of its days, or one of its programme entries."""

    day: date
    start: time
    end: time
    label: str  # "7th ADGSOM", "Coffee break"
    meeting_id: int
    kind: ProgrammeKind | None = None  # None: the meeting itself
    title: str = ""  # the meeting's full title
    venue: str = ""
    members: tuple[str, ...] = ()  # our members at the meeting
    lane: int = 0  # side by side with the meetings it overlaps
    lanes: int = 1
    entry_id: int | None = None
    time_given: bool = True  # False: taken from the agenda's slots, or a guess

    @property
    def slot(self) -> str:
        return slot_text(self.start, self.end)


@dataclass(frozen=True)
class WeekDay:
    day: date
    blocks: tuple[WeekBlock, ...] = ()  # meetings first, each followed by its entries
    untimed: tuple[WeekBlock, ...] = ()  # meetings of the day with no time at all

    @property
    def meetings(self) -> tuple[WeekBlock, ...]:
        return tuple(b for b in self.blocks if b.kind is None)


@dataclass(frozen=True)
class Overlap:
    """Two meetings at the same time on one day (said, never changed)."""

    day: date
    first: str
    second: str
    start: time
    end: time
    members: tuple[str, ...] = ()  # our members assigned to both

    @property
    def message(self) -> str:
        """On screen: "... overlap on Tue 19 Jan, 15:00-16:00."."""
        return self._said(f"{self.day:%a %d %b}")

    @property
    def written_out(self) -> str:
        """In print, the date written out: "... overlap on Tuesday 19 January, 15:00-16:00."."""
        from ..domain.timeutil import long_day

        return self._said(long_day(self.day, year=False))

    def _said(self, day: str) -> str:
        text = f"{self.first} and {self.second} overlap on {day}, {slot_text(self.start, self.end)}"
        if self.members:
            text += f": {', '.join(self.members)} cannot be at both"
        return text + "."


@dataclass(frozen=True)
class Week:
    event_id: int
    title: str
    days: tuple[WeekDay, ...] = ()
    undated: tuple[str, ...] = ()  # meetings without a day yet
    overlaps: tuple[Overlap, ...] = ()
    first_hour: int = 8
    last_hour: int = 18  # the grid runs from first_hour:00 to last_hour:00

    @property
    def empty(self) -> bool:
        return not any(d.blocks or d.untimed for d in self.days) and not self.undated


@dataclass(frozen=True)
class MemberRef:
    """One of our members, as the week shows them."""

    id: int
    name: str
    role: str = ""
