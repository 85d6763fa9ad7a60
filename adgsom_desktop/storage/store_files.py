"""The files around a store: its lock, its SQLite side files and the temporary files
an interrupted operation (encrypt, restore, backup, re-key, create) leaves behind."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..errors import StoreLockedError, StoreNotWritableError
from . import atomic, backup

# Names the app's temporaries had before ``atomic`` (still removed when found).
_LEGACY = ("encrypting", "restoring", "creating", "salvaging")


class StoreLock:
    """An exclusive lock on ``<store>.lock``, removed again when released.

    ``flock`` on POSIX (released by the system if the process dies), a byte lock on
    Windows.  The lock file is unlinked *before* it is unlocked, and a new holder
    checks that the file it locked is still the one at the path: so removing it
    never lets two processes hold the lock at once.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd = fd

    @classmethod
    def acquire(cls, store: Path) -> StoreLock:
        path = Path(f"{store}.lock")
        for _attempt in range(50):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            except OSError as exc:
                raise StoreNotWritableError(
                    "Cannot lock {store_name}: {exc_strerror}.",
                    store_name=store.name,
                    exc_strerror=exc.strerror,
                ) from exc
            if not _try_lock(fd):
                os.close(fd)
                raise StoreLockedError(
                    "{store_name} is already open in another ADGSOM Desktop window or process. "
                    "Close it there first.",
                    store_name=store.name,
                )
            if _still_at(fd, path):
                return cls(path, fd)
            os.close(fd)  # its holder removed it as we opened it: lock the new one
        raise StoreLockedError(
            "{store_name} is being opened and closed elsewhere: try again.", store_name=store.name
        )

    def release(self) -> None:
        if self._fd < 0:
            return
        if os.name == "posix":
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(self._fd)
        else:  # pragma: no cover - Windows cannot remove an open file
            os.close(self._fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._fd = -1


if os.name == "posix":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

else:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True


def _still_at(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


def acquire_lock(path: Path) -> StoreLock:
    """Lock the store at ``path`` (``StoreLockedError`` if it is open elsewhere)."""
    return StoreLock.acquire(path)


def leftovers(path: Path) -> list[Path]:
    """Temporary files of an interrupted operation on the store at ``path`` (beside it and
    in its backups folder), whether or not their writer is still at work."""
    out = [path.with_name(f".{path.name}.{x}") for x in _LEGACY]
    out = [p for p in out if p.exists()]
    out += atomic.stale_temporaries(path.parent)
    folder = backup.backups_dir(path)
    if folder.is_dir():
        out += _legacy_in(folder) + atomic.stale_temporaries(folder)
    return sorted(set(out))


def finish_interrupted(path: Path) -> None:
    """Finish a durable write (encrypting the store) that was killed after its commit,
    before anything reads the store: only renames, no key needed."""
    if not atomic.temporaries(path.parent, "commit"):
        return
    lock = acquire_lock(path)
    try:
        atomic.sweep(path.parent, "commit")
    finally:
        lock.release()


def remove_leftovers(path: Path) -> tuple[str, ...]:
    """Remove the stale temporaries around the store (run while holding its lock); return
    the kinds of write they were left by ("encrypt", "backup"...)."""
    removed: list[Path] = []
    for p in [path.with_name(f".{path.name}.{x}") for x in _LEGACY]:
        for side in sidecars(p):
            if side.exists():
                atomic.wipe(side)
    removed += atomic.sweep(path.parent)
    folder = backup.backups_dir(path)
    if folder.is_dir():
        for p in _legacy_in(folder):
            atomic.wipe(p)
        removed += atomic.sweep(folder)
    return tuple(sorted({atomic.kind_of(p) for p in removed}))


def _legacy_in(folder: Path) -> list[Path]:
    """Backup temporaries named as before ``atomic`` (``.<name>.part``, ``.encrypting``)."""
    return [
        p
        for p in folder.iterdir()
        if p.name.startswith(".")
        and (".part" in p.name or "encrypting" in p.name)
        and not atomic.is_temporary(p)
    ]


def sidecars(path: Path) -> list[Path]:
    return [path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")]
