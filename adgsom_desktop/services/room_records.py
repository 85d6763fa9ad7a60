"""Records of what happens in the room: notes pages, action items, outcomes, speaking time.

Plain frozen dataclasses (no SQLAlchemy import: the GUI loads them before the
first paint).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from ..domain.enums import ActionStatus, MinistersAction, NoteKind, OutcomeVerb, Stance
from .records import NoteRec

# -- notes ----------------------------------------------------------------------------


class NoteSort(StrEnum):
    """The order of a notes list; ties keep time order."""

    TIME = "time"
    SPEAKER = "speaker"  # by delegation code
    KIND = "kind"
    STANCE = "stance"  # notes without an observed stance first


@dataclass(frozen=True)
class NoteFilter:
    """Which notes of a meeting to list (every field optional), and in which order."""

    meeting_id: int
    item_id: int | None = None
    speaker_delegation_id: int | None = None
    kind: NoteKind | None = None
    sort: NoteSort = NoteSort.TIME
    descending: bool = False


@dataclass(frozen=True)
class NoteCursor:
    """Where a page ends (keyset paging: stable while notes are added)."""

    taken_at: datetime
    note_id: int
    key: str = ""  # the sort key of that row (orders other than time)


@dataclass(frozen=True)
class NotePage:
    rows: tuple[NoteRec, ...]
    total: int | None  # notes matching the filter (all pages); None on the later pages
    next: NoteCursor | None  # None: this was the last page


# -- action items ----------------------------------------------------------------------


@dataclass(frozen=True)
class ActionRec:
    id: int
    text: str
    status: ActionStatus
    due_date: date | None
    owner_person_id: int | None
    owner_person: str  # the person's display name ("" if none)
    owner_delegation_id: int | None
    owner_code: str  # "TH", "ASEC"
    owner_agency: str
    meeting_id: int | None
    meeting_label: str  # the meeting where it was raised ("5th ADGSOM")
    meeting_date: date | None
    item_id: int | None
    item_number: str
    item_title: str
    note_id: int | None
    created_at: datetime
    closed_at: datetime | None = None
    carried_over: bool = False  # shown at a later meeting of the series
    overdue: bool = False

    @property
    def is_open(self) -> bool:
        return self.status.is_open

    @property
    def owner(self) -> str:
        """ "TH · Ms Nok (ETDA)": delegation, person and agency, as far as known."""
        head = " · ".join(x for x in (self.owner_code, self.owner_person) if x)
        if self.owner_agency and self.owner_agency not in head:
            return f"{head} ({self.owner_agency})" if head else self.owner_agency
        return head


@dataclass(frozen=True)
class ActionFilter:
    """Filters of the action list; every field optional (None: any)."""

    open_only: bool = False
    overdue_only: bool = False
    owner_delegation_id: int | None = None
    owner_person_id: int | None = None
    owner_text: str = ""  # part of the agency or the person's name
    meeting_id: int | None = None  # raised at, or carried over to, this meeting
    event_id: int | None = None
    item_id: int | None = None
    today: date | None = None  # for "overdue" (default: today)


@dataclass(frozen=True)
class OwnerChoice:
    """Someone who owns action items (for the owner filter)."""

    delegation_id: int | None
    person_id: int | None
    label: str
    count: int


# -- outcomes ------------------------------------------------------------------------


@dataclass(frozen=True)
class OutcomeRec:
    id: int
    item_id: int
    item_number: str
    item_title: str
    meeting_id: int
    verb: OutcomeVerb
    text: str
    ord: int
    recorded_at: datetime
    note_id: int | None = None
    # For the Ministers' consideration: what they do with it, and on which of their items.
    for_ministers: bool = False
    ministers_action: MinistersAction | None = None
    ministers_text: str = ""
    ministers_item_id: int | None = None

    @property
    def for_ministers_text(self) -> str:
        """'Adopt the ASEAN Digital Masterplan 2026-2030' (as the Ministers take it)."""
        if not self.for_ministers or self.ministers_action is None:
            return ""
        return f"{self.ministers_action.label} {self.ministers_text}".strip()


# -- live mode -------------------------------------------------------------------------


@dataclass(frozen=True)
class LivePoint:
    """One of our points to make on an item, with its delivered tick."""

    id: int
    ord: int
    text: str
    delivered_at: datetime | None = None

    @property
    def delivered(self) -> bool:
        return self.delivered_at is not None


@dataclass(frozen=True)
class ObservedStance:
    delegation_id: int
    code: str
    expected: Stance
    observed: Stance
    note: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class SpeakingRec:
    id: int
    meeting_id: int
    item_id: int | None
    started_at: datetime
    ended_at: datetime | None

    def seconds(self, now: datetime) -> float:
        end = self.ended_at or now
        return max(0.0, (end - self.started_at).total_seconds())


@dataclass(frozen=True)
class SpeakingTotals:
    """Our speaking time at a meeting, up to ``now`` (a running interval included)."""

    meeting_id: int
    now: datetime
    per_item: dict[int | None, float] = field(default_factory=dict)  # seconds
    running: SpeakingRec | None = None
    interventions: int = 0
    # Every delegation's time on the floor from the list of speakers (code -> seconds).
    per_delegation: dict[str, float] = field(default_factory=dict)

    @property
    def meeting_seconds(self) -> float:
        return sum(self.per_item.values())

    def item_seconds(self, item_id: int | None) -> float:
        return self.per_item.get(item_id, 0.0)


def format_duration(seconds: float) -> str:
    """ "0:45", "3:05", "1:02:09"."""
    total = int(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
