"""The meetings of a briefing pack: the programme and logistics (with the week at a
glance and each meeting's timetable) and each meeting's agenda."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from ..i18n.printing import QT_TRANSLATE_NOOP, translate
from .headings import Heading
from .pack_front import h1
from .pack_model import MeetingBlock, PackData
from .page_geometry import PORTRAIT_W
from .styles import esc, para, rich, styles, xml
from .tables import TableStart, grid, key_values, snug
from .week_story import week

# table headers, listed for lupdate and translated when printed
PROGRAMME_HEADER = (
    QT_TRANSLATE_NOOP("Pack", "Date"),
    QT_TRANSLATE_NOOP("Pack", "Time"),
    QT_TRANSLATE_NOOP("Pack", "Meeting"),
    QT_TRANSLATE_NOOP("Pack", "Venue"),
    QT_TRANSLATE_NOOP("Pack", "Chair"),
    QT_TRANSLATE_NOOP("Pack", "Format"),
)
AGENDA_HEADER = (
    QT_TRANSLATE_NOOP("Pack", "No."),
    QT_TRANSLATE_NOOP("Pack", "Item"),
    QT_TRANSLATE_NOOP("Pack", "Purpose"),
    QT_TRANSLATE_NOOP("Pack", "Lead"),
    QT_TRANSLATE_NOOP("Pack", "Min."),
)


def programme(data: PackData) -> list[Any]:
    out: list[Any] = [h1(translate("Pack", "Programme and logistics"), "programme")]
    rows = []
    for m in data.meetings:
        rows.append(
            [
                m.days,
                m.times,
                xml(
                    f"<b>{esc(m.label)}</b><br/>{esc(m.title)}"
                    if m.label != m.title
                    else f"<b>{esc(m.title)}</b>",
                    "cell",
                ),
                m.venue,
                m.chair,
                translate("Labels", m.format),
            ]
        )
    w = PORTRAIT_W
    widths = snug(
        [w * 0.12, w * 0.1, w * 0.26, w * 0.2, w * 0.22, w * 0.1],
        {0: [m.days for m in data.meetings], 1: [m.times for m in data.meetings]},
    )
    out.append(grid([translate("Pack", x) for x in PROGRAMME_HEADER], rows, widths))
    out += week(data, PORTRAIT_W)
    for m in data.meetings:
        out += timetable(m)
    if data.logistics:
        out += [Spacer(1, 6), para(translate("Pack", "Logistics"), "h3"), *rich(data.logistics)]
    return [*out, PageBreak()]


def timetable(m: MeetingBlock) -> list[Any]:
    """A meeting's day by the clock: timed agenda items and the programme around them
    (coffee break, lunch, group photo, bilaterals), as the agenda import found them."""
    if not m.timetable:
        return []
    w = PORTRAIT_W
    rows = []
    shade = []
    day = None
    for n, t in enumerate(m.timetable, start=1):
        what = f"{esc(t.number)}&nbsp;&nbsp;{esc(t.label)}" if t.number else esc(t.label)
        if t.kind:
            what = f"<i>{what}</i>"
            shade.append(("BACKGROUND", (0, n), (-1, n), "#f3f1ea"))
        rows.append(
            [t.day if t.day != day else "", t.slot, xml(what, "cell"), translate("Labels", t.kind)]
        )
        day = t.day
    days = {t.day for t in m.timetable}
    header = [translate("Pack", "Day"), translate("Pack", "Time"), m.label, ""]
    slots = [t.slot for t in m.timetable]
    widths = snug([w * 0.14, w * 0.14, w * 0.58, w * 0.14], {0: list(days), 1: slots})
    if len(days) == 1:
        rows = [r[1:] for r in rows]
        header, widths = header[1:], snug([w * 0.16, w * 0.68, w * 0.16], {0: slots})
        shade = [(c, (0, a[1]), (-1, b[1]), colour) for c, a, b, colour in shade]
    return [Spacer(1, 8), KeepTogether([grid(header, rows, widths, extra=shade)])]


def agenda(m: MeetingBlock, key: str) -> list[Any]:
    w = PORTRAIT_W
    heading = Heading(
        f"{esc(m.label)}",
        styles()["h2"],
        key=key,
        level=1,
        toc_text=translate("Pack", "%s - agenda") % m.label,
        outline_text=translate("Pack", "%s - agenda") % m.label,
    )
    facts = [
        (translate("Pack", "Title"), m.title),
        (translate("Pack", "Date"), " ".join(x for x in (m.days, m.times) if x)),
        (translate("Pack", "Venue"), m.venue),
        (translate("Pack", "Chair"), m.chair),
    ]
    table = key_values(facts, [22 * mm, w - 22 * mm])
    # the heading goes over with its meeting's facts, never alone at a page's foot (s30 F1)
    out: list[Any] = [TableStart(heading, table), heading, table, Spacer(1, 4)]
    rows = []
    for a in m.agenda:
        # a sub-item is indented as a block: its wrapped lines hang under its first
        title = esc(a.title)
        if a.has_brief:
            title += f' <font color="#123b6d" size="7.5">[{esc(translate("Pack", "brief"))}]</font>'
        rows.append(
            [
                indented(esc(a.number), "cell", a.depth),
                indented(title, "cell_bold" if a.depth == 0 else "cell", a.depth),
                translate("Labels", a.purpose) if a.purpose else "",
                a.lead,
                f"{a.est_minutes}" if a.est_minutes else "",
            ]
        )
    if rows:
        out.append(
            grid(
                [translate("Pack", x) for x in AGENDA_HEADER],
                rows,
                [w * 0.1, w * 0.46, w * 0.2, w * 0.16, w * 0.08],
            )
        )
    else:
        out.append(para(translate("Pack", "No agenda recorded yet."), "small"))
    return out


AGENDA_INDENT = 9.0  # points per level of an agenda sub-item


def indented(text: str, style: str, depth: int) -> Any:
    """A cell paragraph indented ``depth`` levels, every line (a hanging indent)."""
    from reportlab.lib.styles import ParagraphStyle

    from .paragraph import ScriptParagraph

    if depth <= 0:
        return xml(text, style)
    base = styles()[style]
    shifted = ParagraphStyle(f"{base.name}-d{depth}", parent=base, leftIndent=AGENDA_INDENT * depth)
    return ScriptParagraph(text, shifted)
