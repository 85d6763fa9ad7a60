"""Changing a store's key: a new passphrase (SQLCipher rekey) or encrypting a plain store.

Parts of ``store.Store`` (its ``change_passphrase`` and ``encrypt`` call these):
they hold the store's maintenance lock, work on a connection outside the pool
and give the store a fresh engine under the key that now opens the file.  The
store's backups follow (a backup under an old, maybe leaked passphrase, or a
plain backup of an encrypted store, would undo the change).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError, WrongPassphraseError
from . import backup, keys, sqlite_driver
from .atomic import fsync_dir
from .keys import Key, RawKey
from .store_files import sidecars
from .store_probe import read_header

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class RekeyResult:
    backups_done: int
    backups_skipped: tuple[Path, ...]


def change_passphrase(store: Store, old: str, new: str) -> RekeyResult:
    """Re-encrypt every page with a key derived from ``new`` (SQLCipher rekey).

    One transaction: a crash leaves the store under the old or the new
    passphrase, never half.  The store's backups are re-keyed too.
    """
    with store.maintenance:
        if not store.encrypted:
            raise StoreError("This store is not encrypted: encrypt it first.")
        if not store.check_passphrase(old):
            raise WrongPassphraseError("The current passphrase is not correct. Nothing changed.")
        old_key = store._key
        assert old_key is not None
        salt = old_key.salt if isinstance(old_key, RawKey) else keys.file_salt(store.path)
        new_key = keys.derive(new, salt)
        conn = store._direct()
        try:
            conn.execute(f"PRAGMA rekey = {sqlite_driver.key_literal(new_key)}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite_driver.Error as exc:
            conn.close()
            store._replace_engine(_working_key(store.path, new_key, old_key))
            raise StoreError(f"The passphrase could not be changed: {exc}.") from exc
        conn.close()
        store._replace_engine(new_key)
        return _each_backup(store.path, lambda path: _rekey_file(path, old, old_key, new, new_key))


def encrypt(store: Store, passphrase: str) -> RekeyResult:
    """Encrypt a plain store in place: export to a new encrypted file, then swap.

    The encrypted copy is checked (integrity, row counts) before it replaces
    the plain file in one rename; the plain file's blocks are then overwritten.
    A crash at any moment leaves either the plain store or the encrypted one,
    complete.  Never a plain copy: the store's plain backups are encrypted the
    same way.
    """
    with store.maintenance:
        if store.encrypted:
            raise StoreError("This store is already encrypted: change its passphrase instead.")
        key = keys.new_key(passphrase)
        path = store.path
        tmp = path.with_name(f".{path.name}.encrypting")
        swapped = False
        conn = store._direct()
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = backup.table_counts(conn)
            backup.export_copy(conn, tmp, key)
            if backup.verify_copy(tmp, key) != counts:
                raise StoreError("The encrypted copy differs from the store; nothing was changed.")
            old_fd = os.open(path, os.O_RDWR)
            try:
                conn.close()
                os.replace(tmp, path)
                swapped = True
                fsync_dir(path.parent)
                for side in sidecars(path)[1:]:  # the plain WAL, if any
                    backup.wipe(side)
                backup.wipe_open(path, old_fd)
            finally:
                os.close(old_fd)
        except sqlite_driver.Error as exc:
            raise StoreError(
                f"The store could not be encrypted: {exc}. It was not changed."
            ) from exc
        finally:
            with contextlib.suppress(Exception):
                conn.close()
            for leftover in sidecars(tmp):
                backup.wipe(leftover)
            store._replace_engine(key if swapped else None)
        return _each_backup(path, lambda backup_path: _encrypt_file(backup_path, key))


def _each_backup(store_path: Path, convert: Callable[[Path], None]) -> RekeyResult:
    """``convert`` every backup of the store; one that fails is skipped (and named)."""
    done, skipped = 0, []
    for b in backup.list_backups(store_path):
        try:
            convert(b.path)
            done += 1
        except (sqlite_driver.Error, OSError, StoreError):
            skipped.append(b.path)
    return RekeyResult(done, tuple(skipped))


def _working_key(path: Path, *candidates: Key) -> Key:
    """Which of the candidates opens ``path`` (after a failed rekey)."""
    for key in candidates:
        try:
            conn = sqlite_driver.connect(path, key, readonly=True, pragmas=False)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
                return key
            finally:
                conn.close()
        except sqlite_driver.DatabaseError:
            continue
    raise StoreError(f"{path.name} opens with neither passphrase.")


def _rekey_file(path: Path, old: str, old_key: Key, new: str, new_key: RawKey) -> None:
    """Re-key a backup (journal mode DELETE: one transaction)."""
    salt = keys.file_salt(path)
    if not (isinstance(old_key, RawKey) and old_key.salt == salt):
        old_key, new_key = keys.derive(old, salt), keys.derive(new, salt)
    conn = sqlite_driver.connect(path, old_key, pragmas=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.execute(f"PRAGMA rekey = {sqlite_driver.key_literal(new_key)}")
    finally:
        conn.close()


def _encrypt_file(path: Path, key: RawKey) -> None:
    """Replace a plain backup by an encrypted one, then overwrite the plain blocks."""
    if not read_header(path).startswith(sqlite_driver.SQLITE_MAGIC):
        return  # already encrypted
    tmp = path.with_name(f".{path.name}.encrypting")
    src = sqlite_driver.connect(path, None, pragmas=False)
    try:
        counts = backup.table_counts(src)
        backup.export_copy(src, tmp, key)
    finally:
        src.close()
    try:
        if backup.verify_copy(tmp, key) != counts:
            raise StoreError(f"The encrypted copy of {path.name} differs.")
        fd = os.open(path, os.O_RDWR)
        try:
            os.replace(tmp, path)
            backup.wipe_open(path, fd)
        finally:
            os.close(fd)
    finally:
        backup.wipe(tmp)
