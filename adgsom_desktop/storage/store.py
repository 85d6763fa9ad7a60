"""Opening a delegation store (one SQLite file): the open store, its engine and lock.

Opening is careful: every check that can fail runs *before* anything is
written, on a read-only connection (``store_probe``), so a file that is not a
store, a store from a newer version, a store open elsewhere or a wrong
passphrase leaves the file byte-for-byte unchanged.  Migrations run only after
a backup.

A damaged store is never written to.  Opening runs SQLite's quick check first
and refuses a damaged file (``StoreCorruptError``), unless the caller asks for
``read_only_if_damaged``: the store is then opened read-only (connections that
write nothing, not even side files) and marked ``damaged`` from the start, so
its notes can still be read and copied out (``salvage``).  A damaged store
due for a migration is refused all the same (damaged data is never migrated).
Damage met later (a read
that finds a malformed page, a backup whose copy fails its check) marks the
open store ``damaged``: from then on it refuses every write, backup, re-key
and restore into it, closes without its usual optimize and checkpoint, and
tells its ``damage listeners`` (the GUI offers the rescue).

The store's other operations live beside it, by role: ``store_create`` (a new, empty store), ``store_keys`` (change the passphrase,
encrypt) and ``store_restore`` (restore a backup, replace a damaged store).
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ..domain.locator import Locator
from ..errors import NotSupportedError, StoreCorruptError
from . import (
    backup,
    migrate,
    salvage,
    sqlite_driver,
    sqlite_health,
    store_create,
    store_keys,
    store_restore,
)
from .backend import (
    FILE_CAPABILITIES,
    BackendInfo,
    CloseHooks,
    Failure,
    Health,
    LocalFeed,
    SignedIn,
    TeamRoles,
)
from .driver_sql import DriverTx
from .engine import SessionFactory, make_engine
from .keys import Key, RawKey
from .search_index import FtsSearch
from .store_files import acquire_lock, finish_interrupted, leftovers, remove_leftovers
from .store_keys import RekeyResult
from .store_probe import Probe, probe

__all__ = ["FileError", "Probe", "RekeyResult", "Store", "leftovers", "probe"]

# What the file's own driver raises on the paths that bypass SQLAlchemy (backups, keys).
FileError: type[Exception] = sqlite_driver.Error

log = logging.getLogger(__name__)


class Store(CloseHooks):
    """An open store file: engine, session factory, lock. Close it when done.

    The SQLite ``storage.backend.Backend``: one writer at a time (``BEGIN
    IMMEDIATE``), so ``lock`` has nothing to add; its file operations
    (passphrase, backups, salvage) are ``files()``, i.e. itself.

    An encrypted store keeps only its derived key in memory (``keys.RawKey``),
    never the passphrase.  Operations that change the key or the file under the
    engine (change passphrase, encrypt, restore) rebuild the engine.
    """

    capabilities = FILE_CAPABILITIES
    dialect = "sqlite"

    def __init__(self, path: Path, engine: Engine, lock: Any, key: Key | None) -> None:
        self.path = path
        self.locator = Locator.file(path)
        self.search = FtsSearch()
        self.feed = LocalFeed()
        self.engine = engine
        # Writes wait here while the file is replaced under the engine (SessionFactory).
        self.write_gate = threading.RLock()
        self.sessions = SessionFactory(engine, self.write_gate)
        self._key = key
        self._lock = lock
        self._closed = False
        # Backups, re-keying and restores never overlap (a worker and the GUI may ask at once).
        self.maintenance = threading.RLock()
        self.damaged: str | None = None  # what SQLite said when damage was found
        # Kinds of write ("encrypt", "backup"...) whose stale temporaries opening removed:
        # they were interrupted (an "encrypt": the store and its backups are still plain).
        self.interrupted: tuple[str, ...] = ()
        self._damage_listeners: list[Callable[[StoreCorruptError], None]] = []

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    # -- lifecycle --------------------------------------------------------------
    @classmethod
    def open(
        cls, path: Path | str, passphrase: Key | None = None, *, read_only_if_damaged: bool = False
    ) -> Store:
        """Open the store at ``path`` (see the module's notes for the checks made first).

        ``read_only_if_damaged``: a store whose quick check fails is opened
        read-only and marked damaged instead of refused.
        """
        path = Path(path).expanduser().absolute()
        finish_interrupted(path)  # an encryption killed after its commit: finished first
        found = probe(path, passphrase, check=True, allow_damaged=read_only_if_damaged)
        if found.damage is not None:
            return cls._open_damaged(path, found)
        lock = acquire_lock(path)
        try:
            interrupted = remove_leftovers(path)
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
        store = cls(path, engine, lock, key)
        store.interrupted = interrupted
        if interrupted:
            log.warning("%s: temporaries of an interrupted %s removed", path.name, interrupted)
        return store

    @classmethod
    def _open_damaged(cls, path: Path, found: Probe) -> Store:
        """A damaged store, opened read-only: nothing is ever written to it."""
        assert found.damage is not None
        if found.needs_upgrade:
            raise StoreCorruptError(
                "{path_name} is damaged: part of it cannot be read ({found_damage}). It was "
                "written by an older version of ADGSOM Desktop (schema {found_revision}) and "
                "needs an upgrade to open, but damaged data is never upgraded: the file was "
                "not changed. Restore a good backup, or save a readable copy "
                "(adgsom-desktop salvage).",
                path_name=path.name,
                found_damage=found.damage,
                found_revision=found.revision,
            )
        lock = acquire_lock(path)
        try:
            key = found.key if found.encrypted else None
            engine = _engine(path, key, readonly=True)
        except BaseException:
            lock.release()
            raise
        store = cls(path, engine, lock, key)
        store.damaged = found.damage
        log.info("%s is damaged, opened read-only: %s", path.name, found.damage)
        return store

    @property
    def read_only(self) -> bool:
        """A damaged store is read-only (every write, backup, re-key is refused)."""
        return self.damaged is not None

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str | None = None,
        fill: Callable[[Any], None] | None = None,
        mode: int | None = None,
    ) -> Store:
        """Create a store and open it. ``path`` must not exist.

        Built under a temporary name and renamed into place (``store_create``):
        the schema, then ``fill(session)`` in one transaction, so a failure
        leaves nothing behind; encrypted from its first page when a passphrase
        is given.
        """
        path = Path(path).expanduser().absolute()
        return cls.open(path, store_create.create_file(path, passphrase, fill, mode))

    def close(self) -> None:
        if self._closed:
            return
        self._run_close_hooks()
        self._closed = True
        if self.damaged is None:  # a damaged file gets no optimize, no checkpoint
            try:
                # Outside a transaction (the driver's autocommit): inside the one SQLAlchemy
                # begins, the checkpoint failed with "database table is locked".
                raw = self.engine.raw_connection()
                try:
                    conn = raw.driver_connection
                    assert conn is not None
                    conn.execute("PRAGMA optimize").fetchall()
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                finally:
                    raw.close()
            except Exception as exc:  # a full disk: the WAL keeps the rest (see store_probe)
                log.info("%s: the checkpoint at close did not finish: %s", self.path.name, exc)
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

    # -- damage ---------------------------------------------------------------------
    def on_damaged(self, listener: Callable[[StoreCorruptError], None]) -> Callable[[], None]:
        """Call ``listener`` (on the thread that found it) when damage is first found."""
        self._damage_listeners.append(listener)

        def remove() -> None:
            if listener in self._damage_listeners:
                self._damage_listeners.remove(listener)

        return remove

    def mark_damaged(self, detail: str) -> StoreCorruptError:
        """Record that the file is damaged; return the error to raise.

        From now on nothing is written to the file (``refuse_if_damaged``).
        """
        first = self.damaged is None
        if first:
            self.damaged = detail
            log.error("%s is damaged: %s", self.path.name, detail)
        error = self.damage_error()
        if first:
            for listener in list(self._damage_listeners):
                try:
                    listener(error)
                except Exception:  # a broken listener must not hide the damage
                    log.exception("damage listener failed")
        return error

    def damage_error(self) -> StoreCorruptError:
        return StoreCorruptError(
            "{path_name} is damaged: part of it cannot be read ({damaged}). "
            "Nothing more is written to it (no save, no backup, no audit entry).",
            path_name=self.path.name,
            damaged=self.damaged,
        )

    def refuse_if_damaged(self) -> None:
        if self.damaged is not None:
            raise self.damage_error()

    def _replace_engine(self, key: Key | None) -> None:
        """A fresh engine (and session factory) keyed with ``key``."""
        self.engine.dispose()
        self.engine = _engine(self.path, key)
        old, self.sessions = self.sessions, SessionFactory(self.engine, self.write_gate)
        old.successor = self.sessions
        self._key = key

    def _direct(self) -> Any:
        """A connection outside the pool, after closing the pooled ones."""
        self.engine.dispose()
        return sqlite_driver.connect(self.path, self._key)

    # -- the seam (storage.backend.Backend) ------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.sessions.write() as session:
            yield session

    def write_driver(self) -> AbstractContextManager[DriverTx]:
        return self.sessions.write_driver()

    def info(self) -> BackendInfo:
        try:
            size: int | None = self.path.stat().st_size
        except OSError:
            size = None
        cipher = sqlite_driver.cipher_version()
        engine = f"SQLite {sqlite_driver.sqlite_version()}" + (
            f" (SQLCipher {cipher})" if cipher else ""
        )
        return BackendInfo(self.locator, engine, self.encrypted, size, self.revision())

    def classify(self, exc: BaseException) -> Failure | None:
        return sqlite_health.classify(exc)

    def damage_in(self, exc: BaseException) -> str | None:
        return sqlite_driver.damage_in(exc)

    def health(self, *, repair: bool = False) -> Health:
        found = sqlite_health.health(self, repair=repair)
        if found.damaged is not None:
            self.mark_damaged(found.damaged)  # nothing more is written to it
        return found

    def lock(self, conn: Any, name: str, key: int = 0) -> None:
        """Nothing to take: a write session holds SQLite's one write lock already."""

    def reserve_ids(self, conn: Any, table: str, count: int) -> int:
        top = conn.exec_driver_sql(f'SELECT max(id) FROM "{table}"').scalar()
        return int(top or 0) + 1  # the single writer: nobody else takes ids meanwhile

    def resync_ids(self, conn: Any, tables: Iterable[str] | None = None) -> None:
        """Nothing to do: SQLite's rowids follow the highest id by themselves."""

    def files(self) -> Store:
        return self

    def signed_in(self) -> SignedIn | None:
        """Nobody signs in to a store file (its passphrase opens it)."""
        return None

    def roles(self) -> TeamRoles:
        raise NotSupportedError(
            "Team members sign in to a team store on a server; {locator_display} is a "
            "store file on this computer (its passphrase protects it).",
            locator_display=self.locator.display,
        )

    # -- raw access for storage-level tools (check, backup, search) -------------
    def raw_connection(self) -> Any:
        """A pooled DB-API connection (return it with ``.close()``)."""
        return self.engine.raw_connection()

    def backup_to(self, dest: Path, passphrase: str | None = None) -> Path:
        """A consistent copy of the store at ``dest``, encrypted with the store's key.

        The copy is checked before it takes its name: a copy that fails SQLite's
        quick check means the store itself is damaged; it is thrown away and the
        store marked damaged (``StoreCorruptError``), so no damaged copy ever
        joins the backups.
        """
        with self.maintenance:
            self.refuse_if_damaged()
            raw = self.engine.raw_connection()
            try:
                return backup.backup_connection(raw.driver_connection, dest, self._key)
            except backup.DamagedCopyError as exc:
                raise self.mark_damaged(str(exc)) from exc
            except sqlite_driver.Error as exc:
                if (detail := sqlite_driver.damage_in(exc)) is not None:
                    raise self.mark_damaged(detail) from exc
                raise
            finally:
                raw.close()

    def salvage_to(self, out: Path, report: salvage.Report | None = None) -> salvage.SalvageResult:
        """Every row that can still be read, copied into a new store at ``out`` (encrypted
        with this store's key, so its passphrase opens the copy); this file is only read."""
        with self.maintenance:
            return salvage.salvage(self.path, out, self._key, report)

    def key_for_copy(self) -> Key | None:
        """The key a copy made by ``salvage_to`` opens with (None for a plain store)."""
        return self._key

    def make_backup(self, reason: str) -> Path:
        """A new backup in the store's backups folder (see ``backup.new_backup_path``)."""
        return self.backup_to(backup.new_backup_path(self.path, reason))

    def revision(self) -> str | None:
        if self.closed:
            return None
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

    def change_passphrase(self, old: str, new: str) -> RekeyResult:
        """Re-encrypt every page, and the backups, under ``new`` (``store_keys``)."""
        self.refuse_if_damaged()
        return store_keys.change_passphrase(self, old, new)

    def encrypt(self, passphrase: str) -> RekeyResult:
        """Encrypt a plain store in place, and its backups (``store_keys``)."""
        self.refuse_if_damaged()
        return store_keys.encrypt(self, passphrase)

    def plain_backups(self) -> list[Path]:
        """Plain (unencrypted) backups of an encrypted store: they undo its encryption."""
        return store_keys.plain_backups(self) if self.encrypted else []

    def encrypt_backups(self, paths: list[Path]) -> None:
        """Encrypt these plain backups with the store's key (one recoverable operation)."""
        self.refuse_if_damaged()
        store_keys.encrypt_backups(self, paths)

    # -- restore ----------------------------------------------------------------------
    def open_backup(self, source: Path, passphrase: str | None = None) -> Probe:
        """Check that ``source`` can be restored here; return what it is (``store_restore``)."""
        return store_restore.open_backup(self, source, passphrase)

    def restore_from(self, source: Path, passphrase: str | None = None) -> Probe:
        """Replace the store's content with the backup ``source`` (``store_restore``).

        Not into a damaged store: that one is set aside instead (``replace_damaged``,
        after closing it), never overwritten.
        """
        self.refuse_if_damaged()
        return store_restore.restore_from(self, source, passphrase)

    @classmethod
    def replace_damaged(
        cls, path: Path | str, source: Path, passphrase: str | None, *, allow_plain: bool = False
    ) -> Path:
        """Put the backup ``source`` in place of a store that cannot be opened; return
        the name the damaged file was kept under (``store_restore``)."""
        return store_restore.replace_damaged(
            Path(path).expanduser().absolute(), source, passphrase, allow_plain=allow_plain
        )

    def newer_than(self, source: Path, passphrase: str | None = None) -> store_restore.Newer:
        """What this store holds that the backup ``source`` lacks (a restore replaces it)."""
        found = self.open_backup(source, passphrase)
        return store_restore.newer_than(self.path, self._key, source, found.key)


def _engine(path: Path, key: Key | None, *, readonly: bool = False) -> Engine:
    engine = make_engine(path, key, readonly=readonly)
    try:
        with engine.connect() as conn:  # switches to WAL, checks the key again
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
    except BaseException:
        engine.dispose()
        raise
    return engine
