"""Other delegations' expected and observed stances per agenda item (the stance map)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, TimestampMixin, enum_column
from .enums import Stance


class StanceRecord(TimestampMixin, Base):
    __tablename__ = "stance"
    __table_args__ = (UniqueConstraint("item_id", "delegation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    expected: Mapped[Stance] = enum_column(Stance, default=Stance.UNKNOWN)
    expected_note: Mapped[str] = mapped_column(Text, default="")
    observed: Mapped[Stance] = enum_column(Stance, default=Stance.UNKNOWN)
    observed_note: Mapped[str] = mapped_column(Text, default="")
    observed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
