"""What the tracker's pages print (plain values; gathered by ``services/project_report``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Bar:
    """One project on the timeline: its span and its milestones (day, title, met)."""

    code: str
    title: str
    status: str  # ProjectStatus value
    start: date | None
    end: date | None
    milestones: tuple[tuple[date, str, bool], ...] = ()


@dataclass(frozen=True)
class ProjectLine:
    code: str
    title: str
    partner: str
    leads: str
    funding: str  # "USD 1,250,000"
    dates: str  # "2024-04 to 2027-03"
    status: str  # label
    involvement: str  # label
    outcomes: str
    last_review: str  # "6th ASEAN-Japan JWG: extension to 2027 agreed"


@dataclass(frozen=True)
class Proposal:
    """A proposal for the next phase, with our position (JWG, Governing Council)."""

    code: str
    title: str
    partner: str
    proposal: str
    stance: str  # label, "" when none yet
    position: str = ""  # emptied for an audience that may not read it


@dataclass(frozen=True)
class CoverageTable:
    framework: str  # "ASEAN Digital Masterplan 2026-2030"
    outcomes: tuple[tuple[str, str], ...]  # (code, title)
    partners: tuple[str, ...]  # codes
    counts: tuple[tuple[int, ...], ...]  # per outcome, per partner
    totals: tuple[int, ...]  # per outcome (distinct projects)


@dataclass(frozen=True)
class DueLine:
    due: date
    code: str
    what: str
    overdue: bool


@dataclass(frozen=True)
class PartnerSection:
    """ "Cooperation with <partner>: status of projects" (a pack's partner meeting)."""

    partner: str  # "Japan"
    projects: tuple[ProjectLine, ...]
    bars: tuple[Bar, ...]
    today: date


@dataclass(frozen=True)
class TrackerReport:
    title: str
    our_delegation: str
    prepared_on: str
    prepared_by: str
    today: date
    summary: tuple[tuple[str, str], ...]  # facts: ("Projects", "40"), ...
    coverage: tuple[CoverageTable, ...]
    partners: tuple[PartnerSection, ...]
    due: tuple[DueLine, ...]
    due_until: str  # "before the 7th ADGSOM (2026-06-01)"
    proposals: tuple[Proposal, ...]


@dataclass(frozen=True)
class CooperationBlock:
    """What a pack prints for one meeting with a partner: the status of the partner's
    projects (ADGSOM+partner), or the proposals for the next phase (JWG, Governing Council)."""

    meeting_id: int
    meeting_label: str
    status: PartnerSection | None = None  # None: not this kind of meeting, or not for
    proposals: tuple[Proposal, ...] | None = None  # the pack's audience
    partner: str = ""
