"""Two saves of one brief merged three-way, section by section (G1).

Two members started from the same version of a brief (the *base*: the history has
it) and saved different changes.  Each section is compared with the base: a section
changed on one side only takes that side's text, a section changed the same way on
both sides is no conflict either, and only a section changed differently on BOTH
sides is one, for the user to settle (``brief_conflict``, the conflict dialog).
A comparison mine-against-theirs alone cannot tell "they added a line" from "I
removed it", and so once dropped the other member's section on "Keep mine".

No SQLAlchemy, no Qt: records and plain functions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..domain.position_sections import LABELS, SECTIONS
from ..i18n.messages import Message
from .position_records import PositionContent


@dataclass(frozen=True)
class ThreeWay:
    """What merging ``mine`` and ``theirs`` from ``base`` gives.

    ``merged``: every section changed on one side only taken from that side; a section
    in ``conflicts`` (changed differently on both sides) holds mine until settled.
    ``from_theirs``: the sections taken from theirs (their change, not mine)."""

    merged: PositionContent
    from_theirs: tuple[str, ...]
    conflicts: tuple[str, ...]
    from_mine: tuple[str, ...] = ()  # the sections mine changes over theirs

    @property
    def adds_nothing(self) -> bool:
        """Theirs holds all of mine already (mine landed, or both made the same edits)."""
        return not self.conflicts and not self.from_mine

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def labels(self, keys: tuple[str, ...], language: str = "en") -> tuple[str, ...]:
        """The sections' names in ``language`` ("": the interface's; "en" what is stored)."""
        return tuple(Message(LABELS[k]).text(language) for k in keys)


@dataclass(frozen=True)
class Merged:
    """A save merged with the version saved meanwhile: by whom, the sections taken from
    it (labels), and the history's note on the version written."""

    who: str
    sections: tuple[str, ...]
    note: str


def three_way(base: PositionContent, mine: PositionContent, theirs: PositionContent) -> ThreeWay:
    """Merge two briefs that both started from ``base``, section by section (the item's
    tags are not a section of the brief: mine are kept)."""
    values: dict[str, Any] = {}
    from_theirs: list[str] = []
    conflicts: list[str] = []
    from_mine: list[str] = []
    for section in SECTIONS:
        key = section.name
        b, m, t = getattr(base, key), getattr(mine, key), getattr(theirs, key)
        if m == t:
            continue  # the same on both sides
        if t == b:  # only mine changed: mine
            from_mine.append(key)
        elif m == b:  # only theirs changed
            values[key] = t
            from_theirs.append(key)
        else:
            conflicts.append(key)
    return ThreeWay(replace(mine, **values), tuple(from_theirs), tuple(conflicts), tuple(from_mine))


__all__ = ["Merged", "ThreeWay", "three_way"]
