"""Agenda items (hierarchical), their reference documents and ADM tags (framework elements)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, String, Table, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, enum_column, uuid_column
from .enums import Purpose
from .frameworks import AdmTag

item_adm_tag = Table(
    "item_adm_tag",
    Base.metadata,
    Column("item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("adm_tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class AgendaItem(TimestampMixin, Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("uq_agenda_item_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = uuid_column()
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=True, index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)  # order among siblings
    # Displayed number ("3.1.a"): computed from the structure unless fixed by hand.
    number: Mapped[str] = mapped_column(String(32), default="")
    number_fixed: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(Text)
    purpose: Mapped[Purpose] = enum_column(Purpose, default=Purpose.INFORMATION)
    lead_delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), nullable=True
    )
    lead_text: Mapped[str] = mapped_column(String(300), default="")  # "ASEC with Japan"
    est_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The time slot as circulated ("09:00-09:15"), local time of the meeting; the day
    # when the meeting lasts several days (None: its first day).
    day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    end_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # Continuity: the item of an earlier meeting this one was copied or carried from.
    source_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )

    children: Mapped[list[AgendaItem]] = relationship(
        back_populates="parent",
        order_by="AgendaItem.ord",
        cascade="all, delete-orphan",
        foreign_keys=[parent_id],
    )
    parent: Mapped[AgendaItem | None] = relationship(
        back_populates="children", remote_side=[id], foreign_keys=[parent_id]
    )
    documents: Mapped[list[ItemDocument]] = relationship(
        back_populates="item", order_by="ItemDocument.ord", cascade="all, delete-orphan"
    )
    tags: Mapped[list[AdmTag]] = relationship(
        secondary=item_adm_tag, order_by=(AdmTag.framework_id, AdmTag.ord, AdmTag.code)
    )


class ItemDocument(Base):
    """A reference document of an item ("ADGSOM/2026/DOC.5 - Draft ADM 2026-2030")."""

    __tablename__ = "item_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    symbol: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[AgendaItem] = relationship(back_populates="documents")
