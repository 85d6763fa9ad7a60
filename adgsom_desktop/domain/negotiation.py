"""Negotiated text: a meeting's outcome documents, their revisions and paragraphs,
the brackets and tracked proposals in them, and our amendments.

A revision is kept as it was circulated (its paragraphs never change text);
each paragraph knows the paragraph(s) of the previous revision it comes from
(``ParagraphOrigin``: several for a merge; one shared by the parts of a split).
Our amendments stay on the paragraph they were written on; the paragraph of a
later revision they now concern is found by following the origins.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, TimestampMixin, enum_column, utcnow
from .enums import (
    AmendmentState,
    BracketState,
    OutcomeDocKind,
    ParagraphChange,
    ParagraphKind,
    ParagraphStatus,
)


class OutcomeDocument(TimestampMixin, Base):
    __tablename__ = "outcome_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    # The agenda item under which the text is negotiated (for red lines and stances).
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[OutcomeDocKind] = enum_column(OutcomeDocKind)
    title: Mapped[str] = mapped_column(String(300))
    symbol: Mapped[str] = mapped_column(String(100), default="")  # "ADGSOM/2026/DOC.18"
    ord: Mapped[int] = mapped_column(Integer, default=0)


class DocumentRevision(Base):
    __tablename__ = "document_revision"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_document.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 in the order imported
    label: Mapped[str] = mapped_column(String(60))  # "Rev. 3"
    source: Mapped[str] = mapped_column(String(300), default="")  # file name, "pasted text"
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100), default="")


class TextParagraph(Base):
    __tablename__ = "text_paragraph"
    __table_args__ = (UniqueConstraint("revision_id", "ord"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("document_revision.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ParagraphKind] = enum_column(ParagraphKind)
    number: Mapped[str] = mapped_column(String(32), default="")  # as printed: "OP4", "1.1"
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ParagraphStatus] = enum_column(ParagraphStatus)
    status_note: Mapped[str] = mapped_column(Text, default="")
    status_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    change: Mapped[ParagraphChange] = enum_column(ParagraphChange)
    moved: Mapped[bool] = mapped_column(Boolean, default=False)
    inserted_by: Mapped[str] = mapped_column(String(200), default="")  # tracked, whole
    deleted_by: Mapped[str] = mapped_column(String(200), default="")


class ParagraphOrigin(Base):
    """A paragraph comes from this paragraph of the previous revision."""

    __tablename__ = "paragraph_origin"

    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("text_paragraph.id", ondelete="CASCADE"), primary_key=True
    )
    origin_id: Mapped[int] = mapped_column(
        ForeignKey("text_paragraph.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class TextBracket(Base):
    """A bracket group of a paragraph: its text, proponents and alternatives."""

    __tablename__ = "text_bracket"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("text_paragraph.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    start: Mapped[int] = mapped_column(Integer)  # offsets in the paragraph's text
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # JSON: [{"text": ..., "proponents": ["TH", ...]}], proponents as written
    options: Mapped[str] = mapped_column(Text, default="[]")
    proponents: Mapped[str] = mapped_column(String(300), default="")  # codes, "TH SG"
    state: Mapped[BracketState] = enum_column(BracketState, default=BracketState.OPEN)
    state_note: Mapped[str] = mapped_column(Text, default="")


class TextProposal(Base):
    """A tracked change (insertion, deletion or both) in an imported revision, by its author."""

    __tablename__ = "text_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("text_paragraph.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    old_text: Mapped[str] = mapped_column(Text, default="")  # deleted
    new_text: Mapped[str] = mapped_column(Text, default="")  # inserted
    author: Mapped[str] = mapped_column(String(200), default="")  # as Word recorded it
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), nullable=True
    )
    made_at: Mapped[str] = mapped_column(String(40), default="")  # Word's date, as written


class OurAmendment(TimestampMixin, Base):
    """Our proposed change to a paragraph: the paragraph's text as we want it."""

    __tablename__ = "our_amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_document.id", ondelete="CASCADE"), index=True
    )
    # The paragraph it was written on (edits move it to the current revision's).
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("text_paragraph.id", ondelete="CASCADE"), index=True
    )
    new_paragraph: Mapped[bool] = mapped_column(Boolean, default=False)  # insert after
    base_text: Mapped[str] = mapped_column(Text, default="")  # the paragraph's text then
    proposed_text: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    state: Mapped[AmendmentState] = enum_column(AmendmentState, default=AmendmentState.TO_TABLE)
    state_note: Mapped[str] = mapped_column(Text, default="")
    state_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
