"""What changed in a brief since the version a pack printed: the sections, by part.

An addendum marks them: a change bar in the margin beside each changed section
of the brief, and on its cover the list of changed sections per item.  Each
changed section names the audience part it belongs to (``audiences.PARTS``),
so an audience that may not read a section is not told it changed either.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import NotFoundError
from ..reports.pack_model import ChangedSection
from .position_diff import diff_contents, section_texts
from .position_records import PositionContent
from .position_rows import get_version

# position section (position_sections.SECTIONS) -> (audience part, title in the brief)
SECTION_PARTS = {
    "objective": ("objective", "Objective"),
    "stance": ("stance", "Our stance"),
    "opening": ("opening", "Opening position"),
    "fallbacks": ("fallbacks", "Fallbacks"),
    "red_line": ("red_line", "Red line"),
    "authority": ("authority", "Authority to concede"),
    "points": ("points", "Points to make"),
    "tactical": ("tactical", "Tactical arguments"),
    "their_objectives": ("their_objectives", "Their objectives and our response"),
    "defensive_lines": ("defensive_lines", "Defensive lines (Q&A)"),
    "press_line": ("press_line", "Press line"),
    "background_releasable": ("background", "Background"),
    "background_nfd": ("background_nfd", "Background not for disclosure"),
    "owner": ("position_status", "Position owner"),
}


def _content(s: Session, item_id: int, version_no: int) -> PositionContent | None:
    if not version_no:
        return None
    try:
        return PositionContent.from_snapshot(get_version(s, item_id, version_no).snapshot)
    except (NotFoundError, LookupError):
        return None


def changed_sections(
    s: Session, item_id: int, printed: int, now: int
) -> tuple[ChangedSection, ...]:
    """The sections of the position on ``item_id`` that differ between the version
    printed and the version now (every section that holds something, if none was printed)."""
    new = _content(s, item_id, now)
    if new is None:
        return ()

    def nobody(_pid: int | None) -> str:
        return ""

    old = _content(s, item_id, printed)
    if old is not None:
        diff = diff_contents(item_id, printed, old, now, new, nobody)
        keys = [d.key for d in diff.changed_sections]
    else:
        keys = [key for key, _label, plain, _raw in section_texts(new, nobody) if plain.strip()]
    return tuple(ChangedSection(*SECTION_PARTS[k]) for k in keys if k in SECTION_PARTS)
