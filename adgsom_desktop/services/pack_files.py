"""Writing issued PDFs: the target file, the copies' file names, all-or-nothing writes.

The files of an issue are written under temporary names and renamed into place
only once the issue is recorded in the distribution register (``atomic_pdfs``):
a full disk or a refused folder leaves no copy, no temporary file and no
register row behind.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from ..errors import AppError, ValidationError
from ..reports.pack_model import CopyMark
from ..storage.atomic import atomic_output


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


@contextmanager
def atomic_pdfs(items: list[tuple[Path, bytes]]) -> Iterator[None]:
    """Write each PDF under a temporary name; all are renamed into place only if the block
    (recording the issue) succeeds, and none is left half-written or behind otherwise."""
    try:
        with ExitStack() as stack:
            for path, data in items:
                tmp = stack.enter_context(atomic_output(path))
                tmp.write_bytes(data)
            yield
    except OSError as exc:
        where = exc.filename or (items[0][0] if items else "the file")
        raise PdfWriteError(
            f"Could not write {where}: {exc.strerror or exc}. Nothing was issued and no "
            "existing file was changed."
        ) from exc


def check_target(out: Path) -> Path:
    out = Path(out).expanduser()
    if not out.is_dir() and out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    if out.is_dir():
        raise ValidationError(f"{out} is a folder: give a file name ending in .pdf.", "out")
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.", "out")
    return out
