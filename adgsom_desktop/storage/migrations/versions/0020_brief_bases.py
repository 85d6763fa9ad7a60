"""The bases of the offline merge of briefs (#17): ``sync_base`` keeps a brief's content at
each revision this store recorded (the last few per brief), so that a brief changed on both
sides is merged section by section from the version both last shared, not kept whole as a
conflict.  A new table: nothing else changes; a store upgraded holds no base yet (its briefs
changed on both sides before their next exchange are conflicts, as before).

Revision ID: 0020_brief_bases
Revises: 0019_position_navigation_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_brief_bases"
down_revision = "0019_position_navigation_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_base",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.String(length=32), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_base")),
        sa.UniqueConstraint("key", "rev", name=op.f("uq_sync_base_key")),
    )
    op.create_index("ix_sync_base_key", "sync_base", ["key", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sync_base_key", table_name="sync_base")
    op.drop_table("sync_base")
