"""The tracker's flowables: a partner's projects with the timeline, the proposals for the
next phase with our position, the coverage matrix, what is due; and the tracker report."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from ..i18n.printing import QT_TRANSLATE_NOOP, short_date, translate
from .document import MarkedDocTemplate, ProgressFn
from .headings import Heading
from .pack_model import Marking
from .page_geometry import PORTRAIT_W
from .styles import esc, para, rich, styles, xml
from .tables import grid, key_values
from .tracker_model import (
    CoverageTable,
    DueLine,
    PartnerSection,
    Proposal,
    TrackerReport,
)
from .tracker_timeline import Legend, Timeline

W = PORTRAIT_W  # the frame's width (document.py)
GAP = colors.HexColor("#fbe3d6")  # an outcome no project serves
GAP_INK = colors.HexColor("#8b1a1a")


# table headers, listed for lupdate and translated when printed
PROJECTS_HEADER = (
    QT_TRANSLATE_NOOP("Pack", "Project"),
    QT_TRANSLATE_NOOP("Pack", "Lead"),
    QT_TRANSLATE_NOOP("Pack", "Funding"),
    QT_TRANSLATE_NOOP("Pack", "Dates"),
    QT_TRANSLATE_NOOP("Pack", "Status"),
    QT_TRANSLATE_NOOP("Pack", "Last review"),
)
PROPOSALS_HEADER = (
    QT_TRANSLATE_NOOP("Pack", "Project"), QT_TRANSLATE_NOOP("Pack", "Proposal"),
    QT_TRANSLATE_NOOP("Pack", "Our stance"), QT_TRANSLATE_NOOP("Pack", "Our position"),
)  # fmt: skip


def projects_table(lines: Any, *, with_partner: bool = False) -> Any:
    header = [translate("Pack", x) for x in PROJECTS_HEADER]
    widths = [W * 0.29, W * 0.09, W * 0.13, W * 0.13, W * 0.12, W * 0.24]
    rows = []
    for p in lines:
        first = f"<b>{esc(p.code)}</b><br/>{esc(p.title)}"
        if with_partner and p.partner:
            first += f"<br/><font size=7>{esc(p.partner)}</font>"
        if p.involvement and p.involvement != "None":
            involvement = translate("Pack", "Our involvement: %s") % translate(
                "Labels", p.involvement
            )
            first += f"<br/><font size=7>{esc(involvement)}</font>"
        rows.append(
            [
                xml(first, "cell"),
                p.leads,
                p.funding,
                p.dates,
                translate("Labels", p.status),
                p.last_review or "-",
            ]
        )
    return grid(header, rows, widths)


def partner_section(section: PartnerSection, key: str, level: int = 0) -> list[Any]:
    """ "Cooperation with <partner>: status of projects": a table and the timeline."""
    title = translate("Pack", "Cooperation with %s: status of projects") % section.partner
    out: list[Any] = [Heading(esc(title), styles()["h2"], key=key, level=level, toc_text=title)]
    if not section.projects:
        out.append(
            para(
                translate("Pack", "No project with %s is in the tracker.") % section.partner,
                "small",
            )
        )
        return out
    out.append(projects_table(section.projects))
    out.append(Spacer(1, 6))
    # the key stays with (the start of) its timeline
    out.append(
        KeepTogether(
            [
                para(translate("Pack", "Timeline"), "h3"),
                Legend(),
                Spacer(1, 2),
                Timeline(section.bars, section.today),
            ]
        )
    )
    return out


def proposals_section(
    proposals: tuple[Proposal, ...], key: str, level: int = 0, partner: str = ""
) -> list[Any]:
    """The proposals for the next phase, with our position on each (JWG, Governing Council)."""
    # no position at all (or none this audience may read): no empty column
    with_position = any(p.position for p in proposals)
    ours = (
        translate("Pack", "our position")
        if with_position or not proposals
        else translate("Pack", "our stance")
    )
    title = translate("Pack", "Proposals for the next phase: %s") % ours
    if partner:
        title = (
            translate("Pack", "Cooperation with %1: proposals for the next phase, %2")
            .replace("%1", partner)
            .replace("%2", ours)
        )
    out: list[Any] = [Heading(esc(title), styles()["h2"], key=key, level=level, toc_text=title)]
    if not proposals:
        out.append(para(translate("Pack", "No proposal for a next phase is recorded."), "small"))
        return out
    rows = [
        [
            xml(
                f"<b>{esc(p.code)}</b><br/>{esc(p.title)}"
                + (
                    f"<br/><font size=7>{esc(p.partner)}</font>"
                    if p.partner and not partner
                    else ""
                ),
                "cell",
            ),
            rich(p.proposal, "cell", "cell"),
            xml(
                f"<b>{esc(translate('Labels', p.stance) if p.stance else translate('Pack', 'No position yet'))}</b>",
                "cell",
            ),
            *([rich(p.position, "cell", "cell") if p.position else "-"] if with_position else []),
        ]
        for p in proposals
    ]
    if with_position:
        header = [translate("Pack", x) for x in PROPOSALS_HEADER]
        widths = [W * 0.26, W * 0.3, W * 0.14, W * 0.3]
    else:
        header = [translate("Pack", x) for x in PROPOSALS_HEADER[:3]]
        widths = [W * 0.3, W * 0.52, W * 0.18]
    out.append(grid(header, rows, widths))
    return out


def coverage_table(cov: CoverageTable) -> Any:
    n = max(1, len(cov.partners))
    first = W * 0.34
    rest = (W - first - W * 0.07) / n
    header = [translate("Pack", "Outcome"), *cov.partners, translate("Pack", "All")]
    rows = []
    extra: list[tuple[Any, ...]] = []
    for r, ((code, title), counts, total) in enumerate(
        zip(cov.outcomes, cov.counts, cov.totals, strict=True), start=1
    ):
        label = f"<b>{esc(code)}</b> {esc(title)}"
        if total == 0:
            gap = esc(translate("Pack", "Gap: no project"))
            label += f"<br/><font size=7 color='#8b1a1a'><b>{gap}</b></font>"
            extra.append(("BACKGROUND", (0, r), (-1, r), GAP))
        rows.append(
            [xml(label, "cell")]
            + [para(str(c) if c else "–", "cell_center") for c in counts]
            + [para(str(total), "cell_center")]
        )
        for col, c in enumerate(counts, start=1):
            if c == 0 and total:
                extra.append(("TEXTCOLOR", (col, r), (col, r), colors.HexColor("#999999")))
    return grid(header, rows, [first, *([rest] * len(cov.partners)), W * 0.07], extra=extra)


def due_table(lines: tuple[DueLine, ...]) -> Any:
    rows = [
        [
            xml(
                (f"<b>{esc(translate('Pack', 'overdue'))}</b> " if d.overdue else "")
                + esc(short_date(d.due)),
                "cell",
            ),
            d.code,
            d.what,
        ]
        for d in lines
    ]
    header = [translate("Pack", "Due"), translate("Pack", "Project"), translate("Pack", "What")]
    return grid(header, rows, [W * 0.18, W * 0.2, W * 0.62])


def tracker_story(data: TrackerReport) -> list[Any]:
    st = styles()
    story: list[Any] = [
        Heading(esc(data.title), st["h1"], key="tracker", level=0, toc_text=data.title),
        key_values(
            [
                (translate("Pack", "Delegation"), data.our_delegation),
                (
                    translate("Pack", "Prepared"),
                    translate("Pack", "%1 by %2")
                    .replace("%1", data.prepared_on)
                    .replace("%2", data.prepared_by)
                    if data.prepared_by
                    else data.prepared_on,
                ),
                *data.summary,
            ],
            [40 * mm, W - 40 * mm],
        ),
        Spacer(1, 6),
    ]
    for n, cov in enumerate(data.coverage):
        title = translate("Pack", "Coverage: %s") % cov.framework
        gaps = [code for (code, _t), t in zip(cov.outcomes, cov.totals, strict=True) if t == 0]
        story.append(Heading(esc(title), st["h2"], key=f"coverage-{n}", level=0, toc_text=title))
        story.append(
            para(
                translate("Pack", "Projects (not dropped) serving each outcome, by partner.")
                + " "
                + (
                    translate("Pack", "Outcomes with no project, to raise: %s.") % ", ".join(gaps)
                    if gaps
                    else translate("Pack", "Every outcome has at least one project.")
                ),
                "small",
            )
        )
        story.append(coverage_table(cov))
    due = translate("Pack", "Due %s") % data.due_until
    story.append(Heading(esc(due), st["h2"], key="due", level=0, toc_text=due))
    nothing = para(translate("Pack", "Nothing is due."), "small")
    story.append(due_table(data.due) if data.due else nothing)
    for n, section in enumerate(data.partners):
        story += partner_section(section, f"partner-{n}")
    story += proposals_section(data.proposals, "proposals")
    return story


def render_tracker_report(
    data: TrackerReport, marking: Marking, on_progress: ProgressFn | None = None
) -> tuple[bytes, int]:
    buf = io.BytesIO()
    doc = MarkedDocTemplate(
        buf,
        marking,
        title=data.title,
        subject=translate("Pack", "Cooperation tracker"),
        author=data.prepared_by,
        on_progress=on_progress,
    )
    doc.multiBuild(tracker_story(data))
    return buf.getvalue(), doc.total_pages
