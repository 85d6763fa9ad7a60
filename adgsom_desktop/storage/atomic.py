"""The one helper through which every non-database file is written.

Write to a temporary file in the target's folder, fsync it, rename it over the
target, fsync the folder: a crash or a full disk never leaves a half-written
file under the chosen name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


fsync_dir = _fsync_dir  # for storage code that renames files itself (backups)


@contextlib.contextmanager
def atomic_output(target: Path | str, suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    The caller writes the temporary path (by any means, e.g. a library that
    wants a file name); on an exception it is removed and ``target`` is
    untouched.
    """
    target = Path(target)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes(target: Path | str, data: bytes) -> None:
    with atomic_output(target) as tmp:
        tmp.write_bytes(data)


def write_with(target: Path | str, writer: Callable[[BinaryIO], None]) -> None:
    with atomic_output(target) as tmp, open(tmp, "wb") as fh:
        writer(fh)
