"""Creating an empty store file (the schema only); ``store.Store.create`` then opens it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import StoreError, StoreNotWritableError
from . import atomic, backup, keys, migrate, schema_template, sqlite_driver
from .engine import SessionFactory, make_engine
from .keys import Key
from .store_probe import check_writable


def ensure_folder(path: Path) -> None:
    """Create the folder ``path`` will live in, or say clearly why it cannot be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreNotWritableError(
            "Cannot create the folder {path_parent}: {exc_strerror}.",
            path_parent=path.parent,
            exc_strerror=exc.strerror,
        ) from exc


MAX_NAME_BYTES = atomic.NAME_MAX - len("-backups")  # its side files and backups folder fit


def create_file(
    path: Path,
    passphrase: Key | None,
    fill: Callable[[Any], None] | None = None,
    mode: int | None = None,
) -> Key | None:
    """Write a new store at ``path`` (which must not exist); return its key.

    Built under a temporary name and renamed into place (``atomic``, kind
    "create"), so a failure leaves nothing behind: the schema, then
    ``fill(session)`` (the reference data a new store starts with, in one
    transaction).  Encrypted from its first page when a passphrase is given: no
    plain page is ever written.  A derived key (``keys.RawKey``) instead of a
    passphrase keeps its salt: the new file then opens with the same passphrase
    as the file the key came from.  ``path`` may also be an empty temporary of
    ``atomic`` (a store built inside a larger write: the demo, a readable copy).
    ``mode``: the file's permissions from the moment it is in place (default: a new
    file's usual ones).
    """
    if os.path.islink(path) and not path.exists():
        raise StoreError(
            "{path} is a link to {target}, which does not exist: choose another "
            "name (the link was left as it is).",
            path=path,
            target=os.readlink(path),
        )
    if path.exists() and not (atomic.is_temporary(path) and path.stat().st_size == 0):
        raise StoreError("{path} already exists: choose another name.", path=path)
    if len(os.fsencode(path.name)) > MAX_NAME_BYTES:
        raise StoreError(
            "The name {name}… is too long: a store's name may have at most "
            "{max_name_bytes} bytes (its backups folder and side files add to it).",
            name=path.name[:40],
            max_name_bytes=MAX_NAME_BYTES,
        )
    ensure_folder(path)
    check_writable(path)
    key: Key | None = keys.new_key(passphrase) if isinstance(passphrase, str) else passphrase
    key = key or None
    try:
        if atomic.is_temporary(path):
            _build(path, key, fill)
        else:
            with atomic.atomic_output(path, "create", exclusive=True, mode=mode) as tmp:
                _build(tmp, key, fill)
    except FileExistsError as exc:
        raise StoreError("{path} appeared while the store was being created.", path=path) from exc
    except sqlite_driver.Error as exc:
        raise StoreError(
            "Could not create {path_name}: {exc}.", path_name=path.name, exc=exc
        ) from exc
    return key


def _build(tmp: Path, key: Key | None, fill: Callable[[Any], None] | None) -> None:
    """The schema and the starting data, in the file ``tmp``, complete on its own.

    The schema is copied from the current schema's empty template (``schema_template``),
    keyed with ``key``; only when no template can be had is it built by the migrations."""
    template = schema_template.template_for()
    if template is not None:
        with contextlib.closing(sqlite_driver.connect(template, None, pragmas=False)) as src:
            backup.export_copy(src, tmp, key)
    else:
        _execute(tmp, key, f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
    engine = make_engine(tmp, key)
    try:
        if template is None:
            migrate.upgrade(engine)
        if template is not None or fill is not None:
            with SessionFactory(engine).write() as session:
                if template is not None:
                    schema_template.make_own(session)  # its own store id, its own time
                if fill is not None:
                    fill(session)
    finally:
        engine.dispose()
    # Fold the WAL back in so the file is complete on its own.
    _execute(tmp, key, "PRAGMA wal_checkpoint(TRUNCATE)")


def _execute(path: Path, key: Key | None, sql: str) -> None:
    with contextlib.closing(sqlite_driver.connect(path, key)) as conn:
        conn.execute(sql)
