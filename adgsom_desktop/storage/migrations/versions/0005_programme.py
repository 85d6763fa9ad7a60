"""A meeting's programme (breaks, lunch, photo, bilaterals) and the time slot of items.

Revision ID: 0005_programme
Revises: 0004_room_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_programme"
down_revision = "0004_room_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("ord", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_programme_entry_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_entry")),
    )
    op.create_index(
        op.f("ix_programme_entry_meeting_id"), "programme_entry", ["meeting_id"], unique=False
    )
    # Plain ADD COLUMN (nullable): no rebuild of agenda_item, so its search triggers stay.
    op.add_column("agenda_item", sa.Column("day", sa.Date(), nullable=True))
    op.add_column("agenda_item", sa.Column("start_time", sa.Time(), nullable=True))
    op.add_column("agenda_item", sa.Column("end_time", sa.Time(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_column("end_time")
        batch.drop_column("start_time")
        batch.drop_column("day")
    from adgsom_desktop.storage import search_index

    search_index.create_triggers(op.get_bind(), search_index.CURRENT)
    op.drop_index(op.f("ix_programme_entry_meeting_id"), table_name="programme_entry")
    op.drop_table("programme_entry")
