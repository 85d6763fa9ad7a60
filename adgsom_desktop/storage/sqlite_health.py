"""The SQLite file's side of the seam: why something failed, and the file's own health.

``classify``: SQLite's result texts (through SQLAlchemy's ``orig`` and causes) and
OSError numbers, as ``backend.Failure``.  ``health``: SQLite's integrity and
foreign-key checks, then what belongs to the file (leftovers of an interrupted
operation, plain backups beside an encrypted store), repaired on request.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from sqlalchemy.orm.exc import StaleDataError

from ..i18n.messages import counted
from . import backup, sqlite_driver
from .backend import Failure, Health
from .store_files import leftovers

if TYPE_CHECKING:
    from .store import Store


def _chain(exc: BaseException) -> list[BaseException]:
    seen: set[int] = set()
    out: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        out.append(current)
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return out


def classify(exc: BaseException) -> Failure | None:
    if sqlite_driver.damage_in(exc) is not None:
        return Failure.DAMAGED
    full = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EIO}
    for e in _chain(exc):
        if isinstance(e, StaleDataError):
            return Failure.CONFLICT
        text = str(e).lower()
        code = getattr(e, "errno", None)
        if "unique constraint failed" in text:
            return Failure.CONFLICT
        if "database is locked" in text or "database table is locked" in text:
            return Failure.BUSY
        if (
            "disk is full" in text
            or "disk i/o error" in text
            or "readonly" in text
            or code in full
            or code in (errno.EROFS, errno.EACCES)
        ):
            return Failure.DISK
    return None


def health(store: Store, *, repair: bool = False) -> Health:
    """SQLite's checks, then the file's surroundings (``repair``: fixed where derived)."""
    problems: list[str] = []
    details: list[str] = []
    fixed: list[str] = []
    damaged = None
    with store.engine.connect() as conn:
        rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"SQLite integrity: {r}" for r in rows[:20])
            damaged = "; ".join(rows[:3])
        else:
            details.append("SQLite integrity check: ok")
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} rows point to records that no longer exist")
        conn.rollback()
    if problems:
        return Health(tuple(problems), tuple(details), damaged, sound=False)

    found = leftovers(store.path)
    if found:
        what = f"{counted(len(found), 'leftover file')} of an interrupted operation"
        if repair:
            for leftover in found:
                backup.wipe(leftover)
            fixed.append(f"{what}: removed")
        else:
            problems.append(what)
    count = len(backup.list_backups(store.path))
    if store.encrypted:
        details.append(f"Encryption: the store is encrypted, and so are its backups ({count})")
    else:
        details.append(f"Encryption: none: the store and its backups ({count}) are plain")
    plain = store.plain_backups()
    if plain:
        names = ", ".join(p.name for p in plain[:3]) + (" …" if len(plain) > 3 else "")
        what = f"{counted(len(plain), 'plain (unencrypted) backup')} beside an encrypted store ({names})"
        if repair:
            store.encrypt_backups(plain)
            fixed.append(f"{what}: encrypted with the store's passphrase")
        else:
            problems.append(
                f"{what}: --repair (or Tools > Check database) encrypts them with the "
                "store's passphrase; or delete them (Tools > Backups)"
            )
    return Health(tuple(problems), tuple(details), None, tuple(fixed))
