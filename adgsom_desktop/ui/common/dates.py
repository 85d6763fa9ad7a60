"""Dates and times written in the interface's language (the default ``QLocale``, which
``translation.install`` sets): "12 ม.ค. 2026" in Thai, "12 thg 1, 2026" in Vietnamese."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def day(d: date | None, fmt: str = "d MMM yyyy") -> str:
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), fmt)


def days(start: date | None, end: date | None) -> str:
    """One day, or a span ("12-13 Jan 2026", "30 Jan - 2 Feb 2026"); "" when undated."""
    if start is None:
        return ""
    if end is None or end == start:
        return day(start)
    if (end.year, end.month) == (start.year, start.month):
        return f"{day(start, 'd')}-{day(end)}"
    return f"{day(start, 'd MMM')} - {day(end)}"


def date_time(when: datetime | None) -> str:
    if when is None:
        return ""
    moment = QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )
    return QLocale().toString(moment, "d MMM yyyy HH:mm")


def moment(when: datetime | None, today: date | None = None) -> str:
    """A local moment as a user reads it: the time alone when it is today ("09:20:00"),
    the date and time otherwise ("6 Jan 2026 09:20"): a brief saved 11 months ago must
    not read as saved this morning (review s30 F9)."""
    if when is None:
        return ""
    if when.date() == (today or date.today()):
        return QLocale().toString(QTime(when.hour, when.minute, when.second), "HH:mm:ss")
    return date_time(when)


def number(value: int | float) -> str:
    return QLocale().toString(value)
