"""Opening and creating a delegation store (one SQLite file).

Opening is careful: every check that can fail runs *before* anything is
written, on a read-only connection, so a file that is not a store, a store
from a newer version, a store open elsewhere or a wrong passphrase leaves the
file byte-for-byte unchanged.  Migrations run only after a backup.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from ..errors import (
    NotAStoreError,
    PassphraseRequiredError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreNotWritableError,
    StoreTooNewError,
    WrongPassphraseError,
)
from . import backup, keys, migrate, sqlite_driver
from .atomic import fsync_dir
from .engine import SessionFactory, make_engine
from .keys import Key, RawKey


@dataclass(frozen=True)
class Probe:
    """What a read-only look at a file found."""

    encrypted: bool
    revision: str | None  # None: a fresh, empty database
    needs_upgrade: bool
    key: Key | None = field(default=None, repr=False, compare=False)  # what opened it


def _read_header(path: Path) -> bytes:
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


def probe(path: Path, passphrase: Key | None = None, *, wal: bool = True) -> Probe:
    """Look at ``path`` without changing it; raise a ``StoreError`` if it is unusable.

    For an encrypted file the key is derived once from the passphrase and the
    file's salt (``keys.derive``); ``Probe.key`` is what opened it.  ``wal``:
    the file may be in WAL mode (its folder must then be writable even to read).
    """
    if not path.exists():
        raise StoreError(f"No store at {path}.")
    if not path.is_file():
        raise NotAStoreError(f"{path} is a folder, not a store file.")
    try:
        size = path.stat().st_size
        header = _read_header(path)
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
        _check_writable(path)
    if passphrase is None:
        return _inspect(path, None)
    candidates: list[Key] = [passphrase]
    if isinstance(passphrase, str) and len(header) >= keys.SALT_BYTES:
        # Derive once here; every later connection then skips SQLCipher's KDF.
        candidates.insert(0, keys.derive(passphrase, header[: keys.SALT_BYTES]))
    for n, key in enumerate(candidates):
        try:
            return _inspect(path, key)
        except WrongPassphraseError:
            if n == len(candidates) - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _inspect(path: Path, key: Key | None) -> Probe:
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
            raise StoreCorruptError(f"{path.name} is damaged: {exc}.") from exc
        if app_id != sqlite_driver.APPLICATION_ID or "alembic_version" not in tables:
            raise NotAStoreError(
                f"{path.name} is a database of another application, not an ADGSOM Desktop store."
            )
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite_driver.DatabaseError as exc:
            raise StoreCorruptError(f"{path.name} is damaged: {exc}.") from exc
        revision = row[0] if row else None
    finally:
        conn.close()
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
    )


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreNotWritableError(
            f"The folder {folder} is not writable: the store cannot be opened for editing "
            "there. Copy it to a writable folder."
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreNotWritableError(f"{path.name} is read-only: it cannot be opened for editing.")


def _acquire_lock(path: Path) -> Any:
    from filelock import FileLock, Timeout

    # Not thread-local: a store opened in a worker thread is closed on the GUI thread.
    lock = FileLock(str(path) + ".lock", timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreLockedError(
            f"{path.name} is already open in another ADGSOM Desktop window or process. "
            "Close it there first."
        ) from exc
    except OSError as exc:
        raise StoreNotWritableError(f"Cannot lock {path.name}: {exc.strerror}.") from exc
    return lock


class Store:
    """An open store: engine, session factory, lock. Close it when done.

    An encrypted store keeps only its derived key in memory (``keys.RawKey``),
    never the passphrase.  Operations that change the key or the file under the
    engine (change passphrase, encrypt, restore) rebuild the engine.
    """

    def __init__(self, path: Path, engine: Engine, lock: Any, key: Key | None) -> None:
        self.path = path
        self.engine = engine
        self.sessions = SessionFactory(engine)
        self._key = key
        self._lock = lock
        self._closed = False
        # Backups, re-keying and restores never overlap (a worker and the GUI may ask at once).
        self.maintenance = threading.RLock()

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    # -- lifecycle --------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, passphrase: Key | None = None) -> Store:
        path = Path(path).expanduser().absolute()
        found = probe(path, passphrase)
        lock = _acquire_lock(path)
        try:
            _remove_leftovers(path)
            key = found.key if found.encrypted else None
            if found.needs_upgrade:
                backup.backup_file(
                    path,
                    backup.new_backup_path(path, f"before-upgrade-from-{found.revision}"),
                    key,
                )
            engine = _engine(path, key)
            try:
                if found.needs_upgrade:
                    migrate.upgrade(engine)
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, engine, lock, key)

    @classmethod
    def create(cls, path: Path | str, passphrase: str | None = None) -> Store:
        """Create an empty store (schema only). ``path`` must not exist.

        Built under a temporary name and renamed into place, so a failure
        leaves nothing behind.  Encrypted from its first page when a
        passphrase is given: no plain page is ever written.
        """
        path = Path(path).expanduser().absolute()
        if path.exists():
            raise StoreError(f"{path} already exists: choose another name.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreNotWritableError(
                f"Cannot create the folder {path.parent}: {exc.strerror}."
            ) from exc
        _check_writable(path)
        key: Key | None = keys.new_key(passphrase) if passphrase else None
        tmp = path.with_name(f".{path.name}.creating")
        for leftover in _sidecars(tmp):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        try:
            conn = sqlite_driver.connect(tmp, key)
            try:
                conn.execute(f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
            finally:
                conn.close()
            engine = make_engine(tmp, key)
            try:
                migrate.upgrade(engine)
            finally:
                engine.dispose()
            # Fold the WAL back in so the renamed file is complete on its own.
            conn = sqlite_driver.connect(tmp, key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            if path.exists():
                raise StoreError(f"{path} appeared while the store was being created.")
            os.replace(tmp, path)
        except sqlite_driver.Error as exc:
            raise StoreError(f"Could not create {path.name}: {exc}.") from exc
        finally:
            for leftover in _sidecars(tmp):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        return cls.open(path, key)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:
            pass
        self.engine.dispose()
        self._key = None
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def _replace_engine(self, key: Key | None) -> None:
        """A fresh engine (and session factory) keyed with ``key``."""
        self.engine.dispose()
        self.engine = _engine(self.path, key)
        self.sessions = SessionFactory(self.engine)
        self._key = key

    def _direct(self) -> Any:
        """A connection outside the pool, after closing the pooled ones."""
        self.engine.dispose()
        return sqlite_driver.connect(self.path, self._key)

    # -- raw access for storage-level tools (check, backup, search) -------------
    def raw_connection(self) -> Any:
        """A pooled DB-API connection (return it with ``.close()``)."""
        return self.engine.raw_connection()

    def backup_to(self, dest: Path, passphrase: str | None = None) -> Path:
        """A consistent copy of the store at ``dest``, encrypted with the store's key."""
        with self.maintenance:
            raw = self.engine.raw_connection()
            try:
                return backup.backup_connection(raw.driver_connection, dest, self._key)
            finally:
                raw.close()

    def make_backup(self, reason: str) -> Path:
        """A new backup in the store's backups folder (see ``backup.new_backup_path``)."""
        return self.backup_to(backup.new_backup_path(self.path, reason))

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])

    # -- the key --------------------------------------------------------------------
    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this store's (False for a plain store)."""
        key = self._key
        if isinstance(key, RawKey):
            return key.matches(passphrase)
        if isinstance(key, str):
            return hmac.compare_digest(key.encode("utf-8"), passphrase.encode("utf-8"))
        return False

    def _salt(self) -> bytes:
        return self._key.salt if isinstance(self._key, RawKey) else keys.file_salt(self.path)

    def change_passphrase(self, old: str, new: str) -> RekeyResult:
        """Re-encrypt every page with a key derived from ``new`` (SQLCipher rekey).

        One transaction: a crash leaves the store under the old or the new
        passphrase, never half.  The store's backups are re-keyed too (a backup
        under an old, maybe leaked passphrase would undo the change).
        """
        with self.maintenance:
            if not self.encrypted:
                raise StoreError("This store is not encrypted: encrypt it first.")
            if not self.check_passphrase(old):
                raise WrongPassphraseError(
                    "The current passphrase is not correct. Nothing changed."
                )
            old_key = self._key
            assert old_key is not None
            new_key = keys.derive(new, self._salt())
            conn = self._direct()
            try:
                conn.execute(f"PRAGMA rekey = {sqlite_driver.key_literal(new_key)}")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite_driver.Error as exc:
                conn.close()
                self._replace_engine(_working_key(self.path, new_key, old_key))
                raise StoreError(f"The passphrase could not be changed: {exc}.") from exc
            conn.close()
            self._replace_engine(new_key)
            done, skipped = 0, []
            for b in backup.list_backups(self.path):
                try:
                    _rekey_file(b.path, old, old_key, new, new_key)
                    done += 1
                except (sqlite_driver.Error, OSError, StoreError):
                    skipped.append(b.path)
            return RekeyResult(done, tuple(skipped))

    def encrypt(self, passphrase: str) -> RekeyResult:
        """Encrypt a plain store in place: export to a new encrypted file, then swap.

        The encrypted copy is checked (integrity, row counts) before it
        replaces the plain file in one rename; the plain file's blocks are then
        overwritten.  A crash at any moment leaves either the plain store or the
        encrypted one, complete.  Never a plain copy: the store's plain backups
        are encrypted the same way.
        """
        with self.maintenance:
            if self.encrypted:
                raise StoreError("This store is already encrypted: change its passphrase instead.")
            key = keys.new_key(passphrase)
            tmp = self.path.with_name(f".{self.path.name}.encrypting")
            swapped = False
            conn = self._direct()
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                counts = backup.table_counts(conn)
                backup.export_copy(conn, tmp, key)
                if backup.verify_copy(tmp, key) != counts:
                    raise StoreError(
                        "The encrypted copy differs from the store; nothing was changed."
                    )
                old_fd = os.open(self.path, os.O_RDWR)
                try:
                    conn.close()
                    os.replace(tmp, self.path)
                    swapped = True
                    fsync_dir(self.path.parent)
                    for side in _sidecars(self.path)[1:]:  # the plain WAL, if any
                        backup.wipe(side)
                    backup.wipe_open(self.path, old_fd)
                finally:
                    os.close(old_fd)
            except sqlite_driver.Error as exc:
                raise StoreError(
                    f"The store could not be encrypted: {exc}. It was not changed."
                ) from exc
            finally:
                with contextlib.suppress(Exception):
                    conn.close()
                for leftover in _sidecars(tmp):
                    backup.wipe(leftover)
                self._replace_engine(key if swapped else None)
            done, skipped = 0, []
            for b in backup.list_backups(self.path):
                try:
                    _encrypt_file(b.path, key)
                    done += 1
                except (sqlite_driver.Error, OSError, StoreError):
                    skipped.append(b.path)
            return RekeyResult(done, tuple(skipped))

        # -- restore ----------------------------------------------------------------------

    def open_backup(self, source: Path, passphrase: str | None = None) -> Probe:
        """Check that ``source`` can be restored here; return what it is.

        An encrypted backup is tried with the store's own key first, then with
        ``passphrase`` (a backup made under another passphrase).
        """
        if not source.is_file():
            raise StoreError(f"No backup at {source}.")
        tried: Key | None = passphrase or None
        size = source.stat().st_size
        plain = _read_header(source).startswith(sqlite_driver.SQLITE_MAGIC)
        if plain or size < 1024 or size % 1024:  # plain, or not SQLCipher pages: probe says
            tried = None
        elif isinstance(self._key, RawKey) and not passphrase:
            tried = self._key if keys.file_salt(source) == self._key.salt else None
            if tried is None:
                raise PassphraseRequiredError(
                    f"{source.name} was made under another passphrase: enter that passphrase."
                )
        elif isinstance(self._key, str) and not passphrase:
            tried = self._key
        try:
            found = probe(source, tried, wal=False)
        except WrongPassphraseError as exc:
            raise WrongPassphraseError(f"Wrong passphrase for the backup {source.name}.") from exc
        try:
            backup.verify_copy(source, found.key)
        except sqlite_driver.Error as exc:
            raise StoreCorruptError(f"The backup {source.name} is damaged: {exc}.") from exc
        return found

    def restore_from(self, source: Path, passphrase: str | None = None) -> Probe:
        """Replace the store's content with the backup ``source`` (one transaction).

        The file stays the same (same key, same lock); the backup is copied in
        through SQLite's backup API and migrated if it is older.
        """
        with self.maintenance:
            found = self.open_backup(source, passphrase)
            tmp = self.path.with_name(f".{self.path.name}.restoring")
            live = self._direct()
            try:
                src = sqlite_driver.connect(source, found.key, pragmas=False)
                try:
                    if found.encrypted == self.encrypted and (
                        not self.encrypted or found.key == self._key
                    ):
                        src.backup(live)
                    else:  # another key, or plain vs encrypted: re-key through an export
                        backup.export_copy(src, tmp, self._key)
                        via = sqlite_driver.connect(tmp, self._key, pragmas=False)
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
                for leftover in _sidecars(tmp):
                    backup.wipe(leftover)
                self._replace_engine(self._key)
            if found.needs_upgrade:
                migrate.upgrade(self.engine)
            return found

    @classmethod
    def replace_damaged(cls, path: Path | str, source: Path, passphrase: str | None) -> Path:
        """Put the backup ``source`` in place of a store that cannot be opened.

        The damaged file is never overwritten: it is renamed (with its WAL)
        to ``<name>.damaged-<time>`` beside it.  Returns that name.
        """
        path = Path(path).expanduser().absolute()
        found = probe(source, passphrase, wal=False)
        try:
            backup.verify_copy(source, found.key)
        except sqlite_driver.Error as exc:
            raise StoreCorruptError(f"The backup {source.name} is damaged: {exc}.") from exc
        lock = _acquire_lock(path)
        try:
            stamp = backup.timestamp()[:15]
            kept = path.with_name(f"{path.name}.damaged-{stamp}")
            for side, moved in zip(_sidecars(path), _sidecars(kept), strict=True):
                if side.exists():
                    os.replace(side, moved)
            fsync_dir(path.parent)
            backup.backup_file(source, path, found.key)
        finally:
            lock.release()
        return kept


@dataclass(frozen=True)
class RekeyResult:
    backups_done: int
    backups_skipped: tuple[Path, ...]


def _engine(path: Path, key: Key | None) -> Engine:
    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:  # switches to WAL, checks the key again
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
    except BaseException:
        engine.dispose()
        raise
    return engine


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
    if not _read_header(path).startswith(sqlite_driver.SQLITE_MAGIC):
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


def leftovers(path: Path) -> list[Path]:
    """Temporary files of an interrupted encrypt, restore or backup of the store at ``path``."""
    out = [path.with_name(f".{path.name}.{x}") for x in ("encrypting", "restoring")]
    out = [p for p in out if p.exists()]
    folder = backup.backups_dir(path)
    if folder.is_dir():
        out += [p for p in folder.iterdir() if p.name.startswith(".") and ".part" in p.name]
        out += [p for p in folder.iterdir() if p.name.startswith(".") and "encrypting" in p.name]
    return out


def _remove_leftovers(path: Path) -> None:
    """Only one process holds the store's lock: any temporary file found now is stale."""
    for p in leftovers(path):
        for side in _sidecars(p):
            backup.wipe(side)


def _sidecars(path: Path) -> list[Path]:
    return [path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")]
