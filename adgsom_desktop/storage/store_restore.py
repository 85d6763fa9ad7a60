"""Restoring a store from one of its backups, and replacing a store that cannot be opened.

Parts of ``store.Store`` (its ``open_backup``, ``restore_from`` and
``replace_damaged`` call these).  The chosen backup is checked first
(integrity, schema, key); a damaged store is renamed aside, never overwritten.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PassphraseRequiredError, StoreCorruptError, StoreError, WrongPassphraseError
from . import backup, keys, migrate, sqlite_driver
from .atomic import fsync_dir
from .keys import Key, RawKey
from .store_files import acquire_lock, sidecars
from .store_probe import Probe, probe, read_header

if TYPE_CHECKING:
    from .store import Store


def open_backup(store: Store, source: Path, passphrase: str | None = None) -> Probe:
    """Check that ``source`` can be restored into ``store``; return what it is.

    An encrypted backup is tried with the store's own key first, then with
    ``passphrase`` (a backup made under another passphrase).
    """
    if not source.is_file():
        raise StoreError(f"No backup at {source}.")
    own = store._key
    tried: Key | None = passphrase or None
    size = source.stat().st_size
    plain = read_header(source).startswith(sqlite_driver.SQLITE_MAGIC)
    if plain or size < 1024 or size % 1024:  # plain, or not SQLCipher pages: probe says
        tried = None
    elif isinstance(own, RawKey) and not passphrase:
        tried = own if keys.file_salt(source) == own.salt else None
        if tried is None:
            raise PassphraseRequiredError(
                f"{source.name} was made under another passphrase: enter that passphrase."
            )
    elif isinstance(own, str) and not passphrase:
        tried = own
    try:
        found = probe(source, tried, wal=False)
    except WrongPassphraseError as exc:
        raise WrongPassphraseError(f"Wrong passphrase for the backup {source.name}.") from exc
    _verify(source, found)
    return found


def restore_from(store: Store, source: Path, passphrase: str | None = None) -> Probe:
    """Replace the store's content with the backup ``source`` (one transaction).

    The file stays the same (same key, same lock); the backup is copied in
    through SQLite's backup API and migrated if it is older.
    """
    with store.maintenance:
        found = store.open_backup(source, passphrase)
        key = store._key
        tmp = store.path.with_name(f".{store.path.name}.restoring")
        live = store._direct()
        try:
            src = sqlite_driver.connect(source, found.key, pragmas=False)
            try:
                if found.encrypted == store.encrypted and (not store.encrypted or found.key == key):
                    src.backup(live)
                else:  # another key, or plain vs encrypted: re-key through an export
                    backup.export_copy(src, tmp, key)
                    via = sqlite_driver.connect(tmp, key, pragmas=False)
                    try:
                        via.backup(live)
                    finally:
                        via.close()
            finally:
                src.close()
            live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite_driver.Error as exc:
            raise StoreError(f"The backup could not be restored: {exc}.") from exc
        finally:
            live.close()
            for leftover in sidecars(tmp):
                backup.wipe(leftover)
            store._replace_engine(key)
        if found.needs_upgrade:
            migrate.upgrade(store.engine)
        return found


def replace_damaged(path: Path, source: Path, passphrase: str | None) -> Path:
    """Put the backup ``source`` in place of a store that cannot be opened.

    The damaged file is never overwritten: it is renamed (with its WAL) to
    ``<name>.damaged-<time>`` beside it.  Returns that name.
    """
    found = probe(source, passphrase, wal=False)
    _verify(source, found)
    lock = acquire_lock(path)
    try:
        stamp = backup.timestamp()[:15]
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        for side, moved in zip(sidecars(path), sidecars(kept), strict=True):
            if side.exists():
                os.replace(side, moved)
        fsync_dir(path.parent)
        backup.backup_file(source, path, found.key)
    finally:
        lock.release()
    return kept


def _verify(source: Path, found: Probe) -> None:
    """A backup that opened must also read whole (integrity check, every table)."""
    try:
        backup.verify_copy(source, found.key)
    except sqlite_driver.Error as exc:
        raise StoreCorruptError(f"The backup {source.name} is damaged: {exc}.") from exc
