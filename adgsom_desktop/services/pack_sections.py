"""The pack's sections across items: the stance map, the open action items and the list
of annexes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import ActionStatus, Stance
from ..domain.models import ActionItem, AgendaItem, Delegation, Meeting, Person, StanceRecord
from ..reports.pack_model import ActionLine, Annex, ItemBrief, StanceMap
from .pack_meetings import fmt_date
from .records import AgendaItemRec

STANCE_LEGEND = (
    "S support - S+A support with amendments - N neutral - R reserve - O oppose - "
    "? not known. The stance observed in the room is shown where recorded; "
    "otherwise the expected stance, in brackets."
)


def stance_map(
    s: Session,
    items: list[AgendaItemRec],
    codes: dict[int, str],
    ours: str,
    meeting_labels: dict[int, str] | None = None,
) -> StanceMap:
    """Our stance and the others' on each item; rows name their meeting if there are several."""
    ids = [i.id for i in items]
    cells: dict[int, dict[str, str]] = defaultdict(dict)
    used: set[str] = set()
    for r in s.scalars(select(StanceRecord).where(StanceRecord.item_id.in_(ids))):
        code = codes.get(r.delegation_id, "")
        if not code or code == ours:
            continue
        stance = r.observed if r.observed is not Stance.UNKNOWN else r.expected
        value = stance.short
        if r.observed is Stance.UNKNOWN and r.expected is not Stance.UNKNOWN:
            value = f"({value})"
        cells[r.item_id][code] = value
        used.add(code)
    order = {
        d.code: (d.ord, d.code)
        for d in s.scalars(select(Delegation).where(Delegation.code.in_(used)))
    }
    columns = tuple(sorted(used, key=lambda c: order.get(c, (999, c))))
    rows = []
    row_meetings = []
    for i in items:
        if i.id not in cells and i.position_stance is None:
            continue
        ours_short = i.position_stance.short if i.position_stance else ""
        rows.append((i.label, ours_short, tuple(cells[i.id].get(c, "") for c in columns)))
        row_meetings.append((meeting_labels or {}).get(i.meeting_id, ""))
    if len(set(row_meetings)) <= 1:
        row_meetings = []  # one meeting: the rows need not say which
    return StanceMap(columns, tuple(rows), STANCE_LEGEND, tuple(row_meetings))


def open_actions(
    s: Session, meeting_ids: list[int], codes: dict[int, str], labels: dict[int, str], today: date
) -> tuple[ActionLine, ...]:
    """Open actions of these meetings and of earlier meetings of the same series."""
    series = {
        m.series for m in s.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids))) if m.series
    }
    related = set(meeting_ids)
    if series:
        related |= set(s.scalars(select(Meeting.id).where(Meeting.series.in_(series))))
    rows = s.scalars(
        select(ActionItem)
        .where(
            ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
            ActionItem.meeting_id.in_(related),
        )
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )
    out = []
    for a in rows:
        owner = ", ".join(
            x
            for x in (
                a.owner_agency,
                codes.get(a.owner_delegation_id or 0, ""),
                (lambda p: p.full_name if p else "")(s.get(Person, a.owner_person_id))
                if a.owner_person_id
                else "",
            )
            if x
        )
        origin = labels.get(a.meeting_id or 0, "")
        if a.item_id:
            item = s.get(AgendaItem, a.item_id)
            if item is not None:
                origin = f"{origin}, item {item.number}".strip(", ")
        out.append(
            ActionLine(
                text=a.text,
                owner=owner,
                due=fmt_date(a.due_date),
                status=a.status.label,
                origin=origin,
                overdue=bool(a.due_date and a.due_date < today),
            )
        )
    return tuple(out)


def annexes(briefs: Iterable[ItemBrief]) -> tuple[Annex, ...]:
    seen: dict[str, tuple[str, list[str]]] = {}
    for b in briefs:
        for d in b.documents:
            key = d.symbol or d.title
            if key not in seen:
                seen[key] = (d.title, [])
            seen[key][1].append(f"{b.meeting_label} {b.number}".strip())
    return tuple(
        Annex(f"A{n}", symbol, title, ", ".join(dict.fromkeys(items)))
        for n, (symbol, (title, items)) in enumerate(seen.items(), 1)
    )
