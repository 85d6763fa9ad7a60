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

from collections.abc import Callable
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


def _rewrite(s: Session, kinds: tuple[type, ...], change: Callable[[Any], Any]) -> int:
    """Give every value of the columns of these types in the content's tables to ``change``
    and write back the ones it changed (``change`` returns the value itself to keep it);
    the number of values changed."""
    changed = 0
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_MOVED:
            continue
        columns = [c for c in table.columns if isinstance(c.type, kinds)]
        keys = list(table.primary_key.columns)
        if not columns or not keys:
            continue
        for row in s.execute(select(*keys, *columns)).all():
            values: dict[str, Any] = {}
            for n, column in enumerate(columns, len(keys)):
                value = row[n]
                if value is None:
                    continue
                new = change(value)
                if new is not value and new != value:
                    values[column.name] = new
            if values:
                where = [k == row[i] for i, k in enumerate(keys)]
                s.execute(update(table).where(*where).values(**values))
                changed += len(values)
    return changed


def shift_dates(s: Session, days: int, written_from: datetime) -> int:
    """Move the content's dates by ``days`` in one transaction; the number of values moved."""
    if days == 0:
        return 0
    delta = timedelta(days=days)
    since = written_from.replace(tzinfo=None)

    def move(value: Any) -> Any:
        if isinstance(value, datetime) and value.replace(tzinfo=None) >= since:
            return value  # stamped by the store while writing: a real time
        return value + delta

    return _rewrite(s, (Date, DateTime), move)


def shift_prose(s: Session, days: int) -> int:
    """Move the dates written in words in every text (and JSON) column by ``days``, as
    ``shift_dates`` moves the date columns; the number of values changed."""
    if days == 0:
        return 0
    meeting = week_start()
    return _rewrite(
        s, (String, JSON), lambda value: shift_value(value, lambda t: shift_text(t, days, meeting))
    )
