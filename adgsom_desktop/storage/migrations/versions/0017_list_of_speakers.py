"""The list of speakers of each meeting (issue #23 item 1).

A new table: no existing table is rebuilt, so the search triggers are untouched.

Revision ID: 0017_list_of_speakers
Revises: 0016_team_members
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_list_of_speakers"
down_revision = "0016_team_members"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "speaker_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_speaker_request_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_speaker_request_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_item.id"],
            name=op.f("fk_speaker_request_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_request")),
    )
    op.create_index(
        op.f("ix_speaker_request_delegation_id"),
        "speaker_request",
        ["delegation_id"],
        unique=False,
    )
    op.create_index(
        "ix_speaker_request_order",
        "speaker_request",
        ["meeting_id", "requested_at", "id"],
        unique=False,
    )
    op.create_index(
        "ix_speaker_request_open",
        "speaker_request",
        ["meeting_id", "delegation_id"],
        unique=True,
        sqlite_where=sa.text("ended_at IS NULL"),
        postgresql_where=sa.text("ended_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_speaker_request_open", table_name="speaker_request")
    op.drop_index("ix_speaker_request_order", table_name="speaker_request")
    op.drop_index(op.f("ix_speaker_request_delegation_id"), table_name="speaker_request")
    op.drop_table("speaker_request")
