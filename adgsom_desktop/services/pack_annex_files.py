"""The attached meeting documents a pack appends as annexes, read and checked in words."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import DocumentFile, Meeting, MeetingDocument
from ..errors import ValidationError
from ..i18n.printing import translate
from ..reports.annex_pages import AnnexFile
from .attachment_records import size_text
from .attachment_service import rec

MAX_ANNEXES = 20
MAX_ANNEX_BYTES = 200 * 1024 * 1024  # all annexes of one pack together


def annex_choices(s: Session, event_id: int) -> tuple[tuple[int, str], ...]:
    """The PDFs attached to the event's meetings: (id, "meeting: label")."""
    rows = s.execute(
        select(MeetingDocument, Meeting.short_title, Meeting.title)
        .join(Meeting, Meeting.id == MeetingDocument.meeting_id)
        .where(Meeting.event_id == event_id, MeetingDocument.kind == "pdf")
        .order_by(Meeting.date, Meeting.id, MeetingDocument.symbol, MeetingDocument.id)
    )
    return tuple((d.id, f"{short or title}: {rec(d).label}") for d, short, title in rows)


def annex_files(s: Session, event_id: int, ids: Sequence[int]) -> list[AnnexFile]:
    if not ids:
        return []
    if len(ids) > MAX_ANNEXES:
        raise ValidationError(
            "A pack appends at most {max_annexes} documents ({count_ids} chosen).",
            "annexes",
            max_annexes=MAX_ANNEXES,
            count_ids=len(ids),
        )
    if len(set(ids)) != len(ids):
        raise ValidationError("A document is chosen twice as an annex.", "annexes")
    docs = {
        d.id: (d, event)
        for d, event in s.execute(
            select(MeetingDocument, Meeting.event_id)
            .join(Meeting, Meeting.id == MeetingDocument.meeting_id)
            .where(MeetingDocument.id.in_(ids))
        )
    }
    total = 0
    out = []
    for n, doc_id in enumerate(ids, start=1):
        if doc_id not in docs:
            raise ValidationError("Document {doc_id} no longer exists.", "annexes", doc_id=doc_id)
        d, event = docs[doc_id]
        label = rec(d).label
        if event != event_id:
            raise ValidationError(
                "{label} is attached to a meeting of another event: a pack appends only its "
                "own event's documents.",
                "annexes",
                label=label,
            )
        if d.kind != "pdf":
            raise ValidationError(
                "{label} is a Word file: only PDF documents are appended to a pack "
                "(save it as PDF and attach that).",
                "annexes",
                label=label,
            )
        total += d.size
        if total > MAX_ANNEX_BYTES:
            raise ValidationError(
                "The chosen annexes come to more than {max_annex_bytes}: choose fewer.",
                "annexes",
                max_annex_bytes=size_text(MAX_ANNEX_BYTES),
            )
        data = s.scalar(select(DocumentFile.data).where(DocumentFile.document_id == doc_id))
        # its bookmark, in the printing language ("Annex %s" is the stamp's, annex_pages)
        number = translate("Pack", "Annex %s") % n
        out.append(AnnexFile(f"{number} - {label}", n, bytes(data or b"")))
    return out
