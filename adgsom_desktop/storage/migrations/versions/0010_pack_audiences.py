"""Pack audiences: an issue's "variant" becomes its audience (full -> hod, releasable -> delegation).

Revision ID: 0010_pack_audiences
Revises: 0009_several_writers
"""

from __future__ import annotations

from alembic import op

revision = "0010_pack_audiences"
down_revision = "0009_several_writers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # RENAME COLUMN (SQLite 3.25+): no rebuild of the table.
    op.execute("ALTER TABLE pack_issue RENAME COLUMN variant TO audience")
    op.execute(
        "UPDATE pack_issue SET audience = CASE audience "
        "WHEN 'full' THEN 'hod' WHEN 'releasable' THEN 'delegation' ELSE audience END"
    )


def downgrade() -> None:
    # agencies and public packs had no variant: the nearest is the releasable one
    op.execute(
        "UPDATE pack_issue SET audience = CASE audience "
        "WHEN 'hod' THEN 'full' ELSE 'releasable' END"
    )
    op.execute("ALTER TABLE pack_issue RENAME COLUMN audience TO variant")
