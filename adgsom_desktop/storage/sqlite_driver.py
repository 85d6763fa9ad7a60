"""The one way the app opens a SQLite connection: driver, key and pragmas.

Every connection comes from ``sqlcipher3`` (SQLCipher 4 bundling SQLite 3.5x
with FTS5): plain stores use it without a key, encrypted stores with one.  So
every platform runs the same SQLite, whatever the Python build carries.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import sqlcipher3

from ..i18n.messages import counted
from .keys import Key, RawKey

APPLICATION_ID = 0x41444753  # "ADGS": marks a file as an ADGSOM Desktop store
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# The page cache of a connection that reads each page about once (the quick check at
# open, the look that paints a store's tree): SQLCipher's default is 8 MB a connection,
# which such a read fills and leaves in the heap for nothing (#13, idle memory).
ONE_PASS_CACHE = "PRAGMA cache_size = -256"

Error = sqlcipher3.Error
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def key_literal(key: Key) -> str:
    """A passphrase or a derived key as the value of ``PRAGMA key``/``rekey``/``KEY``."""
    return key.pragma_value() if isinstance(key, RawKey) else _quote(key)


def apply_key(conn: Any, passphrase: Key | None) -> None:
    """Must be the first statement on an encrypted connection."""
    if passphrase:
        conn.execute(f"PRAGMA key = {key_literal(passphrase)}")


def apply_pragmas(conn: Any, *, readonly: bool = False) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # pragma: no cover - e.g. a read-only medium
            raise OperationalError(f"could not switch to WAL journal (got {mode})")
    # FULL: a committed note survives a power cut (NORMAL may lose the last commits).
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files on disk


def connect(
    path: Path | str,
    passphrase: Key | None = None,
    *,
    readonly: bool = False,
    pragmas: bool = True,
) -> Any:
    """Open a DB-API connection in autocommit mode (the caller emits BEGIN).

    ``readonly``: a look that writes nothing, not even side files.  A file with
    no WAL or rollback journal beside it is complete on its own and is opened
    ``immutable`` (SQLite then creates no ``-wal``/``-shm``); one with a WAL
    beside it (open elsewhere, or not closed cleanly) is read through it.
    """
    if readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        if not any(Path(f"{path}{side}").exists() for side in ("-wal", "-journal")):
            uri += "&immutable=1"
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # SQLCipher logs a failed key to stderr; the app reports it in its own words.
        conn.execute("PRAGMA cipher_log_level = NONE")
        apply_key(conn, passphrase)
        if pragmas:
            apply_pragmas(conn, readonly=readonly)
    except BaseException:
        conn.close()
        raise
    return conn


def sqlite_version() -> str:
    return str(sqlcipher3.sqlite_version)


def cipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        return str(row[0]) if row else ""
    finally:
        conn.close()


_NOT_A_DB = re.compile(r"file is not a database|file is encrypted", re.I)


def is_not_a_database(exc: BaseException) -> bool:
    return bool(_NOT_A_DB.search(str(exc)))


_RECOVERY = re.compile(r"attempt to write a readonly database", re.I)


def needs_recovery(exc: BaseException) -> bool:
    """A read-only connection met a hot journal to roll back or a WAL index to rebuild
    (only a writer may: SQLITE_READONLY_ROLLBACK/RECOVERY), in ``exc`` or what it wraps."""
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if _RECOVERY.search(str(current)):
            return True
        current = current.__cause__ or current.__context__
    return False


# "Could not decode to UTF-8": a text value spilt onto a damaged overflow page.
_DAMAGED = re.compile(r"malformed|corrupt|file is not a database|could not decode to UTF-8", re.I)


def damage_in(exc: BaseException) -> str | None:
    """SQLite's words when ``exc`` (or what it wraps) says the file is damaged, else None.

    Looks through SQLAlchemy's ``orig`` and the exception's causes: "database
    disk image is malformed", "fts5: corruption found ...", "file is not a
    database" (a header overwritten while the store was open), a text value
    that is no longer UTF-8 (its overflow page was overwritten).
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, Error) and _DAMAGED.search(str(current)):
            return str(current).splitlines()[0].rstrip(".")
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def quick_check(conn: Any, *, full: bool = False) -> str | None:
    """SQLite's quick check of every table's b-tree and indexes: None if sound, else
    what is wrong (the first problem).

    By default table by table, virtual tables left out: a whole-file
    ``quick_check`` (``full``) also re-tokenises the full-text index (FTS5's own
    integrity check), ten times the cost (3 s instead of 0.3 s for a 300 MB
    store of 100,000 notes; ~3 ms for the demo store).  The index's own tables
    are still checked as b-trees; a damaged index met later by a search marks
    the store damaged too, and backups (made on a worker) run the full check.
    """
    try:
        if full:
            names = [""]
        else:
            names = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%'"
                )
            ]
        for name in names:
            arg = '("' + name.replace('"', '""') + '")' if name else "(20)"
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA quick_check{arg}")]
            if rows != ["ok"]:
                lines = [x.strip() for r in rows for x in r.splitlines()]
                lines = [x for x in lines if x and not x.startswith("***")]
                more = f" and {counted(len(lines) - 1, 'more problem')}" if len(lines) > 1 else ""
                where = f"{name}: " if name else ""
                return where + (lines[0] if lines else "check failed") + more
    except DatabaseError as exc:
        if damage_in(exc) is None:
            raise
        return str(exc).rstrip(".")
    return None


def give_back_memory() -> None:
    """Return freed heap to the system (glibc keeps it: SQLite's page cache after a quick
    check stays resident otherwise, ~8 MB); nothing elsewhere."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
