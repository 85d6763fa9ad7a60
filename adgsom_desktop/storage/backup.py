"""Consistent copies of a live store through SQLite's online backup API.

Never a file copy (a live WAL database copied byte-wise may be torn).  The copy
of an encrypted store is keyed with the same passphrase, so backups are
encrypted too.  The copy is written to a temporary file and renamed, so a
failed backup never leaves a partial file under a backup's name.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import sqlite_driver

BACKUP_SUFFIX = ".adgsom-backup"


def backups_dir(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + "-backups")


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def backup_connection(src: Any, dest_path: Path, passphrase: str | None) -> Path:
    """Copy the database open on DB-API connection ``src`` to ``dest_path``."""
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest_path.with_name("." + dest_path.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        dest = sqlite_driver.connect(tmp, passphrase, pragmas=False)
        try:
            src.backup(dest)
            # A self-contained file: no WAL beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest_path)
    except BaseException:
        for leftover in (tmp, Path(str(tmp) + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return dest_path


def backup_file(store_path: Path, dest_path: Path, passphrase: str | None) -> Path:
    src = sqlite_driver.connect(store_path, passphrase, pragmas=False)
    try:
        src.execute(f"PRAGMA busy_timeout = {sqlite_driver.BUSY_TIMEOUT_MS}")
        return backup_connection(src, dest_path, passphrase)
    finally:
        src.close()


def new_backup_path(store_path: Path, reason: str) -> Path:
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    return backups_dir(store_path) / f"{store_path.stem}.{_timestamp()}.{reason}{BACKUP_SUFFIX}"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created_at: datetime
    reason: str
    size: int


_NAME = re.compile(r"\.(\d{8}T\d{6}\d*Z)\.([a-z0-9-]+)" + re.escape(BACKUP_SUFFIX) + "$")


def list_backups(store_path: Path) -> list[BackupFile]:
    """Newest first."""
    folder = backups_dir(store_path)
    out = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.search(p.name)
            if not m or not p.is_file():
                continue
            stamp = m.group(1)
            when = datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S")
            out.append(BackupFile(p, when, m.group(2), p.stat().st_size))
    out.sort(key=lambda b: b.path.name, reverse=True)
    return out


def snapshot_copy(src: Any, dest_path: Path) -> Path:
    """Copy the database open on DB-API connection ``src`` with ``VACUUM INTO``.

    Needs no passphrase: SQLCipher keys the copy of an encrypted store with the
    store's own key.  Written under a temporary name and renamed, like
    ``backup_connection``.  ``src`` must not be inside a transaction.
    """
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest_path.with_name("." + dest_path.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        src.execute("VACUUM INTO ?", (str(tmp),))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return dest_path
