"""Live mode: our points to make ticked as delivered, and the speaking timer.

The timer is a row per stretch of speaking (``SpeakingInterval``): starting
writes a row without an end, stopping fills the end in. So a running timer
survives a crash or a restart of the app (the open row is still there), and a
change of agenda item while we speak closes the stretch on the old item and
opens one on the new item at the same instant: totals per item and per meeting
stay exact.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.enums import Stance
from ..domain.models import AgendaItem, Delegation, Meeting, Position, PositionPoint, StanceRecord
from ..domain.models import SpeakingInterval as IntervalRow
from ..errors import NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .room_records import LivePoint, ObservedStance, SpeakingRec, SpeakingTotals
from .speaker_service import read_list


def _speaking_rec(r: IntervalRow) -> SpeakingRec:
    return SpeakingRec(r.id, r.meeting_id, r.item_id, r.started_at, r.ended_at)


def _running(s: Session, meeting_id: int) -> IntervalRow | None:
    return s.scalar(
        select(IntervalRow)
        .where(IntervalRow.meeting_id == meeting_id, IntervalRow.ended_at.is_(None))
        .order_by(IntervalRow.started_at.desc())
        .limit(1)
    )


class LiveService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- points to make ---------------------------------------------------------------
    def points(self, item_id: int) -> list[LivePoint]:
        """Our points to make on an item (empty when no position is drafted)."""
        with self._ctx.read() as s:
            rows = s.scalars(
                select(PositionPoint)
                .join(Position, PositionPoint.position_id == Position.id)
                .where(Position.item_id == item_id)
                .order_by(PositionPoint.ord, PositionPoint.id)
            )
            return [LivePoint(p.id, p.ord, p.text, p.delivered_at) for p in rows]

    def set_delivered(
        self, point_id: int, delivered: bool = True, *, at: datetime | None = None
    ) -> LivePoint:
        """Tick (or untick) a point as delivered."""
        with self._ctx.write() as s:
            p = s.get(PositionPoint, point_id)
            if p is None:
                raise NotFoundError(
                    "This point to make no longer exists (the brief was changed): reload the item."
                )
            p.delivered_at = (at or utcnow()) if delivered else None
            position = s.get_one(Position, p.position_id)
            self._ctx.audit(
                s, "deliver" if delivered else "undeliver", "position_point", p.id, p.text[:120]
            )
            rec = LivePoint(p.id, p.ord, p.text, p.delivered_at)
            item_id = position.item_id
            self._ctx.publish(
                Change(ChangeKind.POSITIONS, frozenset({position.id}), item_id=item_id)
            )
        return rec

    # -- observed stances -------------------------------------------------------------
    def stances(self, item_id: int) -> list[ObservedStance]:
        """Expected and observed stances of other delegations on an item."""
        with self._ctx.read() as s:
            rows = s.execute(
                select(StanceRecord, Delegation.code, Delegation.ord)
                .join(Delegation, StanceRecord.delegation_id == Delegation.id)
                .where(StanceRecord.item_id == item_id)
                .order_by(Delegation.ord, Delegation.code)
            )
            return [
                ObservedStance(
                    r.delegation_id,
                    code,
                    r.expected or Stance.UNKNOWN,
                    r.observed or Stance.UNKNOWN,
                    r.observed_note,
                    r.observed_at,
                )
                for r, code, _ord in rows
            ]

    # -- speaking timer ---------------------------------------------------------------
    def running(self, meeting_id: int) -> SpeakingRec | None:
        with self._ctx.read() as s:
            row = _running(s, meeting_id)
            return None if row is None else _speaking_rec(row)

    def start_speaking(
        self, meeting_id: int, item_id: int | None, *, at: datetime | None = None
    ) -> SpeakingRec:
        """Start the timer (a running one is returned as it is)."""
        at = at or utcnow()
        with self._ctx.write() as s:
            self._check(s, meeting_id, item_id)
            row = _running(s, meeting_id)
            if row is None:
                row = IntervalRow(meeting_id=meeting_id, item_id=item_id, started_at=at)
                s.add(row)
                s.flush()
                self._ctx.audit(s, "start", "speaking", row.id)
            rec = _speaking_rec(row)
            self._publish(meeting_id, item_id)
        return rec

    def stop_speaking(self, meeting_id: int, *, at: datetime | None = None) -> SpeakingRec | None:
        """Stop the running timer; returns the closed stretch (None if none ran)."""
        at = at or utcnow()
        with self._ctx.write() as s:
            row = _running(s, meeting_id)
            if row is None:
                return None
            row.ended_at = max(at, row.started_at)
            self._ctx.audit(s, "stop", "speaking", row.id)
            rec = _speaking_rec(row)
            self._publish(meeting_id, rec.item_id)
        return rec

    def switch_item(
        self, meeting_id: int, item_id: int | None, *, at: datetime | None = None
    ) -> SpeakingRec | None:
        """The agenda moved on while we speak: the time from now counts on ``item_id``."""
        at = at or utcnow()
        with self._ctx.write() as s:
            self._check(s, meeting_id, item_id)
            row = _running(s, meeting_id)
            if row is None or row.item_id == item_id:
                return None if row is None else _speaking_rec(row)
            row.ended_at = max(at, row.started_at)
            new = IntervalRow(meeting_id=meeting_id, item_id=item_id, started_at=row.ended_at)
            s.add(new)
            s.flush()
            self._ctx.audit(s, "switch", "speaking", new.id, f"from interval {row.id}")
            rec = _speaking_rec(new)
            self._publish(meeting_id, item_id)
        return rec

    def totals(self, meeting_id: int, *, now: datetime | None = None) -> SpeakingTotals:
        now = now or utcnow()
        with self._ctx.read() as s:
            rows = list(s.scalars(select(IntervalRow).where(IntervalRow.meeting_id == meeting_id)))
            floor = read_list(s, meeting_id, now).per_delegation()  # the list of speakers
        per_item: dict[int | None, float] = {}
        running = None
        for r in rows:
            rec = _speaking_rec(r)
            per_item[r.item_id] = per_item.get(r.item_id, 0.0) + rec.seconds(now)
            if r.ended_at is None:
                running = rec
        # A stretch split by an item change is one intervention.
        ends = {r.ended_at for r in rows if r.ended_at is not None}
        interventions = sum(1 for r in rows if r.started_at not in ends)
        return SpeakingTotals(meeting_id, now, per_item, running, interventions, floor)

    # -- helpers ----------------------------------------------------------------------
    @staticmethod
    def _check(s: Session, meeting_id: int, item_id: int | None) -> None:
        if s.get(Meeting, meeting_id) is None:
            raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
        if item_id is not None:
            item = s.get(AgendaItem, item_id)
            if item is None or item.meeting_id != meeting_id:
                raise ValidationError("The agenda item is not on this meeting's agenda.", "item")

    def _publish(self, meeting_id: int, item_id: int | None) -> None:
        self._ctx.publish(Change(ChangeKind.SPEAKING, meeting_id=meeting_id, item_id=item_id))
