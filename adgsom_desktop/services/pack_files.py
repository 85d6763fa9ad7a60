"""Writing issued PDFs: the target file, the copies' file names, all-or-nothing writes.

The files of an issue are written under temporary names and renamed into place
inside the transaction that records the issue in the distribution register,
just before it commits (``atomic_pdfs``): a full disk, a refused folder or a
failed rename leaves no copy, no temporary file and no register row behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import AppError, ValidationError
from ..reports.pack_model import CopyMark
from ..storage.atomic import fsync_dir


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def slug(text: str) -> str:
    """A file-name part from a recipient's name (letters of any script kept)."""
    import unicodedata

    kept = "".join(
        ch if unicodedata.category(ch)[0] in "LMN" else "_"
        for ch in unicodedata.normalize("NFC", text)
    )
    out = re.sub(r"_+", "_", kept).strip("_")
    return out[:60] or "copy"


def copy_paths(out: Path, marks: list[CopyMark], one_file: bool) -> list[Path]:
    if one_file or len(marks) == 1:
        return [out]
    width = max(2, len(str(len(marks))))
    paths = []
    for m in marks:
        name = f"{out.stem}-copy{m.copy_no:0{width}d}"
        if m.recipient:
            name += f"-{slug(m.recipient)}"
        paths.append(out.with_name(name + out.suffix))
    return paths


class PdfWriteError(AppError):
    """A PDF could not be written (full disk, no permission): nothing was issued."""


class _Staged:
    """PDFs written beside their targets under temporary names, placed on request."""

    def __init__(self, items: list[tuple[Path, bytes]]) -> None:
        self.items = items
        self.temps: list[tuple[Path, Path]] = []  # (target, temporary file)
        self.placed: list[tuple[Path, Path | None]] = []  # (target, copy of the old file)
        self.done = False

    def write(self) -> None:
        for path, data in self.items:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            os.close(fd)
            tmp = Path(name)
            self.temps.append((path, tmp))
            tmp.write_bytes(data)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())

    def place(self) -> None:
        """Rename every file into place; if one fails, the ones placed are put back."""
        if self.done:
            return
        try:
            for path, tmp in self.temps:
                backup = self._keep_old(path)
                self.placed.append((path, backup))
                os.replace(tmp, path)
            for folder in {p.parent for p, _t in self.temps}:
                fsync_dir(folder)
        except BaseException:
            self.undo()
            raise
        self.done = True

    @staticmethod
    def _keep_old(path: Path) -> Path | None:
        """A copy of the file ``path`` replaces (to put back if the issue fails)."""
        if not path.exists():
            return None
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent)
        os.close(fd)
        backup = Path(name)
        try:
            backup.unlink()
            os.link(path, backup)  # a second name for the old file, no copy
        except OSError:
            shutil.copy2(path, backup)  # a file system without hard links
        return backup

    def undo(self) -> None:
        for path, backup in reversed(self.placed):
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, path)
                else:
                    path.unlink()
        self.placed.clear()
        self.cleanup()

    def cleanup(self) -> None:
        for _path, tmp in self.temps:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        for _path, backup in self.placed:
            if backup is not None:
                with contextlib.suppress(OSError):
                    backup.unlink(missing_ok=True)


@contextmanager
def atomic_pdfs(items: list[tuple[Path, bytes]]) -> Iterator[Callable[[], None]]:
    """Write each PDF under a temporary name; yield ``place``, which renames them into place.

    Call ``place()`` inside the transaction that records the issue, after the
    register rows are written and before the commit: if a rename fails, the
    transaction rolls back (no register row for a file that is not there); if
    the block fails after ``place()`` (the commit itself), the files placed
    are taken back and any file they replaced is restored.  A block that does
    not call ``place()`` has the files placed when it ends without error.
    None is ever left half-written or behind.
    """
    staged = _Staged(items)
    try:
        try:
            staged.write()
            yield staged.place
            staged.place()
        except BaseException:
            staged.undo()
            raise
        staged.cleanup()
    except OSError as exc:
        where = exc.filename or (items[0][0] if items else "the file")
        raise PdfWriteError(
            f"Could not write {where}: {exc.strerror or exc}. Nothing was issued and no "
            "existing file was changed."
        ) from exc


# Suffixes that name another kind of file: a PDF is not written under them.
_OTHER_TYPES = (
    "txt md csv tsv json xml html htm rtf doc docx odt ott xls xlsx ods ppt pptx odp "
    "png jpg jpeg gif tif tiff bmp svg ps eps zip gz tar 7z adgsom db sqlite py exe"
)
OTHER_FILE_TYPES = frozenset("." + x for x in _OTHER_TYPES.split())


def check_target(out: Path) -> Path:
    """Where a PDF goes: ``out`` itself, or ``out`` + ".pdf" if it does not end in .pdf.

    A name that ends in another file type ("notes.txt", "brief.docx") is
    refused rather than silently turned into "notes.txt.pdf"; any other name
    ("TH-BP-001", "Brief for Dr. Sok") gets ".pdf" added (the CLI prints the
    name written).
    """
    out = Path(out).expanduser()
    if out.is_dir():
        raise ValidationError(f"{out} is a folder: give a file name ending in .pdf.", "out")
    if out.suffix.lower() != ".pdf":
        if out.suffix.lower() in OTHER_FILE_TYPES:
            raise ValidationError(
                f"{out.name} does not end in .pdf: the file written is a PDF. "
                f"Give a name such as {out.stem}.pdf.",
                "out",
            )
        out = out.with_name(out.name + ".pdf")
    if out.is_dir():
        raise ValidationError(f"{out} is a folder: give a file name ending in .pdf.", "out")
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.", "out")
    return out
