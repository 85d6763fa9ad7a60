"""Backups of the open store: made, listed, rotated, restored; and rescue of a damaged store.

Backups are made with SQLite's backup API into ``<store>-backups/`` beside the
store, encrypted with the store's key when the store is encrypted.  They are
made by hand, automatically before migrations (``Store.open``), imports
(``before_import``) and restores, and periodically while there are changes not
yet in a backup (``backup_if_needed``, called by the GUI on a timer).

"Changes not yet in a backup": every user action writes an audit entry; a
backup's own audit entry records the newest entry the copy holds, so any later
entry other than a backup, lock or unlock is a change the backups lack.

A damaged store is never backed up: ``Store.backup_to`` refuses a store known
to be damaged, and checks every copy before it takes its name (a copy that
fails SQLite's quick check is thrown away and marks the store damaged), so
rotation never pushes good backups out for damaged copies.  Automatic backups
are skipped on a damaged store; its rescue is ``replace_damaged_store`` (the
damaged file is set aside, never overwritten).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from ..domain.locator import Locator
from ..domain.models import AuditEntry
from ..errors import NotFoundError, StoreCorruptError, StoreError, write_failure
from ..i18n.messages import counted
from ..storage import backup
from ..storage.backend import Capability
from ..storage.keys import derive, file_salt
from ..storage.store import FileError, Store, probe
from ..storage.store_probe import is_plain_file
from ..storage.store_restore import newer_than
from . import audit_anchor
from .changes import Change, ChangeKind
from .context import ServiceContext
from .security_records import (
    AUTO,
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    MANUAL,
    BackupRec,
    RestoreLoss,
    RestoreResult,
)

# Audit actions that do not change what a backup would hold.
NOT_CHANGES = ("backup", "lock", "unlock", "unlock-failed", "verify")


def _rec(b: backup.BackupFile) -> BackupRec:
    return BackupRec(b.path, b.created_at, b.reason, b.size)


def _find(store_path: Path, path: Path) -> backup.BackupFile:
    path = Path(path).expanduser().absolute()
    for b in backup.list_backups(store_path):
        if b.path == path:
            return b
    raise NotFoundError("{path_name} is not a backup of this store.", path_name=path.name)


class BackupService:
    def __init__(self, ctx: ServiceContext, retention: backup.Retention | None = None) -> None:
        self._ctx = ctx
        self.retention = retention or backup.Retention()

    @property
    def available(self) -> bool:
        """Whether this store keeps backup files (a store file; a team store's backups
        are the server's)."""
        return Capability.FILE_BACKUPS in self._ctx.backend.capabilities

    def _store(self, what: str = "backing up to files") -> Store:
        return self._ctx.files(Capability.FILE_BACKUPS, what)

    @property
    def folder(self) -> Path:
        return backup.backups_dir(self._store().path)

    def backups(self) -> list[BackupRec]:
        """Newest first (none for a store without backup files)."""
        if not self.available:
            return []
        return [_rec(b) for b in backup.list_backups(self._store().path)]

    @property
    def damaged(self) -> bool:
        """Whether the open store was found damaged (then nothing is written to it)."""
        return self._ctx.backend.damaged is not None

    def backup(self, reason: str = MANUAL) -> BackupRec:
        """Make a backup now, then rotate the old ones (``StoreCorruptError`` when the
        store is damaged: no copy is kept, nothing rotated, nothing written)."""
        store = self._store()
        store.refuse_if_damaged()
        with self._ctx.read() as s:
            top = audit_anchor.tip(s)
        high = top[0] if top is not None else 0
        try:
            path = store.make_backup(reason)
        except (OSError, FileError) as exc:
            raise StoreError("The backup could not be written: {exc}", exc=_why(exc)) from exc
        if top is not None:  # the head of the chain the copy holds, kept beside it
            anchor = audit_anchor.Anchor(high, high, top[1], why="backup")
            audit_anchor.write_backup_anchor(path, anchor, store.path)
        removed = backup.prune(store.path, self.retention)
        for old in removed:
            audit_anchor.remove_backup_anchor(old)
        made = _find(store.path, path)
        with self._ctx.write() as s:
            self._ctx.audit(
                s,
                "backup",
                "backup",
                high,
                f"{made.path.name} ({made.reason}); {counted(len(removed), 'old backup')} rotated out",
            )
        if self._ctx.anchor is not None:
            self._ctx.anchor.flush("backup")
        self._ctx.publish(Change(ChangeKind.AUDIT))
        return _rec(made)

    def before_import(self) -> BackupRec | None:
        """The backup an importer makes before it writes anything (None for a team store:
        its backups are the server's)."""
        return self.backup(BEFORE_IMPORT) if self.available else None

    def needs_backup(self) -> bool:
        """Whether the store holds changes that no backup holds yet (never for a damaged
        store: it is not backed up; never for a store without backup files)."""
        if self.damaged or not self.available:
            return False
        with self._ctx.read() as s:
            last = s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "backup")
                .order_by(AuditEntry.id.desc())
                .limit(1)
            ).first()
            covered = (last.entity_id or 0) if last is not None else 0
            if last is not None and not self.backups():
                covered = 0  # the backups were deleted by hand
            newer = s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.id > covered, AuditEntry.action.not_in(NOT_CHANGES))
            )
        return bool(newer)

    def backup_if_needed(self, reason: str = AUTO) -> BackupRec | None:
        return self.backup(reason) if self.needs_backup() else None

    def delete(self, path: Path) -> None:
        store = self._store("deleting a backup")
        store.refuse_if_damaged()  # the deletion could not be audited
        found = _find(store.path, path)
        found.path.unlink()
        audit_anchor.remove_backup_anchor(found.path)
        with self._ctx.write() as s:
            self._ctx.audit(s, "delete", "backup", None, found.path.name)
            self._ctx.publish(Change(ChangeKind.AUDIT))

    def check_backup(self, path: Path, passphrase: str | None = None) -> BackupRec:
        """Whether a backup can be restored here (integrity, version, key); changes nothing."""
        path = Path(path).expanduser().absolute()
        self._store("restoring a backup").open_backup(path, passphrase)
        parsed = backup.parse_name(path)
        when, reason = parsed if parsed else (None, "copy")
        from datetime import UTC, datetime

        created = when or datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)
        return BackupRec(path, created, reason, path.stat().st_size)

    def loss_if_restored(self, path: Path, passphrase: str | None = None) -> RestoreLoss:
        """What restoring the backup ``path`` would replace: notes and positions the store
        holds that the backup lacks (ask before restoring when there are any)."""
        path = Path(path).expanduser().absolute()
        newer = self._store("restoring a backup").newer_than(path, passphrase)
        return RestoreLoss(newer.notes, newer.positions, newer.readable)

    def restore(self, path: Path, passphrase: str | None = None) -> RestoreResult:
        """Replace the store's content by a backup, after backing up the current state.

        The backup is checked first (integrity, version, passphrase): a bad
        one changes nothing and makes no safety copy.
        """
        chosen = self.check_backup(path, passphrase)
        safety = self.backup(BEFORE_RESTORE)
        found = self._store("restoring a backup").restore_from(chosen.path, passphrase)
        with self._ctx.write() as s:
            self._ctx.audit(
                s,
                "restore",
                "backup",
                None,
                f"restored {chosen.path.name}; the state before is in {safety.path.name}",
            )
        with self._ctx.read() as s:  # the chain is the backup's now: a new anchor
            keeper = self._ctx.anchor or audit_anchor.AnchorKeeper(self._ctx.backend.locator)
            keeper.restart(s, "restore")
        self._ctx.publish(Change(ChangeKind.STORE))
        return RestoreResult(chosen, safety, found.needs_upgrade)


def _why(exc: BaseException) -> str:
    return (write_failure(exc) or str(exc).rstrip(".")) + "."


# -- a store that cannot be opened ------------------------------------------------------


def store_backups(store_path: Path) -> list[BackupRec]:
    """The backups beside a store (open or not), newest first."""
    return [_rec(b) for b in backup.list_backups(Path(store_path).expanduser().absolute())]


def newest_good_backup(store_path: Path, passphrase: str | None = None) -> BackupRec | None:
    """The newest backup that opens and passes SQLite's integrity check."""
    for b in backup.list_backups(Path(store_path).expanduser().absolute()):
        try:
            found = probe(b.path, passphrase, wal=False)
            backup.verify_copy(b.path, found.key)
        except (StoreError, FileError, OSError):
            continue
        return _rec(b)
    return None


def loss_if_replaced(store_path: Path, source: Path, passphrase: str | None = None) -> RestoreLoss:
    """What putting the backup ``source`` in place of a damaged store would replace, as far
    as the damaged file can still be read (``readable`` False: it cannot be told)."""
    store_path = Path(store_path).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    try:
        found = probe(source, passphrase, wal=False)
        plain = _plain(store_path) or not passphrase
        key = None if plain or not passphrase else derive(passphrase, file_salt(store_path))
    except (StoreError, OSError, ValueError):
        return RestoreLoss(0, 0, readable=False)
    newer = newer_than(store_path, key, source, found.key)
    return RestoreLoss(newer.notes, newer.positions, newer.readable)


def _plain(path: Path) -> bool:
    return is_plain_file(path)


def needs_passphrase(path: Path) -> bool:
    """Whether the store file at ``path`` is encrypted (its passphrase is needed to read it)."""
    return not is_plain_file(Path(path).expanduser())


def replace_damaged_store(
    store_path: Path, source: Path, passphrase: str | None = None, *, allow_plain: bool = False
) -> Path:
    """Put a backup in place of a store that cannot be opened; the damaged file is kept.

    Returns where the damaged file now is (``<name>.damaged-<time>``).  A plain
    backup put in place of an encrypted store is encrypted with its passphrase
    (``allow_plain``: left plain, as the user asked).
    """
    store_path = Path(store_path).expanduser().absolute()
    try:
        aside = Store.replace_damaged(store_path, Path(source), passphrase, allow_plain=allow_plain)
        # The chain is the backup's now; the next open anchors it.
        audit_anchor.forget(Locator.file(store_path), "restore")
        return aside
    except FileError as exc:
        raise StoreCorruptError("The backup could not be put in place: {exc}.", exc=exc) from exc
    except OSError as exc:
        why = write_failure(exc) or exc.strerror
        raise StoreError(
            "The backup could not be put in place: {why}. Nothing was changed.", why=why
        ) from exc
