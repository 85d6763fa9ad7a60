"""Frameworks (the ADM 2025, the ADM 2026-2030, the annual work plans) and their elements.

An element is what items, briefs and projects are tagged with: a Desired Outcome
("DO3") or Enabling Action ("EA 3.2") of the ADM 2025, an outcome or action of the
ADM 2026-2030, an activity of a work plan.  An element belongs to one framework, so
"ADM2025 DO3" is never "ADM2030 O3" (``domain/tag_text.py`` reads and writes tags).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import AdmTagKind, FrameworkKind


class Framework(Base):
    __tablename__ = "framework"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # "ADM2025", "ADWP2026"
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[FrameworkKind] = enum_column(FrameworkKind, default=FrameworkKind.MASTERPLAN)
    # A work plan sits under a masterplan.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("framework.id", ondelete="SET NULL"), nullable=True
    )
    start_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ord: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class AdmTag(Base):
    """An element of a framework: "DO3" of the ADM 2025, "O3" of the ADM 2026-2030."""

    __tablename__ = "adm_tag"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("framework.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(16))
    kind: Mapped[AdmTagKind] = enum_column(AdmTagKind)
    # An action's outcome; a work plan activity's outcome or action in the masterplan.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("adm_tag.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    ord: Mapped[int] = mapped_column(Integer, default=0)

    framework: Mapped[Framework] = relationship(lazy="joined")

    @property
    def label(self) -> str:
        """The tag as written everywhere: "ADM2025 DO3"."""
        return f"{self.framework.code} {self.code}"
