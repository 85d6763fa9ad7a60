"""Records that travel between stores (trip copies, exchange bundles: #17).

Every record that travels gets a UUID (events, meetings, agenda items, notes, action
items, outcomes, programme entries, people; a position and a stance are named by
their item's UUID, one per item or per item and delegation), filled in for the rows
already there.  Plain ``ADD COLUMN`` (nullable) and ``CREATE UNIQUE INDEX``: no table
is rebuilt, so the search triggers stay.  The store gets an id of its own
(``store_setting.store_id``).  New tables: what the store knows of each record's
revisions (``sync_record``), conflicts kept for the user (``sync_conflict``), members'
keys (``member_key``), signed approvals (``approval_signature``), other stores' audit
logs as received (``foreign_audit``) and how far ours was sent (``sync_peer``).

Revision ID: 0015_travelling_records
Revises: 0014_meeting_documents
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_travelling_records"
down_revision = "0014_meeting_documents"
branch_labels = None
depends_on = None

TRAVELLING = (
    "event",
    "meeting",
    "agenda_item",
    "note",
    "action_item",
    "outcome",
    "programme_entry",
    "person",
)


def _random_hex() -> str:
    if op.get_bind().dialect.name == "postgresql":
        return "replace(gen_random_uuid()::text, '-', '')"
    return "lower(hex(randomblob(16)))"


def upgrade() -> None:
    fresh = _random_hex()
    for table in TRAVELLING:
        op.add_column(table, sa.Column("uuid", sa.String(length=32), nullable=True))
        op.execute(f"UPDATE {table} SET uuid = {fresh} WHERE uuid IS NULL")
        op.create_index(f"uq_{table}_uuid", table, ["uuid"], unique=True)
    op.execute(
        f"INSERT INTO store_setting (key, value) SELECT 'store_id', {fresh} "
        "WHERE NOT EXISTS (SELECT 1 FROM store_setting WHERE key = 'store_id')"
    )
    op.create_table(
        "sync_record",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.String(length=32), nullable=False),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("gen", sa.Integer(), nullable=False),
        sa.Column("ancestry", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("withheld", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_record")),
    )
    op.create_index("ix_sync_record_scope", "sync_record", ["scope", "kind"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("local_rev", sa.String(length=32), nullable=False),
        sa.Column("local_content", sa.Text(), nullable=False),
        sa.Column("their_rev", sa.String(length=32), nullable=False),
        sa.Column("their_gen", sa.Integer(), nullable=False),
        sa.Column("their_content", sa.Text(), nullable=False),
        sa.Column("their_ancestry", sa.Text(), nullable=False),
        sa.Column("their_origin", sa.String(length=300), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=32), nullable=False),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(
        "ix_sync_conflict_key", "sync_conflict", ["key", "resolved_at"], unique=False
    )
    op.create_table(
        "member_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_uuid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("box_public", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("sealed_private", sa.Text(), nullable=False),
        sa.Column("kdf_salt", sa.String(length=64), nullable=False),
        sa.Column("kdf_ops", sa.Integer(), nullable=False),
        sa.Column("kdf_mem", sa.Integer(), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_key")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_member_key_fingerprint")),
    )
    op.create_index(
        op.f("ix_member_key_person_uuid"), "member_key", ["person_uuid"], unique=False
    )
    op.create_table(
        "approval_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position_key", sa.String(length=32), nullable=False),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("approver_uuid", sa.String(length=32), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_signature")),
        sa.UniqueConstraint(
            "position_key",
            "content_hash",
            "fingerprint",
            name=op.f("uq_approval_signature_position_key"),
        ),
    )
    op.create_table(
        "foreign_audit",
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("origin_name", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("hash", name=op.f("pk_foreign_audit")),
    )
    op.create_index("ix_foreign_audit_origin", "foreign_audit", ["origin", "id"], unique=False)
    op.create_table(
        "sync_peer",
        sa.Column("peer", sa.String(length=80), nullable=False),
        sa.Column("audit_sent", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("peer", name=op.f("pk_sync_peer")),
    )


def downgrade() -> None:
    op.drop_table("sync_peer")
    op.drop_index("ix_foreign_audit_origin", table_name="foreign_audit")
    op.drop_table("foreign_audit")
    op.drop_table("approval_signature")
    op.drop_index(op.f("ix_member_key_person_uuid"), table_name="member_key")
    op.drop_table("member_key")
    op.drop_index("ix_sync_conflict_key", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index("ix_sync_record_scope", table_name="sync_record")
    op.drop_table("sync_record")
    op.execute("DELETE FROM store_setting WHERE key = 'store_id'")
    for table in reversed(TRAVELLING):
        op.drop_index(f"uq_{table}_uuid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uuid")
    from adgsom_desktop.storage import search_index

    search_index.create_triggers(op.get_bind(), search_index.CURRENT)
