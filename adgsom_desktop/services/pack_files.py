"""Writing issued PDFs: the target file, the copies' file names, all-or-nothing writes.

The files of an issue are written under temporary names and renamed into place
inside the transaction that records the issue in the distribution register,
just before it commits (``atomic_pdfs``): a full disk, a refused folder or a
failed rename leaves no copy, no temporary file and no register row behind.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import AppError, ValidationError
from ..reports.pack_model import CopyMark
from ..storage import atomic


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
        tail = f"-copy{m.copy_no:0{width}d}"
        if m.recipient:
            tail += f"-{slug(m.recipient)}"
        stem = out.stem
        while stem and len(os.fsencode(stem + tail + out.suffix)) > atomic.NAME_MAX:
            stem = stem[:-1]  # a long name: each copy's name still fits the file system
        paths.append(out.with_name(stem + tail + out.suffix))
    return paths


class PdfWriteError(AppError):
    """A PDF could not be written (full disk, no permission): nothing was issued."""


@contextmanager
def atomic_pdfs(
    items: list[tuple[Path, bytes]], kind: str = "pack"
) -> Iterator[Callable[[], None]]:
    """Write each PDF under a temporary name; yield ``place``, which renames them into place.

    Call ``place()`` inside the transaction that records the issue, after the
    register rows are written and before the commit: if a rename fails, the
    transaction rolls back (no register row for a file that is not there); if
    the block fails after ``place()`` (the commit itself), the files placed
    are taken back and any file they replaced is restored.  A block that does
    not call ``place()`` has the files placed when it ends without error.
    None is ever left half-written or behind (``storage.atomic.staged``; a
    write killed half-way leaves hidden temporaries that the next start, or the
    next write of the same ``kind`` there, overwrites and removes).
    """
    try:
        # Placed inside the register's transaction: killed before it commits, the next
        # start takes the copies back (no complete copy outside the register).
        with atomic.staged(kind, undo_if_killed=True) as stage:
            for path, data in items:
                stage.write(path, data)
            yield stage.place
    except OSError as exc:
        where = exc.filename or (items[0][0] if items else "the file")
        raise PdfWriteError(
            "Could not write {where}: {reason}. Nothing was issued and no "
            "existing file was changed.",
            where=where,
            reason=exc.strerror or exc,
        ) from exc


# Suffixes that name another kind of file: a PDF is not written under them.
_OTHER_TYPES = (
    "txt md csv tsv json xml html htm rtf doc docx odt ott xls xlsx ods ppt pptx odp "
    "png jpg jpeg gif tif tiff bmp svg ps eps zip gz tar 7z adgsom db sqlite py exe"
)
OTHER_FILE_TYPES = frozenset("." + x for x in _OTHER_TYPES.split())


def check_target(out: Path, suffix: str = ".pdf") -> Path:
    """Where a PDF goes: ``out`` itself, or ``out`` + ".pdf" if it does not end in .pdf
    (``suffix=".docx"``: the same for a Word document).

    A name that ends in another file type ("notes.txt", "brief.docx") is
    refused rather than silently turned into "notes.txt.pdf"; any other name
    ("TH-BP-001", "Brief for Dr. Sok") gets ".pdf" added (the CLI prints the
    name written).
    """
    out = Path(out).expanduser()
    kind = "a Word document" if suffix == ".docx" else "a PDF"
    if out.is_dir():
        raise ValidationError(
            "{out} is a folder: give a file name ending in {suffix}.", "out", out=out, suffix=suffix
        )
    if out.suffix.lower() != suffix:
        if out.suffix.lower() in (OTHER_FILE_TYPES | {".pdf"}) - {suffix}:
            raise ValidationError(
                "{out_name} does not end in {suffix}: the file written is {kind}. "
                "Give a name such as {out_stem}{suffix}.",
                "out",
                out_name=out.name,
                suffix=suffix,
                kind=kind,
                out_stem=out.stem,
            )
        out = out.with_name(out.name + suffix)
    if out.is_dir():
        raise ValidationError(
            "{out} is a folder: give a file name ending in {suffix}.", "out", out=out, suffix=suffix
        )
    if not out.parent.is_dir():
        raise ValidationError(
            "The folder {out_parent} does not exist.", "out", out_parent=out.parent
        )
    return out
