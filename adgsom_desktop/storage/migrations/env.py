"""Alembic environment: always driven programmatically with a live connection.

The app calls ``storage.migrate.upgrade(...)``, which puts the connection in
``config.attributes["connection"]``.  ``render_as_batch`` because SQLite alters
tables by rebuilding them; a rebuild drops the table's triggers, so a batch
migration of an indexed table must recreate the search triggers
(``storage.search_index.create_triggers``).
"""

from __future__ import annotations

from alembic import context

from adgsom_desktop.domain.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the programmatic path is supported
    raise RuntimeError("run migrations through adgsom_desktop.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
