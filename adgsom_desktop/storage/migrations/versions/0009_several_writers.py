"""Correct with several writers: an addendum's number unique under its pack; on
PostgreSQL, audit ids are the chain's own (no sequence hands them out).

The numbers the services take as "the highest + 1" are taken under a lock
(``Backend.lock`` or the parent row ``FOR UPDATE``); an addendum's number is
also a unique index, so two writers can never both print "Add.2".  A plain
``CREATE INDEX`` (no table rebuild on SQLite: the search triggers stay).

Audit entries are numbered tip + 1 under the audit lock (the id is part of the
hash, and the chain has no gaps), so on PostgreSQL the serial default of
``audit_entry.id`` is dropped: nothing else may ever take an audit id.

Revision ID: 0009_several_writers
Revises: 0008_outcomes_for_ministers
"""

from __future__ import annotations

from alembic import op

revision = "0009_several_writers"
down_revision = "0008_outcomes_for_ministers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "uq_pack_issue_addendum",
        "pack_issue",
        ["based_on_issue_id", "addendum_no"],
        unique=True,
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entry ALTER COLUMN id DROP DEFAULT")
        op.execute("DROP SEQUENCE IF EXISTS audit_entry_id_seq")


def downgrade() -> None:
    op.drop_index("uq_pack_issue_addendum", table_name="pack_issue")
