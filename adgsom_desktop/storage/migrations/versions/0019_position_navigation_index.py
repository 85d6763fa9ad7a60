"""The navigation tree reads each item's position status and stance from an index (#13).

``navigation_read`` lists every item's status and stance. Without an index holding
them, SQLite walked every ``position`` row, long texts and their overflow pages, to
reach the two columns: on the large store about 3 MiB of its page cache stayed filled
by it in an idle app. A covering index on (item_id, status, stance) answers the same
query from a few pages.

Revision ID: 0019_position_navigation_index
Revises: 0018_register_travels
"""

from __future__ import annotations

from alembic import op

revision = "0019_position_navigation_index"
down_revision = "0018_register_travels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE INDEX: no table rebuild, so the search triggers stay as they are.
    op.create_index("ix_position_navigation", "position", ["item_id", "status", "stance"])


def downgrade() -> None:
    op.drop_index("ix_position_navigation", table_name="position")
