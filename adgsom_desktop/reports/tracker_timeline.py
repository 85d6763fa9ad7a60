"""The timeline as a vector drawing: a bar per project over the years, milestones as
diamonds, a line for today.  Text is drawn with ``fonts.draw_text`` (shaped per script,
fallback faces), so Thai, Lao, Khmer and Myanmar titles print as in the app."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from ..i18n.printing import translate
from .fonts import BOLD, REGULAR, draw_text, string_width
from .tracker_model import Bar

ROW = 13.0  # points per project
AXIS = 18.0  # room for the years at the top
LABEL_W = 0.34  # of the width, for the project's code and title

STATUS_COLOURS = {
    "proposed": colors.HexColor("#c9d3df"),
    "approved": colors.HexColor("#8fb3d9"),
    "ongoing": colors.HexColor("#2f6fb0"),
    "extended": colors.HexColor("#6a4fa3"),
    "completed": colors.HexColor("#5b8c5a"),
    "dropped": colors.HexColor("#b7b7b7"),
}
TODAY = colors.HexColor("#c0392b")
GRID = colors.HexColor("#d5dbe3")
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")


def year_span(bars: tuple[Bar, ...], today: date) -> tuple[int, int]:
    years = [today.year]
    for b in bars:
        years += [d.year for d in (b.start, b.end) if d]
        years += [m[0].year for m in b.milestones]
    return min(years), max(years)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened to ``width`` with "…", cut between grapheme clusters."""
    from .clusters import shorten

    return shorten(text, lambda t: string_width(t, font, size) <= width)


class Timeline(Flowable):  # type: ignore[misc]
    """Splits across pages by rows, the year axis repeated on each part."""

    def __init__(self, bars: tuple[Bar, ...], today: date, span: tuple[int, int] | None = None):
        super().__init__()
        self.bars = bars
        self.today = today
        self.span = span or year_span(bars, today)
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, AXIS + ROW * max(1, len(self.bars)) + 6

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        fits = int((availHeight - AXIS - 6) // ROW)
        if fits < 3 or fits >= len(self.bars):
            return [] if fits < 3 else [self]
        return [
            Timeline(self.bars[:fits], self.today, self.span),
            Timeline(self.bars[fits:], self.today, self.span),
        ]

    def _x(self, d: date, left: float, right: float) -> float:
        first, last = self.span
        total = (date(last + 1, 1, 1) - date(first, 1, 1)).days
        return left + (right - left) * (d - date(first, 1, 1)).days / total

    def draw(self) -> None:
        c = self.canv
        w = self.width
        h = AXIS + ROW * max(1, len(self.bars)) + 6
        left, right = w * LABEL_W, w - 2
        top = h - AXIS
        first, last = self.span
        c.saveState()
        c.setLineWidth(0.4)
        for year in range(first, last + 2):
            x = self._x(date(year, 1, 1), left, right)
            c.setStrokeColor(GRID)
            c.line(x, 2, x, top + 4)
            if year <= last:
                nxt = self._x(date(year + 1, 1, 1), left, right)
                c.setFillColor(MUTED)
                draw_text(c, (x + nxt) / 2, top + 6, str(year), BOLD, 7.5, "center")
        for n, b in enumerate(self.bars):
            y = top - (n + 1) * ROW
            c.setFillColor(INK)
            label = _fit(f"{b.code}  {b.title}", REGULAR, 7, left - 8)
            draw_text(c, 0, y + 3.5, label, REGULAR, 7)
            start = b.start or (b.end and date(b.end.year, 1, 1))
            end = b.end or (b.start and date(last, 12, 31))
            if start and end:
                x0, x1 = self._x(start, left, right), self._x(end, left, right)
                c.setFillColor(STATUS_COLOURS.get(b.status, GRID))
                c.setStrokeColor(STATUS_COLOURS.get(b.status, GRID))
                c.roundRect(x0, y + 2, max(x1 - x0, 2), ROW - 5, 1.5, stroke=0, fill=1)
            for when, _title, met in b.milestones:
                x = self._x(when, left, right)
                cy = y + ROW / 2 - 0.5
                c.setFillColor(colors.white if met else INK)
                c.setStrokeColor(INK)
                p = c.beginPath()
                p.moveTo(x, cy + 3.6)
                p.lineTo(x + 3.2, cy)
                p.lineTo(x, cy - 3.6)
                p.lineTo(x - 3.2, cy)
                p.close()
                c.drawPath(p, stroke=1, fill=1)
        if first <= self.today.year <= last:
            x = self._x(self.today, left, right)
            c.setStrokeColor(TODAY)
            c.setLineWidth(1)
            c.line(x, 2, x, top + 2)
        c.restoreState()


def legend() -> list[tuple[str, Any]]:
    return [(translate("Labels", s.capitalize()), col) for s, col in STATUS_COLOURS.items()]


class Legend(Flowable):  # type: ignore[misc]
    """The timeline's key: a swatch per status, the milestone marks and today's line."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 14

    def draw(self) -> None:
        c = self.canv
        x = 0.0
        c.saveState()
        for name, colour in legend():
            c.setFillColor(colour)
            c.rect(x, 3, 9, 6, stroke=0, fill=1)
            c.setFillColor(MUTED)
            draw_text(c, x + 12, 3.5, name, REGULAR, 7)
            x += 16 + string_width(name, REGULAR, 7)
        for label, filled in (
            (translate("Pack", "milestone"), True),
            (translate("Pack", "met"), False),
        ):
            c.setFillColor(INK if filled else colors.white)
            c.setStrokeColor(INK)
            p = c.beginPath()
            p.moveTo(x + 3, 9.6)
            p.lineTo(x + 6.2, 6)
            p.lineTo(x + 3, 2.4)
            p.lineTo(x - 0.2, 6)
            p.close()
            c.drawPath(p, stroke=1, fill=1)
            c.setFillColor(MUTED)
            draw_text(c, x + 10, 3.5, label, REGULAR, 7)
            x += 14 + string_width(label, REGULAR, 7)
        c.setStrokeColor(TODAY)
        c.setLineWidth(1)
        c.line(x + 3, 1, x + 3, 11)
        c.setFillColor(MUTED)
        draw_text(c, x + 7, 3.5, translate("Pack", "today"), REGULAR, 7)
        c.restoreState()
