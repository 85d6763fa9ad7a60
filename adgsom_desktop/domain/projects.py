"""Cooperation projects and initiatives with dialogue partners, and their reviews.

A project (code, partner or funder, lead Member States, framework outcomes, dates,
status) has milestones and deliverables, focal points, documents, and one progress
entry per meeting that reviewed it (JWG, Governing Council, ADGSOM+partner) with
the decision taken.  Imports of the Secretariat's matrices are recorded with the
field changes they made.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, enum_column, utcnow
from .enums import Involvement, MilestoneKind, ProjectStatus, Stance

project_lead = Table(
    "project_lead",
    Base.metadata,
    Column("project_id", ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "delegation_id",
        ForeignKey("delegation.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

project_outcome = Table(
    "project_outcome",
    Base.metadata,
    Column("project_id", ForeignKey("project.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("adm_tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)

item_project = Table(
    "item_project",
    Base.metadata,
    Column("item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "project_id", ForeignKey("project.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Project(TimestampMixin, Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)  # "AJ-DX-2024-03"
    title: Mapped[str] = mapped_column(Text)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="SET NULL"), nullable=True, index=True
    )
    funder: Mapped[str] = mapped_column(String(300), default="")  # "Japan-ASEAN Integration Fund"
    amount: Mapped[str] = mapped_column(String(32), default="")  # a decimal, as text ("1250000")
    currency: Mapped[str] = mapped_column(String(3), default="")  # ISO 4217: "USD", "JPY"
    implementing_body: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phase: Mapped[str] = mapped_column(String(60), default="")  # "Phase 2"
    status: Mapped[ProjectStatus] = enum_column(ProjectStatus, default=ProjectStatus.PROPOSED)
    involvement: Mapped[Involvement] = enum_column(Involvement, default=Involvement.NONE)
    description: Mapped[str] = mapped_column(Text, default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    # The proposal for the next phase (JWG, Governing Council) and our position on it.
    next_phase: Mapped[str] = mapped_column(Text, default="")
    our_stance: Mapped[Stance | None] = enum_column(Stance, nullable=True)
    our_position: Mapped[str] = mapped_column(Text, default="")

    milestones: Mapped[list[ProjectMilestone]] = relationship(
        order_by="ProjectMilestone.ord", cascade="all, delete-orphan"
    )
    focal_points: Mapped[list[ProjectFocalPoint]] = relationship(
        order_by="ProjectFocalPoint.ord", cascade="all, delete-orphan"
    )
    documents: Mapped[list[ProjectDocument]] = relationship(
        order_by="ProjectDocument.ord", cascade="all, delete-orphan"
    )


class ProjectMilestone(Base):
    """A milestone or deliverable with its date (and the day it was met)."""

    __tablename__ = "project_milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[MilestoneKind] = enum_column(MilestoneKind, default=MilestoneKind.MILESTONE)
    title: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    done_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class ProjectFocalPoint(Base):
    __tablename__ = "project_focal_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")  # "Our focal point", "ASEC desk"
    organisation: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")


class ProjectDocument(Base):
    __tablename__ = "project_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int] = mapped_column(Integer, default=0)
    symbol: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    doc_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class ProjectProgress(Base):
    """What a meeting that reviewed the project heard and decided."""

    __tablename__ = "project_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    # The reviewing meeting when it is in the store; its name otherwise ("5th ASEAN-Japan JWG").
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True, index=True
    )
    meeting_label: Mapped[str] = mapped_column(String(300), default="")
    review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[ProjectStatus | None] = enum_column(ProjectStatus, nullable=True)
    progress: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ProjectImport(Base):
    """One import of a Secretariat matrix: the file, when, and what it did."""

    __tablename__ = "project_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)


class ProjectChange(Base):
    """A field an import changed: its value before and after."""

    __tablename__ = "project_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("project_import.id", ondelete="CASCADE"), index=True
    )
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
