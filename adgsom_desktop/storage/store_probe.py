"""A read-only look at a store file: is it a store, which schema, which key opens it.

Every check that can fail runs here, before anything is written (``store.Store.open``
then locks, backs up and migrates): a file that is not a store, a store from a
newer version or a wrong passphrase leaves the file byte-for-byte unchanged.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import (
    NotAStoreError,
    PassphraseRequiredError,
    StoreCorruptError,
    StoreError,
    StoreNotWritableError,
    StoreTooNewError,
    WrongPassphraseError,
)
from . import keys, migrate, sqlite_driver
from .keys import Key


@dataclass(frozen=True)
class Probe:
    """What a read-only look at a file found."""

    encrypted: bool
    revision: str | None  # None: a fresh, empty database
    needs_upgrade: bool
    key: Key | None = field(default=None, repr=False, compare=False)  # what opened it
    # What SQLite's quick check found wrong (only with ``allow_damaged``; None: sound).
    damage: str | None = None


def read_header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(100)


def _check_plain_header(path: Path, header: bytes, size: int) -> None:
    """Catch a truncated plain store before SQLite reads garbage."""
    if len(header) < 100:
        raise StoreCorruptError(f"{path.name} is truncated: it is not a complete store.")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreCorruptError(f"{path.name} has a damaged header: it cannot be opened.")
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise StoreCorruptError(
            f"{path.name} is truncated ({size:,} of {page_count * page_size:,} bytes): "
            "it is not a complete store. Restore it from a backup."
        )


def probe(
    path: Path,
    passphrase: Key | None = None,
    *,
    wal: bool = True,
    check: bool = False,
    allow_damaged: bool = False,
) -> Probe:
    """Look at ``path`` without changing it; raise a ``StoreError`` if it is unusable.

    For an encrypted file the key is derived once from the passphrase and the
    file's salt (``keys.derive``); ``Probe.key`` is what opened it.  ``wal``:
    the file may be in WAL mode (its folder must then be writable even to read).
    ``check``: also run SQLite's quick check (every page read once; ~25 ms for
    the demo store, ~0.25 s for 250 MB): a damaged store is refused before the
    app writes anything to it (``StoreCorruptError``).  The look creates no
    side file (``sqlite_driver.connect(readonly=True)``).  ``allow_damaged``: a
    store whose schema and version can be read but whose quick check fails is
    returned with ``Probe.damage`` set instead of refused (it may then be opened
    read-only); a file SQLite cannot even start to read is still refused.
    """
    if not path.exists():
        raise StoreError(f"No store at {path}.")
    if not path.is_file():
        raise NotAStoreError(f"{path} is a folder, not a store file.")
    try:
        size = path.stat().st_size
        header = read_header(path)
    except PermissionError as exc:
        raise StoreNotWritableError(f"{path} cannot be read: permission denied.") from exc
    if size == 0:
        raise NotAStoreError(f"{path.name} is empty: it is not an ADGSOM Desktop store.")
    plain = header.startswith(sqlite_driver.SQLITE_MAGIC)
    if plain:
        _check_plain_header(path, header, size)
        passphrase = None  # a plain store ignores a passphrase
    elif not passphrase:
        # SQLCipher files are whole pages of ciphertext; other files seldom are.
        if size >= 1024 and size % 1024 == 0:
            raise PassphraseRequiredError(
                f"{path.name} is encrypted (or not a store): enter its passphrase."
            )
        raise NotAStoreError(f"{path.name} is not an ADGSOM Desktop store (not a database file).")
    if wal:
        # A WAL store needs its folder writable even to be read (the -shm index).
        check_writable(path)
    if passphrase is None:
        return _inspect(path, None, check, allow_damaged)
    candidates: list[Key] = [passphrase]
    if isinstance(passphrase, str) and len(header) >= keys.SALT_BYTES:
        # Derive once here; every later connection then skips SQLCipher's KDF.
        candidates.insert(0, keys.derive(passphrase, header[: keys.SALT_BYTES]))
    for n, key in enumerate(candidates):
        try:
            return _inspect(path, key, check, allow_damaged)
        except WrongPassphraseError:
            if n == len(candidates) - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def damaged_error(name: str, detail: str) -> StoreCorruptError:
    return StoreCorruptError(f"{name} is damaged: part of it cannot be read ({detail}).")


def _inspect(
    path: Path, key: Key | None, check: bool = False, allow_damaged: bool = False
) -> Probe:
    try:
        conn = sqlite_driver.connect(path, key, readonly=True, pragmas=False)
    except sqlite_driver.Error as exc:
        raise StoreError(f"{path.name} cannot be opened: {exc}.") from exc
    try:
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite_driver.DatabaseError as exc:
            if sqlite_driver.is_not_a_database(exc):
                if key:
                    raise WrongPassphraseError(
                        f"Wrong passphrase for {path.name} (or the file is not a store)."
                    ) from exc
                raise NotAStoreError(f"{path.name} is not an ADGSOM Desktop store.") from exc
            raise damaged_error(path.name, str(exc).rstrip(".")) from exc
        if app_id != sqlite_driver.APPLICATION_ID or "alembic_version" not in tables:
            raise NotAStoreError(
                f"{path.name} is a database of another application, not an ADGSOM Desktop store."
            )
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite_driver.DatabaseError as exc:
            raise damaged_error(path.name, str(exc).rstrip(".")) from exc
        revision = row[0] if row else None
        problem = sqlite_driver.quick_check(conn) if check else None
        if problem is not None and not allow_damaged:
            raise damaged_error(path.name, problem)
    finally:
        conn.close()
        if check:
            sqlite_driver.give_back_memory()  # the check's page cache (~8 MB) stayed resident
    if revision is not None and revision not in migrate.KNOWN_REVISIONS:
        raise StoreTooNewError(
            f"{path.name} was written by a newer version of ADGSOM Desktop "
            f"(schema {revision}). Update the app to open it; the file was not changed."
        )
    return Probe(
        encrypted=key is not None,
        revision=revision,
        needs_upgrade=revision != migrate.HEAD_REVISION,
        key=key,
        damage=problem,
    )


def check_writable(path: Path) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreNotWritableError(
            f"The folder {folder} is not writable: the store cannot be opened for editing "
            "there. Copy it to a writable folder."
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreNotWritableError(f"{path.name} is read-only: it cannot be opened for editing.")
