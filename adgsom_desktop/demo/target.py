"""Where the demo store goes: a file name that may take it (never a folder, a dangling link,
a file that is not a store, or a store open somewhere)."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import NotAStoreError, StoreError, StoreLockedError
from ..storage import sqlite_driver
from ..storage.store_create import ensure_folder
from ..storage.store_files import acquire_lock


def looks_like_store(path: Path) -> bool:
    """True for an ADGSOM store (plain), a possibly encrypted one, or an empty file."""
    size = path.stat().st_size
    if size == 0:
        return True
    with open(path, "rb") as fh:
        header = fh.read(100)
    if header.startswith(sqlite_driver.SQLITE_MAGIC):
        return len(header) == 100 and int.from_bytes(header[68:72], "big") == (
            sqlite_driver.APPLICATION_ID
        )
    return size >= 1024 and size % 1024 == 0  # SQLCipher files are whole pages


def check_target(path: Path, overwrite: bool) -> None:
    if os.path.islink(path) and not path.exists():
        raise StoreError(
            f"{path} is a link to {os.readlink(path)}, which does not exist: the demo was "
            "not written (the link was left as it is)."
        )
    if path.is_dir():
        raise StoreError(f"{path} is a folder: the demo store needs a file name.")
    ensure_folder(path)  # a clear message for a folder that cannot be made
    if not path.exists():
        return
    if not overwrite:
        raise StoreError(
            f"{path} already exists: the demo was not written. Choose another name or "
            "allow it to be replaced."
        )
    if not looks_like_store(path):
        raise NotAStoreError(
            f"{path.name} is not an ADGSOM Desktop store: it was not replaced by the demo."
        )
    locked(path)


def locked(path: Path) -> None:
    """Fail fast (``StoreLockedError``) if the store at ``path`` is open somewhere."""
    try:
        acquire_lock(path).release()
    except StoreLockedError as exc:
        raise StoreLockedError(
            f"{path.name} is open in ADGSOM Desktop: close it there before replacing the demo."
        ) from exc
