"""What the negotiated-text services hand out: frozen dataclasses, no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ...domain.enums import (
    AmendmentState,
    BracketState,
    OutcomeDocKind,
    ParagraphChange,
    ParagraphKind,
    ParagraphStatus,
)
from ..position_diff import ADDED, REMOVED, DiffSegment

STATUS_ORDER = (
    ParagraphStatus.AGREED,
    ParagraphStatus.AGREED_AD_REF,
    ParagraphStatus.BRACKETED,
    ParagraphStatus.PENDING,
    ParagraphStatus.DELETED,
)


@dataclass(frozen=True)
class StatusCounts:
    agreed: int = 0
    agreed_ad_ref: int = 0
    bracketed: int = 0
    pending: int = 0
    deleted: int = 0

    def of(self, status: ParagraphStatus) -> int:
        return int(getattr(self, status.value))

    @property
    def total(self) -> int:
        return sum(self.of(s) for s in STATUS_ORDER)

    @property
    def text(self) -> str:
        """'41 agreed, 3 bracketed, 2 pending' (statuses held by no paragraph left out)."""
        parts = [f"{self.of(s)} {s.label.lower()}" for s in STATUS_ORDER if self.of(s)]
        return ", ".join(parts) if parts else "no paragraphs"


@dataclass(frozen=True)
class ImportSource:
    """A revision to import: a .docx (``data``) or pasted text (``text``)."""

    name: str
    data: bytes | None = None
    text: str | None = None


@dataclass(frozen=True)
class RevisionRec:
    id: int
    document_id: int
    seq: int
    label: str
    source: str
    imported_at: datetime
    imported_by: str
    counts: StatusCounts = StatusCounts()


@dataclass(frozen=True)
class OutcomeDocRec:
    id: int
    meeting_id: int
    meeting_label: str
    kind: OutcomeDocKind
    title: str
    symbol: str = ""
    item_id: int | None = None
    item_label: str = ""
    revisions: tuple[RevisionRec, ...] = ()
    amendments: int = 0  # ours, in any state
    amendments_live: int = 0  # to table or tabled

    @property
    def current(self) -> RevisionRec | None:
        return self.revisions[-1] if self.revisions else None

    @property
    def counts(self) -> StatusCounts:
        return self.current.counts if self.current else StatusCounts()

    @property
    def label(self) -> str:
        rev = f", {self.current.label}" if self.current else ""
        return f"{self.title}{rev}"


@dataclass(frozen=True)
class OptionRec:
    text: str
    proponents: tuple[str, ...] = ()  # delegation codes where known, else as written


@dataclass(frozen=True)
class BracketRec:
    id: int
    paragraph_id: int
    start: int
    end: int
    text: str
    options: tuple[OptionRec, ...]
    proponents: tuple[str, ...]
    state: BracketState = BracketState.OPEN
    state_note: str = ""

    @property
    def is_choice(self) -> bool:
        return len(self.options) > 1

    @property
    def summary(self) -> str:
        """'TH: dedicated funding / SG, MY: where available'."""
        return " / ".join(
            (f"{', '.join(o.proponents)}: " if o.proponents else "") + o.text for o in self.options
        )


@dataclass(frozen=True)
class ProposalRec:
    id: int
    paragraph_id: int
    start: int
    end: int
    old_text: str
    new_text: str
    author: str
    delegation_code: str = ""

    @property
    def kind(self) -> str:
        if self.old_text and self.new_text:
            return "replace"
        return "insert" if self.new_text else "delete"

    @property
    def who(self) -> str:
        return self.delegation_code or self.author or "?"

    @property
    def summary(self) -> str:
        if self.kind == "replace":
            return f"{self.who}: replace “{self.old_text}” with “{self.new_text}”"
        if self.kind == "insert":
            return f"{self.who}: insert “{self.new_text}”"
        return f"{self.who}: delete “{self.old_text}”"


@dataclass(frozen=True)
class ParagraphRec:
    id: int
    revision_id: int
    ord: int
    kind: ParagraphKind
    number: str
    text: str
    status: ParagraphStatus
    status_note: str = ""
    change: ParagraphChange = ParagraphChange.FIRST
    moved: bool = False
    origins: tuple[int, ...] = ()
    origin_numbers: tuple[str, ...] = ()
    brackets: tuple[BracketRec, ...] = ()
    proposals: tuple[ProposalRec, ...] = ()
    inserted_by: str = ""
    deleted_by: str = ""
    amendments: int = 0  # ours that concern it now

    @property
    def label(self) -> str:
        return self.number or f"¶{self.ord + 1}"

    @property
    def renumbered(self) -> bool:
        """Its printed number differs from the one it had (unnumbered text never is)."""
        return bool(self.number and self.origin_numbers) and self.number not in self.origin_numbers

    @property
    def negotiated(self) -> bool:
        return self.kind is not ParagraphKind.HEADING

    @property
    def change_text(self) -> str:
        """'moved, reworded, was OP5' ('' for a heading that did not change)."""
        if self.kind is ParagraphKind.HEADING and self.change is ParagraphChange.UNCHANGED:
            return "moved" if self.moved else ""
        parts = []
        if self.moved:
            parts.append("moved")
        if self.change not in (ParagraphChange.FIRST, ParagraphChange.UNCHANGED):
            parts.append(self.change.label.lower())
        elif self.change is ParagraphChange.UNCHANGED and not self.moved and not self.renumbered:
            parts.append("unchanged")
        was = [n for n in self.origin_numbers if n]
        if was and (self.renumbered or self.change is ParagraphChange.MERGED):
            parts.append(f"was {' + '.join(was)}")
        elif self.renumbered:
            parts.append("renumbered")
        return ", ".join(parts)


@dataclass(frozen=True)
class ParagraphDiffRec:
    paragraph_id: int
    label: str
    old_label: str  # "OP5" or "OP5 + OP6"; "" for a new paragraph
    change: ParagraphChange
    moved: bool
    segments: tuple[DiffSegment, ...]

    @property
    def changed(self) -> bool:
        return any(s.kind in (ADDED, REMOVED) for s in self.segments) or self.change in (
            ParagraphChange.NEW,
            ParagraphChange.SPLIT,
            ParagraphChange.MERGED,
        )


@dataclass(frozen=True)
class RevisionDiffRec:
    document_id: int
    from_label: str
    to_label: str
    paragraphs: tuple[ParagraphDiffRec, ...]
    dropped: tuple[str, ...] = ()  # labels of paragraphs of the old revision with no successor


@dataclass(frozen=True)
class PreviewParagraph:
    kind: ParagraphKind
    number: str
    text: str
    status: ParagraphStatus
    change: ParagraphChange
    moved: bool
    origin_numbers: tuple[str, ...]
    brackets: int
    proposals: int


@dataclass(frozen=True)
class ImportPreview:
    title: str
    label: str  # the revision label it will get
    document_id: int | None  # None: a new document
    paragraphs: tuple[PreviewParagraph, ...]
    counts: StatusCounts
    changes: dict[str, int] = field(default_factory=dict)  # change kind -> paragraphs
    dropped: int = 0
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class AmendmentRec:
    id: int
    document_id: int
    paragraph_id: int  # where it was written
    written_on: str  # the revision's label then
    current_paragraph_id: int | None  # the paragraph it concerns in the shown revision
    label: str  # that paragraph's number ("OP4"), or where it was ("OP5 of Rev. 2")
    new_paragraph: bool
    base_text: str
    proposed_text: str
    # The paragraph's text in the shown revision, and our text made on it (a settled
    # amendment, accepted or not: the text we wrote it on, and what we proposed).
    current_text: str
    segments: tuple[DiffSegment, ...]
    rationale: str
    item_id: int | None
    item_label: str
    red_lines: tuple[str, ...]  # red lines recorded on the items it touches
    state: AmendmentState
    state_note: str = ""
    state_at: datetime | None = None
    conflict: bool = False  # the paragraph changed where we amend it: to be redone
    taken_in: bool = False  # the shown revision already says what we proposed

    @property
    def kind(self) -> str:
        if self.new_paragraph:
            return "new paragraph"
        added = any(s.kind == ADDED for s in self.segments)
        removed = any(s.kind == REMOVED for s in self.segments)
        if added and removed:
            return "replace"
        return "insert" if added else ("delete" if removed else "no change")

    @property
    def our_text(self) -> str:
        return "".join(s.text for s in self.segments if s.kind != REMOVED)


@dataclass(frozen=True)
class ExportResult:
    path: str
    paragraphs: int
    amendments: int
    skipped: tuple[str, ...] = ()  # amendments left out, and why


@dataclass(frozen=True)
class CompilationRow:
    document: str
    label: str  # paragraph
    current_text: str
    proposal: str  # our text, with the change marked: [-old-] [+new+]
    segments: tuple[DiffSegment, ...]
    reason: str
    state: AmendmentState
    item_label: str = ""
