"""Plain frozen records the services hand out (no ORM objects ever leave a service)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from typing import Any

from ..domain.enums import (
    Audience,
    DelegationKind,
    MeetingFormat,
    MeetingKind,
    MemberRole,
    NoteKind,
    PositionStatus,
    Purpose,
    Stance,
)
from ..domain.locator import Locator


@dataclass(frozen=True)
class DelegationRec:
    id: int
    code: str
    name: str
    local_name: str
    aliases: str
    kind: DelegationKind
    is_ours: bool = False

    @property
    def display(self) -> str:
        if self.local_name and self.local_name != self.name:
            return f"{self.name} ({self.local_name})"
        return self.name


@dataclass(frozen=True)
class PersonRec:
    id: int
    delegation_id: int
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

    @property
    def display(self) -> str:
        name = f"{self.honorific} {self.full_name}".strip()
        return f"{name} ({self.local_name})" if self.local_name else name


@dataclass(frozen=True)
class EventRec:
    id: int
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
class MeetingRec:
    id: int
    event_id: int
    kind: MeetingKind
    title: str
    series: str = ""
    sequence_no: int | None = None
    partner_code: str = ""
    date: date | None = None
    end_date: dt.date | None = None
    short_title: str = ""
    start_time: time | None = None
    end_time: time | None = None
    venue: str = ""
    chair: str = ""
    format: MeetingFormat = MeetingFormat.PLENARY
    notes: str = ""
    item_count: int = 0
    timezone: str = ""  # the event's IANA zone: show notes' times in it

    @property
    def label(self) -> str:
        """The short title where there is one (lists), else the title."""
        return self.short_title or self.title

    @property
    def days(self) -> str:
        """'12 Jan 2026' or '12-13 Jan 2026' (or '' when undated)."""
        if self.date is None:
            return ""
        end = self.end_date
        if end is None or end == self.date:
            return f"{self.date:%d %b %Y}"
        if (end.year, end.month) == (self.date.year, self.date.month):
            return f"{self.date:%d}-{end:%d %b %Y}"
        return f"{self.date:%d %b} - {end:%d %b %Y}"


@dataclass(frozen=True)
class DocumentRef:
    symbol: str
    title: str = ""


@dataclass(frozen=True)
class AgendaItemRec:
    id: int
    meeting_id: int
    parent_id: int | None
    ord: int
    depth: int
    number: str
    number_fixed: bool
    title: str
    purpose: Purpose = Purpose.INFORMATION
    lead_code: str = ""
    lead_text: str = ""
    est_minutes: int | None = None
    description: str = ""
    documents: tuple[DocumentRef, ...] = ()
    tags: tuple[str, ...] = ()
    position_status: PositionStatus | None = None  # None: no position yet
    position_stance: Stance | None = None
    day: date | None = None  # the time slot as circulated (local time), if any
    start_time: time | None = None
    end_time: time | None = None

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()

    @property
    def slot(self) -> str:
        """ "09:00-09:15", "09:00" or ""."""
        if self.start_time is None:
            return ""
        return f"{self.start_time:%H:%M}" + (f"-{self.end_time:%H:%M}" if self.end_time else "")

    @property
    def lead(self) -> str:
        return self.lead_text or self.lead_code


@dataclass(frozen=True)
class MeetingNode:
    meeting: MeetingRec
    items: tuple[AgendaItemRec, ...] = ()  # depth-first, in agenda order


@dataclass(frozen=True)
class EventNode:
    event: EventRec
    meetings: tuple[MeetingNode, ...] = ()


@dataclass(frozen=True)
class NavigationTree:
    events: tuple[EventNode, ...] = ()


@dataclass(frozen=True)
class NoteRec:
    id: int
    meeting_id: int
    item_id: int | None
    taken_at: datetime
    speaker_delegation_id: int | None
    speaker_code: str
    speaker_person_id: int | None
    speaker_name: str
    kind: NoteKind
    text: str
    observed_stance: Stance | None
    version_no: int
    item_number: str = ""


@dataclass(frozen=True)
class NewNote:
    """A note to add: the values ``NoteService.add`` takes (``add(**note.arguments())``),
    which the outbox holds as they are for a team store whose server is away
    (``outbox_writes.note_add``). One list of them (review s31 D6): a test checks that
    they are ``add``'s parameters."""

    meeting_id: int
    text: str
    item_id: int | None = None
    speaker_delegation_id: int | None = None
    speaker_person_id: int | None = None
    kind: NoteKind = NoteKind.INTERVENTION
    observed_stance: Stance | None = None
    taken_at: datetime | None = None
    as_action: bool = False

    def arguments(self) -> dict[str, Any]:
        """``NoteService.add``'s keyword arguments."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def as_json(self) -> dict[str, Any]:
        return {
            **self.arguments(),
            "kind": self.kind.value,
            "observed_stance": self.observed_stance.value if self.observed_stance else None,
            "taken_at": self.taken_at.isoformat() if self.taken_at else None,
        }

    @classmethod
    def from_json(cls, a: Mapping[str, Any]) -> NewNote:
        return cls(
            int(a["meeting_id"]),
            str(a["text"]),
            item_id=a.get("item_id"),
            speaker_delegation_id=a.get("speaker_delegation_id"),
            speaker_person_id=a.get("speaker_person_id"),
            kind=NoteKind(a["kind"]),
            observed_stance=Stance(a["observed_stance"]) if a.get("observed_stance") else None,
            taken_at=datetime.fromisoformat(a["taken_at"]) if a.get("taken_at") else None,
            as_action=bool(a.get("as_action")),
        )


@dataclass(frozen=True)
class VersionRec:
    """One saved version of a position or a note (history lists)."""

    version_no: int
    saved_at: datetime
    saved_by: str = ""
    status: str = ""
    comment: str = ""


@dataclass(frozen=True)
class StoreSettings:
    our_delegation_code: str = ""
    default_classification: str = "RESTRICTED"
    classifications: tuple[str, ...] = ()
    title: str = ""
    # the lowest classification a pack or report for each audience may be marked
    audience_minimums: tuple[tuple[Audience, str], ...] = ()

    def minimum(self, audience: Audience) -> str:
        return dict(self.audience_minimums).get(audience, "")


@dataclass(frozen=True)
class StoreInfo:
    locator: Locator  # where the store is: a file, or a team store on a server
    title: str
    encrypted: bool
    revision: str | None
    engine: str  # "SQLite 3.46.1 (SQLCipher 4.6.1)", "PostgreSQL 15.18"
    size_bytes: int | None
    our_delegation: str
    counts: dict[str, int] = field(default_factory=dict)
    shared: bool = False  # several people write at once (a team store)


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    revision: str | None
    head: str
    problems: tuple[str, ...] = ()
    fixed: tuple[str, ...] = ()
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchHit:
    kind: str  # item, position, note, person, action, outcome, meeting, event
    ref_id: int
    meeting_id: int | None
    item_id: int | None
    title: str  # what the hit is ("3.1 Draft ADM 2026-2030", "Note by VN")
    context: str  # where it is ("6th ADGSOM")
    snippet: str  # plain text around the match
    spans: tuple[tuple[int, int], ...]  # highlighted ranges in ``snippet``
    score: float


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    hint: str = ""
    elapsed_ms: float = 0.0


@dataclass(frozen=True)
class TeamMemberRec:
    """A member of a team store: the person, their login role and their role in the team."""

    id: int
    person_id: int | None
    name: str
    login: str
    login_role: str
    role: str  # head, alternate, member, reader
    added_at: datetime
    removed_at: datetime | None
