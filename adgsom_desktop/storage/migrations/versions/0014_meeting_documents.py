"""The meeting's documents (PDF, .docx) attached to the store, their bytes apart.

Revision ID: 0014_meeting_documents
Revises: 0013_meeting_members
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_meeting_documents"
down_revision = "0013_meeting_members"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("symbol", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_item.id"],
            name=op.f("fk_meeting_document_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_document_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_document")),
    )
    op.create_index(
        op.f("ix_meeting_document_meeting_id"), "meeting_document", ["meeting_id"], unique=False
    )
    op.create_index(
        op.f("ix_meeting_document_item_id"), "meeting_document", ["item_id"], unique=False
    )
    op.create_table(
        "document_file",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["meeting_document.id"],
            name=op.f("fk_document_file_document_id_meeting_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_file")),
    )


def downgrade() -> None:
    op.drop_table("document_file")
    op.drop_index(op.f("ix_meeting_document_item_id"), table_name="meeting_document")
    op.drop_index(op.f("ix_meeting_document_meeting_id"), table_name="meeting_document")
    op.drop_table("meeting_document")
