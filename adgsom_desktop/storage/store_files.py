"""The files around a store: its lock, its SQLite side files and the temporary files
an interrupted encrypt, restore or backup leaves behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import StoreLockedError, StoreNotWritableError
from . import backup


def acquire_lock(path: Path) -> Any:
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


def leftovers(path: Path) -> list[Path]:
    """Temporary files of an interrupted encrypt, restore or backup of the store at ``path``."""
    out = [path.with_name(f".{path.name}.{x}") for x in ("encrypting", "restoring")]
    out = [p for p in out if p.exists()]
    folder = backup.backups_dir(path)
    if folder.is_dir():
        out += [p for p in folder.iterdir() if p.name.startswith(".") and ".part" in p.name]
        out += [p for p in folder.iterdir() if p.name.startswith(".") and "encrypting" in p.name]
    return out


def remove_leftovers(path: Path) -> None:
    """Only one process holds the store's lock: any temporary file found now is stale."""
    for p in leftovers(path):
        for side in sidecars(p):
            backup.wipe(side)


def sidecars(path: Path) -> list[Path]:
    return [path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), Path(str(path) + "-journal")]
