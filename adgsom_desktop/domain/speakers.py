"""The list of speakers of a meeting (OpenSlides' list of speakers, issue #23 item 1).

One row per delegation that asked for the floor: waiting (not started), speaking
(started, not ended), done (started and ended) or withdrawn (ended without
starting).  A delegation is in a meeting's list at most once at a time: a unique
partial index over the open rows (``ended_at IS NULL``) says so in the store, so
two laptops adding it at once cannot both succeed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, partial_index, utcnow


class SpeakerRequest(Base):
    __tablename__ = "speaker_request"
    __table_args__ = (
        # At most one open request (waiting or speaking) per delegation and meeting.
        partial_index(
            "ix_speaker_request_open",
            "meeting_id",
            "delegation_id",
            unique=True,
            where="ended_at IS NULL",
        ),
        # A meeting's list in the order the floor was asked for.
        Index("ix_speaker_request_order", "meeting_id", "requested_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    # The item being discussed when the floor was asked for, then when the turn started.
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    requested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
