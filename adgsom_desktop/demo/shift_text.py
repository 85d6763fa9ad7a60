"""Move the dates written in the demo's prose with its dates (review s30 F18).

``shift.shift_dates`` moves every date column; the notes, outcomes and briefs also
say dates in words ("by 30 April 2026", "in January 2027", "tháng 1 năm 2026",
"rev. 3 out on 14 January"). Moved to today, a demo whose meeting is in December
must not say it is "in January 2026". This moves those words by the same number
of days, so that they keep their place relative to the meeting:

- a day ("30 April 2026", "14 January", "15-16 January 2026", "ngày 15 tháng 1"): by
  the days exactly
  (a day without a year is taken in the year that puts it nearest the meeting);
- a month or a quarter ("January 2027", "in November", "Q2 2026", "tháng 1 năm
  2026"): its middle day moved, then its month (or quarter) taken.

Dates before ``HISTORY_YEARS`` years ahead of the meeting's year are history (the
ADM 2025 adopted in January 2021) and stay. Pure functions: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
HISTORY_YEARS = 2  # a year written before (meeting year - 2) is history: not moved

_M = "|".join(MONTHS)
_PATTERN = re.compile(
    rf"(?P<range>\b(?P<rd1>\d{{1,2}})(?P<rsep>[-–])(?P<rd2>\d{{1,2}}) (?P<rm>{_M})"
    rf"(?: (?P<ry>\d{{4}}))?\b)"
    rf"|(?P<day>\b(?P<dd>\d{{1,2}}) (?P<dm>{_M})(?: (?P<dy>\d{{4}}))?\b(?! of each))"
    rf"|(?P<month>\b(?P<mm>{_M}) (?P<my>\d{{4}})\b)"
    rf"|(?P<quarter>\bQ(?P<q>[1-4]) (?P<qy>\d{{4}})\b)"
    rf"|(?P<viday>ngày (?P<vdd>\d{{1,2}}) tháng (?P<vdm>\d{{1,2}})(?: năm (?P<vdy>\d{{4}}))?)"
    rf"|(?P<vi>tháng (?P<vm>\d{{1,2}}) năm (?P<vy>\d{{4}}))"
    rf"|(?P<bare>\b(?P<prep>in|by|before|after|until|since|from) (?P<bm>{_M})\b(?! \d))"
)


def _month(name: str) -> int:
    return MONTHS.index(name) + 1


def _nearest(meeting: date, month: int, day: int) -> date | None:
    """The day ``day`` of ``month`` in the year that puts it nearest ``meeting``."""
    found: list[date] = []
    for year in (meeting.year - 1, meeting.year, meeting.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - meeting).days)) if found else None


def _day_text(d: date, with_year: bool) -> str:
    text = f"{d.day} {MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if with_year else text


def shift_text(text: str, days: int, meeting: date) -> str:
    """``text`` with the dates it writes moved by ``days`` (``meeting``: the first day of
    the demo's week as written, for days written without a year)."""
    if days == 0 or not text:
        return text
    delta = timedelta(days=days)
    history = meeting.year - HISTORY_YEARS

    def dated(year: str | None, month: int, day: int) -> date | None:
        if year is not None:
            if int(year) < history:
                return None
            try:
                return date(int(year), month, day)
            except ValueError:
                return None
        return _nearest(meeting, month, day)

    def replace(m: re.Match[str]) -> str:
        whole = m.group(0)
        if m.group("range"):
            month, year = _month(m.group("rm")), m.group("ry")
            first = dated(year, month, int(m.group("rd1")))
            last = dated(year, month, int(m.group("rd2")))
            if first is None or last is None:
                return whole
            a, b = first + delta, last + delta
            sep = m.group("rsep")
            if (a.year, a.month) == (b.year, b.month):
                text = f"{a.day}{sep}{b.day} {MONTHS[b.month - 1]}"
            else:
                text = f"{_day_text(a, a.year != b.year and year is not None)}{sep}{_day_text(b, False)}"
            return f"{text} {b.year}" if year is not None else text
        if m.group("day"):
            year = m.group("dy")
            d = dated(year, _month(m.group("dm")), int(m.group("dd")))
            return whole if d is None else _day_text(d + delta, year is not None)
        if m.group("month"):
            d = dated(m.group("my"), _month(m.group("mm")), 15)
            if d is None:
                return whole
            moved = d + delta
            return f"{MONTHS[moved.month - 1]} {moved.year}"
        if m.group("quarter"):
            q = int(m.group("q"))
            d = dated(m.group("qy"), 3 * q - 1, 15)
            if d is None:
                return whole
            moved = d + delta
            return f"Q{(moved.month - 1) // 3 + 1} {moved.year}"
        if m.group("viday"):
            year, month = m.group("vdy"), int(m.group("vdm"))
            d = dated(year, month, int(m.group("vdd"))) if 1 <= month <= 12 else None
            if d is None:
                return whole
            moved = d + delta
            text = f"ngày {moved.day} tháng {moved.month}"
            return f"{text} năm {moved.year}" if year is not None else text
        if m.group("vi"):
            month = int(m.group("vm"))
            d = dated(m.group("vy"), month, 15) if 1 <= month <= 12 else None
            if d is None:
                return whole
            moved = d + delta
            return f"tháng {moved.month} năm {moved.year}"
        d = _nearest(meeting, _month(m.group("bm")), 15)
        if d is None:
            return whole
        return f"{m.group('prep')} {MONTHS[(d + delta).month - 1]}"

    return _PATTERN.sub(replace, text)


def shift_value(value: Any, move: Callable[[str], str]) -> Any:
    """``value`` (a text, or JSON: dicts and lists of texts) with ``move`` applied to every
    text in it."""
    if isinstance(value, str):
        return move(value)
    if isinstance(value, list):
        return [shift_value(v, move) for v in value]
    if isinstance(value, dict):
        return {k: shift_value(v, move) for k, v in value.items()}
    return value
