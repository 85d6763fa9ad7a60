"""Records of the stance map and of counterparts (no SQLAlchemy here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain.enums import Stance
from .records import AgendaItemRec, DelegationRec, MeetingRec, PersonRec


@dataclass(frozen=True)
class StanceCell:
    """Another delegation's stance on an item: expected (before) and observed (in the room)."""

    item_id: int
    delegation_id: int
    expected: Stance = Stance.UNKNOWN
    expected_note: str = ""
    observed: Stance = Stance.UNKNOWN
    observed_note: str = ""
    observed_at: datetime | None = None

    @property
    def is_empty(self) -> bool:
        return (
            self.expected is Stance.UNKNOWN
            and self.observed is Stance.UNKNOWN
            and not self.expected_note
            and not self.observed_note
        )


@dataclass(frozen=True)
class StanceGrid:
    """Items (rows) x delegations (columns) of one or more meetings."""

    meetings: tuple[MeetingRec, ...]
    items: tuple[AgendaItemRec, ...]
    delegations: tuple[DelegationRec, ...]
    cells: dict[tuple[int, int], StanceCell] = field(default_factory=dict)

    def cell(self, item_id: int, delegation_id: int) -> StanceCell:
        return self.cells.get((item_id, delegation_id)) or StanceCell(item_id, delegation_id)


@dataclass(frozen=True)
class InterestRec:
    """A counterpart cares about an item."""

    person_id: int
    item_id: int
    item_label: str
    meeting_id: int
    meeting_label: str
    note: str = ""


@dataclass(frozen=True)
class CounterpartRec:
    person: PersonRec
    delegation_name: str
    interests: tuple[InterestRec, ...] = ()
