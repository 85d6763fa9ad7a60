"""The one way the app writes a file: whole, or not at all, and nothing left behind.

Every file the app writes (packs, reports, the register, backups, readable
copies, re-keyed and encrypted copies, new stores, the demo) goes through here.

- ``atomic_output(target, kind)``: yields a temporary path beside ``target``;
  the caller writes it by any means (a library that wants a file name, SQLite);
  on a normal exit the file is fsynced, given the target's permissions (a new
  file: the usual ones) and renamed over ``target``, then the folder is
  fsynced; on an exception it is removed and ``target`` is untouched.
  ``write_bytes`` and ``write_with`` wrap it.
- ``staged(kind)``: several files, all or nothing.  ``stage.add(target)`` (or
  ``stage.write(target, data)``) makes a temporary per target; ``stage.place()``
  renames them all (call it inside the transaction that records them: if a
  rename fails the ones placed are put back); an exception after ``place()``
  takes the new files back and restores the files they replaced.
  ``staged(kind, durable_in=folder)``: ``place()`` first writes a commit
  record; from then on the write is finished even if the app dies (the next
  start, or the store's next open, renames the rest).  ``wipe_replaced``
  overwrites each replaced file with zeros (encrypting a plain store).
- ``scratch(beside, kind)``: a temporary for work in progress, never placed.
- ``sweep(folder, kind)`` removes the app's *stale* temporaries in ``folder``;
  it runs before each write of the same kind (``stage.add``) and when a store
  opens.  ``sweep_recorded()`` removes those of interrupted writes anywhere
  (the app and every command run it at start).

``kind`` is a short lower-case word naming what is written ("pack", "report",
"backup", "encrypt"...): a write sweeps only the stale temporaries of its own
kind.  A temporary's name never exceeds NAME_MAX (output names of 255 bytes
work); its writer holds a lock on it, so no sweep removes a write under way in
another window or process.  Mechanics: ``atomic_files``.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .atomic_files import (
    NAME_MAX,
    IncompleteWriteError,
    Temp,
    check_complete,
    check_kind,
    create,
    final_mode,
    fsync_dir,
    fsync_file,
    is_temporary,
    keep_replaced,
    kind_of,
    ledger_dir,
    set_mode,
    side_files,
    temporaries,
    wipe,
    wipe_open,
)
from .atomic_sweep import (
    Move,
    Placed,
    is_stale,
    roll_forward,
    stale_temporaries,
    sweep,
    sweep_recorded,
    write_commit,
    write_undo,
)

__all__ = [
    "NAME_MAX",
    "IncompleteWriteError",
    "Staged",
    "atomic_output",
    "fsync_dir",
    "fsync_file",
    "is_stale",
    "is_temporary",
    "kind_of",
    "ledger_dir",
    "scratch",
    "side_files",
    "staged",
    "stale_temporaries",
    "sweep",
    "sweep_recorded",
    "temporaries",
    "wipe",
    "wipe_open",
    "write_bytes",
    "write_with",
]


@dataclass
class Staged:
    """Files written under temporary names, renamed into place together (``staged``)."""

    kind: str
    durable_in: Path | None = None  # all temporaries here, placed through a commit record
    wipe_replaced: bool = False
    undo_if_killed: bool = False  # placed through an undo record, removed when the stage ends
    temps: list[Temp] = field(default_factory=list)
    undo_record: Temp | None = None
    swept: set[Path] = field(default_factory=set)
    placed: bool = False

    def add(
        self,
        target: Path | str,
        *,
        mode: int | None = None,
        database: bool = False,
        exclusive: bool = False,
    ) -> Path:
        """A temporary path for ``target`` (created empty; write it by name).

        ``mode``: the permissions of the file written (default: those of the file
        it replaces; a new file gets the usual ones, after the umask).
        ``database``: the target is a SQLite database: the side files of the one it
        replaces (a stale WAL) are removed with it.  ``exclusive``: never replace a
        file; ``FileExistsError`` if one appeared at ``target`` meanwhile.
        """
        target = Path(target).absolute()
        folder = self.durable_in or target.parent
        if folder not in self.swept:
            sweep(folder, self.kind)  # stale ones of an earlier, interrupted write
            self.swept.add(folder)
        temp = create(target, self.kind, folder)
        temp.mode, temp.database, temp.exclusive = mode, database, exclusive
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

    def discard(self, tmp: Path) -> None:
        """Give up one temporary (its target is left as it is)."""
        for temp in list(self.temps):
            if temp.path == tmp:
                temp.remove()
                self.temps.remove(temp)

    def _ready(self) -> None:
        """Every temporary complete on disk, with the permissions it will keep."""
        for temp in self.temps:
            check_complete(temp.path)
            os.fsync(temp.fd)
            set_mode(temp.fd, temp.path, final_mode(temp))

    def place(self) -> None:
        """Rename every temporary over its target; if one fails, put the others back."""
        if self.placed:
            return
        if self.durable_in is not None:
            self._place_durably(self.durable_in)
            return
        try:
            self._ready()
            if not self.wipe_replaced:
                for temp in self.temps:
                    if not (temp.exclusive or temp.database):
                        temp.keep = keep_replaced(temp, self.kind)
            if self.undo_if_killed and self.temps:
                placed = [
                    Placed(t.target, os.fstat(t.fd).st_ino, t.keep.path if t.keep else None)
                    for t in self.temps
                ]
                self.undo_record = write_undo(self.temps[0].target.parent, placed)
            for temp in self.temps:
                if temp.exclusive:
                    _place_exclusively(temp)
                    continue
                if self.wipe_replaced and temp.target.is_file():
                    wipe_open(temp.target)  # zeros over the old file: it cannot be put back
                if temp.database:  # the replaced database's WAL must never meet this one
                    for side in side_files(temp.target)[1:]:
                        with contextlib.suppress(FileNotFoundError):
                            side.unlink()
                os.replace(temp.path, temp.target)
                temp.placed = True
            for folder in {t.target.parent for t in self.temps}:
                fsync_dir(folder)
        except BaseException:
            self.undo()
            raise
        self.placed = True

    def _place_durably(self, folder: Path) -> None:
        """Commit (a fsynced record of every move), then move: never half, even if killed."""
        self._ready()
        if not self.temps:
            self.placed = True
            return
        moves = [Move(t.path, t.target, self.wipe_replaced, t.database) for t in self.temps]
        record = write_commit(folder, moves)
        for temp in self.temps:  # from here on the write is done: no way back
            temp.placed = True
        self.placed = True
        try:
            roll_forward(record.path, moves)
        finally:
            record.close()
            if not record.path.exists():
                record.remove()

    def undo(self) -> None:
        """Take back the files placed (restoring what they replaced); remove the rest.
        A durable write that was committed is not undone, nor one that zeroed the files it
        replaced (the new ones are the only copies left)."""
        if self.durable_in is None and not self.wipe_replaced:
            for temp in reversed(self.temps):
                if temp.placed:
                    with contextlib.suppress(OSError):
                        if temp.keep is not None:
                            os.replace(temp.keep.path, temp.target)
                        else:
                            wipe(temp.target)  # a new file that does not count: zeros, gone
                    temp.placed = False
            self.placed = False
        self.finish()

    def finish(self) -> None:
        """Drop the temporaries and second names left (the write is over, either way)."""
        if self.undo_record is not None:  # first: from here on, the files placed stay
            self.undo_record.remove()
            self.undo_record = None
        for temp in self.temps:
            if temp.keep is not None:
                temp.keep.remove()
            if temp.placed:
                temp.close()
                if not temp.path.exists():
                    temp.remove()  # forgets its record (nothing left to remove)
            else:
                temp.remove()
        self.temps.clear()


def _place_exclusively(temp: Temp) -> None:
    """Give the temporary the target's name only if no file has it (a second name, then
    the temporary's own removed; a file system without hard links: checked, renamed)."""
    try:
        os.link(temp.path, temp.target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(temp.target):
            raise FileExistsError(
                errno.EEXIST, os.strerror(errno.EEXIST), str(temp.target)
            ) from None
        os.replace(temp.path, temp.target)
    else:
        os.unlink(temp.path)
    temp.placed = True


@contextlib.contextmanager
def staged(
    kind: str,
    *,
    durable_in: Path | None = None,
    wipe_replaced: bool = False,
    undo_if_killed: bool = False,
) -> Iterator[Staged]:
    """Several files written all or nothing (see the module).  Placed on a normal exit
    if ``place()`` was not called; any exception takes every file back (a durable write
    once committed is finished instead).  ``undo_if_killed``: ``place()`` is called
    inside a transaction that must commit for the files to count (a register): if the
    app dies before the stage ends, the next start takes them back too."""
    stage = Staged(check_kind(kind), durable_in, wipe_replaced, undo_if_killed)
    try:
        yield stage
        stage.place()
    except BaseException:
        stage.undo()
        raise
    stage.finish()


@contextlib.contextmanager
def atomic_output(
    target: Path | str,
    kind: str = "file",
    *,
    mode: int | None = None,
    database: bool = False,
    exclusive: bool = False,
) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    The caller writes the temporary path by any means; on an exception it is
    removed and ``target`` is untouched.  A SQLite database written there must
    be closed (no journal or WAL left beside it) before the block ends.  For
    ``mode``, ``database`` and ``exclusive`` see ``Staged.add``.
    """
    with staged(kind) as stage:
        yield stage.add(target, mode=mode, database=database, exclusive=exclusive)


@contextlib.contextmanager
def scratch(beside: Path | str, kind: str) -> Iterator[Path]:
    """A temporary file beside ``beside`` for work in progress, never placed: removed
    (with any side file) when the block ends, and swept like any other if the app dies."""
    stage = Staged(check_kind(kind))
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
