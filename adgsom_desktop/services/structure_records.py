"""Records of the store's structure work: what a deletion takes with it, and a deletion
that can be put back.  No SQLAlchemy here (the GUI imports this before first paint)."""

from __future__ import annotations

from dataclasses import dataclass


def _n(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


@dataclass(frozen=True)
class Contents:
    """What an event or a meeting holds (said before deleting it)."""

    meetings: int = 0
    items: int = 0
    positions: int = 0
    approved: int = 0
    notes: int = 0
    stances: int = 0
    outcomes: int = 0
    actions: int = 0  # action items raised there: they stay, without their meeting
    packs: int = 0  # packs issued for the event: the register keeps them

    @property
    def empty(self) -> bool:
        return not (self.meetings or self.items or self.notes or self.stances or self.outcomes)

    def goes(self) -> list[str]:
        """'2 meetings', '14 agenda items', '9 positions (3 approved)', ... (what is deleted)."""
        out = []
        if self.meetings:
            out.append(_n(self.meetings, "meeting", "meetings"))
        if self.items:
            out.append(_n(self.items, "agenda item", "agenda items"))
        if self.positions:
            text = _n(self.positions, "position", "positions")
            out.append(text + (f" ({self.approved:,} approved)" if self.approved else ""))
        if self.stances:
            out.append(_n(self.stances, "recorded stance", "recorded stances"))
        if self.notes:
            out.append(_n(self.notes, "note from the room", "notes from the room"))
        if self.outcomes:
            out.append(_n(self.outcomes, "outcome", "outcomes"))
        return out

    def stays(self) -> list[str]:
        """What is kept although it refers to the deleted record."""
        out = []
        if self.actions:
            out.append(
                _n(self.actions, "action item raised there stays", "action items raised there stay")
                + " in the action list, without their meeting"
            )
        if self.packs:
            out.append(
                _n(self.packs, "issued briefing pack stays", "issued briefing packs stay")
                + " in the distribution register"
            )
        return out


@dataclass(frozen=True)
class PersonLinks:
    """Where a member of our delegation is named (said before removing them)."""

    approvals: int = 0  # positions whose approval names them
    briefs: int = 0  # positions they own (the aide drafting the brief)
    actions: int = 0  # action items they own
    notes: int = 0  # notes that name them as the speaker

    def phrases(self) -> list[str]:
        """'3 positions (as approver)', '2 briefs (as owner)', ... (where they are named)."""
        out = []
        if self.approvals:
            out.append(_n(self.approvals, "position", "positions") + " (as approver)")
        if self.briefs:
            out.append(_n(self.briefs, "brief", "briefs") + " (as owner)")
        if self.actions:
            out.append(_n(self.actions, "action item", "action items") + " (as owner)")
        if self.notes:
            out.append(
                _n(self.notes, "note from the room", "notes from the room") + " (as speaker)"
            )
        return out


@dataclass(frozen=True)
class Deleted:
    """A deleted event, meeting or person, with what is needed to put it back (undo)."""

    kind: str  # "event", "meeting" or "person"
    id: int
    label: str
    event_id: int | None = None  # the meeting's event
    snapshot: object = None  # opaque: only handed back to ``StructureService.restore``


@dataclass(frozen=True)
class Restored:
    """A deletion put back: the record's id (new if its old one was taken meanwhile)."""

    kind: str
    id: int
    remap: dict[str, dict[int, int]]  # {table: {old id: new id}} for ids that had to change

    @property
    def item_ids(self) -> dict[int, int]:
        """Agenda items whose id changed (the undo stack follows them)."""
        return self.remap.get("agenda_item", {})
