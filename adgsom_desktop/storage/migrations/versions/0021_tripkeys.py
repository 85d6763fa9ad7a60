"""A recipient's copy of our audit log without holes (review s32 H16): ``sync_peer.audit_sent``
now counts our entries a member has acknowledged holding (a bundle back from them says so),
no longer those written into a bundle, which may have been lost or replaced.  The counts
made at export are not acknowledgments: they start again from none, so the next bundle to
each member carries our whole log once and fills any hole a lost bundle left.

Revision ID: 0021_tripkeys
Revises: 0020_brief_bases
"""

from __future__ import annotations

from alembic import op

revision = "0021_tripkeys"
down_revision = "0020_brief_bases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE sync_peer SET audit_sent = 0")


def downgrade() -> None:
    pass  # an acknowledged count is a count sent: nothing to undo
