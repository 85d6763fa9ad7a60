"""Changing a store's key: a new passphrase (SQLCipher rekey) or encrypting a plain store.

Parts of ``store.Store`` (its ``change_passphrase`` and ``encrypt`` call these):
they hold the store's maintenance lock, work on a connection outside the pool
and give the store a fresh engine under the key that now opens the file.  The
store's backups follow (a backup under an old, maybe leaked passphrase, or a
plain backup of an encrypted store, would undo the change).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import StoreError, WrongPassphraseError, write_failure
from ..i18n.messages import QT_TRANSLATE_NOOP
from . import atomic, backup, keys, sqlite_driver
from .keys import Key, RawKey
from .store_probe import read_header

if TYPE_CHECKING:
    from .store import Store


_REKEY_LATER = QT_TRANSLATE_NOOP(
    "Errors",
    "The passphrase change was committed but could not be finished now ({why}): it is "
    "finished the next time the store is opened. Close the store and open it again.",
)
_ENCRYPT_LATER = QT_TRANSLATE_NOOP(
    "Errors",
    "The encryption was committed but could not be finished now ({why}): it is finished "
    "the next time the store is opened. Close the store and open it again.",
)


@dataclass(frozen=True)
class RekeyResult:
    backups_done: int
    backups_skipped: tuple[Path, ...]


def change_passphrase(store: Store, old: str, new: str) -> RekeyResult:
    """Re-encrypt the store and its backups under ``new``: one operation, never half.

    Re-keyed copies of the store and of every backup under the current
    passphrase are exported and checked under temporary names beside the store
    (no journal is ever written beside a backup); then a commit record, then
    each old file is overwritten with zeros and replaced (``atomic.staged``,
    durable).  Killed before the commit: the old passphrase still opens
    everything (the next open removes the copies and says so); after: the next
    start or open finishes, and the new one opens everything.  A backup under
    yet another passphrase is left as it was (and named).  The salt stays.
    """
    with store.maintenance, store.write_gate:  # no write may land in the old file
        if not store.encrypted:
            raise StoreError("This store is not encrypted: encrypt it first.")
        if not store.check_passphrase(old):
            raise WrongPassphraseError("The current passphrase is not correct. Nothing changed.")
        old_key = store._key
        assert old_key is not None
        path = store.path
        salt = old_key.salt if isinstance(old_key, RawKey) else keys.file_salt(path)
        new_key = keys.derive(new, salt)
        done, skipped = 0, []
        swapped = False
        stage: atomic.Staged | None = None
        conn = store._direct()
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with atomic.staged("rekey", durable_in=path.parent, wipe_replaced=True) as stage:
                counts = backup.table_counts(conn)
                tmp = stage.add(path, database=True)
                backup.export_copy(conn, tmp, new_key)
                if backup.verify_copy(tmp, new_key) != counts:
                    raise StoreError("The re-keyed copy differs from the store; nothing changed.")
                backup.as_live_store(tmp, new_key)
                for b in backup.list_backups(path):
                    tmp = stage.add(b.path)
                    try:
                        _rekeyed_copy(b.path, tmp, old, old_key, new, new_key)
                        done += 1
                    except (sqlite_driver.Error, StoreError) as exc:
                        if write_failure(exc) is not None:
                            raise
                        stage.discard(tmp)  # under another passphrase, or damaged: as it was
                        skipped.append(b.path)
                conn.close()
                stage.place()  # the commit: from here on, the new passphrase opens everything
                swapped = True
        except (sqlite_driver.Error, OSError) as exc:
            why = write_failure(exc) or str(exc).rstrip(".")
            if stage is not None and stage.placed:  # committed: finished at the next open
                swapped = True
                raise StoreError(_REKEY_LATER, why=why) from exc
            raise StoreError(
                "The passphrase could not be changed: {why}. Nothing was changed: the current "
                "passphrase still opens the store and its backups.",
                why=why,
            ) from exc
        finally:
            with contextlib.suppress(Exception):
                conn.close()
            store._replace_engine(new_key if swapped else old_key)
        return RekeyResult(done, tuple(skipped))


def _rekeyed_copy(path: Path, tmp: Path, old: str, old_key: Key, new: str, new_key: RawKey) -> None:
    """Export the backup ``path`` (under ``old``) into ``tmp`` under ``new`` and check it;
    the backup itself is only read.  A backup with its own salt gets keys of its own."""
    salt = keys.file_salt(path)
    if not (isinstance(old_key, RawKey) and old_key.salt == salt):
        old_key, new_key = keys.derive(old, salt), keys.derive(new, salt)
    src = sqlite_driver.connect(path, old_key, readonly=True, pragmas=False)
    try:
        counts = backup.table_counts(src)
        backup.export_copy(src, tmp, new_key)
    finally:
        src.close()
    if backup.verify_copy(tmp, new_key) != counts:
        raise StoreError("The re-keyed copy of {path_name} differs.", path_name=path.name)


def encrypt(store: Store, passphrase: str) -> RekeyResult:
    """Encrypt a plain store and every plain backup of it: one operation, never half.

    Encrypted copies of the store and of each plain backup are exported and
    checked (integrity, row counts) under temporary names beside the store;
    then a commit record is written, and only then is each plain file
    overwritten with zeros and replaced by its copy (``atomic.staged``,
    durable).  Killed before the commit: everything stays plain (the next open
    removes the copies and says the encryption was interrupted).  Killed after:
    the next start or open finishes the renames (no key is needed for that).
    A backup that cannot be read fails the whole operation, naming it.
    """
    with store.maintenance, store.write_gate:  # no write may land in the old file
        if store.encrypted:
            raise StoreError("This store is already encrypted: change its passphrase instead.")
        key = keys.new_key(passphrase)
        path = store.path
        plain = [
            b.path
            for b in backup.list_backups(path)
            if read_header(b.path).startswith(sqlite_driver.SQLITE_MAGIC)
        ]
        swapped = False
        stage: atomic.Staged | None = None
        conn = store._direct()
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with atomic.staged("encrypt", durable_in=path.parent, wipe_replaced=True) as stage:
                counts = backup.table_counts(conn)
                tmp = stage.add(path, database=True)
                backup.export_copy(conn, tmp, key)
                if backup.verify_copy(tmp, key) != counts:
                    raise StoreError(
                        "The encrypted copy differs from the store; nothing was changed."
                    )
                backup.as_live_store(tmp, key)
                for b in plain:
                    _encrypted_copy(b, stage.add(b), key)
                conn.close()
                stage.place()  # the commit: from here on, everything is encrypted
                swapped = True
        except (sqlite_driver.Error, OSError) as exc:
            why = write_failure(exc) or str(exc).rstrip(".")
            if stage is not None and stage.placed:  # committed: finished at the next open
                swapped = True
                raise StoreError(_ENCRYPT_LATER, why=why) from exc
            raise StoreError(
                "The store could not be encrypted: {why}. Nothing was changed: the store "
                "and its backups are still plain.",
                why=why,
            ) from exc
        finally:
            with contextlib.suppress(Exception):
                conn.close()
            store._replace_engine(key if swapped else None)
        return RekeyResult(len(plain), ())


def _encrypted_copy(source: Path, tmp: Path, key: RawKey) -> None:
    """Export the plain backup ``source`` into ``tmp`` under ``key`` and check it."""
    try:
        src = sqlite_driver.connect(source, None, readonly=True, pragmas=False)
        try:
            counts = backup.table_counts(src)
            backup.export_copy(src, tmp, key)
        finally:
            src.close()
        if backup.verify_copy(tmp, key) != counts:
            raise sqlite_driver.DatabaseError("the encrypted copy differs")
    except sqlite_driver.Error as exc:
        if write_failure(exc) is not None:
            raise
        raise StoreError(
            "The backup {source_name} could not be encrypted ({exc}): "
            "nothing was changed, the store and its backups are still plain. The backup may "
            "be damaged: delete it (Tools > Backups), then encrypt again.",
            source_name=source.name,
            exc=str(exc).rstrip("."),
        ) from exc


def plain_backups(store: Store) -> list[Path]:
    return [
        b.path
        for b in backup.list_backups(store.path)
        if read_header(b.path).startswith(sqlite_driver.SQLITE_MAGIC)
    ]


def encrypt_backups(store: Store, paths: list[Path]) -> None:
    """Encrypt plain backups of an encrypted store with its key (all or none)."""
    key = store._key
    if not isinstance(key, RawKey):
        key = keys.derive(key, keys.file_salt(store.path)) if key else None
    if key is None:
        raise StoreError("The store is not encrypted.")
    with (
        store.maintenance,
        atomic.staged("encrypt", durable_in=store.path.parent, wipe_replaced=True) as stage,
    ):
        for path in paths:
            _encrypted_copy(path, stage.add(path), key)
