"""The one way the app writes a file: whole, or not at all, and nothing left behind.

Every file the app writes (packs, reports, the register, backups, readable
copies, re-keyed and encrypted copies, new stores, the demo) goes through here:

- ``atomic_output(target, kind)``: yields a temporary path beside ``target``;
  the caller writes it by any means (a library that wants a file name, SQLite);
  on a normal exit the file is fsynced, given the target's permissions and
  renamed over ``target`` (then the folder is fsynced); on an exception it is
  removed and ``target`` is untouched.  ``write_bytes`` / ``write_with`` wrap it.
- ``staged(kind)``: several files, all or nothing.  ``stage.add(target)`` (or
  ``stage.write(target, data)``) makes a temporary per target; ``stage.place()``
  renames them all (call it inside a transaction that records them; if a
  rename fails, the ones placed are put back); an exception after ``place()``
  takes the new files back and restores the files they replaced.
- ``sweep(folder, kind)``: removes the app's *stale* temporaries in ``folder``
  (of that kind, or all); it runs before each write of the same kind.
  ``sweep_recorded()`` removes those of interrupted writes anywhere (run at
  start): each temporary is recorded in the data folder (``pending-writes/``)
  while it exists.

A temporary is named ``.<target name, cut to fit>.~adgsom-<kind>-<tag>``: never
longer than NAME_MAX with SQLite's ``-journal`` added (an output name of 255
bytes works), hidden, and recognisable.  Its writer holds an exclusive
``flock`` on it for its whole life, so a sweep only removes files whose writer
is gone (killed), never a write under way in another window or process.
Stale temporaries are overwritten with zeros before they are removed: a pack
interrupted while writing is a complete, decrypted, confidential PDF.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

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
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


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


def _side_of(name: str) -> str:
    m = _TEMP.match(name)
    return (m["side"] or "") if m else ""


def _check_kind(kind: str) -> str:
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

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

else:  # pragma: no cover - Windows: a sweep claims a file by renaming it (refused while open)

    def _lock(fd: int) -> None:
        return None

    def _try_lock(fd: int) -> bool:
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


def _forget(record: Path | None) -> None:
    if record is not None:
        with contextlib.suppress(OSError):
            record.unlink()


# -- one temporary --------------------------------------------------------------------


@dataclass
class _Temp:
    target: Path
    path: Path
    fd: int
    record: Path | None
    mode: int | None
    keep: _Temp | None = None  # the replaced file, under a temporary name, until the end
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
        _forget(self.record)


def _create(target: Path, kind: str) -> _Temp:
    folder = target.parent
    for _attempt in range(20):
        tmp = folder / temp_name(target.name, kind, secrets.token_hex(5))
        record = _record(tmp)
        try:
            # Private while it is written; the target's permissions are given before the rename.
            fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | _CLOEXEC, 0o600)
        except FileExistsError:
            _forget(record)
            continue
        except BaseException:
            _forget(record)
            raise
        _lock(fd)
        if not _same_file(fd, tmp):  # swept away between creation and lock: another name
            os.close(fd)
            _forget(record)
            continue
        return _Temp(target, tmp, fd, record, None)
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


def _final_mode(temp: _Temp) -> int:
    """The target's permissions if it exists, else ``mode``, else a new file's usual ones."""
    if temp.mode is not None:
        return temp.mode
    try:
        return os.stat(temp.target).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _set_mode(fd: int, path: Path, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:  # pragma: no cover - Windows
        os.chmod(path, mode)


def _check_complete(tmp: Path) -> None:
    for side in SIDE_FILES[:2]:  # a journal or a WAL still beside it: not all in the file
        p = Path(f"{tmp}{side}")
        if p.exists():
            if p.stat().st_size == 0:
                p.unlink()
                continue
            raise IncompleteWriteError(errno.EIO, f"{p.name} is left beside the file", str(tmp))
    with contextlib.suppress(FileNotFoundError):
        Path(f"{tmp}-shm").unlink()


def _keep_replaced(temp: _Temp, kind: str) -> _Temp | None:
    """A second name for the file ``temp`` replaces (put back if the write is undone)."""
    if not os.path.lexists(temp.target):
        return None
    keep = _create(temp.target, kind)
    try:
        keep.path.unlink()
        keep.close()
        try:
            os.link(temp.target, keep.path)  # no copy: the same file under a second name
        except OSError:
            shutil.copy2(temp.target, keep.path)  # a file system without hard links
        keep.fd = os.open(keep.path, os.O_RDONLY | _CLOEXEC)
        _lock(keep.fd)  # a sweep leaves it alone while this write lasts
    except BaseException:
        keep.remove()
        raise
    return keep


# -- several files, all or nothing -------------------------------------------------------


@dataclass
class Staged:
    """Files written under temporary names, renamed into place together (``staged``)."""

    kind: str
    temps: list[_Temp] = field(default_factory=list)
    swept: set[Path] = field(default_factory=set)
    placed: bool = False

    def add(self, target: Path | str, *, mode: int | None = None) -> Path:
        """A temporary path for ``target`` (created empty; write it by name).

        ``mode``: the permissions of the file written (default: those of the file
        it replaces; a new file gets the usual ones, after the umask).
        """
        target = Path(target).absolute()
        if target.parent not in self.swept:
            sweep(target.parent, self.kind)  # stale ones of an earlier, interrupted write
            self.swept.add(target.parent)
        temp = _create(target, self.kind)
        temp.mode = mode
        self.temps.append(temp)
        return temp.path

    def write(self, target: Path | str, data: bytes, *, mode: int | None = None) -> Path:
        """A temporary for ``target`` holding ``data``."""
        tmp = self.add(target, mode=mode)
        fd = self.temps[-1].fd
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        return tmp

    def place(self) -> None:
        """Rename every temporary over its target; if one fails, put the others back."""
        if self.placed:
            return
        try:
            for temp in self.temps:
                _check_complete(temp.path)
                os.fsync(temp.fd)
                _set_mode(temp.fd, temp.path, _final_mode(temp))
            for temp in self.temps:
                temp.keep = _keep_replaced(temp, self.kind)
                os.replace(temp.path, temp.target)
                temp.placed = True
            for folder in {t.target.parent for t in self.temps}:
                fsync_dir(folder)
        except BaseException:
            self.undo()
            raise
        self.placed = True

    def undo(self) -> None:
        """Take back the files placed (restoring what they replaced); remove the rest."""
        for temp in reversed(self.temps):
            if temp.placed:
                with contextlib.suppress(OSError):
                    if temp.keep is not None:
                        os.replace(temp.keep.path, temp.target)
                    else:
                        temp.target.unlink()
                temp.placed = False
        self.placed = False
        self.finish()

    def finish(self) -> None:
        """Drop the temporaries and second names left (the write is over, either way)."""
        for temp in self.temps:
            if temp.keep is not None:
                temp.keep.remove()
            if temp.placed:
                temp.close()
                _forget(temp.record)
            else:
                temp.remove()
        self.temps.clear()


@contextlib.contextmanager
def staged(kind: str) -> Iterator[Staged]:
    """Several files written all or nothing (see the module).  Placed on a normal exit
    if ``place()`` was not called; any exception takes every file back."""
    stage = Staged(_check_kind(kind))
    try:
        yield stage
        stage.place()
    except BaseException:
        stage.undo()
        raise
    stage.finish()


@contextlib.contextmanager
def atomic_output(
    target: Path | str, kind: str = "file", *, mode: int | None = None
) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    The caller writes the temporary path by any means; on an exception it is
    removed and ``target`` is untouched.  A SQLite database written there must
    be closed (no journal or WAL left beside it) before the block ends.
    """
    with staged(kind) as stage:
        yield stage.add(target, mode=mode)


@contextlib.contextmanager
def scratch(beside: Path | str, kind: str) -> Iterator[Path]:
    """A temporary file beside ``beside`` for work in progress, never placed: removed
    (with any side file) when the block ends, and swept like any other if the app dies."""
    stage = Staged(_check_kind(kind))
    try:
        yield stage.add(beside)
    finally:
        stage.undo()


def write_bytes(target: Path | str, data: bytes, kind: str = "file") -> None:
    with staged(kind) as stage:
        stage.write(target, data)


def write_with(target: Path | str, writer: Callable[[BinaryIO], None], kind: str = "file") -> None:
    with atomic_output(target, kind) as tmp, open(tmp, "r+b") as fh:
        writer(fh)
        fh.flush()


# -- sweeping stale temporaries ------------------------------------------------------------


def _claim_and_remove(tmp: Path) -> bool:
    """Remove ``tmp`` (zeros first) and its side files if no writer holds it."""
    if os.name != "posix":  # pragma: no cover - an open file cannot be renamed there
        claimed = tmp.with_name(tmp.name + "-gone")
        try:
            os.replace(tmp, claimed)
        except FileNotFoundError:
            claimed = tmp
        except OSError:
            return False
        tmp = claimed
    try:
        fd = os.open(tmp, os.O_RDWR | _CLOEXEC)
    except FileNotFoundError:
        fd = -1
    except OSError:
        return False
    try:
        if fd >= 0:
            if not _try_lock(fd):
                return False  # a write under way (another window or process)
            if os.fstat(fd).st_nlink == 1:  # never zero a file that has another name
                with contextlib.suppress(OSError):
                    wipe_open(tmp, fd)
        for p in side_files(tmp):
            if p != tmp:
                wipe(p)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    finally:
        if fd >= 0:
            os.close(fd)
    return True


def _bases(paths: list[Path]) -> list[Path]:
    """The temporaries these files belong to (a side file names its database)."""
    return sorted({p.with_name(p.name[: len(p.name) - len(_side_of(p.name))]) for p in paths})


def is_stale(tmp: Path) -> bool:
    """Whether no writer holds the temporary ``tmp`` (its writer was killed or failed)."""
    if os.name != "posix":  # pragma: no cover
        return True
    try:
        fd = os.open(tmp, os.O_RDONLY | _CLOEXEC)
    except FileNotFoundError:
        return True  # only side files are left
    except OSError:
        return False
    try:
        return _try_lock(fd)
    finally:
        os.close(fd)  # releases the lock just taken


def stale_temporaries(folder: Path, kind: str | None = None) -> list[Path]:
    """The app's temporaries in ``folder`` whose writer is gone (side files included)."""
    temps = temporaries(folder, kind)
    stale = {b for b in _bases(temps) if is_stale(b)}
    return [p for p in temps if p.with_name(p.name[: len(p.name) - len(_side_of(p.name))]) in stale]


def sweep(folder: Path, kind: str | None = None) -> list[Path]:
    """Remove the stale temporaries of the app in ``folder`` (of ``kind``, or all).

    A temporary whose writer still holds it is left alone.  Returns what was removed.
    """
    removed = []
    for base in _bases(temporaries(folder, kind)):
        if _claim_and_remove(base):
            removed.append(base)
    return removed


def sweep_recorded() -> list[Path]:
    """Remove the stale temporaries recorded in the ledger, wherever they are (at start)."""
    folder = ledger_dir()
    try:
        records = sorted(folder.iterdir())
    except OSError:
        return []
    removed = []
    for record in records:
        try:
            tmp = Path(os.fsdecode(record.read_bytes()))
        except OSError:
            continue
        if not tmp.is_absolute() or not is_temporary(tmp):
            _forget(record)  # unreadable (cut short before its temporary was made)
            continue
        if os.path.lexists(tmp) or any(os.path.lexists(p) for p in side_files(tmp)[1:]):
            if not _claim_and_remove(tmp):
                continue  # still being written
            removed.append(tmp)
        _forget(record)
    return removed
