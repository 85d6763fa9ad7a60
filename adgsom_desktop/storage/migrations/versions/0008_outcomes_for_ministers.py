"""Outcomes marked for the Ministers' consideration: the decision as the Ministers take it
(note / endorse / adopt / task, and what) and the Ministers' agenda item it goes to.

Revision ID: 0008_outcomes_for_ministers
Revises: 0007_outcome_documents
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from adgsom_desktop.storage import search_index

revision = "0008_outcomes_for_ministers"
down_revision = "0007_outcome_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outcome") as batch:
        batch.add_column(
            sa.Column("for_ministers", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("ministers_action", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("ministers_text", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("ministers_item_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_outcome_ministers_item_id_agenda_item"),
            "agenda_item",
            ["ministers_item_id"],
            ["id"],
            ondelete="SET NULL",
        )
    # The batch rebuild of "outcome" dropped its search triggers: put them back.
    search_index.create_triggers(op.get_bind(), search_index.DDL_V1)


def downgrade() -> None:
    with op.batch_alter_table("outcome") as batch:
        batch.drop_constraint(op.f("fk_outcome_ministers_item_id_agenda_item"), type_="foreignkey")
        batch.drop_column("ministers_item_id")
        batch.drop_column("ministers_text")
        batch.drop_column("ministers_action")
        batch.drop_column("for_ministers")
    search_index.create_triggers(op.get_bind(), search_index.DDL_V1)
