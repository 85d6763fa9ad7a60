"""Copy control shared by packs and reports: numbered copies, their markings, their files.

A pack and a meeting report are issued the same way: one copy per recipient (or N
unnamed copies), "Copy K of N - issued to NAME" on every page, optionally the
name as a watermark, as separate files or one file; the files are written
atomically and placed inside the transaction that enters every copy in the
distribution register (``issue_files``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from ..domain.text import clean_text
from ..errors import ValidationError
from ..i18n.printing import QT_TRANSLATE_NOOP, translate
from ..reports.pack_model import CopyMark, Marking
from .context import ServiceContext
from .pack_files import atomic_pdfs, copy_paths, sha256
from .pack_records import MAX_COPIES, IssuedFile

PREVIEW = QT_TRANSLATE_NOOP("Pack", "PREVIEW - NOT ISSUED")  # in the printing language


class Rendered(Protocol):
    @property
    def data(self) -> bytes: ...

    @property
    def pages(self) -> int: ...


def check_copies(
    recipients: Sequence[str], copies: int, watermark: bool
) -> tuple[tuple[str, ...], int]:
    """The recipients (cleaned) and the number of copies, or ``ValidationError``."""
    names = tuple(
        clean_text(x, "Recipient", max_len=200, single_line=True, required=True) for x in recipients
    )
    n = len(names) if names else copies
    if not 1 <= n <= MAX_COPIES:
        raise ValidationError(
            "Copies must be between 1 and {max_copies}.", "copies", max_copies=MAX_COPIES
        )
    if watermark and not names:
        raise ValidationError(
            "A watermark prints the recipient's name: name the recipients first.", "watermark"
        )
    return names, n


def copy_marks(recipients: Sequence[str], copies: int) -> list[CopyMark]:
    """One mark per copy: "Copy k of n", with the recipient's name if there are names."""
    if recipients:
        n = len(recipients)
        return [CopyMark(k, n, name) for k, name in enumerate(recipients, 1)]
    return [CopyMark(k, copies) for k in range(1, copies + 1)]


def copy_markings(
    marks: Sequence[CopyMark],
    *,
    classification: str,
    reference: str,
    footer: str,
    watermark: bool,
    preview: bool = False,
) -> list[Marking]:
    """What each copy prints on every page (a preview: the first copy, marked PREVIEW)."""
    return [
        Marking(
            classification=classification,
            reference=reference,
            copy=m,
            watermark=translate("Pack", PREVIEW) if preview else (m.recipient if watermark else ""),
            footer_title=footer,
        )
        for m in (marks[:1] if preview else marks)
    ]


def issue_files(
    ctx: ServiceContext,
    rendered: Sequence[Rendered],
    marks: Sequence[CopyMark],
    target: Path | None,
    one_file: bool,
    kind: str,
    record: Callable[[Session, list[Path | None], list[str]], int],
) -> tuple[int, tuple[IssuedFile, ...]]:
    """Write the copies (atomically) and enter them in the register in one transaction.

    ``record(session, paths, digests)`` writes the register rows (paths: None
    for a printed copy) and returns the issue's id; the files are renamed into
    place just before the commit, so there is never a register row without its
    file nor a file without its row.
    """
    paths: list[Path | None]
    if target is not None:
        paths = list(copy_paths(target, list(marks), one_file and len(marks) > 1))
    else:
        paths = [None] * len(rendered)
    digests = [sha256(x.data) for x in rendered]
    outputs = [(p, pdf.data) for p, pdf in zip(paths, rendered, strict=True) if p is not None]
    with atomic_pdfs(outputs, kind) as place, ctx.write() as s:
        issue_id = record(s, paths, digests)
        s.flush()
        place()  # the files are in place before the register rows are committed
    files = []
    for k, m in enumerate(marks):
        n = 0 if len(rendered) == 1 else k
        files.append(
            IssuedFile(
                copy_no=m.copy_no,
                copies_total=m.copies_total,
                recipient=m.recipient,
                path=paths[n],
                sha256=digests[n],
                pages=rendered[n].pages,
                data=rendered[n].data if target is None else b"",
            )
        )
    return issue_id, tuple(files)


def per_copy_pages(rendered: Sequence[Any], copies: int) -> int:
    """Pages of one copy (one merged file holds every copy)."""
    return int(rendered[0].pages // (copies if len(rendered) < copies else 1))
