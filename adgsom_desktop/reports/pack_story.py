"""The story of a briefing pack: cover, contents, steering brief, programme,
agendas, item briefs, stance map, open actions, personality notes, annexes."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageBreakIfNotEmpty,
    Spacer,
)

from ..i18n.printing import QT_TRANSLATE_NOOP, translate
from .brief_story import brief_flowables
from .compilation import texts_section
from .contents import Contents
from .headings import Heading
from .pack_model import MeetingBlock, PackData, Section
from .pack_pages import (
    Bookmark,
    CoverPageCount,
    DraftMark,
    changes_on_cover,
    distribution,
    receipt,
)
from .page_geometry import LANDSCAPE_W, PORTRAIT_W
from .styles import esc, inline, para, rich, styles, xml
from .tables import STANCE_COLOURS, TableStart, grid, key_values, snug
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
ACTIONS_HEADER = (
    QT_TRANSLATE_NOOP("Pack", "Action"),
    QT_TRANSLATE_NOOP("Pack", "Owner"),
    QT_TRANSLATE_NOOP("Pack", "Due"),
    QT_TRANSLATE_NOOP("Pack", "Status"),
    QT_TRANSLATE_NOOP("Pack", "From"),
)
ORIGIN_ITEM = QT_TRANSLATE_NOOP("Pack", "item %s")  # an action's origin (pack_sections)  # fmt: skip


def h1(text: str, key: str) -> Heading:
    return Heading(esc(text), styles()["h1"], key=key, level=0, toc_text=text)


def cover(data: PackData, classification: str, reference: str, copy_line: Any = None) -> list[Any]:
    out: list[Any] = [
        Bookmark("cover", translate("Pack", "Cover: %s") % data.title),
        Spacer(1, 18 * mm),
    ]
    if data.our_delegation:
        out.append(para(data.our_delegation, "cover_meta"))
        out.append(Spacer(1, 10 * mm))
    if data.addendum_no:
        out.append(para(translate("Pack", "ADDENDUM No. %s") % data.addendum_no, "cover_copy"))
        out.append(Spacer(1, 3 * mm))
    out.append(para(data.title, "cover_title"))
    out.append(Spacer(1, 6 * mm))
    out.append(para(data.event_title, "cover_sub"))
    place = " - ".join(x for x in (data.event_place, data.event_dates) if x)
    if place:
        out.append(para(place, "cover_sub"))
    out.append(Spacer(1, 14 * mm))
    if reference:
        out.append(para(translate("Pack", "Brief No. %s") % reference, "cover_copy"))
    if data.addendum_to:
        out.append(para(translate("Pack", "Addendum to %s") % data.addendum_to, "cover_meta"))
        out += changes_on_cover(data)
    out.append(Spacer(1, 4 * mm))
    out.append(para(translate("Labels", data.audience.cover_line), "cover_copy"))
    if classification:
        out.append(Spacer(1, 10 * mm))
        out.append(
            xml(f'<font color="#8b1a1a">{esc(classification.upper())}</font>', "cover_title")
        )
    if copy_line is not None:
        out.append(Spacer(1, 10 * mm))
        out.append(copy_line)
    out.append(Spacer(1, 4 * mm))
    out.append(CoverPageCount())
    out.append(Spacer(1, 10 * mm))
    issued = ", ".join(
        x
        for x in (data.issued_on, data.issued_by and translate("Pack", "by %s") % data.issued_by)
        if x
    )
    if issued:
        out.append(para(translate("Pack", "Issued %s") % issued, "cover_meta"))
    out.append(Spacer(1, 6 * mm))
    out.append(
        para(
            translate(
                "Pack",
                "This brief is the property of the delegation. Do not copy it or pass it on. "
                "Return it to the delegation secretary at the end of the meeting.",
            ),
            "cover_meta",
        )
    )
    return [*out, NextPageTemplate("portrait"), PageBreak()]


def contents() -> list[Any]:
    st = styles()
    toc = Contents()
    toc.levelStyles = [st["toc0"], st["toc1"], st["toc2"]]
    toc.dotsMinLevel = 0
    heading = Heading(translate("Pack", "Contents"), st["h1"], key="contents", level=0, toc=False)
    return [heading, toc, PageBreak()]


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
                m.format,
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
        rows.append([t.day if t.day != day else "", t.slot, xml(what, "cell"), t.kind])
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
        line = " - ".join(x for x in (p.delegation, p.role) if x)
        if line:
            block.append(para(line, "small"))
        job = ", ".join(x for x in (p.title, p.agency) if x)
        if job:
            block.append(para(job))
        block += rich(p.bio)
        if p.last_met:
            block.append(
                xml(f"<b>{esc(translate('Pack', 'Last met:'))}</b> {esc(p.last_met)}", "small")
            )
        if p.last_said:
            block.append(
                xml(f"<b>{esc(translate('Pack', 'Last said:'))}</b> {inline(p.last_said)}", "small")
            )
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


def briefs(data: PackData) -> list[Any]:
    out: list[Any] = []
    by_meeting: dict[int, list[Any]] = {}
    order: list[int] = []
    for b in data.briefs:
        if b.meeting_id not in by_meeting:
            by_meeting[b.meeting_id] = []
            order.append(b.meeting_id)
        by_meeting[b.meeting_id].append(b)
    labels = {m.id: m.label for m in data.meetings}
    title = (
        translate("Pack", "Item briefs")
        if not data.addendum_no
        else translate("Pack", "Changed item briefs")
    )
    first = True
    for mid in order:
        items = by_meeting[mid]
        meeting = labels.get(mid) or items[0].meeting_label
        for n, b in enumerate(items):
            out.append(PageBreak() if not first else Spacer(0, 0))
            out.append(DraftMark(b.draft))  # at the top of the brief's first page
            if first:
                out.append(h1(title, "briefs"))
                first = False
            if n == 0:
                out.append(
                    Heading(
                        f"{esc(meeting)}",
                        styles()["label"],
                        key=f"briefs-m{mid}",
                        level=1,
                        toc_text=meeting,
                        outline_text=meeting,
                    )
                )
            out += brief_flowables(b, PORTRAIT_W, f"brief-i{b.item_id}")
    if out:
        out += [PageBreak(), DraftMark(False)]
    return out


def removed(data: PackData) -> list[Any]:
    if not data.addendum_removed:
        return []
    out: list[Any] = [h1(translate("Pack", "Items withdrawn since the pack"), "withdrawn")]
    out += [para(f"• {x}") for x in data.addendum_removed]
    return [*out, PageBreak()]


def cooperation(data: PackData) -> list[Any]:
    """Per meeting with a partner: "Cooperation with <partner>: status of projects" (table
    and timeline), or the proposals for the next phase with our position."""
    from .tracker_story import partner_section, proposals_section

    out: list[Any] = [h1(translate("Pack", "Cooperation programmes"), "cooperation")]
    for block in data.cooperation:
        if block.status is None and block.proposals is None:
            continue  # nothing of it for this audience
        out.append(para(translate("Pack", "For the %s") % block.meeting_label, "small"))
        if block.status is not None:
            out += partner_section(block.status, f"coop-m{block.meeting_id}", level=1)
        if block.proposals is not None:
            out += proposals_section(
                block.proposals,
                f"coop-p{block.meeting_id}",
                level=1,
                partner=block.partner,
            )
        out.append(Spacer(1, 10))
    return [*out, PageBreak()]


def pack_story(
    data: PackData, classification: str, reference: str, copy_line: Any = None
) -> list[Any]:
    s = set(data.sections)
    story: list[Any] = []
    if Section.COVER in s:
        story += cover(data, classification, reference, copy_line)
    if Section.DISTRIBUTION in s:
        story += distribution(data)
    if Section.CONTENTS in s:
        story += contents()
    if Section.STEERING in s and not data.addendum_no:
        story += [
            h1(translate("Pack", "Steering brief"), "steering"),
            *(
                rich(data.steering_brief)
                or [para(translate("Pack", "No steering brief recorded."), "small")]
            ),
            PageBreak(),
        ]
    if Section.PROGRAMME in s and data.meetings:
        story += programme(data)
    if Section.AGENDA in s and data.meetings:
        story.append(h1(translate("Pack", "Agendas"), "agendas"))
        for n, m in enumerate(data.meetings):
            if n:
                story.append(Spacer(1, 10))
            story += agenda(m, f"agenda-m{m.id}")
        story.append(PageBreak())
    if data.addendum_no:
        story += removed(data)
    shown = any(b.status is not None or b.proposals is not None for b in data.cooperation)
    if Section.COOPERATION in s and shown and not data.addendum_no:
        story += cooperation(data)
    if Section.BRIEFS in s:
        story += briefs(data)
    if Section.TEXTS in s and data.texts and not data.addendum_no:
        story += texts_section(data.texts, PORTRAIT_W)
    if Section.STANCE_MAP in s:
        story += stance_map(data)
    if Section.ACTIONS in s:
        story += actions(data)
    if Section.PERSONALITIES in s and data.personalities:
        story += personalities(data)
    if Section.ANNEXES in s:
        story += annexes(data)
    if Section.RECEIPT in s:
        # A page break followed only by zero-size marks (the briefs end with DRAFT off)
        # already starts a page: another break would leave it blank (reportlab counts the
        # mark as content).
        drawn = [f for f in story if not getattr(f, "zero_size", False)]
        fresh = bool(drawn) and isinstance(drawn[-1], PageBreak)
        story += [
            *([] if fresh else [PageBreakIfNotEmpty()]),
            *receipt(data, classification, reference),
        ]
    if not story:
        story.append(para(translate("Pack", "Nothing was selected for this pack."), "small"))
    # A trailing page break would print a blank last page.
    while story and isinstance(story[-1], (PageBreak, NextPageTemplate, DraftMark)):
        story.pop()
    return story
