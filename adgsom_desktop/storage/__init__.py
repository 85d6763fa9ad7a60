"""Storage: the SQLite file (driver, pragmas, migrations, search index, backups).

Everything SQLite-specific lives here, so another backend could be added
without touching the services.
"""
