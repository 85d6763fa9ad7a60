"""Delegations (Member States, ASEC, dialogue partners, other bodies) and people."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, enum_column, uuid_column
from .enums import DelegationKind, MemberRole


class Delegation(TimestampMixin, Base):
    __tablename__ = "delegation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # "VN", "TH", "ASEC", "JP"
    name: Mapped[str] = mapped_column(String(200))  # English name
    local_name: Mapped[str] = mapped_column(String(200), default="")  # "Việt Nam", "ประเทศไทย"
    aliases: Mapped[str] = mapped_column(Text, default="")  # extra names for speaker matching
    kind: Mapped[DelegationKind] = enum_column(DelegationKind)
    ord: Mapped[int] = mapped_column(Integer, default=0)

    people: Mapped[list[Person]] = relationship(
        back_populates="delegation", order_by="Person.ord", cascade="all, delete-orphan"
    )


class Person(TimestampMixin, Base):
    """A member of our delegation or a counterpart in another one."""

    __tablename__ = "person"
    __table_args__ = (Index("uq_person_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str | None] = uuid_column()
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    full_name: Mapped[str] = mapped_column(String(200))
    local_name: Mapped[str] = mapped_column(String(200), default="")
    honorific: Mapped[str] = mapped_column(String(60), default="")  # "H.E.", "Dr."
    title: Mapped[str] = mapped_column(String(300), default="")  # job title
    agency: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[MemberRole] = enum_column(MemberRole, default=MemberRole.MEMBER)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    bio: Mapped[str] = mapped_column(Text, default="")  # personality note (markup)
    last_met: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_met_where: Mapped[str] = mapped_column(String(300), default="")
    last_said: Mapped[str] = mapped_column(Text, default="")
    ord: Mapped[int] = mapped_column(Integer, default=0)

    delegation: Mapped[Delegation] = relationship(back_populates="people")
    interests: Mapped[list[PersonInterest]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class PersonInterest(Base):
    """A counterpart cares about an agenda item (shown in the item's brief)."""

    __tablename__ = "person_interest"
    __table_args__ = (UniqueConstraint("person_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="interests")
