"""Word copies: the report to capital (or outcome summary) and one item's brief as .docx.

Gathered and redacted exactly as their PDFs are (``ReportService.prepare``,
``PackService.prepare``), written atomically, and every copy entered in the
distribution register (a brief as document ``brief``), for colleagues who edit
in Word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import Audience
from ..domain.models import AgendaItem, Meeting, PackIssue
from ..errors import NotFoundError, ValidationError
from ..i18n.printing import translate
from ..reports.pack_model import DocumentMeta, Marking, Section
from .context import ServiceContext
from .issue_copies import copy_markings, copy_marks, issue_files
from .pack_files import check_target
from .pack_records import BriefChoices, IssueResult, PackRequest
from .pack_register import record_copies
from .pack_request import first_free
from .settings_service import read_settings

Progress = Callable[[int, int, str], None]


class WordCopy:
    """One copy's bytes (the register's ``Rendered``: a .docx has no page count)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pages = 0


def word_copies(
    ctx: ServiceContext,
    render: Any,
    markings: list[Marking],
    target: Path,
    issue: PackIssue,
    marks: Any,
    what: str,
    on_progress: Progress | None = None,
) -> tuple[int, Any]:
    """Write one .docx per copy (atomically) and register them with ``issue``.

    ``on_progress(done, total, message)`` is called before each copy and may raise to
    cancel: nothing is written or registered until every copy is built.
    """
    docs = []
    for k, m in enumerate(markings):
        if on_progress is not None:
            on_progress(k, len(markings), f"Word copy {k + 1} of {len(markings)}")
        docs.append(WordCopy(render(m)))
    if on_progress is not None:
        on_progress(len(markings), len(markings), "Writing the files")

    def record(s: Session, paths: list[Path | None], digests: list[str]) -> int:
        return record_copies(ctx, s, issue, list(marks), paths, digests, "", what)

    return issue_files(ctx, docs, list(marks), target, False, "docx", record)


def next_brief_reference(ctx: ServiceContext, base: str) -> str:
    """The next free number of a Word brief ("TH/2026/BR-003"): each issue, whatever its
    item or audience, takes a number of its own (the register matches copies by it)."""
    prefix = f"{base}/BR-"
    with ctx.read() as s:
        count = s.scalar(
            select(func.count(PackIssue.id)).where(
                PackIssue.document == "brief",
                PackIssue.reference.startswith(prefix, autoescape=True),
            )
        )
        return first_free(s, prefix, (count or 0) + 1)


def export_brief(
    packs: Any,
    ctx: ServiceContext,
    item_id: int,
    audience: Audience,
    out: Path,
    *,
    classification: str = "",
    recipients: tuple[str, ...] = (),
    copies: int = 1,
    issuer_id: int | None = None,
    on_progress: Progress | None = None,
) -> IssueResult:
    """One item's brief for ``audience`` as Word copies, entered in the register."""
    from ..reports.word import brief_docx

    target = check_target(out, ".docx")
    with ctx.read() as s:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFoundError("There is no agenda item {item_id} in this store.", item_id=item_id)
        meeting = s.get_one(Meeting, item.meeting_id)
        event_id = meeting.event_id
    request = PackRequest(
        event_id=event_id,
        meeting_ids=(meeting.id,),
        item_ids=(item_id,),
        sections=(Section.BRIEFS,),
        audience=audience,
        classification=classification,
        recipients=recipients,
        copies=copies,
        issuer_id=issuer_id,
    )
    r, data, _contents = packs.prepare(request)
    if not data.briefs:
        raise ValidationError(
            "Item {item_id} has no brief for {audience_reader}.",
            "item",
            item_id=item_id,
            audience_reader=audience.reader,
        )
    brief = data.briefs[0]
    reference = next_brief_reference(ctx, r.reference.rsplit("/BP-", 1)[0])
    marks = copy_marks(r.recipients, r.copies)
    markings = copy_markings(
        marks,
        classification=r.classification,
        reference=reference,
        footer=data.event_title,
        watermark=False,
    )
    title = f"Brief on item {brief.label}"
    meta = DocumentMeta(
        title=f"{reference} - {title} - {audience.label}",
        author=data.issued_by or data.our_delegation or "ADGSOM Desktop",
        subject=data.event_title,
        classification=r.classification,
        reference=reference,
        audience=audience.label,
    )
    issue = PackIssue(
        event_id=event_id,
        reference=reference,
        title=title,
        audience=audience,
        classification=r.classification,
        document="brief",
        contents={"item_id": item_id, "format": "docx", "recipients": list(r.recipients)},
        issued_by=data.issued_by or ctx.actor,
    )
    issue_id, files = word_copies(
        ctx,
        lambda m: brief_docx(brief, m, meta, translate("Labels", audience.cover_line)),
        markings,
        target,
        issue,
        marks,
        f"brief on item {brief.number} (Word)",
        on_progress,
    )
    return IssueResult(
        issue_id=issue_id,
        reference=reference,
        addendum_no=None,
        files=files,
        pages=0,
        items=1,
        audience=audience,
        classification=r.classification,
    )


def report_word(
    ctx: ServiceContext,
    r: Any,
    data: Any,
    event_id: int | None,
    out: Path,
    on_progress: Progress | None = None,
) -> tuple[int, Any]:
    """The report's copies as Word documents, entered in the register."""
    from ..reports.report_builder import report_meta
    from ..reports.word import report_docx

    target = check_target(out, ".docx")
    marks = copy_marks(r.recipients, r.copies)
    markings = copy_markings(
        marks,
        classification=r.classification,
        reference=r.reference,
        footer=data.title,
        watermark=False,
    )
    meta = report_meta(data, markings[0])
    issue = PackIssue(
        event_id=event_id,
        reference=r.reference,
        title=data.title,
        audience=r.audience,
        classification=r.classification,
        document=r.kind,
        contents={
            "meeting_id": r.meeting_id,
            "audience": str(r.audience),
            "format": "docx",
            "recipients": list(r.recipients),
        },
        issued_by=data.prepared_by or ctx.actor,
    )
    return word_copies(
        ctx,
        lambda m: report_docx(data, m, replace(meta)),
        markings,
        target,
        issue,
        marks,
        f"{len(data.items)} items (Word)",
        on_progress,
    )


def brief_choices(ctx: ServiceContext, item_id: int) -> BriefChoices:
    """The item, the other items of its meeting, the markings, recipients and issuers."""
    from . import issuer
    from .agenda_queries import items_by_meeting

    with ctx.read() as s:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFoundError("There is no agenda item {item_id} in this store.", item_id=item_id)
        meeting = s.get_one(Meeting, item.meeting_id)
        items = items_by_meeting(s, [meeting.id]).get(meeting.id, [])
        settings = read_settings(s)
        members = issuer.our_members(s)
        proposed = issuer.resolve(s, ctx, None)
        return BriefChoices(
            item_id=item_id,
            meeting_label=meeting.short_title or meeting.title,
            items=tuple((i.id, i.label) for i in items),
            classifications=settings.classifications,
            default_classification=settings.default_classification,
            minimums=settings.audience_minimums,
            suggested_recipients=tuple(issuer.issuer_name(p) for p in members),
            issuers=tuple((p.id, issuer.issuer_name(p)) for p in members),
            issuer_id=proposed.id if proposed is not None else None,
        )
