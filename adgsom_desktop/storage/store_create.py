"""Creating an empty store file (the schema only); ``store.Store.create`` then opens it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import StoreError, StoreNotWritableError
from . import keys, migrate, sqlite_driver
from .engine import SessionFactory, make_engine
from .keys import Key
from .store_files import sidecars
from .store_probe import check_writable


def ensure_folder(path: Path) -> None:
    """Create the folder ``path`` will live in, or say clearly why it cannot be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreNotWritableError(
            f"Cannot create the folder {path.parent}: {exc.strerror}."
        ) from exc


def create_file(
    path: Path, passphrase: Key | None, fill: Callable[[Any], None] | None = None
) -> Key | None:
    """Write a new store at ``path`` (which must not exist); return its key.

    Built under a temporary name and renamed into place, so a failure leaves
    nothing behind: the schema, then ``fill(session)`` (the reference data a
    new store starts with, in one transaction).  Encrypted from its first page
    when a passphrase is given: no plain page is ever written.  A derived key
    (``keys.RawKey``) instead of a passphrase keeps its salt: the new file then
    opens with the same passphrase as the file the key came from.
    """
    if path.exists():
        raise StoreError(f"{path} already exists: choose another name.")
    ensure_folder(path)
    check_writable(path)
    key: Key | None = keys.new_key(passphrase) if isinstance(passphrase, str) else passphrase
    key = key or None
    tmp = path.with_name(f".{path.name}.creating")
    _remove(tmp)
    try:
        _execute(tmp, key, f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
        engine = make_engine(tmp, key)
        try:
            migrate.upgrade(engine)
            if fill is not None:
                with SessionFactory(engine).write() as session:
                    fill(session)
        finally:
            engine.dispose()
        # Fold the WAL back in so the renamed file is complete on its own.
        _execute(tmp, key, "PRAGMA wal_checkpoint(TRUNCATE)")
        if path.exists():
            raise StoreError(f"{path} appeared while the store was being created.")
        os.replace(tmp, path)
    except sqlite_driver.Error as exc:
        raise StoreError(f"Could not create {path.name}: {exc}.") from exc
    finally:
        _remove(tmp)
    return key


def _execute(path: Path, key: Key | None, sql: str) -> None:
    with contextlib.closing(sqlite_driver.connect(path, key)) as conn:
        conn.execute(sql)


def _remove(path: Path) -> None:
    """The file and its side files, if any (an interrupted creation's leftovers)."""
    for leftover in sidecars(path):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
