"""Agendas laid out as tables (Word or PDF): which column is which, and each row as
a line for the parser.

Columns are recognised by their headings (No. | Time | Agenda Item | Purpose |
Lead | Documents | Remarks) and, in a table without headings, by what the cells
hold (time slots, short numbers, document symbols, "For ..." words, the longest
text for the title).  A cell merged across columns lands in the title column when
it covers it (a "Coffee Break" row across the table); a cell merged down the
rows gives its lead to the rows it covers and its time slot to the first only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .agenda_annotations import (
    DOC_SYMBOL,
    documents_in,
    is_document_line,
    is_purpose_line,
    looks_like_explanation,
    purpose_in_explanation,
    purpose_of_cell,
)
from .agenda_lines import SourceLine, starts_with_marker
from .agenda_times import find_slot

_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(rx, re.IGNORECASE))
    for role, rx in (
        ("number", r"^(?:no\.?|number|#|(?:agenda\s+)?item\s*no\.?|s/?n|sr\.?|ref\.?\s*no\.?)$"),
        ("time", r"^(?:time|timing|duration|hours?|schedule|slot)\b"),
        ("documents", r"\b(?:documents?|docs?\.?|reference|papers?)\b"),
        ("remarks", r"^(?:remarks?|notes?|comments?|annotations?|explanation|background)\b"),
        (
            "purpose",
            r"^(?:purpose|actions?(?:\s+required)?|for|decision\s+sought|expected\s+action)\b",
        ),
        ("lead", r"\b(?:lead|presenter|responsible|by|speakers?|moderator|facilitator|chair)\b"),
        (
            "title",
            r"\b(?:agenda|items?|subject|topics?|title|description|programme|program|"
            r"activit(?:y|ies)|sessions?|proceedings)\b",
        ),
    )
)
_SHORT_NUMBER = re.compile(
    r"^(?:(?:agenda\s+)?item\s*)?(?:\d{1,3}(?:\.\w{1,3})*\.?|\(?[a-zA-Z]\)|[a-zA-Z]\.|"
    r"\(?[ivxIVX]{1,5}[.)]?|\d{1,3}\s?(?:bis|ter))$"
)


@dataclass(frozen=True)
class Cell:
    """A table cell as its reader found it."""

    text: str
    span: int = 1  # grid columns it covers
    merged_above: bool = False  # continues the cell above (Word's vMerge)


def _grid(
    rows: Sequence[Sequence[Cell]],
) -> tuple[list[list[str]], list[list[int]], list[set[int]]]:
    """Rows on the grid: texts, the (start, span) of each cell, and merged-above columns."""
    width = max((sum(max(1, c.span) for c in r) for r in rows), default=0)
    texts, starts, merged = [], [], []
    for r in rows:
        line = [""] * width
        spans = [1] * width
        cont: set[int] = set()
        col = 0
        for c in r:
            span = max(1, c.span)
            if col < width:
                line[col] = c.text.strip()
                spans[col] = span
                if c.merged_above:
                    cont.update(range(col, col + span))
            col += span
        texts.append(line)
        starts.append(spans)
        merged.append(cont)
    return texts, starts, merged


def _heading_roles(row: list[str]) -> dict[str, int]:
    """The roles named by a row of headings ({} when the row is no heading row)."""
    roles: dict[str, int] = {}
    unnamed = 0
    for col, cell in enumerate(row):
        text = " ".join(cell.split())
        if not text:
            continue
        if len(text) > 30 or find_slot(text, anywhere=True) or re.search(r"\d", text):
            return {}
        for role, rx in _HEADINGS:
            if role not in roles and rx.search(text):
                roles[role] = col
                break
        else:
            unnamed += 1
    if unnamed > 1 or len(roles) < 2 or not ("title" in roles or "time" in roles):
        return {}
    return roles


def _content_roles(body: list[list[str]], width: int) -> dict[str, int]:
    """Roles of the columns of a table without headings, from what the cells hold."""
    roles: dict[str, int] = {}
    stats = []
    for c in range(width):
        cells = [r[c] for r in body if r[c].strip()]
        n = len(cells) or 1
        stats.append(
            {
                "filled": len(cells),
                "avg": sum(len(x) for x in cells) / n,
                "time": sum(1 for x in cells if find_slot(x)) / n,
                "number": sum(1 for x in cells if _SHORT_NUMBER.match(x.strip())) / n,
                "docs": sum(1 for x in cells if DOC_SYMBOL.search(x)) / n,
                "purpose": sum(1 for x in cells if len(x) < 40 and purpose_of_cell(x)) / n,
            }
        )
    free = [c for c in range(width) if stats[c]["filled"]]
    for role, key, floor in (
        ("time", "time", 0.5),
        ("number", "number", 0.6),
        ("documents", "docs", 0.5),
        ("purpose", "purpose", 0.6),
    ):
        best = max(free, key=lambda c: stats[c][key], default=None)
        if best is not None and stats[best][key] >= floor and len(free) > 1:
            roles[role] = best
            free.remove(best)
    if free:
        roles["title"] = max(free, key=lambda c: stats[c]["avg"])
        free.remove(roles["title"])
    for c in free:
        if c > roles.get("title", -1) and stats[c]["avg"] <= 40 and "lead" not in roles:
            roles["lead"] = c
        elif "remarks" not in roles:
            roles["remarks"] = c
    return roles


def _split_title(cell: str) -> tuple[str, list[str], list[str]]:
    """The title of a cell, the sub-items written in the same cell, and the rest
    (explanations, purpose and document lines)."""
    title_parts: list[str] = []
    subs: list[str] = []
    rest: list[str] = []
    for line in cell.split("\n"):
        line = line.strip()
        if not line:
            continue
        if title_parts and starts_with_marker(line):
            subs.append(line)
        elif (
            title_parts
            and (looks_like_explanation(line) or is_purpose_line(line) or is_document_line(line))
        ) or rest:
            rest.append(line)
        elif subs:
            subs[-1] += " " + line
        else:
            title_parts.append(line)
    return " ".join(title_parts), subs, rest


def table_lines(rows: Sequence[Sequence[Cell]]) -> list[SourceLine]:
    """Each row of a table as a line (number and title as text; the other columns as fields)."""
    texts, spans, merged = _grid([r for r in rows if any(c.text.strip() for c in r)])
    if not texts:
        return []
    width = len(texts[0])
    out: list[SourceLine] = []
    roles: dict[str, int] = {}
    header_at = -1
    for n, row in enumerate(texts[:3]):
        found = _heading_roles(row)
        if found:
            roles, header_at = found, n
            break
    for row in texts[: max(header_at, 0)]:  # a caption row above the headings
        out.append(SourceLine(" ".join(x for x in row if x)))
    body_at = header_at + 1
    body = texts[body_at:]
    if not roles:
        roles = _content_roles(body, width)
    if "title" not in roles:
        free = [c for c in range(width) if c not in roles.values()]
        roles["title"] = free[0] if free else 0
    title_col = roles["title"]
    header = texts[header_at] if header_at >= 0 else None
    last_lead = ""
    for k, row in enumerate(body):
        if header is not None and row == header:
            continue  # headings repeated on the next page
        starts, cont = spans[body_at + k], merged[body_at + k]
        row = list(row)
        # A cell across several columns that covers the title column belongs there.
        for col in range(width):
            end = col + starts[col]
            if row[col] and col != title_col and col < title_col < end and not row[title_col]:
                row[title_col], row[col] = row[col], ""

        def cell(role: str, row: list[str] = row, cont: set[int] = cont) -> str:
            col = roles.get(role)
            return "" if col is None or col in cont else row[col]

        title, subs, rest = _split_title(cell("title"))
        if not title:
            others = [x for c, x in enumerate(row) if x and c not in roles.values()]
            title, subs, rest = _split_title(" ".join(others)) if others else ("", [], [])
        if not title:
            continue
        slot = find_slot(cell("time"), anywhere=True) if "time" in roles else None
        minutes = slot.minutes if slot else _duration(cell("time"))
        lead = cell("lead").replace("\n", " ").strip()
        if "lead" in roles and roles["lead"] in cont:
            lead = last_lead
        last_lead = lead
        documents, _ = documents_in(cell("documents"), loose=True)
        remarks = cell("remarks").strip()
        notes_parts = [x for x in rest if not is_document_line(x) and not is_purpose_line(x)]
        for x in rest:
            if is_document_line(x):
                documents.extend(documents_in(x, loose=True)[0])
        purpose = purpose_of_cell(cell("purpose")) if cell("purpose") else None
        for text in (*rest, remarks):
            purpose = purpose or purpose_in_explanation(text)
        if remarks:
            in_remarks, left = documents_in(remarks)
            documents.extend(in_remarks)
            if left and not is_purpose_line(left):
                notes_parts.append(left)
        number = cell("number").strip()
        out.append(
            SourceLine(
                f"{number} {title}".strip(),
                purpose=purpose,
                lead=lead[:300],
                minutes=minutes,
                start=slot.start if slot else None,
                end=slot.end if slot else None,
                documents=tuple(documents),
                notes="\n".join(notes_parts),
                row=True,
            )
        )
        for sub in subs:
            out.append(SourceLine(sub, lead=lead[:300], row=True))
    return out


def _duration(cell: str) -> int | None:
    m = re.search(r"(\d{1,3})\s*(?:min|mins|minutes|')", cell, re.IGNORECASE)
    if m:
        return int(m.group(1))
    m = re.search(r"(\d{1,2})\s*(?:h|hr|hrs|hour|hours)\b", cell, re.IGNORECASE)
    return int(m.group(1)) * 60 if m else None
