"""Session notes taken in the room, their history, and our speaking time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, TimestampMixin, enum_column, partial_index, utcnow, uuid_column
from .enums import NoteKind, Stance


class Note(TimestampMixin, Base):
    __tablename__ = "note"
    __table_args__ = (
        Index("uq_note_uuid", "uuid", unique=True),
        # A meeting's live notes in time order (the Notes tab's paging), without a sort.
        partial_index(
            "ix_note_meeting_time", "meeting_id", "taken_at", "id", where="deleted_at IS NULL"
        ),
        # Each speaker's live notes of a meeting in time order (sorted by speaker, a page
        # walks the speakers in code order; who spoke at a meeting is one probe each).
        partial_index(
            "ix_note_meeting_speaker",
            "meeting_id",
            "speaker_delegation_id",
            "taken_at",
            "id",
            where="deleted_at IS NULL",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = uuid_column()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True, index=True
    )
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    speaker_delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), nullable=True
    )
    speaker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[NoteKind] = enum_column(NoteKind, default=NoteKind.INTERVENTION)
    text: Mapped[str] = mapped_column(Text, default="")
    observed_stance: Mapped[Stance | None] = enum_column(Stance, nullable=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class NoteVersion(Base):
    """Every saved state of a note (the first save included)."""

    __tablename__ = "note_version"
    __table_args__ = (UniqueConstraint("note_id", "version_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"))
    version_no: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)


class SpeakingInterval(Base):
    """One stretch of our delegation speaking (the speaking timer)."""

    __tablename__ = "speaking_interval"
    __table_args__ = (Index("ix_speaking_interval_open", "meeting_id", "ended_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
