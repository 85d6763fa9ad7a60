"""Move the demo's dates so that its week starts on a given day (``demo --shift-to-today``).

The demo is written with fixed dates (the 6th ADGSOM and related meetings, Hà Nội,
12-16 January 2026; the 5th a year before): tests rely on them. Tried on a later
day, nearly every open action item is "overdue" and every note is months old. The
shift moves every date of the content by the same number of days, so the week of
the 6th ADGSOM starts on the day asked for and everything keeps its place relative
to it (deadlines before and after, the previous year's meeting, the times of day).

What is moved: every ``Date`` column, and every ``DateTime`` column holding a time
of the content (before the demo started to be written); and the dates its prose
writes in words ("by 30 April 2026", "tháng 1 năm 2026": ``shift_text``), in every
text and JSON column. What is not: the times the store itself stamped while writing
(created, updated), and the audit log (its entries are chained: they keep the time
they were written at).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Date, DateTime, String, select, update
from sqlalchemy.orm import Session

from ..domain.base import Base
from .content_events import EVENTS
from .shift_text import shift_text, shift_value

NOT_MOVED = {"audit_entry"}


def week_start() -> date:
    """The first day of the demo's main week (the 6th ADGSOM), as written."""
    return max(e.start_date for e in EVENTS)


def days_to(day: date) -> int:
    """How many days the demo moves so that its week starts on ``day``."""
    return (day - week_start()).days


def shift_dates(s: Session, days: int, written_from: datetime) -> int:
    """Move the content's dates by ``days`` in one transaction; the number of values moved."""
    if days == 0:
        return 0
    delta = timedelta(days=days)
    moved = 0
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_MOVED:
            continue
        columns = [c for c in table.columns if isinstance(c.type, Date | DateTime)]
        keys = list(table.primary_key.columns)
        if not columns or not keys:
            continue
        for row in s.execute(select(*keys, *columns)).all():
            values: dict[str, Any] = {}
            for n, column in enumerate(columns, len(keys)):
                value = row[n]
                if value is None:
                    continue
                if isinstance(value, datetime):
                    naive = value.replace(tzinfo=None)
                    if naive >= written_from.replace(tzinfo=None):
                        continue  # stamped by the store while writing: a real time
                values[column.name] = value + delta
            if values:
                where = [k == row[i] for i, k in enumerate(keys)]
                s.execute(update(table).where(*where).values(**values))
                moved += len(values)
    return moved


def shift_prose(s: Session, days: int) -> int:
    """Move the dates written in words in every text (and JSON) column by ``days``, as
    ``shift_dates`` moves the date columns; the number of values changed."""
    if days == 0:
        return 0
    meeting = week_start()

    def move(text: str) -> str:
        return shift_text(text, days, meeting)

    changed = 0
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_MOVED:
            continue
        columns = [c for c in table.columns if isinstance(c.type, String | JSON)]
        keys = list(table.primary_key.columns)
        if not columns or not keys:
            continue
        for row in s.execute(select(*keys, *columns)).all():
            values: dict[str, Any] = {}
            for n, column in enumerate(columns, len(keys)):
                value = row[n]
                if value is None:
                    continue
                moved = shift_value(value, move)
                if moved != value:
                    values[column.name] = moved
            if values:
                where = [k == row[i] for i, k in enumerate(keys)]
                s.execute(update(table).where(*where).values(**values))
                changed += len(values)
    return changed
