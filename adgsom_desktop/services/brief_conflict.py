"""A save of a brief that someone else saved meanwhile: a conflict, never an overwrite.

``PositionService.save_brief`` refuses a save whose expected version is no longer
the newest with ``BriefConflict``: it carries the user's text (``mine``, kept) and
the version saved meanwhile (``theirs``, read in the same locked transaction).
``conflict_view`` lays the two out section by section with a word diff, for the GUI's
side-by-side view (``ui/common/conflict_dialog``), in the record-neutral shape the
offline merge of trip copies (#17) reuses: a ``ConflictView`` of ``ConflictSection``s
in, a ``Resolution`` out (mine, theirs, or merged by hand per section).
``merge_content`` turns a resolution back into a brief, and
``PositionService.resolve_conflict`` writes it, the history keeping both texts.

No SQLAlchemy, no Qt: records and plain functions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from ..domain.position_sections import LINE_SECTIONS, TEXT_SECTIONS
from ..errors import ConflictError
from ..i18n.messages import Message
from .brief_merge import ThreeWay, three_way
from .position_diff import SAME, DiffSegment, Tokenizer, diff_text, section_texts, tokens
from .position_records import PositionContent, PositionRec


class Choice(StrEnum):
    MINE = "mine"  # keep what I typed (theirs stays in the history)
    THEIRS = "theirs"  # take what they saved (mine stays in the history)
    MERGED = "merged"  # merged by hand, section by section


@dataclass(frozen=True)
class ConflictSection:
    """One section both sides changed differently (or one side only), as plain text."""

    key: str
    label: str
    mine: str
    theirs: str
    segments: tuple[DiffSegment, ...]  # from theirs to mine: "removed" is only theirs
    editable: bool  # text the user may merge by hand (else: pick one side)

    @property
    def theirs_segments(self) -> tuple[DiffSegment, ...]:
        return tuple(s for s in self.segments if s.kind != "added")

    @property
    def mine_segments(self) -> tuple[DiffSegment, ...]:
        return tuple(s for s in self.segments if s.kind != "removed")


@dataclass(frozen=True)
class ConflictView:
    """What the side-by-side view shows: any record with text sections."""

    title: str
    mine_label: str
    theirs_label: str
    explanation: str
    sections: tuple[ConflictSection, ...]


@dataclass(frozen=True)
class Resolution:
    choice: Choice
    # MERGED: per section key, "mine" / "theirs" or the text merged by hand.
    picks: Mapping[str, str] = field(default_factory=dict)
    texts: Mapping[str, str] = field(default_factory=dict)


class BriefConflict(ConflictError):
    """Someone else saved this brief since the editor loaded it (version ``base``)."""

    def __init__(
        self,
        item_id: int,
        base: int | None,
        theirs: PositionRec,
        theirs_by: str,
        mine: PositionContent,
        base_content: PositionContent | None = None,
    ) -> None:
        template = (
            "{who} saved this brief meanwhile and approved it (now version {theirs}; yours "
            "started from version {base}): nothing was overwritten. Compare the two, then keep "
            "yours, take theirs or merge them."
            if theirs.approved_version_no == theirs.version_no
            else "{who} saved this brief meanwhile (now version {theirs}; yours started from "
            "version {base}): nothing was overwritten. Compare the two, then keep yours, take "
            "theirs or merge them."
        )
        super().__init__(
            template,
            who=theirs_by or Message("Someone else"),
            theirs=theirs.version_no,
            base=base or 0,
        )
        self.item_id = item_id
        self.base = base
        self.theirs = theirs
        self.theirs_by = theirs_by
        self.mine = mine
        # the version both started from (the history's), for the three-way merge
        self.base_content = base_content

    def merge(self) -> ThreeWay | None:
        """Mine and theirs merged from the version both started from (None: unknown)."""
        if self.base_content is None:
            return None
        return three_way(self.base_content, self.mine, self.theirs.content)


# Sections a user may merge by hand: free text, and lists one entry per line.
_TEXT = frozenset(TEXT_SECTIONS)
_LINES = frozenset(LINE_SECTIONS)


def conflict_view(
    conflict: BriefConflict,
    person_name: Callable[[int | None], str] = lambda _p: "",
    tokenize: Tokenizer = tokens,
) -> ConflictView:
    """The sections that differ between the user's text and the version saved meanwhile.

    With the version both started from (``conflict.base_content``), only the sections
    changed differently on BOTH sides: a section changed on one side only is merged
    already (``brief_merge.three_way``), and the merged text settles only those shown."""
    who = conflict.theirs_by or "someone else"
    sections = brief_sections(conflict.mine, conflict.theirs.content, person_name, tokenize)
    explanation = str(conflict)
    merge = conflict.merge()
    if merge is not None:
        sections = tuple(s for s in sections if s.key in merge.conflicts)
        if merge.from_theirs:
            explanation += " " + str(
                Message(
                    "Their change to {sections} is merged in already; only the sections both "
                    "of you changed are shown, and your choice applies to them only.",
                    sections=", ".join(merge.labels(merge.from_theirs, "")),
                )
            )
    return ConflictView(
        title="This brief was saved by someone else meanwhile",
        mine_label=f"Yours (from version {conflict.base or 0}, not saved)",
        theirs_label=f"Theirs (version {conflict.theirs.version_no}, saved by {who})",
        explanation=explanation,
        sections=sections,
    )


def brief_sections(
    mine: PositionContent,
    theirs: PositionContent,
    person_name: Callable[[int | None], str] = lambda _p: "",
    tokenize: Tokenizer = tokens,
) -> tuple[ConflictSection, ...]:
    """The sections of two briefs that differ, side by side with a word diff (also the
    offline merge's view of a brief changed on both sides, ``services/sync``)."""
    sections = []
    for (key, label, t_plain, t_raw), (_k, _l, m_plain, m_raw) in zip(
        section_texts(theirs, person_name), section_texts(mine, person_name), strict=True
    ):
        if key == "tags" or t_raw == m_raw:
            continue
        editable = key in _TEXT or key in _LINES
        left, right = (
            (_raw_text(mine, key), _raw_text(theirs, key))
            if editable
            else (
                m_plain,
                t_plain,
            )
        )
        segments = diff_text(t_plain, m_plain, tokenize)
        if all(s.kind == SAME for s in segments):  # formatting only
            segments = (DiffSegment("removed", t_plain), DiffSegment("added", m_plain))
        sections.append(ConflictSection(key, label, left, right, segments, editable))
    return tuple(sections)


def _raw_text(c: PositionContent, key: str) -> str:
    """A section as the user edits it: its markup, a list one entry per line."""
    if key in _LINES:
        return "\n".join(getattr(c, key))
    return str(getattr(c, key))


def merge_content(
    mine: PositionContent,
    theirs: PositionContent,
    resolution: Resolution,
    base: PositionContent | None = None,
) -> PositionContent:
    """The brief a resolution makes: mine, theirs, or mine with each section as picked
    (``picks``: "mine"/"theirs") or merged by hand (``texts``).

    With ``base`` (the version both started from) the choice settles only the sections
    changed on both sides: a section changed on one side only keeps that side's change
    whatever the choice (G1: "Keep mine" never drops a section someone else changed)."""
    if base is not None:
        merge = three_way(base, mine, theirs)
        start = merge.merged
        if resolution.choice is Choice.THEIRS:
            picked = {k: getattr(theirs, k) for k in merge.conflicts}
            return replace(start, **picked)
        if resolution.choice is Choice.MINE:
            return start
        mine = start
    if resolution.choice is Choice.MINE:
        return mine
    if resolution.choice is Choice.THEIRS:
        return theirs
    values: dict[str, Any] = {}
    for key, pick in resolution.picks.items():
        if pick == Choice.THEIRS.value and hasattr(theirs, key):
            values[key] = getattr(theirs, key)
    for key, text in resolution.texts.items():
        if key in _LINES:
            values[key] = tuple(line.strip() for line in text.splitlines() if line.strip())
        elif key in _TEXT:
            values[key] = text
    return replace(mine, **values)
