"""Tables in the house style: wrapped cells, a shaded header row repeated on every page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Table, TableStyle

from .paragraph import ScriptParagraph
from .styles import RULE, SHADE, para


class SplittingTable(Table):  # type: ignore[misc]
    """A table whose rows may split across pages, cells broken at their text width.

    Every table of a pack or report may hold a cell longer than a page (a
    100,000-character note, their objectives at the limit): such a row splits
    (``splitInRow``) instead of failing with reportlab's LayoutError.  A row
    that fits on a page is never split: it moves to the next page whole.
    reportlab 5.1 splits a cell's flowables at the cell's whole width, not the
    width inside its padding, so the part before the break would run into the
    padding; here the cell is split at the width it is drawn at.
    """

    def __init__(self, data: Any, **kw: Any) -> None:
        kw.setdefault("splitInRow", 1)
        super().__init__(data, **kw)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        frame = getattr(self, "_frame", None)  # set by the frame that asks (not in a cell)
        if frame is None or not getattr(self, "splitInRow", 0):
            return list(super().split(availWidth, availHeight))
        self._calc(availWidth, availHeight)
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else 0
        heights = self._rowHeights
        if len(heights) <= repeat or sum(heights[:repeat]) + heights[repeat] > frame._aH:
            return list(super().split(availWidth, availHeight))  # taller than a page
        self.splitInRow = 0  # between rows only: the first row fits on the next page
        try:
            parts = list(super().split(availWidth, availHeight))
        finally:
            self.splitInRow = 1
        for part in parts:
            if isinstance(part, SplittingTable):
                part.splitInRow = 1
        return parts

    def _splitCell(
        self, value: Any, style: Any, oldHeight: float, newHeight: float, width: float
    ) -> Any:
        if not isinstance(value, (tuple, list)):
            return super()._splitCell(value, style, oldHeight, newHeight, width)
        inner = width - style.leftPadding - style.rightPadding
        height0 = newHeight - style.topPadding
        heights: list[float] = []
        cell_height = self._listCellGeom(value, width, style, H=heights)[1]
        used = (oldHeight - cell_height) / 2 if style.valign == "MIDDLE" else 0
        first: list[Any] = []
        rest: list[Any] = []
        tried = False
        for flowable, fh in zip(value, heights, strict=False):
            fh = getattr(flowable, "height", fh)
            if tried:
                rest.append(flowable)
            elif used + fh + flowable.getSpaceBefore() <= height0:
                first.append(flowable)
                used += fh + flowable.getSpaceBefore() + flowable.getSpaceAfter()
            else:
                parts = flowable.split(inner, height0 - used - flowable.getSpaceBefore())
                if parts:
                    first.append(parts[0])
                    rest.extend(parts[1:])
                else:
                    if not first and style.valign == "TOP":
                        return []
                    rest.append(flowable)
                tried = True
        return (tuple(first), tuple(rest))


class TableStart(CondPageBreak):  # type: ignore[misc]
    """Put before a heading and its table: the heading goes to the next page unless its
    table's header and first row fit under it here (reportlab's keepWithNext would move a
    table longer than the page whole, leaving a gap).  A first row taller than a page needs
    only its first lines here, since it splits anyway."""

    def __init__(self, heading: Any, table: Table) -> None:
        super().__init__(0)
        self._heading = heading
        self._table = table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        heading = self._heading
        need = heading.wrap(availWidth, availHeight)[1] + heading.getSpaceAfter()
        table = self._table
        table.wrap(availWidth, availHeight)
        heights = list(table._rowHeights)
        repeat = table.repeatRows if isinstance(table.repeatRows, int) else 0
        need += sum(heights[: repeat + 1])
        frame = self._doctemplateAttr("frame")
        if frame is not None:
            page = frame._height - frame._topPadding - frame._bottomPadding
            if need > page:  # the first row splits across pages: a few of its lines here
                need -= heights[repeat] - min(heights[repeat], 48)
        self.height = need
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        return result


def cell(value: Any, style: str = "cell") -> Any:
    if isinstance(value, (ScriptParagraph, list)) or hasattr(value, "wrap"):
        return value
    return para(str(value) if value is not None else "", style)


CELL_PADDING = 8.0  # left + right padding of a grid cell (see ``grid``)


def snug(
    widths: Sequence[float],
    columns: dict[int, Sequence[str]],
    *,
    font_size: float = 8.5,
    most: float = 0.25,
) -> list[float]:
    """``widths`` with each column of ``columns`` widened to hold its longest text on one line.

    Dates and times ("12-13 Jan 2026", "09:00-17:30") must not wrap unevenly or break
    at a colon: their columns get the width of the longest value (at most ``most`` of
    the table), taken from the other columns in proportion to their width.
    """
    from .fonts import REGULAR, string_width

    total = float(sum(widths))
    out = [float(w) for w in widths]
    for col, texts in columns.items():
        need = max((string_width(t, REGULAR, font_size) for t in texts if t), default=0.0)
        need = min(need + CELL_PADDING + 1.0, total * most)
        out[col] = max(out[col], need)
    fixed = sum(out[c] for c in columns)
    rest = [c for c in range(len(out)) if c not in columns]
    room = total - fixed
    given = sum(widths[c] for c in rest)
    for c in rest:
        out[c] = room * widths[c] / given if given else room / max(1, len(rest))
    return out


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[Any, ...]] = (),
    header_style: str = "cell_bold",
) -> SplittingTable:
    """A table with a header row (repeated across pages) and wrapped cells."""
    data = [[cell(h, header_style) for h in header]]
    data += [[cell(v) for v in row] for row in rows]
    table = SplittingTable(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
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


def key_values(pairs: Sequence[tuple[str, Any]], widths: Sequence[float]) -> SplittingTable:
    """A two-column facts table (label, value) without a header."""
    data = [[para(k, "label"), cell(v)] for k, v in pairs if v not in ("", None, ())]
    if not data:
        data = [[para("", "label"), para("", "cell")]]
    table = SplittingTable(data, colWidths=list(widths), hAlign="LEFT")
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


def boxed(flowables: list[Any], width: float, *, border: Any, background: Any) -> SplittingTable:
    """Flowables in a framed, shaded box (red line, not-for-disclosure)."""
    table = SplittingTable([[flowables]], colWidths=[width], hAlign="LEFT")
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
