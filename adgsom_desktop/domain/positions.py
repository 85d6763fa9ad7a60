"""Our delegation's position (negotiating mandate) on an agenda item, with history.

Text sections hold *portable markup* (a small Markdown subset: ``**bold**``,
``*italic*``, ``- bullet`` lines), never Qt HTML.  Every save writes a
``PositionVersion`` holding a JSON snapshot of the whole position, so any two
versions can be compared and any earlier one restored.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, enum_column, utcnow
from .enums import Authority, PositionStatus, Stance


class Position(TimestampMixin, Base):
    __tablename__ = "position"
    # The navigation tree reads every item's status and stance: from this index alone,
    # not from the rows (whose long texts filled SQLite's page cache: migration 0019).
    __table_args__ = (Index("ix_position_navigation", "item_id", "status", "stance"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), unique=True
    )
    objective: Mapped[str] = mapped_column(Text, default="")
    stance: Mapped[Stance] = enum_column(Stance, default=Stance.UNKNOWN)
    opening: Mapped[str] = mapped_column(Text, default="")  # opening position
    red_line: Mapped[str] = mapped_column(Text, default="")  # minimum acceptable
    authority: Mapped[Authority] = enum_column(Authority, default=Authority.REFER_TO_CAPITAL)
    tactical: Mapped[str] = mapped_column(Text, default="")  # tactical arguments
    press_line: Mapped[str] = mapped_column(Text, default="")
    background_releasable: Mapped[str] = mapped_column(Text, default="")
    background_nfd: Mapped[str] = mapped_column(Text, default="")  # not for disclosure
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[PositionStatus] = enum_column(PositionStatus, default=PositionStatus.DRAFT)
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True
    )
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    approved_version_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    version_no: Mapped[int] = mapped_column(Integer, default=0)

    fallbacks: Mapped[list[PositionFallback]] = relationship(
        order_by="PositionFallback.ord", cascade="all, delete-orphan"
    )
    points: Mapped[list[PositionPoint]] = relationship(
        order_by="PositionPoint.ord", cascade="all, delete-orphan"
    )
    their_objectives: Mapped[list[TheirObjective]] = relationship(
        order_by="TheirObjective.ord", cascade="all, delete-orphan"
    )
    defensive_lines: Mapped[list[DefensiveLine]] = relationship(
        order_by="DefensiveLine.ord", cascade="all, delete-orphan"
    )
    versions: Mapped[list[PositionVersion]] = relationship(
        order_by="PositionVersion.version_no",
        cascade="all, delete-orphan",
        back_populates="position",
    )


class PositionFallback(Base):
    """One rung of the ladder between the opening position and the red line."""

    __tablename__ = "position_fallback"

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")


class PositionPoint(Base):
    """A point to make (line to take); ticked in the room when delivered."""

    __tablename__ = "position_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class TheirObjective(Base):
    """What another delegation will want on this item, and our response."""

    __tablename__ = "position_their_objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True
    )
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), nullable=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    their_objective: Mapped[str] = mapped_column(Text, default="")
    our_response: Mapped[str] = mapped_column(Text, default="")


class DefensiveLine(Base):
    """A defensive line: the question we may face and our answer."""

    __tablename__ = "position_defensive_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")


class PositionVersion(Base):
    """One saved version of a position: a full JSON snapshot."""

    __tablename__ = "position_version"
    __table_args__ = (UniqueConstraint("position_id", "version_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id", ondelete="CASCADE"))
    version_no: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    saved_by: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[PositionStatus] = enum_column(PositionStatus)
    comment: Mapped[str] = mapped_column(String(300), default="")  # "restored from v3"
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)

    position: Mapped[Position] = relationship(back_populates="versions")
