"""Meetings over several days, and a short title for lists ("6th ADGSOM").

Revision ID: 0003_meeting_days
Revises: 0002_search_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adgsom_desktop.storage import search_index

revision = "0003_meeting_days"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(
            sa.Column("short_title", sa.String(length=100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("end_date", sa.Date(), nullable=True))
    # The batch rebuild of "meeting" dropped its search triggers: put them back.
    search_index.create_triggers(op.get_bind(), search_index.DDL_V1)


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("end_date")
        batch.drop_column("short_title")
    search_index.create_triggers(op.get_bind(), search_index.DDL_V1)
