"""Issued briefing packs and the distribution register (which copy went to whom)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, enum_column, utcnow, uuid_column
from .enums import Audience


class PackIssue(Base):
    """One issue of a pack (or a numbered addendum to an earlier issue), or of a meeting report."""

    __tablename__ = "pack_issue"
    # Two writers never both number an addendum "Add.2" (migration 0009).
    __table_args__ = (
        Index("uq_pack_issue_addendum", "based_on_issue_id", "addendum_no", unique=True),
        Index("uq_pack_issue_uuid", "uuid", unique=True),  # migration 0018
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Its identity across stores: an issue printed on a trip copy is brought back (#17).
    uuid: Mapped[str | None] = uuid_column()
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), nullable=True
    )
    reference: Mapped[str] = mapped_column(String(100), default="")  # brief reference number
    # The provisional number printed on a trip copy's copies ("TH/2026/BP-T3-001"), kept
    # as the trace once the team store gave the final one; equal to ``reference`` while
    # it is still provisional; "" for a number given in the store that printed it.
    provisional_reference: Mapped[str] = mapped_column(String(100), default="", server_default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    audience: Mapped[Audience] = enum_column(Audience)  # who it is issued to
    # what it is: "pack" (and its addenda), "capital" or "outcomes" (a meeting report)
    document: Mapped[str] = mapped_column(String(32), default="pack", server_default="pack")
    classification: Mapped[str] = mapped_column(String(100), default="")
    addendum_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    based_on_issue_id: Mapped[int | None] = mapped_column(
        ForeignKey("pack_issue.id", ondelete="SET NULL"), nullable=True
    )
    # What the pack contained: options and, per item, the position version printed.
    contents: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(200), default="")


class IssuedCopy(Base):
    """One row of the distribution register."""

    __tablename__ = "issued_copy"
    __table_args__ = (UniqueConstraint("issue_id", "copy_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("pack_issue.id", ondelete="CASCADE"))
    copy_no: Mapped[int] = mapped_column(Integer)
    copies_total: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str] = mapped_column(String(300), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
