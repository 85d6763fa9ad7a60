"""Restoring a store from one of its backups, and replacing a store that cannot be opened.

Parts of ``store.Store`` (its ``open_backup``, ``restore_from`` and
``replace_damaged`` call these).  The chosen backup is checked first
(integrity, schema, key).  A damaged store is set aside under another name,
never overwritten, and its path is never left without a store: the backup's
copy is written whole beside it first (a full disk fails there, changing
nothing).  An encrypted store never becomes plain: a plain backup put in its
place is encrypted with the store's passphrase (or refused).  ``newer_than``
says what a restore would replace (notes and positions the backup lacks).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import (
    PassphraseRequiredError,
    StoreCorruptError,
    StoreError,
    WrongPassphraseError,
    write_failure,
)
from . import atomic, backup, keys, migrate, sqlite_driver
from .keys import Key, RawKey
from .store_files import acquire_lock, finish_interrupted, sidecars
from .store_probe import Probe, probe, read_header

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class Newer:
    """What a store holds that a backup lacks: a restore would replace it."""

    notes: int  # added, edited or deleted since the backup
    positions: int  # saved since the backup (a newer version)
    readable: bool = True  # False: the store could not be read to tell

    @property
    def anything(self) -> bool:
        return bool(self.notes or self.positions)


def open_backup(store: Store, source: Path, passphrase: str | None = None) -> Probe:
    """Check that ``source`` can be restored into ``store``; return what it is.

    An encrypted backup is tried with the store's own key first, then with
    ``passphrase`` (a backup made under another passphrase).
    """
    if not source.is_file():
        raise StoreError("No backup at {source}.", source=source)
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
                "{source_name} was made under another passphrase: enter that passphrase.",
                source_name=source.name,
            )
    elif isinstance(own, str) and not passphrase:
        tried = own
    try:
        found = probe(source, tried, wal=False)
    except WrongPassphraseError as exc:
        raise WrongPassphraseError(
            "Wrong passphrase for the backup {source_name}.", source_name=source.name
        ) from exc
    _verify(source, found)
    return found


def restore_from(store: Store, source: Path, passphrase: str | None = None) -> Probe:
    """Replace the store's content with the backup ``source`` (one transaction).

    The file stays the same (same key, same lock); the backup is copied in
    through SQLite's backup API and migrated if it is older.
    """
    with store.maintenance, store.write_gate:  # no write may land in the old file
        found = store.open_backup(source, passphrase)
        key = store._key
        live = store._direct()
        try:
            src = sqlite_driver.connect(source, found.key, pragmas=False)
            try:
                if found.encrypted == store.encrypted and (not store.encrypted or found.key == key):
                    src.backup(live)
                else:  # another key, or plain vs encrypted: re-key through an export
                    with atomic.scratch(store.path, "restore") as tmp:
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
            raise StoreError("The backup could not be restored: {exc}.", exc=exc) from exc
        finally:
            live.close()
            store._replace_engine(key)
        if found.needs_upgrade:
            migrate.upgrade(store.engine)
        return found


def replace_damaged(
    path: Path, source: Path, passphrase: str | None, *, allow_plain: bool = False
) -> Path:
    """Put the backup ``source`` in place of a store that cannot be opened.

    The copy is written whole under a temporary name first; only then is the
    damaged file given a second name, ``<name>.damaged-<time>`` (with its WAL),
    and the copy renamed over the path: the path always holds a store, and the
    damaged file is never overwritten.  The copy of a plain backup put in place
    of an encrypted store is encrypted with the store's passphrase (checked
    against the store or its encrypted backups first), never left plain unless
    ``allow_plain`` (the user asked for exactly that).
    Returns the name the damaged file is kept under.
    """
    found = probe(source, passphrase, wal=False)
    _verify(source, found)
    finish_interrupted(path)
    lock = acquire_lock(path)
    try:
        key = _key_for_copy(path, source, found, passphrase, allow_plain)
        stamp = backup.timestamp()[:15]
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        with atomic.atomic_output(path, "restore") as tmp:
            src = sqlite_driver.connect(source, found.key, pragmas=False)
            try:
                if key == found.key:
                    dest = sqlite_driver.connect(tmp, key, pragmas=False)
                    try:
                        src.backup(dest)
                    finally:
                        dest.close()
                else:  # a plain backup for an encrypted store: encrypted on the way
                    backup.export_copy(src, tmp, key)
            finally:
                src.close()
            backup.verify_copy(tmp, key)
            backup.as_live_store(tmp, key)
            _set_aside(path, kept)
    except (sqlite_driver.Error, OSError) as exc:
        why = write_failure(exc) or str(exc).rstrip(".")
        raise StoreError(
            "The backup could not be put in place: {why}. Nothing was changed.", why=why
        ) from exc
    finally:
        lock.release()
    return kept


def _set_aside(path: Path, kept: Path) -> None:
    """Give the damaged file (and its WAL) a second name, then drop the side files that
    belong to it from the path (a stale WAL must never meet the restored copy)."""
    for side, moved in zip(sidecars(path), sidecars(kept), strict=True):
        if not side.exists() or side.name.endswith("-shm"):  # the -shm is only an index
            continue
        try:
            os.link(side, moved)
        except OSError:  # a file system without hard links: a copy
            shutil.copy2(side, moved)
    atomic.fsync_dir(path.parent)
    for side in sidecars(path)[1:]:
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def _key_for_copy(
    path: Path, source: Path, found: Probe, passphrase: str | None, allow_plain: bool
) -> Key | None:
    """The key the restored copy is written with: the backup's own, except a plain backup
    put in place of a store that is not a plain SQLite file (an encrypted one, or one whose
    first page is lost): that copy is encrypted with the store's passphrase, checked
    against the store or one of its encrypted backups first.  ``allow_plain``: the user
    asked for exactly that, a plain store."""
    if found.encrypted or allow_plain or read_header(path).startswith(sqlite_driver.SQLITE_MAGIC):
        return found.key
    if not passphrase:
        raise PassphraseRequiredError(
            "{path_name} is encrypted (or its first page is lost) and the backup "
            "{source_name} is not: enter the store's passphrase, so that the restored copy "
            "is encrypted with it. Nothing was changed.",
            path_name=path.name,
            source_name=source.name,
        )
    salt = keys.file_salt(path)
    key = keys.derive(passphrase, salt) if len(salt) == keys.SALT_BYTES else None
    if key is not None and _opens(path, key):
        return key
    for b in backup.list_backups(path)[:8]:
        with contextlib.suppress(OSError):
            if read_header(b.path).startswith(sqlite_driver.SQLITE_MAGIC):
                continue
            if _opens(b.path, keys.derive(passphrase, keys.file_salt(b.path))):
                return key or keys.new_key(passphrase)
    raise WrongPassphraseError(
        "The passphrase could not be checked against {path_name} or an encrypted backup of "
        "it, and the backup is not encrypted: the store would be left unencrypted, so nothing "
        "was changed. Enter the store's passphrase, or choose an encrypted backup.",
        path_name=path.name,
    )


def _opens(path: Path, key: Key) -> bool:
    """Whether ``key`` decrypts the first page of ``path`` (other damage aside)."""
    try:
        conn = sqlite_driver.connect(path, key, readonly=True, pragmas=False)
    except sqlite_driver.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except sqlite_driver.Error as exc:
        return not sqlite_driver.is_not_a_database(exc)
    finally:
        conn.close()


def _verify(source: Path, found: Probe) -> None:
    """A backup that opened must also read whole (integrity check, every table)."""
    try:
        backup.verify_copy(source, found.key)
    except sqlite_driver.Error as exc:
        raise StoreCorruptError(
            "The backup {source_name} is damaged: {exc}.", source_name=source.name, exc=exc
        ) from exc


# -- what a restore would replace ----------------------------------------------------------


def newer_than(path: Path, key: Key | None, source: Path, source_key: Key | None) -> Newer:
    """Notes and positions in the store at ``path`` that the backup ``source`` lacks
    (added, edited or deleted since it was made).  Both files are only read; a store
    that cannot be read gives ``Newer(0, 0, readable=False)``."""
    try:
        theirs = _versions(source, source_key)
    except sqlite_driver.Error:
        theirs = ({}, {})
    try:
        ours = _versions(path, key)
    except sqlite_driver.Error:
        return Newer(0, 0, readable=False)
    notes = sum(1 for i, v in ours[0].items() if theirs[0].get(i) != v)
    positions = sum(1 for i, v in ours[1].items() if theirs[1].get(i, (0,))[0] < v[0])
    return Newer(notes, positions)


def _versions(path: Path, key: Key | None) -> tuple[dict[int, Any], dict[int, Any]]:
    conn = sqlite_driver.connect(path, key, readonly=True, pragmas=False)
    try:
        notes = {
            r[0]: (r[1], r[2] is not None)
            for r in conn.execute("SELECT id, version_no, deleted_at FROM note")
        }
        positions = {r[0]: (r[1],) for r in conn.execute("SELECT id, version_no FROM position")}
        return notes, positions
    finally:
        conn.close()
