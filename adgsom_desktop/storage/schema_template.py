"""An empty store of the current schema, built once and copied for every new store file.

Running the migrations (Alembic, every script from 0001) costs about 130-230 ms of CPU
per new store; a trip copy, a demo and every store the user creates paid it.  The first
store created with a schema version builds a *template*: a plain SQLite file holding the
schema only (the migrations' tables, indexes, triggers, full-text tables and their
seeded rows, ``alembic_version``), kept in the cache folder under a name that carries
the head revision and a digest of the migration scripts, so that another version of the
app (or an edited script) builds its own.  A new store is then written from it with
``sqlcipher_export`` (``backup.export_copy``), keyed with the new store's own key, so
an encrypted store is encrypted from its first page exactly as before; the template
holds no data of anyone.

Checked before each use (the application id, the revision stamped in it, SQLite's quick
check); a missing, stale or damaged template is rebuilt, and when the cache folder
cannot be written the store is built by its migrations as before (``template_for``
returns ``None``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

from .. import paths
from . import atomic, migrate, sqlite_driver
from .engine import make_engine

SUFFIX = ".adgsom-schema"
# What the migrations write that belongs to one store: made anew in each copy
# (``make_own``).  ``tests/test_schema_template.py`` compares a copy with a migrated store
# row by row, so a migration that adds another such value fails there until it is here.
STORE_ID = "store_id"  # 0015: the store's identity in exchanges (random)
SIGNED_SINCE = "approvals_signed_since"  # 0016: when the store began (now)
_built: dict[str, Path] = {}  # digest -> a template this process built or checked


@functools.cache
def digest() -> str:
    """The head revision and a digest of every migration script (their bytes, in order)."""
    h = hashlib.sha256(migrate.HEAD_REVISION.encode())
    for script in sorted((migrate.MIGRATIONS_DIR / "versions").glob("*.py")):
        h.update(script.name.encode() + b"\0" + script.read_bytes())
    return f"{migrate.HEAD_REVISION}-{h.hexdigest()[:16]}"


def template_path() -> Path:
    return paths.cache_dir() / "schema" / f"empty-{digest()}{SUFFIX}"


def template_for() -> Path | None:
    """The checked template of the current schema (built if needed), or ``None`` when it
    cannot be had (the cache folder not writable: the caller migrates instead)."""
    key = digest()
    known = _built.get(key)
    if known is not None and _usable(known):
        return known
    path = template_path()
    try:
        if not _usable(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic.atomic_output(path, "schema", database=True) as tmp:
                build(tmp)
            if not _usable(path):
                return None
    except (OSError, sqlite_driver.Error):
        return None
    _built[key] = path
    return path


def make_own(session: Any) -> None:
    """In a store just copied from the template: its own identity and starting time,
    as the migrations would have written them (0015, 0016)."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
    session.execute(
        text("UPDATE store_setting SET value = lower(hex(randomblob(16))) WHERE key = :k"),
        {"k": STORE_ID},
    )
    session.execute(
        text("UPDATE store_setting SET value = :v WHERE key = :k"), {"k": SIGNED_SINCE, "v": now}
    )


def build(path: Path) -> None:
    """The schema by its migrations, in the plain file ``path`` (complete on its own)."""
    with contextlib.closing(sqlite_driver.connect(path, None)) as conn:
        conn.execute(f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
    engine = make_engine(path, None)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    with contextlib.closing(sqlite_driver.connect(path, None, pragmas=False)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()  # no WAL beside it


def _usable(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        with contextlib.closing(
            sqlite_driver.connect(path, None, readonly=True, pragmas=False)
        ) as conn:
            return _checks(conn)
    except sqlite_driver.Error:
        return False


def _checks(conn: Any) -> bool:
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    if app_id != sqlite_driver.APPLICATION_ID:
        return False
    stamped = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if stamped != [(migrate.HEAD_REVISION,)]:
        return False
    return sqlite_driver.quick_check(conn) is None
