"""A meeting's programme: the timed entries around its agenda items (breaks, lunch,
the group photo, bilateral slots), as the Secretariat circulates them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Time
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, TimestampMixin, enum_column, uuid_column
from .enums import ProgrammeKind


class ProgrammeEntry(TimestampMixin, Base):
    __tablename__ = "programme_entry"
    __table_args__ = (Index("uq_programme_entry_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = uuid_column()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # None: the first day
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    end_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    label: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ProgrammeKind] = enum_column(ProgrammeKind, default=ProgrammeKind.OTHER)
    ord: Mapped[int] = mapped_column(Integer, default=0)  # order among untimed entries
