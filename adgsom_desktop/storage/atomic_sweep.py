"""Commit records and sweeps of ``atomic``: finishing interrupted durable writes, removing
stale temporaries (see ``atomic_files`` for what both are)."""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from .atomic_files import (
    CLOEXEC,
    SIDE_FILES,
    Temp,
    create,
    forget,
    fsync_dir,
    is_temporary,
    kind_of,
    ledger_dir,
    side_files,
    side_of,
    temporaries,
    try_lock,
    wipe,
    wipe_open,
)

log = logging.getLogger(__name__)
COMMIT = "commit"  # the kind of a commit record: finish its moves
UNDO = "undo"  # the kind of an undo record: take its files back
_END = "."  # a record's last line: a record without it was cut short


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
        fd = os.open(tmp, os.O_RDWR | CLOEXEC)
    except FileNotFoundError:
        fd = -1
    except OSError:
        return False
    try:
        if fd >= 0:
            if not try_lock(fd):
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
    return sorted({p.with_name(p.name[: len(p.name) - len(side_of(p.name))]) for p in paths})


def is_stale(tmp: Path) -> bool:
    """Whether no writer holds the temporary ``tmp`` (its writer was killed or failed)."""
    if os.name != "posix":  # pragma: no cover
        return True
    try:
        fd = os.open(tmp, os.O_RDONLY | CLOEXEC)
    except FileNotFoundError:
        return True  # only side files are left
    except OSError:
        return False
    try:
        return try_lock(fd)
    finally:
        os.close(fd)  # releases the lock just taken


def stale_temporaries(folder: Path, kind: str | None = None) -> list[Path]:
    """The app's temporaries in ``folder`` whose writer is gone (side files included)."""
    temps = temporaries(folder, kind)
    stale = {b for b in _bases(temps) if is_stale(b)}
    return [p for p in temps if p.with_name(p.name[: len(p.name) - len(side_of(p.name))]) in stale]


@dataclass(frozen=True)
class Move:
    """One line of a commit record: rename ``tmp`` over ``target``."""

    tmp: Path
    target: Path
    wipe: bool = False  # overwrite the file it replaces with zeros first (plaintext)
    database: bool = False  # drop the target's SQLite side files first (its stale WAL)

    def line(self) -> str:
        flags = ("w" if self.wipe else "") + ("d" if self.database else "") or "-"
        return f"{flags}\t{self.tmp.name}\t{self.target}"


@dataclass(frozen=True)
class Placed:
    """One line of an undo record: ``target`` (whose file is inode ``inode``) was placed;
    ``keep`` holds the file it replaced."""

    target: Path
    inode: int
    keep: Path | None

    def line(self) -> str:
        return f"{self.inode}\t{self.keep.name if self.keep else '-'}\t{self.target}"


def _write_record(folder: Path, kind: str, name: str, lines: list[str]) -> Temp:
    record = create(folder / name, kind, folder)
    try:
        data = "\n".join([*lines, _END, ""]).encode("utf-8", "surrogateescape")
        view = memoryview(data)
        while view:
            view = view[os.write(record.fd, view) :]
        os.fsync(record.fd)
        fsync_dir(folder)
    except BaseException:
        record.remove()
        raise
    return record


def _read_record(record: Path) -> list[str]:
    lines = record.read_bytes().decode("utf-8", "surrogateescape").splitlines()
    if not lines or lines[-1] != _END:
        raise ValueError("a record cut short while it was written")
    return lines[:-1]


def write_commit(folder: Path, moves: list[Move]) -> Temp:
    """Write and fsync a commit record in ``folder`` (where every ``tmp`` is): from now on
    the moves happen, even if the app dies first (``roll_forward``)."""
    return _write_record(folder, COMMIT, moves[0].target.name, [m.line() for m in moves])


def read_commit(record: Path) -> list[Move]:
    moves = []
    for line in _read_record(record):
        flags, name, target = line.split("\t", 2)
        moves.append(Move(record.parent / name, Path(target), "w" in flags, "d" in flags))
    return moves


def write_undo(folder: Path, placed: list[Placed]) -> Temp:
    """Write and fsync an undo record before files are placed: if the app dies before the
    write ends (the transaction that records them did not commit), they are taken back."""
    return _write_record(folder, UNDO, placed[0].target.name, [p.line() for p in placed])


def read_undo(record: Path) -> list[Placed]:
    placed = []
    for line in _read_record(record):
        inode, keep, target = line.split("\t", 2)
        target_path = Path(target)
        keep_path = None if keep == "-" else target_path.parent / keep
        placed.append(Placed(target_path, int(inode), keep_path))
    return placed


def roll_back(record: Path, placed: list[Placed] | None = None) -> None:
    """Take back the files an undo record lists (those still the very files placed: the
    replaced file is put back, a new one is overwritten with zeros and removed), then
    remove the record."""
    placed = read_undo(record) if placed is None else placed
    for p in placed:
        try:
            ours = os.stat(p.target).st_ino == p.inode
        except FileNotFoundError:
            ours = False
        if not ours:
            continue  # never placed (killed before its rename), or replaced since
        if p.keep is not None and p.keep.exists():
            os.replace(p.keep, p.target)
        else:
            wipe(p.target)
    for folder in {record.parent, *(p.target.parent for p in placed)}:
        fsync_dir(folder)
    with contextlib.suppress(FileNotFoundError):
        record.unlink()


def roll_forward(record: Path, moves: list[Move] | None = None) -> None:
    """Finish the moves of a commit record, then remove it.  A move whose temporary is
    gone was made already; doing it again is never needed, so this may run twice."""
    moves = read_commit(record) if moves is None else moves
    for move in moves:
        if not move.tmp.exists():
            continue
        if move.database:
            for side in side_files(move.target)[1:]:
                if move.wipe:
                    wipe(side)
                with contextlib.suppress(FileNotFoundError):
                    side.unlink()
        if move.wipe and move.target.is_file():
            wipe_open(move.target)  # zeros over the plaintext, the new file then takes its name
        os.replace(move.tmp, move.target)
    for folder in {record.parent, *(m.target.parent for m in moves)}:
        fsync_dir(folder)
    with contextlib.suppress(FileNotFoundError):
        record.unlink()


def _finish_stale_commits(folder: Path) -> set[Path]:
    """Finish the stale records in ``folder``: roll commit records forward, undo records
    back.  Return the files that records still list (a live write's, or one that could
    not be finished): never swept."""
    protected: set[Path] = set()
    for record in temporaries(folder, COMMIT):
        if record.name.endswith(SIDE_FILES):
            continue
        try:
            moves = read_commit(record)
        except (OSError, ValueError):
            continue  # cut short while written: its write never began, sweep it
        if is_stale(record):
            try:
                roll_forward(record, moves)
                continue
            except OSError as exc:
                log.error("an interrupted write could not be finished (%s): %s", record, exc)
        protected |= {m.tmp for m in moves} | {record}
    for record in temporaries(folder, UNDO):
        if record.name.endswith(SIDE_FILES):
            continue
        try:
            placed = read_undo(record)
        except (OSError, ValueError):
            continue  # cut short while written: nothing was placed yet, sweep it
        if is_stale(record):
            try:
                roll_back(record, placed)
                continue
            except OSError as exc:
                log.error("an interrupted write could not be taken back (%s): %s", record, exc)
        protected |= {p.keep for p in placed if p.keep is not None} | {record}
    return protected


def sweep(folder: Path, kind: str | None = None) -> list[Path]:
    """Remove the stale temporaries of the app in ``folder`` (of ``kind``, or all), after
    finishing any interrupted durable write found there (its commit record).

    A temporary whose writer still holds it is left alone.  Returns what was removed.
    """
    protected = _finish_stale_commits(folder)
    removed = []
    for base in _bases(temporaries(folder, kind)):
        if base not in protected and _claim_and_remove(base):
            removed.append(base)
    if removed:
        _forget_records_of({p.absolute() for p in removed})
    return removed


def _forget_records_of(paths: set[Path]) -> None:
    """Drop the ledger's records of temporaries removed by a folder's sweep."""
    with contextlib.suppress(OSError):
        for record in ledger_dir().iterdir():
            with contextlib.suppress(OSError):
                if Path(os.fsdecode(record.read_bytes())) in paths:
                    forget(record)


# Temporaries of a store's own operations: encrypted copies (no plaintext), removed when
# the store next opens, which then says the operation was interrupted.
LEFT_TO_THE_STORE = ("encrypt", "rekey")


def sweep_recorded() -> list[Path]:
    """Remove the stale temporaries recorded in the ledger, wherever they are (at start);
    interrupted durable writes are finished first.  Those of a store's own operations
    (``LEFT_TO_THE_STORE``) are left for the store's next open, which reports them."""
    folder = ledger_dir()
    try:
        records = sorted(folder.iterdir())
    except OSError:
        return []
    entries: list[tuple[Path, Path]] = []
    for record in records:
        try:
            tmp = Path(os.fsdecode(record.read_bytes()))
        except OSError:
            continue
        if not tmp.is_absolute() or not is_temporary(tmp):
            forget(record)  # unreadable (cut short before its temporary was made)
            continue
        entries.append((record, tmp))
    protected: dict[Path, set[Path]] = {}
    for _record_path, tmp in entries:
        if tmp.parent not in protected:
            protected[tmp.parent] = _finish_stale_commits(tmp.parent)
    removed = []
    for record, tmp in entries:
        if tmp in protected[tmp.parent]:
            continue
        if os.path.lexists(tmp) or any(os.path.lexists(p) for p in side_files(tmp)[1:]):
            if kind_of(tmp) in LEFT_TO_THE_STORE or not _claim_and_remove(tmp):
                continue  # still being written
            removed.append(tmp)
        forget(record)
    return removed
