"""What a bulk import carries: plain records linked by the bundle's own keys.

A bundle is a self-contained set of events with their meetings, agenda items,
positions, stances, notes, action items and outcomes.  Records refer to each
other by *keys* chosen by whoever built the bundle (any integers, unique per
kind), never by database ids: the import assigns fresh ids, so a bundle can be
loaded into a store that already holds data.  Delegations are named by code
("VN", "ASEC"), as in the reference data every store starts with.

No SQLAlchemy here: the GUI may import these records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..domain.enums import (
    ActionStatus,
    MeetingFormat,
    MeetingKind,
    NoteKind,
    OutcomeVerb,
    PositionStatus,
    Purpose,
    Stance,
)
from .position_records import PositionContent


@dataclass(frozen=True)
class EventIn:
    key: int
    title: str
    short_title: str = ""
    city: str = ""
    country: str = ""
    host_code: str = ""
    start_date: date | None = None
    end_date: date | None = None
    timezone: str = ""
    steering_brief: str = ""
    logistics: str = ""


@dataclass(frozen=True)
class MeetingIn:
    key: int
    event_key: int
    kind: MeetingKind
    title: str
    short_title: str = ""
    series: str = ""
    sequence_no: int | None = None
    partner_code: str = ""
    date: date | None = None
    end_date: dt.date | None = None
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    chair: str = ""
    format: MeetingFormat = MeetingFormat.PLENARY
    ord: int = 0
    notes: str = ""


@dataclass(frozen=True)
class ItemIn:
    """An agenda item; its number ("3.1.a") is computed from the structure."""

    key: int
    meeting_key: int
    title: str
    parent_key: int | None = None
    ord: int = 0
    purpose: Purpose = Purpose.INFORMATION
    lead_code: str = ""
    lead_text: str = ""
    est_minutes: int | None = None
    description: str = ""
    tags: tuple[str, ...] = ()  # ADM Desired Outcomes ("DO3")


@dataclass(frozen=True)
class PositionIn:
    """Our position on an item, saved as its first version."""

    item_key: int
    content: PositionContent
    status: PositionStatus = PositionStatus.DRAFT
    saved_by: str = ""
    saved_at: datetime | None = None


@dataclass(frozen=True)
class StanceIn:
    item_key: int
    delegation_code: str
    expected: Stance = Stance.UNKNOWN
    expected_note: str = ""
    observed: Stance = Stance.UNKNOWN
    observed_note: str = ""
    observed_at: datetime | None = None


@dataclass(frozen=True)
class NoteIn:
    key: int
    meeting_key: int
    text: str
    taken_at: datetime
    item_key: int | None = None
    speaker_code: str = ""
    kind: NoteKind = NoteKind.INTERVENTION
    observed_stance: Stance | None = None


@dataclass(frozen=True)
class ActionIn:
    text: str
    owner_code: str = ""
    owner_agency: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    meeting_key: int | None = None
    item_key: int | None = None
    note_key: int | None = None


@dataclass(frozen=True)
class OutcomeIn:
    item_key: int
    verb: OutcomeVerb
    text: str
    ord: int = 0
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class ImportBundle:
    events: tuple[EventIn, ...] = ()
    meetings: tuple[MeetingIn, ...] = ()
    items: tuple[ItemIn, ...] = ()
    positions: tuple[PositionIn, ...] = ()
    stances: tuple[StanceIn, ...] = ()
    notes: tuple[NoteIn, ...] = ()
    actions: tuple[ActionIn, ...] = ()
    outcomes: tuple[OutcomeIn, ...] = ()

    def counts(self) -> dict[str, int]:
        return {
            "events": len(self.events),
            "meetings": len(self.meetings),
            "agenda items": len(self.items),
            "positions": len(self.positions),
            "stances": len(self.stances),
            "notes": len(self.notes),
            "action items": len(self.actions),
            "outcomes": len(self.outcomes),
        }


@dataclass(frozen=True)
class ImportReport:
    counts: dict[str, int] = field(default_factory=dict)
    backup: Path | None = None  # the copy of the store made before the import
    event_ids: tuple[int, ...] = ()  # ids the imported events received
