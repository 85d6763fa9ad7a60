"""Team members: which person of our delegation signs in with which login role (#15).

A team store's members sign in with PostgreSQL login roles of their own
(``storage/pg_team``); this table maps each login role to the person, with their
role in the team (head, alternate, member, reader) and when they were removed
(a removed member's row stays: their name stays in the history).  On a store file
it stays empty.

From this revision on an approval is a person's own act (a signed-in member on a
server, the approver's PIN on a file): ``approvals_signed_since`` records when, so
the history marks the approvals given before as "before sign-in".

Revision ID: 0016_team_members
Revises: 0015_travelling_records
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

SIGNED_SINCE = "approvals_signed_since"

revision = "0016_team_members"
down_revision = "0015_travelling_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("person.id", ondelete="SET NULL", name="fk_team_member_person_id_person"),
            nullable=True,
        ),
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("login_role", sa.String(63), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("login_role", name="uq_team_member_login_role"),
    )
    op.create_index("ix_team_member_person_id", "team_member", ["person_id"])
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
    op.execute(
        sa.text("INSERT INTO store_setting (key, value) VALUES (:k, :v)").bindparams(
            k=SIGNED_SINCE, v=now
        )
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM store_setting WHERE key = :k").bindparams(k=SIGNED_SINCE))
    op.drop_index("ix_team_member_person_id", table_name="team_member")
    op.drop_table("team_member")
