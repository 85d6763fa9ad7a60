"""The week at a glance as the pack's programme page prints it: one column per day,
each meeting with its time and our members, its programme entries in between."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.timeutil import long_day
from ..reports.pack_model import WeekColumn, WeekLine
from .week_service import read_week


def week_page(s: Session, event_id: int) -> tuple[tuple[WeekColumn, ...], tuple[str, ...]]:
    """The days that hold something, and what the page says below them."""
    week = read_week(s, event_id)
    overlapping = {(o.day, name) for o in week.overlaps for name in (o.first, o.second)}
    columns = []
    for day in week.days:
        lines = [WeekLine("", b.label, "", ", ".join(b.members)) for b in day.untimed]
        for b in day.blocks:
            if b.kind is None:
                lines.append(
                    WeekLine(
                        b.slot,
                        b.label,
                        "",
                        ", ".join(b.members),
                        (day.day, b.label) in overlapping,
                    )
                )
            else:
                lines.append(WeekLine(b.slot, b.label, b.kind.label))
        if lines:
            columns.append(WeekColumn(long_day(day.day, year=False), tuple(lines)))
    notes = [o.written_out for o in week.overlaps]
    if week.undated:
        notes.append(f"No day yet: {', '.join(week.undated)}.")
    return tuple(columns), tuple(notes)
