"""The register travels back from trip copies (#17): pack issues gain a UUID and the
provisional number a trip copy printed (kept as the trace of the final one).

Columns added (no table rebuilt: the search triggers are untouched); existing issues get
UUIDs.

Revision ID: 0018_register_travels
Revises: 0017_list_of_speakers
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_register_travels"
down_revision = "0017_list_of_speakers"
branch_labels = None
depends_on = None


def _random_hex() -> str:
    if op.get_bind().dialect.name == "postgresql":
        return "replace(gen_random_uuid()::text, '-', '')"
    return "lower(hex(randomblob(16)))"


def upgrade() -> None:
    op.add_column("pack_issue", sa.Column("uuid", sa.String(length=32), nullable=True))
    op.add_column(
        "pack_issue",
        sa.Column(
            "provisional_reference", sa.String(length=100), nullable=False, server_default=""
        ),
    )
    op.execute(f"UPDATE pack_issue SET uuid = {_random_hex()} WHERE uuid IS NULL")
    op.create_index("uq_pack_issue_uuid", "pack_issue", ["uuid"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_pack_issue_uuid", table_name="pack_issue")
    with op.batch_alter_table("pack_issue") as batch:
        batch.drop_column("provisional_reference")
        batch.drop_column("uuid")
