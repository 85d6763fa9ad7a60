"""Outcomes / decisions per item, in the formal language of ASEAN meetings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, TimestampMixin, enum_column, utcnow, uuid_column
from .enums import MinistersAction, OutcomeVerb


class Outcome(TimestampMixin, Base):
    __tablename__ = "outcome"
    __table_args__ = (Index("uq_outcome_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = uuid_column()
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    verb: Mapped[OutcomeVerb] = enum_column(OutcomeVerb)
    text: Mapped[str] = mapped_column(Text, default="")
    ord: Mapped[int] = mapped_column(Integer, default=0)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("note.id", ondelete="SET NULL"), nullable=True
    )
    # Marked "for the Ministers' consideration": the decision as the Ministers take it
    # (note / endorse / adopt / task + what: "the ASEAN Digital Masterplan 2026-2030"), on
    # the Ministers' agenda item it goes to.
    for_ministers: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    ministers_action: Mapped[MinistersAction | None] = enum_column(MinistersAction, nullable=True)
    ministers_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    ministers_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
