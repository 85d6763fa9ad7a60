"""Opening and creating a delegation store (one SQLite file).

Opening is careful: every check that can fail runs *before* anything is
written, on a read-only connection, so a file that is not a store, a store
from a newer version, a store open elsewhere or a wrong passphrase leaves the
file byte-for-byte unchanged.  Migrations run only after a backup.
"""

from __future__ import annotations

import contextlib
import os
import struct
from dataclasses import dataclass
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
from . import backup, migrate, sqlite_driver
from .engine import SessionFactory, make_engine


@dataclass(frozen=True)
class Probe:
    """What a read-only look at a file found."""

    encrypted: bool
    revision: str | None  # None: a fresh, empty database
    needs_upgrade: bool


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


def probe(path: Path, passphrase: str | None = None) -> Probe:
    """Look at ``path`` without changing it; raise a ``StoreError`` if it is unusable."""
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
    # A WAL store needs its folder writable even to be read (the -shm index).
    _check_writable(path)
    try:
        conn = sqlite_driver.connect(path, passphrase, readonly=True, pragmas=False)
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
                if passphrase:
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
        encrypted=not plain,
        revision=revision,
        needs_upgrade=revision != migrate.HEAD_REVISION,
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
    """An open store: engine, session factory, lock. Close it when done."""

    def __init__(self, path: Path, engine: Engine, lock: Any, encrypted: bool) -> None:
        self.path = path
        self.engine = engine
        self.sessions = SessionFactory(engine)
        self.encrypted = encrypted
        self._lock = lock
        self._closed = False

    # -- lifecycle --------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, passphrase: str | None = None) -> Store:
        path = Path(path).expanduser().absolute()
        found = probe(path, passphrase)
        lock = _acquire_lock(path)
        try:
            key = passphrase if found.encrypted else None
            if found.needs_upgrade:
                backup.backup_file(
                    path,
                    backup.new_backup_path(path, f"before-upgrade-from-{found.revision}"),
                    key,
                )
            engine = make_engine(path, key)
            try:
                with engine.connect() as conn:  # switches to WAL, checks the key again
                    conn.exec_driver_sql("SELECT 1").fetchall()
                if found.needs_upgrade:
                    migrate.upgrade(engine)
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(path, engine, lock, found.encrypted)

    @classmethod
    def create(cls, path: Path | str, passphrase: str | None = None) -> Store:
        """Create an empty store (schema only). ``path`` must not exist.

        Built under a temporary name and renamed into place, so a failure
        leaves nothing behind.
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
        tmp = path.with_name(f".{path.name}.creating")
        for leftover in _sidecars(tmp):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        try:
            conn = sqlite_driver.connect(tmp, passphrase)
            try:
                conn.execute(f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
            finally:
                conn.close()
            engine = make_engine(tmp, passphrase)
            try:
                migrate.upgrade(engine)
            finally:
                engine.dispose()
            # Fold the WAL back in so the renamed file is complete on its own.
            conn = sqlite_driver.connect(tmp, passphrase)
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
        return cls.open(path, passphrase)

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
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- raw access for storage-level tools (check, backup, search) -------------
    def raw_connection(self) -> Any:
        """A pooled DB-API connection (return it with ``.close()``)."""
        return self.engine.raw_connection()

    def backup_to(self, dest: Path, passphrase: str | None = None) -> Path:
        raw = self.engine.raw_connection()
        try:
            return backup.backup_connection(
                raw.driver_connection, dest, passphrase if self.encrypted else None
            )
        finally:
            raw.close()

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])


def _sidecars(path: Path) -> list[Path]:
    return [path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")]
