"""Demo content, part 1: the record types.

Pure data, no I/O.  The demo itself is in the sibling modules ``content_events``
(the two events and their meetings), ``content_people`` (delegation members and
counterparts), ``content_agenda`` (agendas), ``content_positions`` (our briefs) and
``content_room`` (stances, session notes, action items, outcomes).  Records refer to one another by key:
a meeting by its key ("som6"), an agenda item by (meeting key, item key), a
person by their key ("th_hod").

Times in the room are written as *local* wall-clock times (Hanoi and Bangkok
are both UTC+7 all year); the writer turns them into the naive UTC the store
keeps.  Every person in the demo is fictional.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from ..domain.enums import (
    ActionStatus,
    Authority,
    MeetingFormat,
    MeetingKind,
    MemberRole,
    NoteKind,
    OutcomeVerb,
    PositionStatus,
    Purpose,
    Stance,
)

UTC_OFFSET_HOURS = 7  # Asia/Ho_Chi_Minh and Asia/Bangkok: UTC+7, no daylight saving

OUR_CODE = "TH"
STORE_TITLE = "Demo: 6th ADGSOM and related meetings, Hanoi"

ItemRef = tuple[str, str]  # (meeting key, item key)


# -- record types ---------------------------------------------------------------


@dataclass(frozen=True)
class EventSpec:
    key: str
    title: str
    short_title: str
    city: str
    country: str
    host_code: str
    start_date: date
    end_date: date
    timezone: str
    steering_brief: str = ""
    logistics: str = ""


@dataclass(frozen=True)
class MeetingSpec:
    key: str
    event_key: str
    kind: MeetingKind
    title: str
    series: str
    sequence_no: int | None
    partner_code: str
    date: date
    start_time: time
    end_time: time
    venue: str
    chair: str
    format: MeetingFormat = MeetingFormat.PLENARY
    notes: str = ""
    short_title: str = ""
    end_date: dt.date | None = None


@dataclass(frozen=True)
class ItemSpec:
    key: str
    title: str
    purpose: Purpose = Purpose.INFORMATION
    lead_code: str = ""
    lead_text: str = ""
    minutes: int | None = None
    description: str = ""
    documents: tuple[tuple[str, str], ...] = ()  # (symbol, title)
    children: tuple[ItemSpec, ...] = ()
    source: ItemRef | None = None  # continuity: the earlier item this one follows on from


@dataclass(frozen=True)
class AgendaSpec:
    meeting_key: str
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class PersonSpec:
    key: str
    delegation_code: str
    full_name: str
    local_name: str = ""
    honorific: str = ""
    title: str = ""
    agency: str = ""
    role: MemberRole = MemberRole.MEMBER
    email: str = ""
    phone: str = ""
    bio: str = ""
    last_met: date | None = None
    last_met_where: str = ""
    last_said: str = ""


@dataclass(frozen=True)
class InterestSpec:
    person_key: str
    item: ItemRef
    note: str


@dataclass(frozen=True)
class TheirSpec:
    delegation_code: str
    their_objective: str
    our_response: str


@dataclass(frozen=True)
class PositionText:
    """The sections of one brief (PositionContent without the owner)."""

    objective: str
    stance: Stance
    opening: str
    fallbacks: tuple[str, ...]
    red_line: str
    authority: Authority
    points: tuple[str, ...]
    tactical: str
    their: tuple[TheirSpec, ...]
    defensive: tuple[tuple[str, str], ...]  # (question, answer)
    press_line: str
    background_releasable: str
    background_nfd: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Revision:
    """An earlier saved version: the final text with some sections as they then stood."""

    saved_by: str
    saved_at: datetime  # UTC
    changes: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class PositionSpec:
    item: ItemRef
    owner_key: str
    text: PositionText
    saved_by: str  # login of whoever saved the current version
    saved_at: datetime  # UTC
    status: PositionStatus = PositionStatus.DRAFT
    earlier: tuple[Revision, ...] = ()  # oldest first
    approved_by_key: str = ""
    approved_at: datetime | None = None  # UTC
    delivered: tuple[tuple[int, datetime], ...] = ()  # (point index, local time) ticked


@dataclass(frozen=True)
class StanceSpec:
    item: ItemRef
    delegation_code: str
    expected: Stance
    expected_note: str = ""
    observed: Stance = Stance.UNKNOWN
    observed_note: str = ""
    observed_at: datetime | None = None  # local


@dataclass(frozen=True)
class NoteSpec:
    meeting_key: str
    item_key: str | None
    at: datetime  # local
    speaker_code: str
    kind: NoteKind
    text: str
    person_key: str = ""
    observed: Stance | None = None


@dataclass(frozen=True)
class ActionSpec:
    text: str
    meeting_key: str
    item_key: str | None
    owner_code: str
    owner_person_key: str = ""
    owner_agency: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    closed_on: date | None = None


@dataclass(frozen=True)
class OutcomeSpec:
    meeting_key: str
    item_key: str
    verb: OutcomeVerb
    text: str
    at: datetime  # local


@dataclass(frozen=True)
class SpeakingSpec:
    meeting_key: str
    item_key: str
    start: datetime  # local
    seconds: int
