"""The sections of a brief (our position on an item), listed once.

Every part of the app that walks a brief's sections takes them from here, in this
order (the order of the editor and of a version's diff): the editor's form and its
change labels, the checks before a save, the columns written, the diff between two
versions, a conflict's sections merged by hand.  ``services.position_records.
PositionContent`` holds one field per section (and the item's tags besides), which
``tests/test_position_sections.py`` keeps so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SectionKind(StrEnum):
    TEXT = "text"  # free text with markup (a column of ``position``)
    LINES = "lines"  # a list, one entry per line (fallbacks, points)
    CHOICE = "choice"  # one value of an enum (stance, authority)
    ROWS = "rows"  # rows of several fields (their objectives, defensive lines)
    PERSON = "person"  # a person of our delegation (the owner)


@dataclass(frozen=True)
class Section:
    name: str  # the field of ``PositionContent`` (and of ``Position`` for TEXT)
    label: str  # as the editor names it
    kind: SectionKind
    heading: str = ""  # a longer name where a section stands alone (a diff); "" = label

    @property
    def title(self) -> str:
        return self.heading or self.label

    @property
    def editable_as_text(self) -> bool:
        """A section a user may merge by hand (free text, or a list one entry per line)."""
        return self.kind in (SectionKind.TEXT, SectionKind.LINES)


SECTIONS: tuple[Section, ...] = (
    Section("objective", "Objective", SectionKind.TEXT),
    Section("stance", "Stance", SectionKind.CHOICE),
    Section("opening", "Opening position", SectionKind.TEXT),
    Section("fallbacks", "Fallbacks", SectionKind.LINES),
    Section("red_line", "Red line", SectionKind.TEXT),
    Section("authority", "Authority", SectionKind.CHOICE),
    Section("points", "Points to make", SectionKind.LINES),
    Section("tactical", "Tactical arguments", SectionKind.TEXT),
    Section(
        "their_objectives",
        "Their objectives",
        SectionKind.ROWS,
        "Their objectives and our response",
    ),
    Section("defensive_lines", "Defensive lines", SectionKind.ROWS, "Defensive lines and Q&A"),
    Section("press_line", "Press line", SectionKind.TEXT),
    Section("background_releasable", "Background (releasable)", SectionKind.TEXT),
    Section("background_nfd", "Background (not for disclosure)", SectionKind.TEXT),
    Section("owner_id", "Owner", SectionKind.PERSON),
)

BY_NAME = {s.name: s for s in SECTIONS}
LABELS = {s.name: s.label for s in SECTIONS}
TEXT_SECTIONS = tuple(s.name for s in SECTIONS if s.kind is SectionKind.TEXT)
LINE_SECTIONS = tuple(s.name for s in SECTIONS if s.kind is SectionKind.LINES)
