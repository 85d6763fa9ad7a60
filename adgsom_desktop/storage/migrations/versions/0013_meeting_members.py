"""Our members assigned to each meeting (the week at a glance).

Revision ID: 0013_meeting_members
Revises: 0012_note_speaker_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_meeting_members"
down_revision = "0012_note_speaker_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_member_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_member")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_meeting_member_meeting_id")),
    )
    op.create_index(
        op.f("ix_meeting_member_meeting_id"), "meeting_member", ["meeting_id"], unique=False
    )
    op.create_index(
        op.f("ix_meeting_member_person_id"), "meeting_member", ["person_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_meeting_member_person_id"), table_name="meeting_member")
    op.drop_index(op.f("ix_meeting_member_meeting_id"), table_name="meeting_member")
    op.drop_table("meeting_member")
