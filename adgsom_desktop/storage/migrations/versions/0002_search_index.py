"""Full-text search index: FTS5 trigram table and the triggers that keep it in sync.

Revision ID: 0002_search_index
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

from adgsom_desktop.storage import search_index

revision = "0002_search_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    search_index.create_table(conn, search_index.DDL_V1)
    search_index.create_triggers(conn, search_index.DDL_V1)
    # Index whatever the store already holds (a store made by 0001 may have data).
    search_index.rebuild(conn, search_index.DDL_V1)


def downgrade() -> None:
    conn = op.get_bind()
    search_index.drop_triggers(conn, search_index.DDL_V1)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {search_index.FTS_TABLE}")
