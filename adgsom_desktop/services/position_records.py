"""Records of a position (our negotiating mandate on an item) and its versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.enums import Authority, PositionStatus, Stance
from ..domain.tag_text import qualify_legacy
from ..errors import ConflictError
from .records import AgendaItemRec, MeetingRec


class ApprovedEditError(ConflictError):
    """The position is approved: editing it needs the user's go-ahead (it returns to draft)."""


@dataclass(frozen=True)
class TheirObjectiveRec:
    delegation_code: str  # "" when it concerns several delegations
    their_objective: str
    our_response: str = ""


@dataclass(frozen=True)
class DefensiveLineRec:
    question: str
    answer: str = ""


def _like(section: Any, items: Any) -> Any:
    """``items`` in a sequence of ``section``'s type (a tuple, or a list a caller gave)."""
    return type(section)(items)


@dataclass(frozen=True)
class PositionContent:
    """The editable sections of a brief: what every version snapshots."""

    objective: str = ""
    stance: Stance = Stance.UNKNOWN
    opening: str = ""
    fallbacks: tuple[str, ...] = ()
    red_line: str = ""
    authority: Authority = Authority.REFER_TO_CAPITAL
    points: tuple[str, ...] = ()
    tactical: str = ""
    their_objectives: tuple[TheirObjectiveRec, ...] = ()
    defensive_lines: tuple[DefensiveLineRec, ...] = ()
    press_line: str = ""
    background_releasable: str = ""
    background_nfd: str = ""
    owner_id: int | None = None
    tags: tuple[str, ...] = ()  # tags of the item ("ADM2025 DO3", "ADM2030 O3")

    def to_snapshot(self) -> dict[str, Any]:
        """What ``dataclasses.asdict`` gives (same keys in the same order, each section of
        its own type, each objective and line a dict), the enums by value; built directly:
        ``asdict``'s recursion was a fifth of reading a scope's briefs (#17 speed)."""
        return {
            "objective": self.objective,
            "stance": self.stance.value,
            "opening": self.opening,
            "fallbacks": _like(self.fallbacks, self.fallbacks),
            "red_line": self.red_line,
            "authority": self.authority.value,
            "points": _like(self.points, self.points),
            "tactical": self.tactical,
            "their_objectives": _like(
                self.their_objectives,
                (
                    {
                        "delegation_code": t.delegation_code,
                        "their_objective": t.their_objective,
                        "our_response": t.our_response,
                    }
                    for t in self.their_objectives
                ),
            ),
            "defensive_lines": _like(
                self.defensive_lines,
                ({"question": d.question, "answer": d.answer} for d in self.defensive_lines),
            ),
            "press_line": self.press_line,
            "background_releasable": self.background_releasable,
            "background_nfd": self.background_nfd,
            "owner_id": self.owner_id,
            "tags": _like(self.tags, self.tags),
        }

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> PositionContent:
        return cls(
            objective=str(data.get("objective", "")),
            stance=Stance(data.get("stance", Stance.UNKNOWN.value)),
            opening=str(data.get("opening", "")),
            fallbacks=tuple(str(x) for x in data.get("fallbacks", ())),
            red_line=str(data.get("red_line", "")),
            authority=Authority(data.get("authority", Authority.REFER_TO_CAPITAL.value)),
            points=tuple(str(x) for x in data.get("points", ())),
            tactical=str(data.get("tactical", "")),
            their_objectives=tuple(
                TheirObjectiveRec(
                    str(t.get("delegation_code", "")),
                    str(t.get("their_objective", "")),
                    str(t.get("our_response", "")),
                )
                for t in data.get("their_objectives", ())
            ),
            defensive_lines=tuple(
                DefensiveLineRec(str(d.get("question", "")), str(d.get("answer", "")))
                for d in data.get("defensive_lines", ())
            ),
            press_line=str(data.get("press_line", "")),
            background_releasable=str(data.get("background_releasable", "")),
            background_nfd=str(data.get("background_nfd", "")),
            owner_id=data.get("owner_id"),
            tags=tuple(qualify_legacy(str(x)) for x in data.get("tags", ())),
        )


@dataclass(frozen=True)
class PointRec:
    id: int
    ord: int
    text: str
    delivered_at: datetime | None = None


@dataclass(frozen=True)
class PositionRec:
    id: int
    item_id: int
    content: PositionContent
    status: PositionStatus
    version_no: int
    updated_at: datetime
    points: tuple[PointRec, ...] = ()
    approved_by_id: int | None = None
    approved_by_name: str = ""
    approved_at: datetime | None = None
    approved_version_no: int | None = None
    owner_name: str = ""


@dataclass(frozen=True)
class WorkflowState:
    """Where a position stands in draft -> for review -> approved, and who approved what.

    Taken before and after a workflow step so that undo can put it back exactly
    (``PositionService.restore_workflow``).
    """

    item_id: int
    version_no: int
    status: PositionStatus
    version_status: PositionStatus  # the mark of the current version in the history
    approved_by_id: int | None = None
    approved_at: datetime | None = None
    approved_version_no: int | None = None


@dataclass(frozen=True)
class BriefSaved:
    """What one autosave of the editor wrote: the brief (None if only the tags were
    saved on an item without a position) and the item's ADM tags, in one transaction."""

    item_id: int
    rec: PositionRec | None
    tags: tuple[str, ...]
    content_saved: bool = False
    tags_saved: bool = False
    # merged three-way with a save made meanwhile (G1): by whom, the sections taken
    merged_with: str = ""
    merged_sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepDone:
    """A workflow step (submit, return to draft, approve), with the state before and
    after it for its undo step, read in the step's own transaction."""

    rec: PositionRec
    before: WorkflowState
    after: WorkflowState
    item_number: str


@dataclass(frozen=True)
class PositionVersionRec:
    version_no: int
    saved_at: datetime
    saved_by: str
    status: PositionStatus
    comment: str = ""
    content: PositionContent = field(default_factory=PositionContent)


@dataclass(frozen=True)
class CarryCandidate:
    """An earlier brief a new position may start from (carry forward)."""

    item: AgendaItemRec
    meeting: MeetingRec
    position: PositionRec
    reason: str  # "source": the item this one follows on from; "match": a similar title
    score: float = 1.0
