"""Storage: where a store lives and how it is read and written.

``backend.Backend`` is the seam the services see.  The SQLite file (``store``,
``sqlite_driver``, ``engine``, backups, keys, salvage, the FTS5 ``search_index``)
and the team store on PostgreSQL (``pg_store``, ``pg_search``, ``pg_feed``)
implement it; migrations are the same Alembic scripts for both engines.
"""
