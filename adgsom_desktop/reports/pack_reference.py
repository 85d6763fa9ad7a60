"""The reference sections of a briefing pack: the stance map (a landscape table),
open action items, personality notes and the list of annexes."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageBreakIfNotEmpty,
    Spacer,
)

from ..i18n.printing import QT_TRANSLATE_NOOP, translate
from .pack_front import h1
from .pack_model import PackData
from .page_geometry import LANDSCAPE_W, PORTRAIT_W
from .styles import esc, inline, para, rich, xml
from .tables import STANCE_COLOURS, grid, snug

# table headers, listed for lupdate and translated when printed
ACTIONS_HEADER = (
    QT_TRANSLATE_NOOP("Pack", "Action"),
    QT_TRANSLATE_NOOP("Pack", "Owner"),
    QT_TRANSLATE_NOOP("Pack", "Due"),
    QT_TRANSLATE_NOOP("Pack", "Status"),
    QT_TRANSLATE_NOOP("Pack", "From"),
)
ORIGIN_ITEM = QT_TRANSLATE_NOOP("Pack", "item %s")  # an action's origin (pack_sections)  # fmt: skip


def stance_map(data: PackData) -> list[Any]:
    sm = data.stance_map
    if sm is None or not sm.rows:
        return []
    if not sm.columns:
        # No other delegation's stance on any item: a map of the "Ours" column alone
        # would spend a landscape page per 13 items saying nothing the briefs do not.
        return [
            h1(translate("Pack", "Stance map"), "stance-map"),
            para(
                translate(
                    "Pack",
                    "No stance of another delegation is recorded for the items in this pack; "
                    "our stance on each item is in its brief.",
                ),
                "small",
            ),
            PageBreak(),
        ]
    w = LANDSCAPE_W
    first, ours = 0.27 * w, 0.06 * w
    n = max(1, len(sm.columns))
    cw = (w - first - ours) / n
    header = [translate("Pack", "Item"), translate("Pack", "Ours"), *sm.columns]
    rows = []
    extra: list[tuple[Any, ...]] = []
    for r, (label, our, cells) in enumerate(sm.rows, start=1):
        meeting = sm.row_meetings[r - 1] if sm.row_meetings else ""
        first_cell: Any = [para(meeting, "small"), para(label, "cell")] if meeting else label
        rows.append([first_cell, our, *cells])
        for c, value in enumerate((our, *cells), start=1):
            colour = STANCE_COLOURS.get(value)
            if colour is not None:
                extra.append(("BACKGROUND", (c, r), (c, r), colour))
    extra.append(("ALIGN", (1, 0), (-1, -1), "CENTER"))
    table = grid(header, rows, [first, ours, *([cw] * n)], extra=extra)
    return [
        # A new landscape page, unless the page just begun is empty (every section
        # before ends with a page break): no blank portrait page before the map.
        PageBreakIfNotEmpty(nextTemplate="landscape"),
        h1(translate("Pack", "Stance map"), "stance-map"),
        table,
        Spacer(1, 4),
        para(translate("Pack", sm.legend), "small"),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def actions(data: PackData) -> list[Any]:
    w = PORTRAIT_W
    out: list[Any] = [h1(translate("Pack", "Open action items"), "actions")]
    if not data.actions:
        return [*out, para(translate("Pack", "No open action items."), "small"), PageBreak()]
    rows = []
    extra: list[tuple[Any, ...]] = []
    for a in data.actions:
        due = (
            xml(
                f'<font color="#8b1a1a"><b>{esc(a.due)}</b> {esc(translate("Pack", "overdue"))}</font>',
                "cell",
            )
            if a.overdue
            else a.due
        )
        rows.append(
            [rich(a.text, "cell", "cell"), a.owner, due, translate("Labels", a.status), a.origin]
        )
    widths = snug(
        [w * 0.4, w * 0.2, w * 0.12, w * 0.1, w * 0.18], {2: [a.due for a in data.actions]}
    )
    out.append(grid([translate("Pack", x) for x in ACTIONS_HEADER], rows, widths, extra=extra))
    return [*out, PageBreak()]


def personalities(data: PackData) -> list[Any]:
    out: list[Any] = [h1(translate("Pack", "Personality notes"), "personalities")]
    for p in data.personalities:
        name = f"<b>{esc(p.name)}</b>"
        if p.local_name:
            name += f" ({esc(p.local_name)})"
        block: list[Any] = [xml(name, "h3")]
        line = " - ".join(x for x in (p.delegation, translate("Labels", p.role)) if x)
        if line:
            block.append(para(line, "small"))
        job = ", ".join(x for x in (p.title, p.agency) if x)
        if job:
            block.append(para(job))
        block += rich(p.bio)
        if p.last_met:
            met = translate("Pack", "Last met:")
            block.append(xml(f"<b>{esc(met)}</b> {esc(p.last_met)}", "small"))
        if p.last_said:
            said = translate("Pack", "Last said:")
            block.append(xml(f"<b>{esc(said)}</b> {inline(p.last_said)}", "small"))
        block.append(Spacer(1, 4))
        out.append(KeepTogether(block))
    return [*out, PageBreak()]


def annexes(data: PackData) -> list[Any]:
    w = PORTRAIT_W
    out: list[Any] = [h1(translate("Pack", "List of annexes"), "annexes")]
    if not data.annexes:
        return [
            *out,
            para(
                translate(
                    "Pack", "No reference documents are recorded for the items in this pack."
                ),
                "small",
            ),
        ]
    rows = [[a.number, a.symbol, rich(a.title, "cell", "cell"), a.items] for a in data.annexes]
    out.append(
        grid(
            [
                translate("Pack", "Annex"),
                translate("Pack", "Symbol"),
                translate("Pack", "Title"),
                translate("Pack", "For items"),
            ],
            rows,
            [w * 0.08, w * 0.27, w * 0.45, w * 0.2],
        )
    )
    return out
