"""Tables in the house style: wrapped cells, a shaded header row repeated on every page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from .paragraph import ScriptParagraph
from .styles import RULE, SHADE, para


def cell(value: Any, style: str = "cell") -> Any:
    if isinstance(value, (ScriptParagraph, list)) or hasattr(value, "wrap"):
        return value
    return para(str(value) if value is not None else "", style)


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[Any, ...]] = (),
    header_style: str = "cell_bold",
) -> Table:
    """A table with a header row (repeated across pages) and wrapped cells."""
    data = [[cell(h, header_style) for h in header]]
    data += [[cell(v) for v in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def key_values(pairs: Sequence[tuple[str, Any]], widths: Sequence[float]) -> Table:
    """A two-column facts table (label, value) without a header."""
    data = [[para(k, "label"), cell(v)] for k, v in pairs if v not in ("", None, ())]
    if not data:
        data = [[para("", "label"), para("", "cell")]]
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def boxed(flowables: list[Any], width: float, *, border: Any, background: Any) -> Table:
    """Flowables in a framed, shaded box (red line, not-for-disclosure)."""
    table = Table([[flowables]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.9, border),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


STANCE_COLOURS = {
    "S": colors.HexColor("#d9efd9"),
    "S+A": colors.HexColor("#eaf5d3"),
    "N": colors.HexColor("#eeeeee"),
    "R": colors.HexColor("#fdf0cf"),
    "O": colors.HexColor("#f8d7d7"),
}
