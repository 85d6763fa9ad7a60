"""How ``atomic`` writes: temporary files, their locks and ledger, commit records, sweeps.

``storage/atomic.py`` is the API every writer uses; this module holds the
mechanics it shares with the sweeps that run at start and before each write.

- A temporary is ``.<target name, cut to fit>.~adgsom-<kind>-<tag>`` (NAME_MAX
  bytes with SQLite's ``-journal`` added), created private (0600), held by an
  exclusive ``flock`` for its writer's whole life and recorded in the ledger
  (``<data folder>/pending-writes/``) while it exists.
- A *commit record* (kind ``commit``) lists the temporaries of a durable
  write and their targets; written and fsynced, it is the point after which
  the write is finished even if the app dies: whoever finds it stale (a sweep
  at start, the store's open) renames the rest into place.  Temporaries it
  lists are never swept.
- A sweep removes only *stale* temporaries (no writer holds their lock),
  overwriting them with zeros first (an interrupted pack is a decrypted,
  confidential PDF).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

NAME_MAX = 255  # bytes in one file name (ext4, APFS, NTFS, exFAT)
SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's files beside a database
_BUDGET = NAME_MAX - len("-journal")  # a temporary database's journal must fit too
_MARK = ".~adgsom-"
_TEMP = re.compile(
    r"^\..*\.~adgsom-(?P<kind>[a-z0-9]+)-(?P<tag>[0-9a-f]{10})(?P<side>-journal|-wal|-shm)?$",
    re.S,
)
_KIND = re.compile(r"^[a-z0-9]{1,12}$")
LEDGER_FOLDER = "pending-writes"
CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class IncompleteWriteError(OSError):
    """A temporary database still has a journal or WAL beside it: it is not complete."""


# -- small file-system helpers ---------------------------------------------------------


def fsync_dir(folder: Path) -> None:
    """Make a rename (or a new file) in ``folder`` survive a power cut."""
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (best effort on any medium)."""
    with contextlib.suppress(OSError):
        wipe_open(path)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def wipe_open(path: Path, fd: int | None = None) -> None:
    """Overwrite a file (or the inode behind ``fd``, e.g. already renamed over) with zeros."""
    own = fd is None
    if fd is None:
        fd = os.open(path, os.O_WRONLY)
    try:
        size = os.fstat(fd).st_size
        os.lseek(fd, 0, os.SEEK_SET)
        block = b"\0" * 65536
        left = size
        while left > 0:
            left -= os.write(fd, block[: min(left, len(block))])
        os.fsync(fd)
    finally:
        if own:
            os.close(fd)


def side_files(path: Path) -> list[Path]:
    """``path`` and the files SQLite may keep beside it."""
    return [path, *(Path(f"{path}{side}") for side in SIDE_FILES)]


def is_temporary(path: Path) -> bool:
    """Whether ``path`` is a temporary file of the app (or a side file of one)."""
    return _TEMP.match(path.name) is not None


def temporaries(folder: Path, kind: str | None = None) -> list[Path]:
    """The app's temporary files in ``folder`` (of ``kind``), live or stale."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    out = []
    for name in names:
        m = _TEMP.match(name)
        if m and (kind is None or m["kind"] == kind):
            out.append(folder / name)
    return sorted(out)


def kind_of(path: Path) -> str:
    """The kind of write a temporary belongs to ("" for another file)."""
    m = _TEMP.match(path.name)
    return m["kind"] if m else ""


def side_of(name: str) -> str:
    m = _TEMP.match(name)
    return (m["side"] or "") if m else ""


def check_kind(kind: str) -> str:
    if not _KIND.match(kind):
        raise ValueError(f"a kind of temporary is 1-12 lower-case letters or digits: {kind!r}")
    return kind


def temp_name(target_name: str, kind: str, tag: str) -> str:
    """The temporary's name: the target's name cut so the whole fits in NAME_MAX bytes."""
    tail = f"{_MARK}{kind}-{tag}"
    room = _BUDGET - len(os.fsencode(tail)) - 1  # the leading dot
    stem = target_name
    while len(os.fsencode(stem)) > room:
        stem = stem[:-1]
    return f".{stem}{tail}"


# -- locking a temporary while it is written -------------------------------------------

if os.name == "posix":
    import fcntl

    def lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

else:  # pragma: no cover - Windows: a sweep claims a file by renaming it (refused while open)

    def lock(fd: int) -> None:
        return None

    def try_lock(fd: int) -> bool:
        return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


# -- the ledger: temporaries recorded while they exist ----------------------------------


def ledger_dir() -> Path:
    from ..paths import data_dir

    return data_dir() / LEDGER_FOLDER


def _record(tmp: Path) -> Path | None:
    """Note ``tmp`` in the ledger before creating it (None if the ledger cannot be written:
    the folder's own sweep still finds it)."""
    try:
        folder = ledger_dir()
        folder.mkdir(parents=True, exist_ok=True)
        record = folder / secrets.token_hex(8)
        fd = os.open(record, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, os.fsencode(str(tmp.absolute())))
            os.fsync(fd)
        finally:
            os.close(fd)
        fsync_dir(folder)
        return record
    except OSError as exc:
        log.warning("could not record a temporary file: %s", exc)
        return None


def forget(record: Path | None) -> None:
    if record is not None:
        with contextlib.suppress(OSError):
            record.unlink()


# -- one temporary --------------------------------------------------------------------


@dataclass
class Temp:
    """One temporary file being written (its descriptor holds the lock)."""

    target: Path
    path: Path
    fd: int
    record: Path | None
    mode: int | None = None
    database: bool = False  # the target is a SQLite database: its side files go with it
    exclusive: bool = False  # never replace a file at the target
    keep: Temp | None = None  # the replaced file, under a temporary name, until the end
    placed: bool = False

    def close(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1

    def remove(self) -> None:
        """Remove the temporary (and any side file SQLite left), then forget it."""
        for p in side_files(self.path):
            with contextlib.suppress(OSError):
                p.unlink()
        self.close()
        forget(self.record)


def create(target: Path, kind: str, folder: Path | None = None) -> Temp:
    """A new, empty, locked and recorded temporary for ``target`` (in ``folder``: by
    default the target's own)."""
    folder = folder or target.parent
    for _attempt in range(20):
        tmp = folder / temp_name(target.name, kind, secrets.token_hex(5))
        record = _record(tmp)
        try:
            # Private while it is written; the target's permissions are given before the rename.
            fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | CLOEXEC, 0o600)
        except FileExistsError:
            forget(record)
            continue
        except BaseException:
            forget(record)
            raise
        lock(fd)
        if not _same_file(fd, tmp):  # swept away between creation and lock: another name
            os.close(fd)
            forget(record)
            continue
        return Temp(target, tmp, fd, record, None)
    raise OSError(errno.EEXIST, "no free temporary name", str(folder))


def _umask() -> int:
    """The process's umask (read without changing it where the system allows)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # pragma: no cover - not Linux
    os.umask(mask)  # pragma: no cover
    return mask  # pragma: no cover


def final_mode(temp: Temp) -> int:
    """The target's permissions if it exists, else ``mode``, else a new file's usual ones."""
    if temp.mode is not None:
        return temp.mode
    try:
        return os.stat(temp.target).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def set_mode(fd: int, path: Path, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:  # pragma: no cover - Windows
        os.chmod(path, mode)


def check_complete(tmp: Path) -> None:
    for side in SIDE_FILES[:2]:  # a journal or a WAL still beside it: not all in the file
        p = Path(f"{tmp}{side}")
        if p.exists():
            if p.stat().st_size == 0:
                p.unlink()
                continue
            raise IncompleteWriteError(errno.EIO, f"{p.name} is left beside the file", str(tmp))
    with contextlib.suppress(FileNotFoundError):
        Path(f"{tmp}-shm").unlink()


def keep_replaced(temp: Temp, kind: str) -> Temp | None:
    """A second name for the file ``temp`` replaces (put back if the write is undone)."""
    if not os.path.lexists(temp.target):
        return None
    keep = create(temp.target, kind)
    try:
        keep.path.unlink()
        keep.close()
        try:
            os.link(temp.target, keep.path)  # no copy: the same file under a second name
        except OSError:
            shutil.copy2(temp.target, keep.path)  # a file system without hard links
        keep.fd = os.open(keep.path, os.O_RDONLY | CLOEXEC)
        lock(keep.fd)  # a sweep leaves it alone while this write lasts
    except BaseException:
        keep.remove()
        raise
    return keep
