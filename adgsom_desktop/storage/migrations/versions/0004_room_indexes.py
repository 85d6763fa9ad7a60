"""Indexes for the room at scale: a meeting's notes in time order, without a sort.

A partial index (live notes only) on (meeting_id, taken_at, id) serves the Notes
tab's keyset paging and its count directly: a page of a 100,000-note store is read
in index order instead of sorting tens of thousands of rows each time.

Revision ID: 0004_room_indexes
Revises: 0003_meeting_days
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_room_indexes"
down_revision = "0003_meeting_days"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE INDEX: no table rebuild, so the search triggers stay as they are.
    op.create_index(
        "ix_note_meeting_time",
        "note",
        ["meeting_id", "taken_at", "id"],
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index("ix_speaking_interval_open", "speaking_interval", ["meeting_id", "ended_at"])
    op.create_index("ix_action_item_status", "action_item", ["status", "due_date"])


def downgrade() -> None:
    op.drop_index("ix_action_item_status", table_name="action_item")
    op.drop_index("ix_speaking_interval_open", table_name="speaking_interval")
    op.drop_index("ix_note_meeting_time", table_name="note")
