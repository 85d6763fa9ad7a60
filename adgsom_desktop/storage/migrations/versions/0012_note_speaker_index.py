"""The notes of a meeting by speaker, without a sort (``docs/performance.md``).

A partial index (live notes only) on (meeting_id, speaker_delegation_id, taken_at,
id): the Notes tab sorted by speaker reads each delegation's notes in time order
and stops when a page is full, and the list of who spoke at a meeting is one probe
per delegation instead of a DISTINCT over every note of the meeting.

Revision ID: 0012_note_speaker_index
Revises: 0011_reports_in_register
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_note_speaker_index"
down_revision = "0011_reports_in_register"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE INDEX: no table rebuild, so the search triggers stay as they are.
    op.create_index(
        "ix_note_meeting_speaker",
        "note",
        ["meeting_id", "speaker_delegation_id", "taken_at", "id"],
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_note_meeting_speaker", table_name="note")
