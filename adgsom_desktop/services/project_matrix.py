"""Reading a Secretariat matrix (.xlsx or .csv) into headers and rows of cell values.

Checked before any parser sees the file (``import_limits``): size, XML, rows.  The
header row is found among the first rows (the one with the most text cells); a
header split over two rows ("Funding" over "Amount" and "Currency") is joined, and
merged header cells give their value to every column they span.  Formulas give the
value Excel stored with them (openpyxl ``data_only``), never the formula.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..errors import ValidationError
from .import_limits import (
    check_file_size,
    check_office_package,
    check_row_count,
    count_xlsx_rows,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
HEADER_SEARCH = 10  # rows looked at for the header

Cell = str | int | float | date | datetime | bool | None


@dataclass(frozen=True)
class Matrix:
    name: str
    sheet: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]  # (row number in the sheet, cells)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def read_matrix(name: str, data: bytes) -> Matrix:
    """The matrix in ``data`` (raises ValidationError in words; nothing else is touched)."""
    check_file_size(name, len(data))
    if not data.strip():
        raise ValidationError("{name} is empty. Nothing was read.", name=name)
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ValidationError(
                "{name} is password-protected. Open it in Excel, remove the password and "
                "save a copy, then import that copy.",
                name=name,
            )
        raise ValidationError(
            "{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it "
            "as .xlsx (or .csv), then import that.",
            name=name,
        )
    if data.startswith(ZIP_MAGIC):
        grid, sheet, merges = _read_xlsx(name, data)
    else:
        grid, sheet, merges = _read_csv(name, data), "", []
    return _table(name, sheet, grid, merges)


def _read_xlsx(
    name: str, data: bytes
) -> tuple[list[list[Cell]], str, list[tuple[int, int, int, int]]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if "xl/workbook.xml" not in z.namelist():
                raise ValidationError(
                    "{name} is not an Excel workbook (.xlsx). Choose an .xlsx or a .csv file.",
                    name=name,
                )
    except zipfile.BadZipFile:
        raise ValidationError(
            "{name} is damaged: it cannot be opened as a workbook.", name=name
        ) from None
    check_office_package(name, data, count_word_paragraphs=False)
    count_xlsx_rows(name, data)
    import openpyxl  # only when a workbook is read

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a bad package
        raise ValidationError(
            "{name} cannot be read as a workbook ({exc}).", name=name, exc=exc
        ) from None
    try:
        ws = _first_sheet_with_data(wb)
        merges = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
        grid = [list(row) for row in ws.iter_rows(values_only=True)]
        return grid, ws.title, merges
    finally:
        wb.close()


def _first_sheet_with_data(wb: Any) -> Any:
    for ws in wb.worksheets:
        if ws.max_row > 1 or ws.max_column > 1:
            return ws
    return wb.worksheets[0]


def _decode(name: str, data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(
            "{name} is not a spreadsheet: choose an .xlsx workbook or a .csv file.", name=name
        )
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ValidationError(
            "{name} is not a text .csv file (its characters cannot be read). "
            "Save it from Excel as 'CSV UTF-8'.",
            name=name,
        ) from None


def _read_csv(name: str, data: bytes) -> list[list[Cell]]:
    text = _decode(name, data)
    lines = text.count("\n") + 1
    check_row_count(name, lines)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows: list[list[Cell]] = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise ValidationError(
            "{name} is not a readable .csv file ({exc}).", name=name, exc=exc
        ) from None
    if max((len(r) for r in rows), default=0) < 2:
        raise ValidationError(
            "{name} is not a spreadsheet: no row has two columns or more.", name=name
        )
    return rows


def _is_label(value: Cell) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not _numeric(value)


def _numeric(value: str) -> bool:
    try:
        float(value.replace(",", ""))
        return True
    except ValueError:
        return False


def _table(
    name: str, sheet: str, grid: list[list[Cell]], merges: list[tuple[int, int, int, int]]
) -> Matrix:
    width = max((len(r) for r in grid), default=0)
    grid = [r + [None] * (width - len(r)) for r in grid]
    # Merged cells: every cell of the range shows the top-left value (headers span).
    for r0, c0, r1, c1 in merges:
        value = grid[r0 - 1][c0 - 1] if r0 - 1 < len(grid) else None
        for r in range(r0 - 1, min(r1, len(grid))):
            for c in range(c0 - 1, min(c1, width)):
                grid[r][c] = value
    check_row_count(name, len(grid))
    head = grid[:HEADER_SEARCH]
    if not head:
        raise ValidationError("{name} holds no rows. Nothing was read.", name=name)
    scores = [sum(_is_label(v) for v in row) for row in head]
    h = max(range(len(head)), key=lambda i: (scores[i], -i))
    if scores[h] < 2:
        raise ValidationError(
            "{name}: no header row found in the first {header_search} rows "
            "(a row naming the columns: Code, Title, Partner...).",
            name=name,
            header_search=HEADER_SEARCH,
        )
    top = [_text(v) for v in grid[h]]
    headers = top
    used = 1
    if h + 1 < len(grid):
        second = grid[h + 1]
        merged_across = any(r0 == h + 1 and c1 > c0 for r0, c0, _r1, c1 in merges)
        gap_filled = any(not top[c] and _is_label(second[c]) for c in range(width))
        if (merged_across or gap_filled) and all(v is None or _is_label(v) for v in second):
            # "Funding" over "Amount", "Currency": carry the group label right into gaps.
            group = ""
            joined = []
            for c in range(width):
                if top[c]:
                    group = top[c]
                below = _text(second[c])
                above = top[c] or (group if below else "")
                if below and above and below != above:
                    joined.append(f"{above} {below}")
                else:
                    joined.append(below or above)
            headers, used = joined, 2
    rows = tuple(
        (n, tuple(row))
        for n, row in enumerate(grid[h + used :], start=h + used + 1)
        if any(v is not None and _text(v) for v in row)
    )
    return Matrix(name, sheet, tuple(headers), rows)
