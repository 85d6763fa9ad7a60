"""Records of the cooperation tracker (no SQLAlchemy): frameworks, projects, reviews."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..domain.enums import (
    AdmTagKind,
    FrameworkKind,
    Involvement,
    MilestoneKind,
    ProjectStatus,
    Stance,
)


@dataclass(frozen=True)
class FrameworkRec:
    id: int
    code: str
    title: str
    kind: FrameworkKind
    parent_id: int | None
    start_year: int | None
    end_year: int | None
    notes: str = ""


@dataclass(frozen=True)
class ElementRec:
    """An outcome, action or activity of a framework."""

    id: int
    framework_id: int
    framework_code: str
    code: str
    kind: AdmTagKind
    parent_id: int | None
    title: str

    @property
    def label(self) -> str:
        return f"{self.framework_code} {self.code}"


@dataclass(frozen=True)
class MilestoneIn:
    title: str
    due_date: date | None = None
    done_date: date | None = None
    kind: MilestoneKind = MilestoneKind.MILESTONE


@dataclass(frozen=True)
class FocalPointIn:
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DocumentIn:
    symbol: str = ""
    title: str = ""
    doc_date: date | None = None


@dataclass(frozen=True)
class ProjectFields:
    """What a user edits on a project (the dialog's value, the import's row)."""

    code: str
    title: str
    partner_code: str = ""  # a dialogue partner or body ("JP", "ITU"); "" for none
    funder: str = ""
    amount: str = ""
    currency: str = ""
    implementing_body: str = ""
    start_date: date | None = None
    end_date: date | None = None
    phase: str = ""
    status: ProjectStatus = ProjectStatus.PROPOSED
    involvement: Involvement = Involvement.NONE
    leads: tuple[str, ...] = ()  # Member State codes
    outcomes: tuple[str, ...] = ()  # tags: "ADM2030 O3", "DO3"
    description: str = ""
    remarks: str = ""
    next_phase: str = ""
    our_stance: Stance | None = None
    our_position: str = ""
    milestones: tuple[MilestoneIn, ...] = ()
    focal_points: tuple[FocalPointIn, ...] = ()
    documents: tuple[DocumentIn, ...] = ()


@dataclass(frozen=True)
class ProgressIn:
    """A review of the project at a meeting: what was reported and what was decided."""

    meeting_id: int | None = None
    meeting_label: str = ""  # when the meeting is not in the store
    review_date: date | None = None
    status: ProjectStatus | None = None
    progress: str = ""
    decision: str = ""


@dataclass(frozen=True)
class ProgressRec:
    id: int
    project_id: int
    meeting_id: int | None
    meeting_label: str  # the meeting's short title when it is in the store
    review_date: date | None
    status: ProjectStatus | None
    progress: str
    decision: str


@dataclass(frozen=True)
class MilestoneRec:
    id: int
    kind: MilestoneKind
    title: str
    due_date: date | None
    done_date: date | None


class ProjectRow(NamedTuple):
    """One line of the project table: immutable like every record, but a NamedTuple, since
    the table reads thousands at once (a frozen dataclass costs 3x as much to build)."""

    id: int
    code: str
    title: str
    partner_code: str
    partner_name: str
    funder: str
    amount: str
    currency: str
    start_date: date | None
    end_date: date | None
    phase: str
    status: ProjectStatus
    involvement: Involvement
    implementing_body: str
    leads: tuple[str, ...]
    outcomes: tuple[str, ...]
    reviews: int
    last_review: date | None
    last_decision: str
    next_due: date | None  # the earliest open milestone


@dataclass(frozen=True)
class ProjectRec:
    """A project with everything it holds (the dialog, the reports)."""

    row: ProjectRow
    fields: ProjectFields
    milestones: tuple[MilestoneRec, ...]
    progress: tuple[ProgressRec, ...]
    items: tuple[tuple[int, str], ...] = ()  # linked agenda items: (id, "6th ADGSOM 4.2 ...")

    @property
    def id(self) -> int:
        return self.row.id


@dataclass(frozen=True)
class ProjectFilter:
    partner: str = ""  # partner code
    status: frozenset[ProjectStatus] = frozenset()
    outcome: str = ""  # a tag label: the project maps to it (or to an action under it)
    involvement: Involvement | None = None
    due_before: date | None = None  # an open milestone or the end falls before this day
    text: str = ""


@dataclass(frozen=True)
class CoverageCell:
    count: int
    project_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Coverage:
    """Outcomes of a framework × partners: how many projects serve each pair."""

    framework: FrameworkRec
    outcomes: tuple[ElementRec, ...]
    partners: tuple[tuple[str, str], ...]  # (code, name)
    cells: dict[tuple[int, str], CoverageCell] = field(default_factory=dict)

    def cell(self, outcome_id: int, partner: str) -> CoverageCell:
        return self.cells.get((outcome_id, partner), CoverageCell(0))

    def total(self, outcome_id: int) -> int:
        ids: set[int] = set()
        for (oid, _p), c in self.cells.items():
            if oid == outcome_id:
                ids.update(c.project_ids)
        return len(ids)

    @property
    def gaps(self) -> tuple[ElementRec, ...]:
        """Outcomes no project serves, with any partner."""
        return tuple(o for o in self.outcomes if self.total(o.id) == 0)


@dataclass(frozen=True)
class DueEntry:
    project_id: int
    code: str
    title: str
    partner_code: str
    what: str  # the milestone's title, or "Project ends"
    due: date
    overdue: bool


@dataclass(frozen=True)
class DueList:
    today: date
    next_meeting_id: int | None
    next_meeting_label: str
    until: date
    entries: tuple[DueEntry, ...]


@dataclass(frozen=True)
class TimelineRow:
    id: int
    code: str
    title: str
    partner_code: str
    status: ProjectStatus
    start_date: date | None
    end_date: date | None
    milestones: tuple[MilestoneRec, ...]
