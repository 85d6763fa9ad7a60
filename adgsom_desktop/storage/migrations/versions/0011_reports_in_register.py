"""Meeting reports enter the distribution register: an issue says which document it is.

Revision ID: 0011_reports_in_register
Revises: 0010_pack_audiences
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_reports_in_register"
down_revision = "0010_pack_audiences"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN with a default: every issue so far is a pack; no table rebuild.
    op.add_column(
        "pack_issue",
        sa.Column("document", sa.String(length=32), nullable=False, server_default="pack"),
    )


def downgrade() -> None:
    op.execute("DELETE FROM pack_issue WHERE document <> 'pack'")
    with op.batch_alter_table("pack_issue") as batch:
        batch.drop_column("document")
