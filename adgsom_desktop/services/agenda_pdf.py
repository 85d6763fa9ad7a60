"""Reading the lines of an agenda out of a PDF (pypdf's text with layout).

pypdf lays each page's text out in fixed-width lines, so that what stood side
by side on the page stands side by side in the text.  A table is found by
position: a run of lines split into segments by wide gaps, whose segments start
at the same places (the columns).  Its rows are the blocks between blank lines
when the table leaves them (LibreOffice's cell padding), else the lines that
open a row (a time slot, a number, a marker or a programme row in its column);
the other lines continue the cells above (wrapped text).  The rest of the page
is text, indented as printed.  A PDF without a text layer (a scan) is refused
in words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from ..errors import ValidationError
from .agenda_annotations import programme_kind
from .agenda_lines import SourceLine, starts_with_marker
from .agenda_table import _SHORT_NUMBER, Cell, table_lines
from .agenda_times import find_slot
from .import_limits import check_extracted_text, check_pdf_pages

_GAP = re.compile(r"\S+(?: {1,2}\S+)*")  # text runs; 3+ spaces part two segments


@dataclass(frozen=True)
class _Seg:
    start: int
    text: str


def _segments(line: str) -> list[_Seg]:
    return [_Seg(m.start(), m.group(0)) for m in _GAP.finditer(line)]


def read_pdf_lines(path: Path, data: bytes) -> list[SourceLine]:
    if not data.startswith(b"%PDF-"):
        raise ValidationError(
            "{path_name} is not a PDF file. Choose a .pdf, .docx or .txt.", path_name=path.name
        )
    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError

        try:
            reader = PdfReader(BytesIO(data))
            if reader.is_encrypted:
                try:
                    reader.decrypt("")
                    pages = list(reader.pages)
                except (FileNotDecryptedError, NotImplementedError):
                    raise ValidationError(
                        "{path_name} is protected by a password. Open it, save a copy without "
                        "the password, and import that copy.",
                        path_name=path.name,
                    ) from None
            else:
                pages = list(reader.pages)
        except PdfReadError as exc:
            raise ValidationError(
                "{path_name} cannot be read as a PDF (it may be damaged). Nothing was "
                "imported. ({exc})",
                path_name=path.name,
                exc=exc,
            ) from None
        check_pdf_pages(path.name, len(pages))
        texts: list[str] = []
        size = lines = 0
        for page in pages:
            text = page.extract_text(extraction_mode="layout") or ""
            size += len(text.encode("utf-8", "surrogatepass"))
            lines += text.count("\n") + 1
            check_extracted_text(path.name, size, lines)
            texts.append(text)
    except ValidationError:
        raise
    except Exception as exc:  # malformed objects, odd fonts, recursion in broken files
        raise ValidationError(
            "{path_name} cannot be read as a PDF ({exc_name}). Nothing was imported.",
            path_name=path.name,
            exc_name=type(exc).__name__,
        ) from None
    if not any(t.strip() for t in texts):
        raise ValidationError(
            "{path_name} holds no text: it looks like a scanned image. Ask the Secretariat "
            "for the Word or text version, or run the PDF through text recognition (OCR) "
            "first. Nothing was imported.",
            path_name=path.name,
        )
    return page_lines(texts)


def page_lines(pages: list[str]) -> list[SourceLine]:
    """The lines of every page: tables as rows, the rest as text."""
    out: list[SourceLine] = []
    carry: list[list[str]] = []  # a table's rows, continued on the next page
    columns: list[int] = []

    def flush() -> None:
        nonlocal carry
        out.extend(table_lines([[Cell(x) for x in r] for r in carry]))
        carry = []

    for text in pages:
        lines = [ln.rstrip() for ln in text.split("\n")]
        region = _table_region(lines)
        if region is None and carry:
            region = _continued_region(lines, columns)
        if region is None:
            flush()
            out.extend(_text_lines(lines))
            continue
        first, last, found = region
        if carry and len(found) == len(columns) and _aligned(lines[:first], found):
            first = _first_text(lines)  # a row cut by the page break goes on at the top
        continuing = bool(carry) and first == _first_text(lines) and len(found) == len(columns)
        if not continuing:
            flush()
        out.extend(_text_lines(lines[:first]))
        columns = found
        carry = _rows(lines[first : last + 1], columns, carry if continuing else [])
        if last + 1 < len(lines) and any(x.strip() for x in lines[last + 1 :]):
            flush()
            out.extend(_text_lines(lines[last + 1 :]))
    flush()
    return out


def _aligned(lines: list[str], columns: list[int]) -> bool:
    segs = [s for ln in lines for s in _segments(ln)]
    return all(any(abs(s.start - c) <= 2 for c in columns) for s in segs)


def _first_text(lines: list[str]) -> int:
    return next((n for n, ln in enumerate(lines) if ln.strip()), 0)


def _continued_region(lines: list[str], columns: list[int]) -> tuple[int, int, list[int]] | None:
    """A page whose few lines carry on the table of the page before (columns shifted a little)."""
    first = _first_text(lines)
    segs = [s for ln in lines for s in _segments(ln)]
    if not segs:
        return None
    best, shift = -1, 0
    for delta in range(-4, 5):
        fit = sum(1 for s in segs if any(abs(s.start - (c + delta)) <= 1 for c in columns))
        if fit > best:
            best, shift = fit, delta
    if best < len(segs) * 0.8:
        return None
    last = max(n for n, ln in enumerate(lines) if ln.strip())
    return first, last, [c + shift for c in columns]


def _text_lines(lines: list[str]) -> list[SourceLine]:
    out = []
    for ln in lines:
        body = ln.strip()
        indent = len(ln) - len(ln.lstrip(" "))
        out.append(SourceLine(" ".join(body.split()), indent))
    return out


def _table_region(lines: list[str]) -> tuple[int, int, list[int]] | None:
    """Where a table stands on the page (first and last line) and its column starts."""
    multi = [n for n, ln in enumerate(lines) if len(_segments(ln)) >= 2]
    if len(multi) < 3:
        return None
    starts = sorted(s.start for n in multi for s in _segments(lines[n]))
    groups: list[list[int]] = []
    for x in starts:
        if groups and x - groups[-1][-1] <= 2:
            groups[-1].append(x)
        else:
            groups.append([x])
    columns = [g[0] for g in groups if len(g) >= max(2, len(multi) // 4)]
    if len(columns) < 2:
        return None
    first = multi[0]
    last = len(lines) - 1
    while last > first and not lines[last].strip():
        last -= 1
    # Lines after the table that fit no column (a closing note across the page) end it.
    n = multi[-1] + 1
    while n <= last:
        segs = _segments(lines[n])
        if segs and not any(abs(s.start - c) <= 2 for s in segs for c in columns):
            last = n - 1
            break
        n += 1
    return first, last, columns


def _column(start: int, columns: list[int]) -> int:
    col = 0
    for n, c in enumerate(columns):
        if c <= start + 2:
            col = n
    return col


def _join(a: str, b: str) -> str:
    """Wrapped cell text put back together ("ADGSOM/" + "2027/DOC.04", "Cross-" + "border");
    a sub-item written in the same cell ("3.1 ...", "(a) ...") starts a line of its own."""
    if not a:
        return b
    if a.endswith("/") or (a.endswith("-") and b[:1].islower()):
        return a + b
    if starts_with_marker(b) and not re.match(r"^\d+[.:)]?\s", b):
        return f"{a}\n{b}"
    return f"{a} {b}"


def _rows(lines: list[str], columns: list[int], carry: list[list[str]]) -> list[list[str]]:
    """The table's rows (``carry``: rows of the page before, the last one perhaps
    continued at the top of this page)."""
    width = len(columns)
    cells_of: list[list[str] | None] = []
    for ln in lines:
        cells = [""] * width
        for seg in _segments(ln):
            col = _column(seg.start, columns)
            cells[col] = f"{cells[col]} {seg.text}".strip()
        cells_of.append(cells if ln.strip() else None)
    filled = [c for c in cells_of if c is not None] + carry
    time_col = _best(filled, lambda x: find_slot(x) is not None)
    number_col = _best(filled, lambda x: bool(_SHORT_NUMBER.match(x)))
    openings = sum(
        1 for n in range(1, len(cells_of)) if cells_of[n] is not None and cells_of[n - 1] is None
    )
    blank_rows = openings >= max(1, len(filled) // 6)
    rows = [list(r) for r in carry]
    top_of_page = bool(carry)  # the first line may finish the row of the page before
    prev_blank = True
    for maybe in cells_of:
        if maybe is None:
            prev_blank = True
            continue
        cells = maybe
        if top_of_page or not blank_rows:
            opens = _opens_row(cells, rows, time_col, number_col)
        else:
            opens = prev_blank
        top_of_page = False
        if opens or not rows:
            rows.append(list(cells))
        else:
            rows[-1] = [_join(a, b) if b else a for a, b in zip(rows[-1], cells, strict=True)]
        prev_blank = False
    return rows


def _best(rows: list[list[str]], test: Callable[[str], bool]) -> int | None:
    if not rows:
        return None
    width = len(rows[0])
    scores = []
    for c in range(width):
        cells = [r[c] for r in rows if r[c]]
        hits = sum(1 for x in cells if test(x))
        scores.append((hits / len(cells) if cells else 0.0, hits))
    best = max(range(width), key=lambda c: scores[c])
    return best if scores[best][0] >= 0.5 and scores[best][1] >= 2 else None


def _opens_row(
    cells: list[str], rows: list[list[str]], time_col: int | None, number_col: int | None
) -> bool:
    """Without blank lines between rows: does this line open a new row?"""
    if number_col is not None and cells[number_col]:
        return True
    if time_col is not None and cells[time_col] and find_slot(cells[time_col]):
        before = rows[-1][time_col] if rows else ""
        if not before.rstrip().endswith(("-", "–", "to")):
            return True
    texts = [x for n, x in enumerate(cells) if x and n != time_col]
    if not texts:
        return False
    if programme_kind(texts[0]) is not None:
        return True
    # "3.1 ...", "(a) ...", "4. ..." open a row; "2: Digital Economy" is a wrapped title.
    return starts_with_marker(texts[0]) and not re.match(r"^\d+:", texts[0])
