"""Negotiated text in the room: who lifted or kept a bracket, as a note that feeds the
stance map.

Noting that Singapore lifted its bracket on OP10 is one user action: a note on the
agenda item (speaker Singapore, observed stance "support"; "reserve" when it kept
it) and the bracket's state, in one transaction. The note's observed stance is what
the stance map shows for Singapore on that item, as for any note taken in the room.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import BracketState, NoteKind, ParagraphKind, Stance
from ...domain.models import Delegation, Note, TextBracket
from ...domain.text import clean_text
from ...errors import NotFoundError, ValidationError
from ..changes import Change, ChangeKind
from ..context import ServiceContext
from ..note_service import NoteService
from ..records import NoteRec
from ..trip_carry import refuse_here
from . import queries as q
from .records import BracketRec


@dataclass(frozen=True)
class BracketNote:
    note: NoteRec
    brackets: tuple[BracketRec, ...]  # the brackets concerned, as they stand now
    lifted: bool


class TextRoomService:
    def __init__(self, ctx: ServiceContext, notes: NoteService) -> None:
        self._ctx = ctx
        self._notes = notes  # NoteService: the note is written as every note is

    def bracket_noted(
        self,
        paragraph_id: int,
        *,
        delegation_id: int,
        lifted: bool,
        meeting_id: int,
        item_id: int | None,
        person_id: int | None = None,
        text: str = "",
        taken_at: datetime | None = None,
    ) -> BracketNote:
        """``delegation_id`` lifted (or kept) its bracket on the paragraph."""
        text = clean_text(text, "Note", max_len=2000).strip()
        with self._ctx.read() as s:
            refuse_here(s, "texts")  # the bracket's state is the team store's (trip_carry)
            para = q.get_paragraph(s, paragraph_id)
            if para.kind is ParagraphKind.HEADING:
                raise ValidationError("A heading has no brackets to lift.")
            d = s.get(Delegation, delegation_id)
            if d is None:
                raise NotFoundError(
                    "Delegation {delegation_id} no longer exists.", delegation_id=delegation_id
                )
            label = para.number or f"paragraph {para.ord + 1}"
            code = d.code
        what = (
            f"{code} lifted its bracket on {label}"
            if lifted
            else f"{code} kept its bracket on {label}"
        )
        note_text = f"{what}: {text}" if text else f"{what}."
        touched: list[int] = []

        def brackets(s: Session, note: Note) -> list[Change]:
            rows = list(
                s.scalars(
                    select(TextBracket)
                    .where(TextBracket.paragraph_id == paragraph_id)
                    .order_by(TextBracket.ord)
                )
            )
            theirs = [b for b in rows if code in b.proponents.split()]
            concerned = theirs or (rows if len(rows) == 1 else [])
            when = f"{note.taken_at:%H:%M} UTC"
            for b in concerned:
                if lifted:
                    b.state = BracketState.LIFTED
                    b.state_note = f"{code} lifted it ({when})"
                else:
                    b.state = BracketState.OPEN
                    b.state_note = f"{code} kept it ({when})"
                touched.append(b.id)
            doc_id, _meeting = _owner(s, paragraph_id)
            self._ctx.audit(
                s, "bracket", "text_paragraph", paragraph_id, f"{what} (note {note.id})"
            )
            return [Change(ChangeKind.TEXTS, frozenset({doc_id}), meeting_id=meeting_id)]

        rec = self._notes.add(
            meeting_id,
            note_text,
            item_id=item_id,
            speaker_delegation_id=delegation_id,
            speaker_person_id=person_id,
            kind=NoteKind.INTERVENTION,
            observed_stance=Stance.SUPPORT if lifted else Stance.RESERVE,
            taken_at=taken_at,
            also=brackets,
        )
        with self._ctx.read() as s:
            recs = tuple(
                q.bracket_rec(b)
                for b in s.scalars(select(TextBracket).where(TextBracket.id.in_(touched)))
            )
        return BracketNote(rec, recs, lifted)


def _owner(s: Session, paragraph_id: int) -> tuple[int, int]:
    from ...domain.models import DocumentRevision, OutcomeDocument, TextParagraph

    para = s.get_one(TextParagraph, paragraph_id)
    rev = s.get_one(DocumentRevision, para.revision_id)
    doc = s.get_one(OutcomeDocument, rev.document_id)
    return doc.id, doc.meeting_id
