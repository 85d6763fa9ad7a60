"""The state of a meeting's negotiated-text view, without Qt (Mu's Editor beside its Window).

It holds the meeting's outcome documents, the document and revision shown, its
paragraphs and our amendments, and the paragraph selected; it calls the services
and decides; the widget shows what it holds and forwards the user's actions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...domain.enums import ParagraphStatus
from ...services.changes import Change, ChangeKind, acting_as, new_origin
from ...services.negotiation.records import (
    AmendmentRec,
    OutcomeDocRec,
    ParagraphDiffRec,
    ParagraphRec,
    RevisionRec,
    StatusCounts,
)

# Keys of the status buttons (and of live mode): agreed, ad ref, bracketed, pending, deleted.
STATUS_KEYS = (
    (ParagraphStatus.AGREED, "Alt+G"),
    (ParagraphStatus.AGREED_AD_REF, "Alt+R"),
    (ParagraphStatus.BRACKETED, "Alt+B"),
    (ParagraphStatus.PENDING, "Alt+P"),
    (ParagraphStatus.DELETED, "Alt+D"),
)


@dataclass(frozen=True)
class Filter:
    status: ParagraphStatus | None = None  # only paragraphs in this status
    ours_only: bool = False  # only paragraphs with an amendment of ours
    changed_only: bool = False  # only paragraphs that changed since the previous revision


class TextsPresenter:
    def __init__(self, services: Any) -> None:
        self.services = services
        self.meeting_id: int | None = None
        self.documents: list[OutcomeDocRec] = []
        self.document: OutcomeDocRec | None = None
        self.revision: RevisionRec | None = None
        self.all_paragraphs: list[ParagraphRec] = []
        self.paragraphs: list[ParagraphRec] = []  # as filtered
        self.amendments: list[AmendmentRec] = []
        self.selected: ParagraphRec | None = None
        self.filter = Filter()
        self.origin = new_origin("texts")  # our own changes come back marked with it
        self.on_reloaded: Callable[[], None] = lambda: None  # the widget repaints

    # -- what is shown ------------------------------------------------------------------
    def show_meeting(self, meeting_id: int, document_id: int | None = None) -> None:
        self.meeting_id = meeting_id
        self.documents = self.services.texts.documents(meeting_id)
        keep = document_id or (self.document.id if self.document else None)
        doc = next((d for d in self.documents if d.id == keep), None)
        self._show_document(doc or (self.documents[0] if self.documents else None), None)

    def select_document(self, document_id: int) -> None:
        doc = next((d for d in self.documents if d.id == document_id), None)
        self._show_document(doc, None)

    def select_revision(self, revision_id: int) -> None:
        self._show_document(self.document, revision_id)

    def _show_document(self, doc: OutcomeDocRec | None, revision_id: int | None) -> None:
        previous = self.selected.id if self.selected else None
        self.document = doc
        self.revision = None
        if doc is not None and doc.revisions:
            self.revision = next(
                (r for r in doc.revisions if r.id == revision_id), doc.revisions[-1]
            )
        if self.revision is not None:
            self.all_paragraphs = self.services.texts.paragraphs(self.revision.id)
            self.amendments = self.services.amendments.on_revision(self.revision.id)
        else:
            self.all_paragraphs, self.amendments = [], []
        self._apply_filter()
        self.selected = next((p for p in self.paragraphs if p.id == previous), None) or (
            self.paragraphs[0] if self.paragraphs else None
        )
        self.on_reloaded()

    def set_filter(self, f: Filter) -> None:
        self.filter = f
        self._apply_filter()
        if self.selected not in self.paragraphs:
            self.selected = self.paragraphs[0] if self.paragraphs else None
        self.on_reloaded()

    def _apply_filter(self) -> None:
        f = self.filter
        ours = {a.current_paragraph_id for a in self.amendments}
        self.paragraphs = [
            p
            for p in self.all_paragraphs
            if (f.status is None or (p.status is f.status and p.negotiated))
            and (not f.ours_only or p.id in ours)
            and (not f.changed_only or (p.change.value not in ("unchanged", "first") or p.moved))
        ]

    def select(self, paragraph_id: int) -> None:
        self.selected = next((p for p in self.paragraphs if p.id == paragraph_id), None)

    @property
    def counts(self) -> StatusCounts:
        return self.revision.counts if self.revision else StatusCounts()

    @property
    def previous_label(self) -> str:
        if self.document is None or self.revision is None:
            return ""
        earlier = [r for r in self.document.revisions if r.seq < self.revision.seq]
        return earlier[-1].label if earlier else ""

    def amendments_on(self, paragraph_id: int) -> list[AmendmentRec]:
        return [a for a in self.amendments if a.current_paragraph_id == paragraph_id]

    def orphans(self) -> list[AmendmentRec]:
        """Ours that no paragraph of the shown revision carries (their paragraph is gone)."""
        return [a for a in self.amendments if a.current_paragraph_id is None]

    def diff(self) -> ParagraphDiffRec | None:
        if self.selected is None or not self.previous_label:
            return None
        result: ParagraphDiffRec = self.services.texts.diff(self.selected.id)
        return result

    @property
    def is_current(self) -> bool:
        """The newest revision is shown (amendments are written on it)."""
        return bool(
            self.document and self.revision and self.document.revisions[-1].id == self.revision.id
        )

    # -- actions ------------------------------------------------------------------------
    def set_status(self, status: ParagraphStatus, note: str = "") -> ParagraphRec | None:
        if self.selected is None or not self.selected.negotiated:
            return None
        with acting_as(self.origin):
            rec: ParagraphRec = self.services.texts.set_status(self.selected.id, status, note)
        self._replace(rec)
        return rec

    def _replace(self, rec: ParagraphRec) -> None:
        """Apply the record the store gave back (no reload of our own echo)."""
        keep = self.selected.amendments if self.selected else 0
        rec = _with_amendments(rec, keep)
        self.all_paragraphs = [rec if p.id == rec.id else p for p in self.all_paragraphs]
        self.paragraphs = [rec if p.id == rec.id else p for p in self.paragraphs]
        self.selected = rec
        if self.document is not None and self.revision is not None:
            # counts and the document's figures come back from the store, cheaply
            self.document = self.services.texts.document(self.document.id)
            self.documents = [
                self.document if d.id == self.document.id else d for d in self.documents
            ]
            self.revision = next(r for r in self.document.revisions if r.id == self.revision.id)

    def reload(self) -> None:
        if self.meeting_id is not None:
            self.show_meeting(self.meeting_id)

    def concerns(self, change: Change) -> bool:
        if change.made_by(self.origin):
            return False  # our own echo: the record it returned is applied already
        if change.kind is ChangeKind.STORE:
            return True
        if change.kind is ChangeKind.TEXTS:
            return change.meeting_id in (None, self.meeting_id)
        return change.kind in (ChangeKind.POSITIONS, ChangeKind.AGENDA)  # red lines, items


def _with_amendments(rec: ParagraphRec, n: int) -> ParagraphRec:
    from dataclasses import replace

    return replace(rec, amendments=n)
