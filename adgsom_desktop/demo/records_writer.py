"""The demo's records that have no service of their own (continuity, stances, interests,
action items, outcomes, speaking time) and what the services do not set (history dates,
status and approval, points ticked in the room), written through the ORM in one
transaction at the end of the demo."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import PositionStatus, Stance
from ..domain.models import (
    ActionItem,
    AgendaItem,
    Outcome,
    PersonInterest,
    Position,
    PositionPoint,
    PositionVersion,
    SpeakingInterval,
    StanceRecord,
)
from ..services.container import Services
from .content import UTC_OFFSET_HOURS, ItemRef, PositionSpec
from .content_agenda import AGENDAS
from .content_people import INTERESTS
from .content_positions import SOM6_POSITIONS
from .content_positions_more import MORE_POSITIONS
from .content_room import ACTIONS, OUTCOMES, SPEAKING, STANCES

POSITIONS: tuple[PositionSpec, ...] = SOM6_POSITIONS + MORE_POSITIONS


def utc(local: datetime) -> datetime:
    """Local wall-clock time in Hà Nội or Bangkok -> the naive UTC the store keeps."""
    return local - timedelta(hours=UTC_OFFSET_HOURS)


class Ids:
    def __init__(self) -> None:
        self.delegations: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.events: dict[str, int] = {}
        self.meetings: dict[str, int] = {}
        self.items: dict[ItemRef, int] = {}
        self.positions: dict[ItemRef, int] = {}
        self.version_dates: dict[ItemRef, list[tuple[datetime, str]]] = {}


def write_records(services: Services, s: Session, ids: Ids) -> None:
    """Everything without a service yet, in the caller's single transaction."""
    audit = services.ctx.audit
    # Continuity: items that follow on from an earlier meeting's item.
    for agenda in AGENDAS:
        stack = list(agenda.items)
        while stack:
            item_spec = stack.pop()
            stack.extend(item_spec.children)
            if item_spec.source is not None:
                item = s.get_one(AgendaItem, ids.items[(agenda.meeting_key, item_spec.key)])
                item.source_item_id = ids.items[item_spec.source]

    # Stances: expected ones from the pack; observed ones from notes are kept.
    for st in STANCES:
        item_id = ids.items[st.item]
        delegation_id = ids.delegations[st.delegation_code]
        row = s.scalar(
            select(StanceRecord).where(
                StanceRecord.item_id == item_id, StanceRecord.delegation_id == delegation_id
            )
        )
        if row is None:
            row = StanceRecord(item_id=item_id, delegation_id=delegation_id)
            s.add(row)
        row.expected, row.expected_note = st.expected, st.expected_note
        if st.observed is not Stance.UNKNOWN and row.observed in (None, Stance.UNKNOWN):
            row.observed, row.observed_note = st.observed, st.observed_note
            row.observed_at = utc(st.observed_at) if st.observed_at else None
        elif row.observed is None:
            row.observed = Stance.UNKNOWN
    audit(s, "create", "stance", None, f"demo: {len(STANCES)} expected stances")

    for interest in INTERESTS:
        s.add(
            PersonInterest(
                person_id=ids.people[interest.person_key],
                item_id=ids.items[interest.item],
                note=interest.note,
            )
        )

    for a in ACTIONS:
        closed = (
            utc(datetime.combine(a.closed_on, time(17, 0))) if a.closed_on is not None else None
        )
        s.add(
            ActionItem(
                text=a.text,
                owner_person_id=ids.people[a.owner_person_key] if a.owner_person_key else None,
                owner_delegation_id=ids.delegations[a.owner_code] if a.owner_code else None,
                owner_agency=a.owner_agency,
                due_date=a.due,
                status=a.status,
                meeting_id=ids.meetings[a.meeting_key],
                item_id=ids.items[(a.meeting_key, a.item_key)] if a.item_key else None,
                closed_at=closed,
            )
        )
    audit(s, "create", "action_item", None, f"demo: {len(ACTIONS)} action items")

    per_item: dict[ItemRef, int] = {}
    for o in OUTCOMES:
        ref = (o.meeting_key, o.item_key)
        per_item[ref] = per_item.get(ref, -1) + 1
        s.add(
            Outcome(
                item_id=ids.items[ref],
                verb=o.verb,
                text=o.text,
                ord=per_item[ref],
                recorded_at=utc(o.at),
            )
        )
    audit(s, "create", "outcome", None, f"demo: {len(OUTCOMES)} outcomes")

    for sp in SPEAKING:
        start = utc(sp.start)
        s.add(
            SpeakingInterval(
                meeting_id=ids.meetings[sp.meeting_key],
                item_id=ids.items[(sp.meeting_key, sp.item_key)],
                started_at=start,
                ended_at=start + timedelta(seconds=sp.seconds),
            )
        )

    for spec in POSITIONS:
        finish_position(services, s, ids, spec)


def finish_position(services: Services, s: Session, ids: Ids, spec: PositionSpec) -> None:
    """History dates, status and approval, and the points ticked in the room."""
    p = s.get_one(Position, ids.positions[spec.item])
    versions = list(
        s.scalars(
            select(PositionVersion)
            .where(PositionVersion.position_id == p.id)
            .order_by(PositionVersion.version_no)
        )
    )
    dates = ids.version_dates[spec.item]
    for v, (at, _by) in zip(versions, dates, strict=True):
        v.saved_at = at
    values: dict[str, Any] = {"status": spec.status, "updated_at": dates[-1][0]}
    if spec.status is not PositionStatus.DRAFT:
        versions[-1].status = PositionStatus.FOR_REVIEW  # submitted, then (maybe) approved
    if spec.status is PositionStatus.APPROVED:
        values.update(
            approved_by_id=ids.people[spec.approved_by_key],
            approved_at=spec.approved_at,
            approved_version_no=p.version_no,
            updated_at=spec.approved_at,
        )
        services.ctx.audit(
            s, "approve", "position", p.id, f"item {p.item_id} v{p.version_no} (demo)"
        )
    for key, value in values.items():
        setattr(p, key, value)
    for index, local in spec.delivered:
        point = s.scalar(
            select(PositionPoint).where(
                PositionPoint.position_id == p.id, PositionPoint.ord == index
            )
        )
        if point is None:
            raise ValueError(f"demo content: no point {index} in the brief on {spec.item}")
        point.delivered_at = utc(local)
