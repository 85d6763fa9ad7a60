"""The paragraph under negotiation in live mode, without Qt.

For the agenda item on screen it finds the outcome documents negotiated under it,
shows one paragraph of the newest revision at a time (the first one still open when
the item comes up), moves between paragraphs, marks them (agreed, ad ref,
bracketed, pending) and notes who lifted or kept a bracket.
"""

from __future__ import annotations

from typing import Any

from ...domain.enums import ParagraphStatus
from ...services.changes import Change, ChangeKind, acting_as
from ...services.negotiation.records import AmendmentRec, OutcomeDocRec, ParagraphRec
from ...services.negotiation.room_service import BracketNote

OPEN = (ParagraphStatus.BRACKETED, ParagraphStatus.PENDING)


class LiveTextPresenter:
    def __init__(self, services: Any, meeting_id: int, origin: str) -> None:
        self.services = services
        self.meeting_id = meeting_id
        self.origin = origin
        self.item_id: int | None = None
        self.documents: list[OutcomeDocRec] = []
        self.document: OutcomeDocRec | None = None
        self.paragraphs: list[ParagraphRec] = []  # negotiated paragraphs of the newest revision
        self.amendments: list[AmendmentRec] = []
        self.index = 0

    @property
    def active(self) -> bool:
        return self.document is not None and bool(self.paragraphs)

    @property
    def current(self) -> ParagraphRec | None:
        return self.paragraphs[self.index] if self.paragraphs else None

    def set_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        docs = self.services.texts.documents(self.meeting_id) if item_id is not None else []
        self.documents = [d for d in docs if d.item_id == item_id and d.revisions]
        self.select_document(self.documents[0].id if self.documents else None, first_open=True)

    def select_document(self, document_id: int | None, *, first_open: bool = False) -> None:
        keep = self.current.number if self.current and not first_open else None
        self.document = next((d for d in self.documents if d.id == document_id), None)
        self._load()
        if keep is not None:
            self.jump(keep)
        elif first_open:
            self.index = next((n for n, p in enumerate(self.paragraphs) if p.status in OPEN), 0)

    def _load(self) -> None:
        if self.document is None or self.document.current is None:
            self.paragraphs, self.amendments, self.index = [], [], 0
            return
        rev = self.document.current
        self.paragraphs = [p for p in self.services.texts.paragraphs(rev.id) if p.negotiated]
        self.amendments = self.services.amendments.on_revision(rev.id)
        self.index = min(self.index, max(0, len(self.paragraphs) - 1))

    def reload(self) -> None:
        keep = self.current.id if self.current else None
        if self.item_id is None:
            return
        docs = self.services.texts.documents(self.meeting_id)
        self.documents = [d for d in docs if d.item_id == self.item_id and d.revisions]
        self.document = next(
            (d for d in self.documents if self.document and d.id == self.document.id),
            self.documents[0] if self.documents else None,
        )
        self._load()
        self.index = next((n for n, p in enumerate(self.paragraphs) if p.id == keep), self.index)

    def step(self, delta: int) -> None:
        if self.paragraphs:
            self.index = max(0, min(len(self.paragraphs) - 1, self.index + delta))

    def next_open(self) -> bool:
        """To the next paragraph still bracketed or pending (wrapping round)."""
        n = len(self.paragraphs)
        for k in range(1, n + 1):
            at = (self.index + k) % n
            if self.paragraphs[at].status in OPEN:
                self.index = at
                return True
        return False

    def jump(self, number: str) -> bool:
        wanted = number.strip().upper().rstrip(".")
        for n, p in enumerate(self.paragraphs):
            if p.number.upper() == wanted:
                self.index = n
                return True
        return False

    def ours(self) -> list[AmendmentRec]:
        p = self.current
        return [a for a in self.amendments if p is not None and a.current_paragraph_id == p.id]

    @property
    def counts_text(self) -> str:
        if self.document is None or self.document.current is None:
            return ""
        return f"{self.document.current.label}: {self.document.counts.text}"

    # -- writes ---------------------------------------------------------------------------------
    def mark(self, status: ParagraphStatus, note: str = "") -> ParagraphRec | None:
        p = self.current
        if p is None:
            return None
        with acting_as(self.origin):
            rec: ParagraphRec = self.services.texts.set_status(p.id, status, note)
        self._replace(rec)
        return rec

    def bracket(
        self,
        *,
        lifted: bool,
        delegation_id: int,
        person_id: int | None,
        text: str,
        taken_at: Any = None,
    ) -> BracketNote | None:
        p = self.current
        if p is None:
            return None
        with acting_as(self.origin):
            result: BracketNote = self.services.text_room.bracket_noted(
                p.id,
                delegation_id=delegation_id,
                person_id=person_id,
                lifted=lifted,
                meeting_id=self.meeting_id,
                item_id=self.item_id,
                text=text,
                taken_at=taken_at,
            )
        self._replace(self.services.texts.paragraph(p.id))
        return result

    def _replace(self, rec: ParagraphRec) -> None:
        from dataclasses import replace

        old = self.paragraphs[self.index]
        self.paragraphs[self.index] = replace(rec, amendments=old.amendments)
        if self.document is not None:
            self.document = self.services.texts.document(self.document.id)
            self.documents = [
                self.document if d.id == self.document.id else d for d in self.documents
            ]

    def concerns(self, change: Change) -> bool:
        return (
            not change.made_by(self.origin)
            and change.concerns(ChangeKind.TEXTS)
            and change.meeting_id in (None, self.meeting_id)
        )
