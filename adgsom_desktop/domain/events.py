"""An event ("6th ADGMIN and related meetings, Hanoi") holds many meetings."""

from __future__ import annotations

import datetime as dt
from datetime import date, time

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, enum_column, uuid_column
from .enums import MeetingFormat, MeetingKind


class Event(TimestampMixin, Base):
    __tablename__ = "event"
    __table_args__ = (Index("uq_event_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = uuid_column()
    title: Mapped[str] = mapped_column(String(300))
    short_title: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(200), default="")
    host_delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), nullable=True
    )
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    timezone: Mapped[str] = mapped_column(String(64), default="")  # IANA, e.g. Asia/Ho_Chi_Minh
    steering_brief: Mapped[str] = mapped_column(Text, default="")  # objectives and handling
    logistics: Mapped[str] = mapped_column(Text, default="")

    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="event",
        order_by="(Meeting.date, Meeting.start_time, Meeting.ord)",
        cascade="all, delete-orphan",
    )


class Meeting(TimestampMixin, Base):
    __tablename__ = "meeting"
    __table_args__ = (Index("uq_meeting_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = uuid_column()
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MeetingKind] = enum_column(MeetingKind)
    title: Mapped[str] = mapped_column(String(300))
    # A series links the same meeting across years ("ADGSOM", "ADGSOM+JP", "JWG-ITU"):
    # open action items carry over to the next meeting of the series.
    series: Mapped[str] = mapped_column(String(100), default="", index=True)
    sequence_no: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the "6th"
    partner_delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), nullable=True
    )
    short_title: Mapped[str] = mapped_column(String(100), default="")  # "6th ADGSOM"
    date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # last day, if several
    start_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    end_time: Mapped[time | None] = mapped_column(Time, nullable=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    chair: Mapped[str] = mapped_column(String(300), default="")
    format: Mapped[MeetingFormat] = enum_column(MeetingFormat, default=MeetingFormat.PLENARY)
    ord: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="meetings")
