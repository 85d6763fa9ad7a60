"""Times and days as agendas print them: "09:00-09:15", "0900-0915 hrs",
"9.00 am - 9.15 am", "1.00-2.00 pm", "09h00"; "Day 2: Tuesday, 19 January 2027".

Pure functions (no store): a slot is read at the start of a line or in a Time
cell, and taken out of the title it came with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

_DASH = r"\s*(?:-|–|—|to|until)\s*"
_SUFFIX = r"\s*(a\.?\s?m\.?|p\.?\s?m\.?|hrs?\.?|h\b)?"
# 09:00, 9.00, 09h00 | 0900 | 9 (the last two only with a suffix or a partner: see find_slot)
_C = r"(?:(\d{1,2})[:.h](\d{2})|(\d{4})|(\d{1,2}))"
_SLOT = re.compile(
    r"(?<![\d/.:])" + _C + _SUFFIX + r"(?:" + _DASH + _C + _SUFFIX + r")?(?![\d/:])",
    re.IGNORECASE,
)
_MONTHS = {
    m: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
# "18-19 January 2027", "30 January - 1 February 2027", "18 January 2027", "January 18-19, 2027"
_RANGE_DMY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+"
    + _MONTH
    + r")?"
    + _DASH
    + r"(\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r",?\s+(\d{4})\b",
    re.IGNORECASE,
)
_ONE_DMY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(\d{4}))?\b", re.IGNORECASE
)
_RANGE_MDY = re.compile(
    r"\b"
    + _MONTH
    + r"\s+(\d{1,2})(?:"
    + _DASH
    + r"(?:"
    + _MONTH
    + r"\s+)?(\d{1,2}))?,?\s+(\d{4})\b",
    re.IGNORECASE,
)
_DAY_LINE = re.compile(
    r"^\s*(?:(?:day|ngày)\s*(\d{1,2})\b[\s:,.\-–—]*)?(?:" + _WEEKDAY + r"\b[\s,]*)?(.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Slot:
    start: time
    end: time | None
    span: tuple[int, int]  # where it stood in the text

    @property
    def minutes(self) -> int | None:
        if self.end is None:
            return None
        m = (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)
        return m if 0 < m <= 24 * 60 else None


def _half(suffix: str | None) -> str:
    s = (suffix or "").lower().replace(".", "").replace(" ", "")
    return s if s in ("am", "pm") else ""


def _parts(hm: str | None, mm: str | None, four: str | None, bare: str | None) -> tuple[int, int]:
    if four is not None:
        return int(four[:2]), int(four[2:])
    if hm is not None:
        return int(hm), int(mm or 0)
    return int(bare or 0), 0


def _to_time(h: int, m: int, half: str) -> time | None:
    if half and not 1 <= h <= 12:
        return None  # "13 pm"
    if half == "pm" and h < 12:
        h += 12
    elif half == "am" and h == 12:
        h = 0
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return time(h, m)


def _is_year(four: str | None) -> bool:
    return four is not None and 1900 <= int(four) <= 2100


def find_slot(text: str, *, anywhere: bool = False) -> Slot | None:
    """The time slot at the start of ``text`` (or anywhere in it, for a Time cell).

    A lone number is no time ("2026", "3", "3.1"): a time needs a separator
    ("09:00", "9.00", "09h00") or a suffix (am, pm, hrs), and "0900" needs a
    partner ("0900-0915") or "hrs"; two years ("2026-2030") are no slot.
    """
    for m in _SLOT.finditer(text):
        if not anywhere and text[: m.start()].strip(" \t([*•-–"):
            return None
        hm1, mm1, four1, bare1, suf1, hm2, mm2, four2, bare2, suf2 = m.groups()
        has_end = any(g is not None for g in (hm2, four2, bare2))
        unit1 = bool(suf1) and not _half(suf1)  # "hrs", "h"
        unit2 = bool(suf2) and not _half(suf2)
        if has_end:
            if _is_year(four1) and _is_year(four2) and not (unit1 or unit2):
                continue
            if bare1 is not None and not (_half(suf1) or _half(suf2)):
                continue  # "3-4"
            if bare2 is not None and not (_half(suf2) or _half(suf1)):
                continue
            if (four1 is None) != (four2 is None) and not (unit1 or unit2):
                continue  # "0900-9.15" is not how anyone writes it
        else:
            if bare1 is not None and not _half(suf1):
                continue
            if four1 is not None and not unit1:
                continue
            if hm1 is not None and not suf1:
                sep = text[m.start() + len(hm1)]
                if sep == "." and len(hm1) < 2:
                    continue  # "3.10 Review" is an item number, "09.00" a time
        h1, mi1 = _parts(hm1, mm1, four1, bare1)
        if not has_end:
            start = _to_time(h1, mi1, _half(suf1))
            if start is None:
                continue
            return Slot(start, None, m.span())
        h2, mi2 = _parts(hm2, mm2, four2, bare2)
        half1, half2 = _half(suf1), _half(suf2)
        if not half1 and half2:
            # "1.00-2.00 pm": the start shares the end's half of the day unless that
            # would put it after the end ("11.00 - 12.30 pm" starts at 11:00).
            trial, end_try = _to_time(h1, mi1, half2), _to_time(h2, mi2, half2)
            half1 = half2 if trial and end_try and trial <= end_try else ""
        start, end = _to_time(h1, mi1, half1), _to_time(h2, mi2, half2)
        if start is None or end is None:
            continue
        return Slot(start, end, m.span())
    return None


_CLOCKLIKE = re.compile(r"\d[:h]\d|[ap]\.?\s?m\b|hrs?\b|(?<!\d)\d{2}\.\d{2}(?!\d)", re.IGNORECASE)


def _trailing_slot(text: str) -> Slot | None:
    """A time range closing the line ("Opening of the Meeting 09:00-09:15", "(9.00 -
    9.30 am)"), written as a clock writes it: never a bare range such as "3.10-3.12"."""
    core = text.rstrip(" \t)]")
    for m in _SLOT.finditer(core):
        if m.end() != len(core) or not text[: m.start()].strip():
            continue
        if not _CLOCKLIKE.search(m.group(0)):
            continue
        slot = find_slot(core[m.start() :])
        if slot is not None and slot.end is not None:
            before = text[: m.start()].rstrip()
            start = len(before) - 1 if before.endswith(("(", "[")) else m.start()
            return Slot(slot.start, slot.end, (start, len(text)))
    return None


def take_slot(text: str) -> tuple[Slot | None, str]:
    """The slot at the start of a line (or a time range closing it), and the line
    without it."""
    slot = find_slot(text) or _trailing_slot(text)
    if slot is None:
        return None, text
    rest = text[: slot.span[0]] + text[slot.span[1] :]
    return slot, rest.strip(" \t:;,|-–—")


def parse_dates(text: str, year_hint: int | None = None) -> tuple[date, date | None, str] | None:
    """A date or date range in ``text``: (first day, last day or None, text without it)."""
    for rx in (_RANGE_DMY, _RANGE_MDY, _ONE_DMY):
        m = rx.search(text)
        if not m:
            continue
        g = m.groups()
        try:
            if rx is _RANGE_DMY:
                d1, mon1, d2, mon2, y = g
                year = int(y)
                first = date(year, _MONTHS[(mon1 or mon2).lower()], int(d1))
                last = date(year, _MONTHS[mon2.lower()], int(d2))
            elif rx is _RANGE_MDY:
                mon1, d1, mon2, d2, y = g
                year = int(y)
                first = date(year, _MONTHS[mon1.lower()], int(d1))
                last = date(year, _MONTHS[(mon2 or mon1).lower()], int(d2)) if d2 else first
            else:
                d1, mon1, y = g
                if y is None and year_hint is None:
                    continue
                year = int(y) if y else int(year_hint or 0)
                first = date(year, _MONTHS[mon1.lower()], int(d1))
                last = first
        except (ValueError, KeyError):
            continue
        if last < first:
            if last.month < first.month:  # "30 December - 2 January 2027"
                first = first.replace(year=first.year - 1)
            else:
                continue
        rest = (text[: m.start()] + text[m.end() :]).strip(" \t,;:-–—()")
        return first, (last if last != first else None), " ".join(rest.split())
    return None


def day_line(text: str, year_hint: int | None) -> tuple[int | None, date | None] | None:
    """A line that only names a day of the meeting ("Day 2", "Tuesday, 19 January 2027",
    "Day 1 - 18 January"): (day number, date); None for any other line."""
    body = text.strip().strip("*").strip()
    if not body or len(body) > 60:
        return None
    m = _DAY_LINE.match(body)
    if m is None:
        return None
    number = int(m.group(1)) if m.group(1) else None
    rest = m.group(2).strip(" ,:()-–—")
    named_weekday = rest != body.strip(" ,:()-–—") and number is None
    if not rest:
        return (number, None) if number is not None else None
    found = parse_dates(rest, year_hint)
    if found is None or found[1] is not None or found[2].strip(" ,()"):
        return None
    if number is None and not named_weekday and not re.match(r"^\d", body):
        return None
    return number, found[0]
