"""A sane due date for an action item (review s30 F17): not before the meeting that raised
it, and not absurdly far ahead ("+100000" gave 2300, "1999-01-01" an action overdue by 27
years, both sorted first or last in every overdue list). Pure: the live prompt says it at
once, the service refuses it on every other path."""

from __future__ import annotations

from datetime import date

from ..errors import ValidationError
from ..i18n.messages import QT_TRANSLATE_NOOP, Message

MAX_YEARS_AHEAD = 5

BEFORE_MEETING = QT_TRANSLATE_NOOP(
    "Errors",
    "The due date {due} is before the meeting ({start}): type a date on or after {start}, "
    "or leave it empty. Nothing was saved.",
)
TOO_FAR = QT_TRANSLATE_NOOP(
    "Errors",
    "The due date {due} is more than {years} years ahead (the latest is {latest}): type a "
    "nearer date, or leave it empty. Nothing was saved.",
)


def latest_due(today: date, start: date | None = None) -> date:
    base = max(today, start) if start is not None else today
    try:
        return base.replace(year=base.year + MAX_YEARS_AHEAD)
    except ValueError:  # 29 February
        return base.replace(year=base.year + MAX_YEARS_AHEAD, day=28)


def due_problem(due: date | None, start: date | None, today: date) -> Message | None:
    """Why ``due`` is no due date for an action of a meeting starting ``start``, or None."""
    if due is None:
        return None
    if start is not None and due < start:
        return Message(BEFORE_MEETING, due=due.isoformat(), start=start.isoformat())
    latest = latest_due(today, start)
    if due > latest:
        return Message(
            TOO_FAR, due=due.isoformat(), years=MAX_YEARS_AHEAD, latest=latest.isoformat()
        )
    return None


def check_due(due: date | None, start: date | None, today: date) -> None:
    problem = due_problem(due, start, today)
    if problem is not None:
        raise ValidationError(problem, "due_date")
