"""The mandate of the current item, as live mode shows it beside the capture box.

No Qt here (an import-linter contract says so). The head of delegation needs, at a
glance: our stance, the ladder (opening, fallbacks in order, the red line, and the
authority to move down it) first, then the objective and the defensive Q&A. ``mandate_of``
takes them from the item's brief; ``mandate_html`` lays them out for a rich-text
panel (every text escaped; headings through the caller's ``tr``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ...domain.enums import Authority, PositionStatus, Stance
from ...domain.markup import escape_html as esc
from ...domain.markup import to_html, to_plain
from ...i18n.printing import QT_TRANSLATE_NOOP  # the Qt-free marker (a presenter)
from ...services.position_records import DefensiveLineRec, PositionRec
from ..common.theme_colours import current_colours

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Labels", "No mandate drafted for this item."),
    QT_TRANSLATE_NOOP("Labels", "Stance"),
    QT_TRANSLATE_NOOP("Labels", "brief v%d, %s"),
    QT_TRANSLATE_NOOP("Labels", "Authority"),
)


@dataclass(frozen=True)
class Mandate:
    objective: str
    stance: Stance
    opening: str
    fallbacks: tuple[str, ...]
    red_line: str
    authority: Authority
    defensive: tuple[DefensiveLineRec, ...]
    status: PositionStatus
    version_no: int

    @property
    def empty(self) -> bool:
        return not (
            self.objective.strip()
            or self.opening.strip()
            or self.red_line.strip()
            or any(f.strip() for f in self.fallbacks)
            or self.defensive
            or self.stance is not Stance.UNKNOWN
        )


def mandate_of(position: PositionRec | None) -> Mandate | None:
    """The mandate in an item's brief; None when no brief is drafted."""
    if position is None:
        return None
    c = position.content
    return Mandate(
        c.objective,
        c.stance,
        c.opening,
        tuple(f for f in c.fallbacks if f.strip()),
        c.red_line,
        c.authority,
        tuple(d for d in c.defensive_lines if d.question.strip() or d.answer.strip()),
        position.status,
        position.version_no,
    )


def _block(text: str) -> str:
    return to_html(text) if text.strip() else ""


def mandate_html(
    m: Mandate | None,
    tr: Callable[[str], str] = lambda s: s,
    stance_label: Callable[[Stance], str] = lambda s: s.label,
    colours: Mapping[str, str] | None = None,
) -> str:
    """The mandate as HTML for the live panel (short headings, the red line in red), in
    the theme's ``colours`` (``theme.current().colours``)."""
    colours = colours or current_colours()
    grey = f"color:{colours['muted']}"
    if m is None or m.empty:
        return f"<p style='{grey}'>{esc(tr('No mandate drafted for this item.'))}</p>"
    parts: list[str] = []

    def head(text: str) -> None:
        parts.append(
            f"<p style='margin:6px 0 0 0'><b style='color:{colours['heading']}'>{esc(text)}</b></p>"
        )

    colour = colours[f"stance.{m.stance.value}.ink"]
    status = tr(m.status.label).lower()  # i18n: labels
    parts.append(
        f"<p style='margin:0'><b>{esc(tr('Stance'))}:</b> "
        f"<b style='color:{colour}'>{esc(stance_label(m.stance))}</b> "
        f"<span style='{grey}'>· {esc(tr('brief v%d, %s') % (m.version_no, status))}</span></p>"
    )
    # The ladder, the red line and the authority first: the part a head glances at in
    # the room, in view without scrolling at 1366x768 (review s30 F6); then the
    # objective and the Q&A.
    head(tr("Ladder"))
    rows = []
    if m.opening.strip():
        rows.append((tr("Opening"), to_plain(m.opening), ""))
    for n, f in enumerate(m.fallbacks, 1):
        rows.append((tr("Fallback %d") % n, to_plain(f), ""))
    rows.append(
        (
            tr("Red line"),
            to_plain(m.red_line) if m.red_line.strip() else tr("(not set)"),
            f"color:{colours['error']}; font-weight:bold",
        )
    )
    rows.append((tr("Authority"), tr(m.authority.label), "font-weight:bold"))  # i18n: labels
    cells = "".join(
        f"<tr><td style='{grey}; padding-right:6px' valign='top'>{esc(label)}</td>"
        f"<td style='{style}'>{esc(text)}</td></tr>"
        for label, text, style in rows
    )
    parts.append(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
    if m.objective.strip():
        head(tr("Objective"))
        parts.append(_block(m.objective))
    if m.defensive:
        head(tr("Defensive Q&A"))
        for d in m.defensive:
            parts.append(
                f"<p style='margin:2px 0 0 0'><b>Q:</b> {esc(to_plain(d.question))}<br>"
                f"<b>A:</b> {esc(to_plain(d.answer))}</p>"
            )
    return "".join(parts)
