"""The rows of a project matrix, read: each mapped cell parsed (dates, amounts, partners,
outcomes), each row checked as a project's fields would be.

Part of the project matrix import (``project_import_service``); nothing here writes.
"""

from __future__ import annotations

from typing import Any

from ..domain.text import clean_text
from ..errors import ValidationError
from .project_cells import (
    DelegationMatcher,
    parse_amount,
    parse_date,
    parse_involvement,
    parse_outcomes,
    parse_stance,
    parse_status,
    text_of,
)
from .project_matrix import Cell, Matrix
from .project_records import ProjectFields
from .project_writes import clean_fields


def read_rows(
    matrix: Matrix,
    cols: tuple[str, ...],
    matcher: DelegationMatcher,
    currency: str,
    known_tags: set[str],
) -> tuple[list[tuple[int, str, dict[str, Any]]], list[str]]:
    """Every row of ``matrix`` with a code, its mapped columns read and checked; the
    problems found (a bad cell, a code twice, an unknown tag) in words."""
    problems: list[str] = []
    out: list[tuple[int, str, dict[str, Any]]] = []
    seen: dict[str, int] = {}
    code_col = cols.index("code")
    for row_no, cells in matrix.rows:
        code = text_of(cells[code_col])
        if not code:
            if any(text_of(c) for i, c in enumerate(cells) if cols[i]):
                problems.append(f"Row {row_no}: no code (projects are matched by code)")
            continue
        if code in seen:
            problems.append(f"Row {row_no}: code {code} is also on row {seen[code]}")
            continue
        seen[code] = row_no
        values: dict[str, Any] = {}
        # the amount last: a currency written in its cell ("USD 2.5 m") fills an empty column
        order = sorted(range(len(cols)), key=lambda i: cols[i] == "amount")
        for i in order:
            f = cols[i]
            if not f or f == "code":
                continue
            cell: Cell = cells[i]
            header = matrix.headers[i] or f"column {i + 1}"
            try:
                got = _cell_value(f, cell, matcher)
                if f == "amount" and values.get("currency"):
                    got.pop("currency", None)
                values.update(got)
            except ValueError as exc:
                problems.append(f"Row {row_no}, column {header!r}: {exc}")
        if currency and values.get("amount") and not values.get("currency"):
            values["currency"] = currency
        for tag in values.get("outcomes", ()):
            if tag not in known_tags and not tag.startswith("ADM2025 EA "):
                problems.append(f"Row {row_no}: unknown tag {tag} (add it under Frameworks first)")
        try:
            checked = clean_fields(
                ProjectFields(
                    code=code,
                    title=str(values.get("title") or "-"),
                    **{k: v for k, v in values.items() if k not in ("title",)},
                )
            )
        except ValidationError as exc:
            problems.append(f"Row {row_no}: {exc}")
            continue
        if "start_date" in values or "end_date" in values:
            pass  # checked in clean_fields when both come from the file
        clean = {k: getattr(checked, k) for k in values}
        if "title" in values:
            clean["title"] = clean_text(
                str(values["title"]), "Title", max_len=2000, single_line=True
            )
        out.append((row_no, checked.code, clean))
    return out, problems


def _cell_value(f: str, cell: Cell, matcher: DelegationMatcher) -> dict[str, Any]:
    if f in ("start_date", "end_date"):
        return {f: parse_date(cell, end=f == "end_date")}
    if f == "status":
        status = parse_status(cell)
        return {f: status} if status else {}
    if f == "involvement":
        inv = parse_involvement(cell)
        return {f: inv} if inv else {}
    if f == "our_stance":
        return {f: parse_stance(cell)}
    if f == "amount":
        amount, cur = parse_amount(cell)
        return {"amount": amount, **({"currency": cur} if cur else {})}
    if f == "partner_code":
        return {f: matcher.partner(cell)}
    if f == "leads":
        return {f: matcher.leads(cell)}
    if f == "outcomes":
        return {f: parse_outcomes(cell)}
    return {f: text_of(cell) if f != "description" and f != "remarks" else _multiline(cell)}


def _multiline(cell: Cell) -> str:
    if cell is None:
        return ""
    return str(cell).replace("\r\n", "\n").strip()
