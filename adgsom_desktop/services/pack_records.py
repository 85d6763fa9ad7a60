"""Requests and results of the pack and report services (no SQLAlchemy: the GUI imports these)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.enums import Audience
from ..reports.pack_model import Section, reference_label

MAX_COPIES = 500
NOTES_PER_ITEM = 10  # the last N notes on each item print in its brief (the rest are counted)
MAX_NOTES_PER_ITEM = 10_000


@dataclass(frozen=True)
class PackRequest:
    """What the user chose in the pack builder (dialog or CLI)."""

    event_id: int
    meeting_ids: tuple[int, ...] = ()  # empty: every meeting of the event
    item_ids: tuple[int, ...] | None = None  # None: every item of the chosen meetings
    # None: every section the audience may have; a list only narrows it (reports/audiences.py)
    sections: tuple[Section, ...] | None = None
    # None: the head of delegation's pack; an addendum keeps its pack's audience
    audience: Audience | None = None
    classification: str = ""  # "" : the store's default
    reference: str = ""  # "" : the next free reference
    title: str = ""  # "" : the audience's ("Brief for the Head of Delegation")
    recipients: tuple[str, ...] = ()  # one named copy each
    copies: int = 1  # unnamed copies when there are no recipients
    watermark: bool = False  # the recipient's name across every page
    one_file: bool = False  # all copies in one PDF
    addendum_to: int | None = None  # id of the issued pack this is an addendum to
    notes_per_item: int = NOTES_PER_ITEM  # past notes printed per item: the last N (0: none)
    # who issues it, a member of our delegation (None: the one remembered: ``issuer.resolve``)
    issuer_id: int | None = None
    # attached meeting documents (PDF) appended after the pack, in this order (#23)
    annex_document_ids: tuple[int, ...] = ()
    # the language of the pack's fixed labels and dates ("" or "en", "th", "vi", #24) and,
    # in Thai, years in the Buddhist Era
    language: str = ""
    buddhist_era: bool = False


@dataclass(frozen=True)
class ItemChoice:
    id: int
    number: str
    title: str
    depth: int
    has_position: bool
    position_version: int = 0
    # briefed unless the user chooses otherwise: the service's own default rule
    # (a position, stances, notes or outcomes recorded on the item)
    briefed_by_default: bool = False


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    label: str
    days: str  # in English ("12-13 Jan 2026"); the dialog writes first/last in its language
    items: tuple[ItemChoice, ...] = ()
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class PackChoices:
    """What the pack builder offers for one event."""

    event_id: int
    event_title: str
    meetings: tuple[MeetingChoice, ...]
    classifications: tuple[str, ...]
    default_classification: str
    next_reference: str
    default_title: str
    suggested_recipients: tuple[str, ...] = ()
    issues: tuple[IssueRec, ...] = ()  # earlier issues of this event (for an addendum)
    # the lowest classification each audience may be issued at (this store's rule)
    minimums: tuple[tuple[Audience, str], ...] = ()
    # our members who may issue it (id, name), and the one proposed (None: nobody yet)
    issuers: tuple[tuple[int, str], ...] = ()
    issuer_id: int | None = None
    # the PDFs attached to the event's meetings, to append as annexes: (id, label)
    documents: tuple[tuple[int, str], ...] = ()

    def minimum(self, audience: Audience) -> str:
        return dict(self.minimums).get(audience, "")


@dataclass(frozen=True)
class IssueRec:
    id: int
    reference: str
    title: str
    audience: Audience
    classification: str
    addendum_no: int | None
    issued_at: datetime
    issued_by: str
    copies: int
    # the reference as the register shows it: "(provisional)" on a trip copy until
    # brought back, then "(printed as …)" with the provisional number (#17)
    number_state: str = ""

    @property
    def label(self) -> str:
        ref = reference_label(self.number_state or self.reference, self.addendum_no)
        return f"{ref} - {self.issued_at:%d %b %Y %H:%M} ({self.copies} copies)"


@dataclass(frozen=True)
class IssuedFile:
    copy_no: int
    copies_total: int
    recipient: str
    path: Path | None  # None when printed (not saved)
    sha256: str
    pages: int
    data: bytes = field(default=b"", repr=False)  # the PDF (kept for printing)


@dataclass(frozen=True)
class IssueResult:
    issue_id: int
    reference: str
    addendum_no: int | None
    files: tuple[IssuedFile, ...]
    pages: int
    items: int  # item briefs printed in the pack (0 without the briefs section)
    audience: Audience = Audience.HOD
    classification: str = ""

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(dict.fromkeys(f.path for f in self.files if f.path is not None))


@dataclass(frozen=True)
class ReportRequest:
    meeting_id: int
    kind: str = "capital"  # "capital" or "outcomes"
    classification: str = ""
    reference: str = ""
    audience: Audience = Audience.HOD
    # copy control, as for packs
    recipients: tuple[str, ...] = ()  # one named copy each
    copies: int = 1  # unnamed copies when there are no recipients
    watermark: bool = False  # the recipient's name across every page
    one_file: bool = False  # all copies in one PDF
    issuer_id: int | None = None  # who issues it (None: ``issuer.resolve``)
    format: str = "pdf"  # "pdf", or "docx": Word copies for colleagues who edit in Word
    language: str = ""  # headings and labels printed in "th" or "vi" ("": English)
    buddhist_era: bool = False  # Thai: years in the Buddhist Era


@dataclass(frozen=True)
class BriefChoices:
    """What "Export brief as Word" offers for one item (and the other items of its meeting)."""

    item_id: int
    meeting_label: str
    items: tuple[tuple[int, str], ...]  # (id, "6.1 Title") of the meeting, in agenda order
    classifications: tuple[str, ...]
    default_classification: str
    minimums: tuple[tuple[Audience, str], ...] = ()
    suggested_recipients: tuple[str, ...] = ()  # our delegation
    issuers: tuple[tuple[int, str], ...] = ()  # our members (id, name)
    issuer_id: int | None = None  # the one proposed (None: nobody yet)


@dataclass(frozen=True)
class BriefExport:
    """One item's brief as Word copies (``brief export`` and File > Export brief as Word)."""

    item_id: int
    audience: Audience = Audience.HOD
    classification: str = ""  # "" : the store's default (raised to the audience's minimum)
    recipients: tuple[str, ...] = ()  # one named copy each
    copies: int = 1  # unnamed copies when there are no recipients
    issuer_id: int | None = None
    language: str = ""  # headings and labels printed in "th" or "vi" ("": English)
    buddhist_era: bool = False  # Thai: years in the Buddhist Era
