"""Plain data the PDF builders print: what a pack, a report or a register holds.

The services fill these from the store (read-only); the builders never see
the ORM.  Long text fields hold the portable markup of ``domain/markup.py``.
Nothing here imports SQLAlchemy or reportlab (the GUI imports these records).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..domain.enums import Audience
from ..i18n.printing import QT_TRANSLATE_NOOP, translate
from .tracker_model import CooperationBlock


class Section(StrEnum):
    """The parts of a pack the user can choose (in print order)."""

    COVER = "cover"
    DISTRIBUTION = "distribution"  # who holds which copy
    CONTENTS = "contents"
    STEERING = "steering"
    PROGRAMME = "programme"
    AGENDA = "agenda"
    COOPERATION = "cooperation"
    BRIEFS = "briefs"
    TEXTS = "texts"  # negotiated texts: the compilation of our amendments
    STANCE_MAP = "stance_map"
    ACTIONS = "actions"
    PERSONALITIES = "personalities"
    ANNEXES = "annexes"
    RECEIPT = "receipt"  # the return/destruction receipt, the last page

    @property
    def label(self) -> str:
        return SECTION_LABELS[self]


SECTION_LABELS = {
    Section.COVER: "Cover page",
    Section.DISTRIBUTION: "Distribution list",
    Section.CONTENTS: "Contents",
    Section.STEERING: "Steering brief",
    Section.PROGRAMME: "Programme and logistics",
    Section.AGENDA: "Agenda of each meeting",
    Section.COOPERATION: "Cooperation with partners",
    Section.BRIEFS: "Item briefs",
    Section.TEXTS: "Negotiated texts: our amendments",
    Section.STANCE_MAP: "Stance map",
    Section.ACTIONS: "Open action items",
    Section.PERSONALITIES: "Personality notes",
    Section.ANNEXES: "List of annexes",
    Section.RECEIPT: "Return receipt",
}

ALL_SECTIONS: tuple[Section, ...] = tuple(Section)


# the stance map's key (translated when printed)
STANCE_LEGEND = QT_TRANSLATE_NOOP(
    "Pack",
    "S support - S+A support with amendments - N neutral - R reserve - O oppose - "
    "? not known. The stance observed in the room is shown where recorded; "
    "otherwise the expected stance, in brackets.",
)


@dataclass(frozen=True)
class CopyMark:
    """One personalised copy: "Copy K of N - issued to NAME"."""

    copy_no: int
    copies_total: int
    recipient: str = ""

    @property
    def text(self) -> str:
        base = (
            translate("Pack", "Copy %1 of %2")
            .replace("%1", str(self.copy_no))
            .replace("%2", str(self.copies_total))
        )
        if not self.recipient:
            return base
        return (
            translate("Pack", "%1 - issued to %2").replace("%1", base).replace("%2", self.recipient)
        )


@dataclass(frozen=True)
class Marking:
    """What goes on every page: classification, reference, copy, watermark."""

    classification: str
    reference: str = ""
    copy: CopyMark | None = None
    watermark: str = ""  # diagonal text (the recipient's name), "" for none
    footer_title: str = ""  # short title in the footer


@dataclass(frozen=True)
class DocumentMeta:
    """What a PDF says about itself (info dictionary, XMP): framing only, never content."""

    title: str  # "TH/2026/BP-001 - Brief for the Head of Delegation - Head of delegation"
    author: str  # the issuer (a member of our delegation), else our delegation
    subject: str = ""  # the event
    classification: str = ""
    reference: str = ""
    audience: str = ""  # the audience's label
    language: str = "en"


@dataclass(frozen=True)
class AgendaLine:
    item_id: int
    number: str
    title: str
    depth: int = 0
    purpose: str = ""
    lead: str = ""
    est_minutes: int | None = None
    has_brief: bool = False  # a brief for it is in this pack


@dataclass(frozen=True)
class TimetableLine:
    """One timed line of a meeting's programme: an agenda item or a break, lunch, photo."""

    day: str  # "Mon 18 Jan"
    slot: str  # "09:00-09:15"
    label: str
    kind: str = ""  # "" for an agenda item, else the programme kind ("Break", "Meal")
    number: str = ""  # the item's number


@dataclass(frozen=True)
class WeekLine:
    """One line of a day on the week page: a meeting (with our members) or an entry."""

    slot: str  # "09:00-12:00" ("" for a day without times)
    label: str
    kind: str = ""  # "" for a meeting, else the programme kind ("Break", "Bilaterals")
    members: str = ""  # our members at the meeting
    overlaps: bool = False  # at the same time as another meeting


@dataclass(frozen=True)
class WeekColumn:
    day: str  # "Mon 18 Jan"
    lines: tuple[WeekLine, ...] = ()


@dataclass(frozen=True)
class MeetingBlock:
    id: int
    title: str
    label: str  # short title ("6th ADGSOM")
    kind: str = ""
    days: str = ""
    times: str = ""
    venue: str = ""
    chair: str = ""
    format: str = ""
    notes: str = ""
    agenda: tuple[AgendaLine, ...] = ()
    timetable: tuple[TimetableLine, ...] = ()  # the programme page's lines


@dataclass(frozen=True)
class Document:
    symbol: str
    title: str = ""


@dataclass(frozen=True)
class Objective:
    """Their objective and our response."""

    delegation: str
    theirs: str
    ours: str = ""


@dataclass(frozen=True)
class QA:
    question: str
    answer: str = ""


@dataclass(frozen=True)
class ClearanceLine:
    """One step of a brief's clearance: who prepared, cleared or approved it, and when."""

    step: str  # "Prepared by", "Sent for review by", "Approved by"
    who: str = ""  # "" when the step has not happened
    when: str = ""  # "12 January 2026"
    note: str = ""  # "version 4"


@dataclass(frozen=True)
class PositionBlock:
    objective: str = ""
    stance: str = ""
    opening: str = ""
    fallbacks: tuple[str, ...] = ()
    red_line: str = ""
    authority: str = ""
    points: tuple[str, ...] = ()
    tactical: str = ""
    their_objectives: tuple[Objective, ...] = ()
    defensive_lines: tuple[QA, ...] = ()
    press_line: str = ""
    background_releasable: str = ""
    background_nfd: str = ""  # "" unless the audience may read it (the head of delegation)
    status: str = ""
    approved: str = ""  # "approved by X on D (v3)"
    version_no: int = 0
    clearance: tuple[ClearanceLine, ...] = ()  # prepared, cleared, approved (with dates)


@dataclass(frozen=True)
class StanceLine:
    delegation: str  # "VN - Viet Nam"
    code: str
    expected: str = ""
    expected_note: str = ""
    observed: str = ""
    observed_note: str = ""


@dataclass(frozen=True)
class Counterpart:
    name: str
    delegation: str
    title: str = ""
    note: str = ""  # why they care about this item


@dataclass(frozen=True)
class PastNote:
    when: str
    meeting: str
    speaker: str
    kind: str
    text: str
    stance: str = ""


@dataclass(frozen=True)
class PastOutcome:
    meeting: str
    verb: str
    text: str


@dataclass(frozen=True)
class BuildsOn:
    """A SOM outcome an item of the Ministers' agenda builds on."""

    decision: str  # as the Ministers take it: "Adopt the ASEAN Digital Masterplan 2026-2030"
    source: str  # "6th ADGSOM, item 3.2.a"
    som_outcome: str  # the SOM's own words


@dataclass(frozen=True)
class CompilationLine:
    """One of our amendments in the compilation table."""

    label: str  # the paragraph ("OP4", "new after OP6")
    current: str
    proposal: tuple[tuple[str, str], ...]  # (kind, text): "same", "added", "removed"
    state: str  # "To table", "Accepted", ...
    reason: str = ""
    item: str = ""  # the agenda item (and position) it serves


@dataclass(frozen=True)
class CompilationDoc:
    title: str  # "Draft Joint Media Statement of the 6th ADGMIN (Rev. 3)"
    lines: tuple[CompilationLine, ...]


@dataclass(frozen=True)
class CompilationData:
    """The compilation table as a PDF of its own (``reports/compilation``)."""

    title: str
    subtitle: str
    our_delegation: str
    prepared: str
    documents: tuple[CompilationDoc, ...]


@dataclass(frozen=True)
class ChangedSection:
    """A section of a brief changed since the version an earlier issue printed."""

    part: str  # the audience part, without "pack." ("red_line"): redacted with it
    label: str  # its title in the brief ("Red line")


@dataclass(frozen=True)
class ItemBrief:
    item_id: int
    meeting_id: int
    meeting_label: str
    number: str
    title: str
    purpose: str = ""
    lead: str = ""
    est_minutes: int | None = None
    description: str = ""
    tags: tuple[str, ...] = ()
    documents: tuple[Document, ...] = ()
    position: PositionBlock | None = None
    stances: tuple[StanceLine, ...] = ()
    counterparts: tuple[Counterpart, ...] = ()
    past_notes: tuple[PastNote, ...] = ()  # the last N notes (the pack's notes per item)
    notes_left_out: int = 0  # earlier notes on the item not printed
    past_outcomes: tuple[PastOutcome, ...] = ()
    change_note: str = ""  # in an addendum: "Position changed since Pack X (v2 -> v4)"
    projects: tuple[str, ...] = ()  # the cooperation projects the item concerns
    builds_on: tuple[BuildsOn, ...] = ()  # a Ministers' item: the SOM outcomes behind it
    changes: tuple[ChangedSection, ...] = ()  # an addendum: what changed since the last issue
    draft: bool = False  # a position not approved: every page of the brief is stamped DRAFT

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass(frozen=True)
class StanceMap:
    columns: tuple[str, ...]  # delegation codes
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]  # (item label, our stance, cells)
    legend: str = ""
    # the meeting of each row, when the map spans several meetings (else empty)
    row_meetings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionLine:
    text: str
    owner: str
    due: str = ""
    status: str = ""
    origin: str = ""  # meeting and item it came from
    overdue: bool = False


@dataclass(frozen=True)
class PersonNote:
    name: str
    local_name: str = ""
    delegation: str = ""
    title: str = ""
    agency: str = ""
    role: str = ""
    bio: str = ""
    last_met: str = ""
    last_said: str = ""


@dataclass(frozen=True)
class Annex:
    number: str  # "A1"
    symbol: str
    title: str
    items: str = ""  # the items it serves


@dataclass(frozen=True)
class PackData:
    """Everything one pack (or one addendum) prints."""

    title: str
    event_title: str
    event_place: str = ""
    event_dates: str = ""
    our_delegation: str = ""
    audience: Audience = Audience.HOD  # who it is for (reports/audiences.py: what it holds)
    issued_on: str = ""
    issued_by: str = ""
    sections: tuple[Section, ...] = ALL_SECTIONS
    steering_brief: str = ""
    logistics: str = ""
    meetings: tuple[MeetingBlock, ...] = ()
    week: tuple[WeekColumn, ...] = ()  # the week at a glance (programme page)
    week_notes: tuple[str, ...] = ()  # overlapping meetings, meetings without a day
    briefs: tuple[ItemBrief, ...] = ()
    stance_map: StanceMap | None = None
    actions: tuple[ActionLine, ...] = ()
    personalities: tuple[PersonNote, ...] = ()
    annexes: tuple[Annex, ...] = ()
    # per meeting with a partner: its projects' status, or the next-phase proposals
    cooperation: tuple[CooperationBlock, ...] = ()
    # the negotiated texts of the pack's meetings: our amendments, document by document
    texts: tuple[CompilationDoc, ...] = ()
    addendum_no: int | None = None
    addendum_to: str = ""  # "Pack ADG-2026-01 issued 5 Jan 2026"
    addendum_removed: tuple[str, ...] = ()  # items dropped since that pack
    distribution: tuple[CopyMark, ...] = ()  # the copies of this issue and who holds each


# -- reports ------------------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    speaker: str
    text: str
    kind: str = ""
    when: str = ""
    stance: str = ""


@dataclass(frozen=True)
class ReportItem:
    number: str
    title: str
    purpose: str = ""
    happened: tuple[Statement, ...] = ()  # everything noted, in order
    decisions: tuple[PastOutcome, ...] = ()
    we_said: tuple[Statement, ...] = ()
    others_said: tuple[Statement, ...] = ()
    stances: tuple[StanceLine, ...] = ()
    our_actions: tuple[ActionLine, ...] = ()
    points_delivered: tuple[str, ...] = ()
    points_not_delivered: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass(frozen=True)
class ReportData:
    """A report to capital or an outcome summary for one meeting."""

    kind: str  # "capital" or "outcomes"
    title: str
    meeting_title: str
    meeting_label: str
    event_title: str = ""
    days: str = ""
    venue: str = ""
    chair: str = ""
    our_delegation: str = ""
    prepared_on: str = ""
    prepared_by: str = ""
    items: tuple[ReportItem, ...] = ()
    other_actions: tuple[ActionLine, ...] = ()  # actions of the meeting for others
    summary: str = ""  # overall summary line
    recommendations: tuple[str, ...] = ()  # for the ministers (outcome summary)
    speaking_minutes: float | None = None
    audience: Audience = Audience.HOD
    texts: tuple[CompilationDoc, ...] = ()  # our amendments to the meeting's texts (capital)


def reference_label(reference: str, addendum_no: int | None) -> str:
    """ "TH/2026/BP-001/Add.2" once: " Add.N" only when the reference does not say it (a
    trace after the number stays last: "TH/2026/BP-005 (printed as TH/2026/BP-T1-001)")."""
    number = reference.split(" (", 1)[0]
    if not addendum_no or number.endswith(f"Add.{addendum_no}"):
        return reference
    return f"{number} Add.{addendum_no}{reference[len(number) :]}"


@dataclass(frozen=True)
class RegisterRow:
    issue_id: int
    reference: str
    title: str
    addendum_no: int | None
    audience: str  # its label
    classification: str
    copy_no: int
    copies_total: int
    recipient: str
    issued_at: str
    issued_by: str
    file_name: str
    sha256: str
    document: str = "Briefing pack"  # or "Report to capital", "Outcome summary"


@dataclass(frozen=True)
class RegisterData:
    title: str
    rows: tuple[RegisterRow, ...] = field(default_factory=tuple)
    printed_on: str = ""
    classification: str = ""
