"""The meeting's documents attached to the store (PDF, .docx), encrypted with it.

The file's bytes live in their own table, so listing documents never reads them."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, TimestampMixin


class MeetingDocument(TimestampMixin, Base):
    __tablename__ = "meeting_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    # The item it belongs to when the user said so; else it is matched by symbol.
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True, index=True
    )
    symbol: Mapped[str] = mapped_column(String(200), default="")  # "ADGSOM/2027/DOC.04"
    title: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(8))  # "pdf" or "docx"
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int | None] = mapped_column(Integer, nullable=True)  # a PDF's


class DocumentFile(Base):
    __tablename__ = "document_file"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_document.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)
