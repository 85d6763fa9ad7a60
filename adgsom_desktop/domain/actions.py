"""Action items: who, what, by when. Open ones carry over to the next meeting."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, TimestampMixin, enum_column, uuid_column
from .enums import ActionStatus


class ActionItem(TimestampMixin, Base):
    __tablename__ = "action_item"
    __table_args__ = (
        Index("uq_action_item_uuid", "uuid", unique=True),
        Index("ix_action_item_status", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = uuid_column()
    text: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True
    )
    owner_delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), nullable=True
    )
    owner_agency: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[ActionStatus] = enum_column(ActionStatus, default=ActionStatus.OPEN)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True, index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("note.id", ondelete="SET NULL"), nullable=True
    )
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
