"""A read-only look at a store file: is it a store, which schema, which key opens it.

Every check that can fail runs here, before anything is written (``store.Store.open``
then locks, backs up and migrates): a file that is not a store, a store from a
newer version or a wrong passphrase leaves the file byte-for-byte unchanged.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import (
    NotAStoreError,
    PassphraseRequiredError,
    StoreCorruptError,
    StoreError,
    StoreNotWritableError,
    StoreTooNewError,
    WrongPassphraseError,
)
from ..i18n.messages import QT_TRANSLATE_NOOP, Message
from . import atomic, keys, migrate, sqlite_driver
from .keys import Key


@dataclass(frozen=True)
class Probe:
    """What a read-only look at a file found."""

    encrypted: bool
    revision: str | None  # None: a fresh, empty database
    needs_upgrade: bool
    key: Key | None = field(default=None, repr=False, compare=False)  # what opened it
    # What SQLite's quick check found wrong (only with ``allow_damaged``; None: sound).
    damage: str | None = None


def read_header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(100)


def is_plain_file(path: Path) -> bool:
    """Whether the file starts as a plain SQLite database (else it may be encrypted)."""
    return read_header(path).startswith(sqlite_driver.SQLITE_MAGIC)


# A SQLCipher file starts with 16 random bytes: these never do.
_MAGIC = (
    (b"\x89PNG", QT_TRANSLATE_NOOP("Errors", "a PNG image")),
    (b"%PDF", QT_TRANSLATE_NOOP("Errors", "a PDF document")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("Errors", "a ZIP archive (such as a Word or Excel file)")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("Errors", "an older Office document")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Errors", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("Errors", "a GIF image")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("Errors", "an RTF document")),
)
CIPHER_PAGE = 4096  # SQLCipher 4's page: an encrypted store is at least one whole page


def other_format(header: bytes) -> str | None:
    """What a file that is not a store is, when its first bytes say so (else None)."""
    for magic, what in _MAGIC:
        if header.startswith(magic):
            return what
    import codecs

    text = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        decoded = text.decode(header[:64])
    except UnicodeDecodeError:
        return None
    if decoded and all(ch.isprintable() or ch in "\t\r\n" for ch in decoded):
        return QT_TRANSLATE_NOOP("Errors", "a text file")
    return None


def not_a_store(path: Path, size: int, header: bytes) -> StoreError:
    """The error for a file that is not a plain store, opened without a passphrase:
    an encrypted store cannot be told from random bytes without its passphrase."""
    if size == 0:
        return NotAStoreError(
            "{path_name} is empty: it is not an ADGSOM Desktop store.", path_name=path.name
        )
    what = other_format(header)
    if what is not None:
        return NotAStoreError(
            "{path_name} is not an ADGSOM Desktop store: it is {what}.",
            path_name=path.name,
            what=Message(what),
        )
    if size >= CIPHER_PAGE:
        # Whole pages of ciphertext, or an encrypted store cut short (not whole pages).
        return PassphraseRequiredError(
            "{path_name} is encrypted (or not a store): enter its passphrase.", path_name=path.name
        )
    return NotAStoreError(
        "{path_name} is not an ADGSOM Desktop store (not a database file).", path_name=path.name
    )


def _wal_beside(path: Path) -> bool:
    """A non-empty WAL beside the file: pages the main file lacks may be there."""
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


def _check_plain_header(path: Path, header: bytes, size: int) -> None:
    """Catch a truncated plain store before SQLite reads garbage.

    Only when no WAL is beside it: a checkpoint cut short (a full disk, a kill
    while closing) leaves a header that counts pages still in the WAL, and
    SQLite reads such a store whole.  With a WAL, SQLite's own check decides.
    """
    if len(header) < 100:
        raise StoreCorruptError(
            "{path_name} is truncated: it is not a complete store.", path_name=path.name
        )
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreCorruptError(
            "{path_name} has a damaged header: it cannot be opened.", path_name=path.name
        )
    if (
        valid_for == change_counter
        and page_count
        and size < page_count * page_size
        and not _wal_beside(path)
    ):
        raise StoreCorruptError(
            "{path_name} is truncated ({size:,} of {expected_size:,} bytes): "
            "it is not a complete store. Restore it from a backup.",
            path_name=path.name,
            size=size,
            expected_size=page_count * page_size,
        )


def probe(
    path: Path,
    passphrase: Key | None = None,
    *,
    wal: bool = True,
    check: bool = False,
    allow_damaged: bool = False,
) -> Probe:
    """Look at ``path`` without changing it; raise a ``StoreError`` if it is unusable.

    For an encrypted file the key is derived once from the passphrase and the
    file's salt (``keys.derive``); ``Probe.key`` is what opened it.  ``wal``:
    the file may be in WAL mode (its folder must then be writable even to read).
    ``check``: also run SQLite's quick check (every page read once; ~25 ms for
    the demo store, ~0.25 s for 250 MB): a damaged store is refused before the
    app writes anything to it (``StoreCorruptError``).  The look creates no
    side file (``sqlite_driver.connect(readonly=True)``).  ``allow_damaged``: a
    store whose schema and version can be read but whose quick check fails is
    returned with ``Probe.damage`` set instead of refused (it may then be opened
    read-only); a file SQLite cannot even start to read is still refused.
    """
    if not path.exists():
        raise StoreError("No store at {path}.", path=path)
    if path.is_dir():
        raise NotAStoreError("{path} is a folder, not a store file.", path=path)
    if not path.is_file():
        raise NotAStoreError(
            "{path} is not a regular file (a device or a pipe): not a store.", path=path
        )
    try:
        size = path.stat().st_size
        header = read_header(path)
    except PermissionError as exc:
        raise StoreNotWritableError("{path} cannot be read: permission denied.", path=path) from exc
    plain = header.startswith(sqlite_driver.SQLITE_MAGIC)
    if plain:
        _check_plain_header(path, header, size)
        passphrase = None  # a plain store ignores a passphrase
    elif not passphrase or size == 0 or other_format(header) is not None:
        raise not_a_store(path, size, header)
    if wal:
        # A WAL store needs its folder writable even to be read (the -shm index).
        check_writable(path)
    if passphrase is None:
        return _inspect(path, None, check, allow_damaged)
    candidates: list[Key] = [passphrase]
    if isinstance(passphrase, str) and len(header) >= keys.SALT_BYTES:
        # Derive once here; every later connection then skips SQLCipher's KDF.
        candidates.insert(0, keys.derive(passphrase, header[: keys.SALT_BYTES]))
    for n, key in enumerate(candidates):
        try:
            return _inspect(path, key, check, allow_damaged)
        except WrongPassphraseError:
            if n == len(candidates) - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def damaged_error(name: str, detail: str) -> StoreCorruptError:
    return StoreCorruptError(
        "{name} is damaged: part of it cannot be read ({detail}).", name=name, detail=detail
    )


def _inspect(
    path: Path, key: Key | None, check: bool = False, allow_damaged: bool = False
) -> Probe:
    try:
        return _inspect_at(path, path, key, check, allow_damaged)
    except (StoreError, sqlite_driver.Error) as exc:
        sides = [Path(f"{path}{side}") for side in ("-wal", "-journal")]
        if not (any(p.exists() for p in sides) and sqlite_driver.needs_recovery(exc)):
            raise
    # Killed while it wrote (a journal still hot, a WAL index half-written): only a writer
    # may recover it, which opening for editing does.  The look recovers a copy of the
    # file and its journal or WAL instead, as that writer would; the store is untouched.
    with atomic.scratch(path, "probe") as copy:
        shutil.copyfile(path, copy)
        for side in ("-wal", "-journal"):
            if Path(f"{path}{side}").exists():
                shutil.copyfile(f"{path}{side}", f"{copy}{side}")
        return _inspect_at(copy, path, key, check, allow_damaged, writable=True)


def _inspect_at(
    read: Path,
    path: Path,
    key: Key | None,
    check: bool,
    allow_damaged: bool,
    *,
    writable: bool = False,
) -> Probe:
    """The look itself, reading ``read`` (``path``, or a copy of it: ``writable``)."""
    try:
        conn = sqlite_driver.connect(read, key, readonly=not writable, pragmas=False)
    except sqlite_driver.Error as exc:
        raise StoreError(
            "{path_name} cannot be opened: {exc}.", path_name=path.name, exc=exc
        ) from exc
    try:
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite_driver.DatabaseError as exc:
            if sqlite_driver.is_not_a_database(exc):
                if key:
                    raise WrongPassphraseError(
                        "Wrong passphrase for {path_name} (or the file is not a store).",
                        path_name=path.name,
                    ) from exc
                raise NotAStoreError(
                    "{path_name} is not an ADGSOM Desktop store.", path_name=path.name
                ) from exc
            raise damaged_error(path.name, str(exc).rstrip(".")) from exc
        if app_id != sqlite_driver.APPLICATION_ID or "alembic_version" not in tables:
            raise NotAStoreError(
                "{path_name} is a database of another application, not an ADGSOM Desktop store.",
                path_name=path.name,
            )
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite_driver.DatabaseError as exc:
            raise damaged_error(path.name, str(exc).rstrip(".")) from exc
        revision = row[0] if row else None
        if check:
            conn.execute(sqlite_driver.ONE_PASS_CACHE)  # 8 MB of pages read once otherwise
        problem = sqlite_driver.quick_check(conn) if check else None
        if problem is not None and not allow_damaged:
            raise damaged_error(path.name, problem)
    finally:
        conn.close()
        if check:
            sqlite_driver.give_back_memory()  # the check's page cache (~8 MB) stayed resident
    if revision is not None and revision not in migrate.KNOWN_REVISIONS:
        raise StoreTooNewError(
            "{path_name} was written by a newer version of ADGSOM Desktop "
            "(schema {revision}). Update the app to open it; the file was not changed.",
            path_name=path.name,
            revision=revision,
        )
    return Probe(
        encrypted=key is not None,
        revision=revision,
        needs_upgrade=revision != migrate.HEAD_REVISION,
        key=key,
        damage=problem,
    )


def check_writable(path: Path) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreNotWritableError(
            "The folder {folder} is not writable: the store cannot be opened for editing "
            "there. Copy it to a writable folder.",
            folder=folder,
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreNotWritableError(
            "{path_name} is read-only: it cannot be opened for editing.", path_name=path.name
        )


@contextmanager
def read_only_look(path: Path) -> Iterator[Any]:
    """A DB-API connection on the plain store file at ``path``, in a read transaction
    that writes nothing (not even side files): a look before the store is opened for
    work (the GUI paints the store's tree from it while the services load)."""
    conn = sqlite_driver.connect(path, None, readonly=True)
    try:
        conn.execute(sqlite_driver.ONE_PASS_CACHE)
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()
