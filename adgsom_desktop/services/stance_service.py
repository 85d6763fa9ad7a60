"""The stance map: agenda items x delegations, expected and observed stances with a note.

Our own delegation's column shows the stance of our position (edited in the
position editor, not here).  An emptied cell is removed, so the map only holds
what someone wrote down.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.enums import DelegationKind, Stance
from ..domain.models import AgendaItem, Delegation, Meeting, StanceRecord
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from .agenda_queries import items_by_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .delegation_service import list_delegations
from .mapping import meeting_rec
from .records import DelegationRec
from .row_locks import locked
from .stance_records import StanceCell, StanceGrid

MAX_NOTE = 2_000
_SHOWN_KINDS = (DelegationKind.MEMBER_STATE, DelegationKind.SECRETARIAT)


def _cell(row: StanceRecord) -> StanceCell:
    return StanceCell(
        item_id=row.item_id,
        delegation_id=row.delegation_id,
        expected=row.expected,
        expected_note=row.expected_note,
        observed=row.observed,
        observed_note=row.observed_note,
        observed_at=row.observed_at,
    )


def _columns(
    session: Session, meetings: list[Meeting], with_records: set[int]
) -> tuple[DelegationRec, ...]:
    """Ours first, then Member States and ASEC, the meetings' partners, anyone with a stance."""
    partners = {m.partner_delegation_id for m in meetings if m.partner_delegation_id}
    chosen = [
        d
        for d in list_delegations(session)
        if d.kind in _SHOWN_KINDS or d.id in partners or d.id in with_records or d.is_ours
    ]
    chosen.sort(key=lambda d: not d.is_ours)  # stable: ours first, the rest in their order
    return tuple(chosen)


class StanceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def grid(self, meeting_ids: Sequence[int]) -> StanceGrid:
        """The map for one meeting or several (items in agenda order, meeting by meeting)."""
        with self._ctx.read() as s:
            meetings = [m for m in (s.get(Meeting, i) for i in meeting_ids) if m is not None]
            if not meetings:
                raise NotFoundError("The meeting no longer exists.")
            by_meeting = items_by_meeting(s, [m.id for m in meetings])
            items = tuple(rec for m in meetings for rec in by_meeting.get(m.id, []))
            ids = [i.id for i in items]
            rows = list(s.scalars(select(StanceRecord).where(StanceRecord.item_id.in_(ids))))
            cells = {(r.item_id, r.delegation_id): _cell(r) for r in rows}
            columns = _columns(s, meetings, {r.delegation_id for r in rows})
            ours = next((d for d in columns if d.is_ours), None)
            if ours is not None:
                for item in items:
                    stance = item.position_stance or Stance.UNKNOWN
                    cells[(item.id, ours.id)] = StanceCell(item.id, ours.id, expected=stance)
            return StanceGrid(
                meetings=tuple(meeting_rec(m) for m in meetings),
                items=items,
                delegations=columns,
                cells=cells,
            )

    def cell(self, item_id: int, delegation_id: int) -> StanceCell:
        with self._ctx.read() as s:
            row = self._row(s, item_id, delegation_id)
            return _cell(row) if row is not None else StanceCell(item_id, delegation_id)

    def set_cell(
        self,
        item_id: int,
        delegation_id: int,
        *,
        expected: Stance,
        expected_note: str = "",
        observed: Stance,
        observed_note: str = "",
    ) -> StanceCell:
        """Write one cell of the map (expected and observed stance, each with a note)."""
        expected_note = clean_text(expected_note, "Note on the expected stance", max_len=MAX_NOTE)
        observed_note = clean_text(observed_note, "Note on the observed stance", max_len=MAX_NOTE)
        expected, observed = Stance(expected), Stance(observed)
        with self._ctx.write() as s:
            item = locked(s, AgendaItem, item_id)  # one stance row per item and delegation
            if item is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            delegation = s.get(Delegation, delegation_id)
            if delegation is None:
                raise NotFoundError(
                    "Delegation {delegation_id} no longer exists.", delegation_id=delegation_id
                )
            if any(d.is_ours and d.id == delegation_id for d in list_delegations(s)):
                raise ValidationError(
                    "Our own stance is part of our position: set it in the position editor."
                )
            row = self._row(s, item_id, delegation_id)
            cell = StanceCell(
                item_id, delegation_id, expected, expected_note, observed, observed_note
            )
            if cell.is_empty:
                if row is not None:
                    s.delete(row)
                result = cell
            else:
                if row is None:
                    row = StanceRecord(item_id=item_id, delegation_id=delegation_id)
                    s.add(row)
                    row.observed = Stance.UNKNOWN
                if observed is not row.observed or observed_note != row.observed_note:
                    row.observed_at = None if observed is Stance.UNKNOWN else utcnow()
                row.expected, row.expected_note = expected, expected_note
                row.observed, row.observed_note = observed, observed_note
                s.flush()
                result = _cell(row)
            self._ctx.audit(
                s,
                "stance",
                "agenda_item",
                item_id,
                f"{delegation.code}: expected {expected.value}, observed {observed.value}",
            )
            meeting_id = item.meeting_id
            self._ctx.publish(
                Change(
                    ChangeKind.STANCES,
                    frozenset({item_id}),
                    meeting_id=meeting_id,
                    item_id=item_id,
                )
            )
        return result

    @staticmethod
    def _row(session: Session, item_id: int, delegation_id: int) -> StanceRecord | None:
        return session.scalar(
            select(StanceRecord).where(
                StanceRecord.item_id == item_id, StanceRecord.delegation_id == delegation_id
            )
        )
