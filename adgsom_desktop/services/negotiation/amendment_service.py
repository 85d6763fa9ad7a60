"""Our amendments to a negotiated text: propose, edit, follow their fate, export them.

An amendment is the paragraph's text as we want it (words inserted, deleted or
replaced), with a rationale, the agenda item (and so the position) it serves,
and a state: to table, tabled, accepted, accepted with changes, rejected,
withdrawn.  (Out of the store: ``export_service``.)
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.enums import AmendmentState, ParagraphKind
from ...domain.models import (
    AgendaItem,
    Delegation,
    DocumentRevision,
    OurAmendment,
    OutcomeDocument,
    TextParagraph,
)
from ...domain.text import clean_text
from ...errors import NotFoundError, ValidationError
from ..changes import Change, ChangeKind
from ..context import ServiceContext
from ..settings_service import our_code
from ..trip_carry import refuse_here
from . import queries as q
from .amendment_queries import amendment_rec, amendments_on, project
from .rebase import rebase
from .records import AmendmentRec

MAX_AMENDMENT = 20_000


def _state(state: AmendmentState | str) -> AmendmentState:
    try:
        return AmendmentState(str(state).replace("-", "_"))
    except ValueError:
        choices = ", ".join(x.value.replace("_", "-") for x in AmendmentState)
        raise ValidationError(
            "{state!r} is not an amendment state ({choices}).", state=state, choices=choices
        ) from None


def current_revision(s: Session, document_id: int) -> DocumentRevision:
    revs = q.revisions(s, document_id)
    if not revs:
        raise ValidationError("The document has no revision yet: import one first.")
    return revs[-1]


def our_delegation(s: Session) -> Delegation:
    code = our_code(s)
    d = s.scalar(select(Delegation).where(Delegation.code == code)) if code else None
    if d is None:
        raise ValidationError(
            "Say which delegation is ours first (View > Our delegation): our amendments are "
            "tracked changes in its name."
        )
    return d


class AmendmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -----------------------------------------------------------------------

    def on_revision(self, revision_id: int) -> list[AmendmentRec]:
        with self._ctx.read() as s:
            rev = s.get(DocumentRevision, revision_id)
            if rev is None:
                raise NotFoundError(
                    "Revision {revision_id} no longer exists.", revision_id=revision_id
                )
            return amendments_on(s, rev)

    def for_document(self, document_id: int) -> list[AmendmentRec]:
        """On the document's current revision."""
        with self._ctx.read() as s:
            q.get_document(s, document_id)
            return amendments_on(s, current_revision(s, document_id))

    def for_paragraph(self, paragraph_id: int) -> list[AmendmentRec]:
        with self._ctx.read() as s:
            para = q.get_paragraph(s, paragraph_id)
            rev = s.get_one(DocumentRevision, para.revision_id)
            return [r for r in amendments_on(s, rev) if r.current_paragraph_id == paragraph_id]

    def get(self, amendment_id: int) -> AmendmentRec:
        with self._ctx.read() as s:
            a = self._get(s, amendment_id)
            return amendment_rec(s, a, current_revision(s, a.document_id))

    # -- writing -----------------------------------------------------------------------

    def propose(
        self,
        paragraph_id: int,
        proposed_text: str,
        *,
        rationale: str = "",
        item_id: int | None = None,
        new_paragraph: bool = False,
        state: AmendmentState | str = AmendmentState.TO_TABLE,
    ) -> AmendmentRec:
        """Our text for a paragraph (empty: delete it), or a new paragraph after it."""
        text = clean_text(proposed_text, "Our text", max_len=MAX_AMENDMENT).strip()
        rationale = clean_text(rationale, "Rationale", max_len=MAX_AMENDMENT).strip()
        state = _state(state)
        with self._ctx.write() as s:
            refuse_here(s, "texts")  # a trip copy: changed in the team store
            para = q.get_paragraph(s, paragraph_id)
            self._check(s, para, text, new_paragraph, item_id)
            rev = s.get_one(DocumentRevision, para.revision_id)
            a = OurAmendment(
                document_id=rev.document_id,
                paragraph_id=para.id,
                new_paragraph=new_paragraph,
                base_text="" if new_paragraph else para.text,
                proposed_text=text,
                rationale=rationale,
                item_id=item_id,
                state=state,
                state_at=utcnow(),
            )
            s.add(a)
            s.flush()
            self._ctx.audit(s, "create", "our_amendment", a.id, self._what(para, a))
            rec = amendment_rec(s, a, current_revision(s, rev.document_id))
            meeting_id = s.get_one(OutcomeDocument, rev.document_id).meeting_id
            self._publish(rec, meeting_id)
        return rec

    def edit(
        self,
        amendment_id: int,
        proposed_text: str,
        *,
        rationale: str,
        item_id: int | None,
    ) -> AmendmentRec:
        """New wording for an amendment; it moves to the current revision's paragraph."""
        text = clean_text(proposed_text, "Our text", max_len=MAX_AMENDMENT).strip()
        rationale = clean_text(rationale, "Rationale", max_len=MAX_AMENDMENT).strip()
        with self._ctx.write() as s:
            refuse_here(s, "texts")  # a trip copy: changed in the team store
            a = self._get(s, amendment_id)
            current = current_revision(s, a.document_id)
            para = s.get_one(TextParagraph, a.paragraph_id)
            moved_to = project(s, para, current)
            if moved_to:
                fits = [
                    p
                    for p in moved_to
                    if a.new_paragraph or not rebase(a.base_text, a.proposed_text, p.text).conflict
                ]
                para = (fits or moved_to)[0]
            self._check(s, para, text, a.new_paragraph, item_id)
            a.paragraph_id = para.id
            a.base_text = "" if a.new_paragraph else para.text
            a.proposed_text, a.rationale, a.item_id = text, rationale, item_id
            self._ctx.audit(s, "edit", "our_amendment", a.id, self._what(para, a))
            rec = amendment_rec(s, a, current)
            meeting_id = s.get_one(OutcomeDocument, a.document_id).meeting_id
            self._publish(rec, meeting_id)
        return rec

    def set_state(
        self, amendment_id: int, state: AmendmentState | str, note: str = ""
    ) -> AmendmentRec:
        state = _state(state)
        note = clean_text(note, "Note", max_len=2000).strip()
        with self._ctx.write() as s:
            refuse_here(s, "texts")  # a trip copy: changed in the team store
            a = self._get(s, amendment_id)
            before = a.state
            a.state, a.state_note, a.state_at = state, note, utcnow()
            self._ctx.audit(s, "state", "our_amendment", a.id, f"{before.value} -> {state.value}")
            rec = amendment_rec(s, a, current_revision(s, a.document_id))
            meeting_id = s.get_one(OutcomeDocument, a.document_id).meeting_id
            self._publish(rec, meeting_id)
        return rec

    def delete(self, amendment_id: int) -> None:
        with self._ctx.write() as s:
            refuse_here(s, "texts")  # a trip copy: changed in the team store
            a = self._get(s, amendment_id)
            rec = amendment_rec(s, a, current_revision(s, a.document_id))
            meeting_id = s.get_one(OutcomeDocument, a.document_id).meeting_id
            self._ctx.audit(s, "delete", "our_amendment", a.id, rec.label)
            s.delete(a)
            self._publish(rec, meeting_id)

    def _check(
        self, s: Session, para: TextParagraph, text: str, new_paragraph: bool, item_id: int | None
    ) -> None:
        if para.kind is ParagraphKind.HEADING and not new_paragraph:
            raise ValidationError("A heading is not negotiated: amend a paragraph under it.")
        if new_paragraph and not text:
            raise ValidationError("Write the new paragraph we propose: the text is empty.")
        if not new_paragraph and text == para.text.strip():
            raise ValidationError(
                "Our text is the paragraph as it stands: change some words (or leave it empty "
                "to propose deleting the paragraph)."
            )
        if item_id is not None and s.get(AgendaItem, item_id) is None:
            raise ValidationError("The agenda item linked to the amendment no longer exists.")

    @staticmethod
    def _what(para: TextParagraph, a: OurAmendment) -> str:
        where = para.number or f"paragraph {para.ord + 1}"
        return (
            f"{'new paragraph after ' if a.new_paragraph else ''}{where}: {a.proposed_text[:200]}"
        )

    @staticmethod
    def _get(s: Session, amendment_id: int) -> OurAmendment:
        a = s.get(OurAmendment, amendment_id)
        if a is None:
            raise NotFoundError(
                "Amendment {amendment_id} no longer exists.", amendment_id=amendment_id
            )
        return a

    def _publish(self, rec: AmendmentRec, meeting_id: int) -> None:
        self._ctx.publish(
            Change(ChangeKind.TEXTS, frozenset({rec.document_id}), meeting_id=meeting_id)
        )
