"""Members of a team store: the person behind each login role (#15)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

# A member's role in the team -> the server's group role that gives its rights: the
# head and the alternate approve, a member writes, a reader reads.
TEAM_ROLES = {"head": "head", "alternate": "head", "member": "member", "reader": "reader"}


class TeamMember(Base):
    """A login role of the team store's database and the person who signs in with it.
    A removed member's row stays (``removed_at``): the history still names them."""

    __tablename__ = "team_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    login: Mapped[str] = mapped_column(String(63))
    login_role: Mapped[str] = mapped_column(String(63), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    removed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
