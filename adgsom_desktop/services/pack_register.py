"""The distribution register of briefing packs: every issue and every copy, recorded.

``record_issue`` writes an issue and one row per copy (file name or printer,
SHA-256 of the PDF) with an audit entry ``print``, in the caller's write
transaction; ``issue_recs`` and ``register_data`` read the register back.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import Audience
from ..domain.models import Event, IssuedCopy, PackIssue
from ..domain.timeutil import to_local
from ..errors import ConflictError
from ..reports.pack_model import CopyMark, PackData, RegisterData, RegisterRow
from .context import ServiceContext
from .pack_records import IssueRec, PackRequest
from .pack_request import issued_as, next_reference
from .register_travel import provisional_state
from .row_locks import locked
from .settings_service import read_settings


def local(when: datetime) -> datetime:
    """A stored UTC time in this computer's time zone (naive, for display)."""
    return to_local(when).replace(tzinfo=None)


def record_issue(
    ctx: ServiceContext,
    s: Session,
    r: PackRequest,
    data: PackData,
    contents: dict[str, Any],
    marks: list[CopyMark],
    paths: list[Path | None],
    digests: list[str],
    printer: str,
    *,
    automatic_reference: bool = False,
    provisional: bool = False,
) -> int:
    """Record an issue and its copies (``paths``: None for a printed copy); its id.

    The number printed on the pack was taken when it was prepared: with several
    writers, another member may have issued that number meanwhile.  The owner of the
    number is locked (the event for a pack's reference, the root issue for an
    addendum's number) and the number checked again; one taken meanwhile refuses the
    issue (``ConflictError``: nothing is recorded, no file is placed) so that two
    packs never carry one number.  The addendum's unique index guards it too.
    """
    root_id = contents.get("root_issue_id")
    if data.addendum_no is not None and root_id is not None:
        locked(s, PackIssue, root_id)
        taken = s.scalar(
            select(func.count(PackIssue.id)).where(
                PackIssue.based_on_issue_id == root_id, PackIssue.addendum_no == data.addendum_no
            )
        )
        if taken:
            raise ConflictError(
                "{r_reference} was issued by another member meanwhile: nothing was "
                "recorded. Prepare the addendum again (it takes the next number).",
                r_reference=r.reference,
            )
    elif automatic_reference and r.event_id is not None:
        event = locked(s, Event, r.event_id)
        if event is not None and next_reference(s, event) != r.reference:
            raise ConflictError(
                "{r_reference} was issued by another member meanwhile: nothing was "
                "recorded. Issue the pack again (it takes the next reference).",
                r_reference=r.reference,
            )
    issue = PackIssue(
        event_id=r.event_id,
        reference=r.reference,
        # numbered on a trip copy: provisional until brought back (register_travel.py)
        provisional_reference=r.reference if provisional else "",
        title=data.title,
        audience=r.audience or Audience.HOD,
        classification=r.classification,
        addendum_no=data.addendum_no,
        based_on_issue_id=contents.get("root_issue_id"),
        contents=contents,
        issued_by=data.issued_by or ctx.actor,
    )
    what = f"{len(data.briefs)} item briefs"
    return record_copies(ctx, s, issue, marks, paths, digests, printer, what)


def record_copies(
    ctx: ServiceContext,
    s: Session,
    issue: PackIssue,
    marks: list[CopyMark],
    paths: list[Path | None],
    digests: list[str],
    printer: str,
    what: str,
) -> int:
    """Add ``issue`` (a pack or a report) and one register row per copy, audited.

    A pack's, a brief's or a report's number is issued once: one taken meanwhile (by
    another member, or by hand) refuses the issue (``ConflictError``: nothing recorded, no
    file placed)."""
    if (issue.document or "pack") in DOCUMENT_LABELS and issued_as(s, issue.reference):
        raise ConflictError(
            "{reference} was issued meanwhile (by another member?): nothing was recorded. "
            "Issue it again: it takes the next free number.",
            reference=issue.reference,
        )
    s.add(issue)
    s.flush()
    for k, m in enumerate(marks):
        n = 0 if len(paths) == 1 else k
        path = paths[n]
        s.add(
            IssuedCopy(
                issue_id=issue.id,
                copy_no=m.copy_no,
                copies_total=m.copies_total,
                recipient=m.recipient,
                file_name=str(path) if path is not None else f"printed: {printer or 'printer'}",
                sha256=digests[n],
            )
        )
    where = ", ".join(str(p) for p in dict.fromkeys(paths) if p) or f"printer {printer}"
    ctx.audit(
        s,
        "print",
        "pack_issue",
        issue.id,
        f"{document_label(issue)} {issue.reference} ({issue.audience.value}, "
        f"{issue.classification}) {len(marks)} copies, {what} -> {where}",
    )
    s.flush()
    return int(issue.id)


DOCUMENT_LABELS = {
    "pack": "Briefing pack",
    "capital": "Report to capital",
    "outcomes": "Outcome summary",
    "brief": "Item brief (Word)",
}


def document_label(issue: PackIssue) -> str:
    return DOCUMENT_LABELS.get(issue.document, issue.document)


def issue_recs(s: Session, event_id: int | None) -> list[IssueRec]:
    """The issued packs (of one event, or all), newest first; not the reports."""
    stmt = (
        select(PackIssue)
        .where(PackIssue.document == "pack")
        .order_by(PackIssue.issued_at.desc(), PackIssue.id.desc())
    )
    if event_id is not None:
        stmt = stmt.where(PackIssue.event_id == event_id)
    counts = dict(
        s.execute(
            select(IssuedCopy.issue_id, func.count(IssuedCopy.id)).group_by(IssuedCopy.issue_id)
        ).all()
    )
    return [
        IssueRec(
            id=i.id,
            reference=i.reference,
            number_state=provisional_state(i),
            title=i.title,
            audience=i.audience,
            classification=i.classification,
            addendum_no=i.addendum_no,
            issued_at=local(i.issued_at),
            issued_by=i.issued_by,
            copies=int(counts.get(i.id, 0)),
        )
        for i in s.scalars(stmt)
    ]


def register_data(s: Session, event_id: int | None) -> RegisterData:
    """Every issued copy, newest issue first (the distribution register)."""
    stmt = (
        select(IssuedCopy, PackIssue)
        .join(PackIssue, IssuedCopy.issue_id == PackIssue.id)
        .order_by(PackIssue.issued_at.desc(), PackIssue.id.desc(), IssuedCopy.copy_no)
    )
    if event_id is not None:
        stmt = stmt.where(PackIssue.event_id == event_id)
    rows = tuple(
        RegisterRow(
            issue_id=i.id,
            reference=provisional_state(i),
            title=i.title,
            addendum_no=i.addendum_no,
            audience=i.audience.label,
            classification=i.classification,
            copy_no=c.copy_no,
            copies_total=c.copies_total,
            recipient=c.recipient,
            issued_at=f"{local(c.issued_at):%d %b %Y %H:%M}",
            issued_by=i.issued_by,
            file_name=c.file_name,
            sha256=c.sha256,
            document=document_label(i),
        )
        for c, i in s.execute(stmt).all()
    )
    settings = read_settings(s)
    title = "Distribution register of briefing packs and reports"
    if event_id is not None:
        event = s.get(Event, event_id)
        if event is not None:
            title += f" - {event.title}"
    return RegisterData(
        title=title,
        rows=rows,
        printed_on=f"{datetime.now():%d %b %Y %H:%M}",
        classification=settings.default_classification,
    )
