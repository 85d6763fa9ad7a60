"""The week at a glance on the pack's programme page: the event's days side by side
(at most five to a row), each meeting with its time and our members, the programme
entries (breaks, lunch, bilaterals) in italics between them; overlaps said below."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from .pack_model import PackData, WeekColumn
from .styles import esc, para, xml
from .tables import grid

DAYS_PER_ROW = 5


def _cell(column: WeekColumn) -> list[Any]:
    out: list[Any] = []
    for line in column.lines:
        if line.kind:
            out.append(xml(f"<i>{esc(line.slot)} {esc(line.label)}</i>", "small"))
            continue
        mark = " <font color='#9a4a00'>(overlaps)</font>" if line.overlaps else ""
        head = f"<b>{esc(line.slot or 'time not given')}</b>"
        text = f"{head}<br/><b>{esc(line.label)}</b>{mark}"
        if line.members:
            text += f"<br/>{esc(line.members)}"
        out.append(xml(text, "cell"))
        out.append(Spacer(1, 2))
    return out


def _day(day: str) -> Any:
    """ "Wednesday 14 January" on two lines, the weekday above: every column alike."""
    weekday, _, rest = day.partition(" ")
    return xml(f"{esc(weekday)}<br/>{esc(rest)}", "cell_bold") if rest else day


def week(data: PackData, width: float) -> list[Any]:
    """The week's page part ([] when no meeting has a day)."""
    if not data.week:
        return []
    out: list[Any] = [Spacer(1, 6)]
    heading: list[Any] = [para("The week at a glance", "h3")]  # kept with the first row
    for start in range(0, len(data.week), DAYS_PER_ROW):
        columns = data.week[start : start + DAYS_PER_ROW]
        w = width / max(len(columns), 2)
        table = grid([_day(c.day) for c in columns], [[_cell(c) for c in columns]],
                     [w] * len(columns))  # fmt: skip
        out += [KeepTogether([*heading, table]), Spacer(1, 3 * mm)]
        heading = []
    for note in data.week_notes:
        out.append(para(note, "small"))
    return out
