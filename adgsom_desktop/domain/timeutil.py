"""Instants are stored in UTC; people read them in the meeting's local time.

An event carries an IANA time zone ("Asia/Ho_Chi_Minh"); notes taken in Hanoi
show Hanoi time whatever the laptop's clock is set to.  Without a zone, the
laptop's local time is used.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def utcnow() -> datetime:
    """Naive UTC 'now': SQLite keeps no zone, so every stored instant is naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


@cache
def zone(name: str) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def to_local(instant: datetime, tz: str | tzinfo | None = "") -> datetime:
    """A naive UTC instant as an aware local datetime (the event's zone, else the laptop's).

    ``tz`` is an IANA name (the event's), a tzinfo, or empty/None for the laptop's zone.
    """
    aware = instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant
    if isinstance(tz, str):
        tz = zone(tz)
    return aware.astimezone(tz) if tz is not None else aware.astimezone()


def to_utc_naive(local: datetime, tz_name: str = "") -> datetime:
    """A wall-clock time typed by the user (in the event's zone) as naive UTC."""
    if local.tzinfo is None:
        tz = zone(tz_name)
        local = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(d: date | datetime | None) -> str:
    """A date written out as a protocol officer writes it: "12 January 2026" ("" for none).

    English month names whatever the laptop's locale (``%B`` follows the locale).
    """
    if d is None:
        return ""
    from ..i18n import printing  # a pack printed in Thai or Vietnamese writes their dates

    if printing.language() != "en":
        return printing.long_date(d)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_days(start: date | None, end: date | None = None) -> str:
    """A span of days written out: "12 January 2026", "12-13 January 2026",
    "30 January - 2 February 2026", "30 December 2025 - 2 January 2026" ("" for none)."""
    if start is None:
        return ""
    if end is None or end == start:
        return long_date(start)
    from ..i18n import printing

    if printing.language() != "en":  # "12-16 มกราคม 2026", "ngày 12-16 tháng 1 năm 2026"
        return printing.date_span(start, end)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} - {long_date(end)}"
    return f"{long_date(start)} - {long_date(end)}"


def long_day(d: date | None, year: bool = True) -> str:
    """A day of a programme written out: "Monday 12 January 2026" ("Monday 12 January"
    without the year; "" for none)."""
    if d is None:
        return ""
    from ..i18n import printing  # a pack in Thai or Vietnamese names its own weekdays

    written = long_date(d) if year else printing.day_month(d)
    return f"{printing.weekday(d)} {written}"


def long_date_time(when: datetime | None) -> str:
    """ "12 January 2026, 09:30" ("" for none)."""
    if when is None:
        return ""
    return f"{long_date(when)}, {when:%H:%M}"
