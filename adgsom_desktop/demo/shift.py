"""Move the demo's dates so that its week starts on a given day (``demo --shift-to-today``).

The demo is written with fixed dates (the 6th ADGSOM and related meetings, Hà Nội,
12-16 January 2026; the 5th a year before): tests rely on them. Tried on a later
day, nearly every open action item is "overdue" and every note is months old. The
shift moves every date of the content by the same number of days, so the week of
the 6th ADGSOM starts on the day asked for and everything keeps its place relative
to it (deadlines before and after, the previous year's meeting, the times of day).

What is moved: every ``Date`` column, and every ``DateTime`` column holding a time
of the content (before the demo started to be written). What is not: the times the
store itself stamped while writing (created, updated), and the audit log (its
entries are chained: they keep the time they were written at).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, DateTime, select, update
from sqlalchemy.orm import Session

from ..domain.base import Base
from .content_events import EVENTS

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
