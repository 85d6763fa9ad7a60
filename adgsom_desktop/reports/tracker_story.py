"""The tracker's flowables: a partner's projects with the timeline, the proposals for the
next phase with our position, the coverage matrix, what is due; and the tracker report."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

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


def projects_table(lines: Any, *, with_partner: bool = False) -> Any:
    header = ["Project", "Lead", "Funding", "Dates", "Status", "Last review"]
    widths = [W * 0.29, W * 0.09, W * 0.13, W * 0.13, W * 0.12, W * 0.24]
    rows = []
    for p in lines:
        first = f"<b>{esc(p.code)}</b><br/>{esc(p.title)}"
        if with_partner and p.partner:
            first += f"<br/><font size=7>{esc(p.partner)}</font>"
        if p.involvement and p.involvement != "None":
            first += f"<br/><font size=7>Our involvement: {esc(p.involvement)}</font>"
        rows.append(
            [xml(first, "cell"), p.leads, p.funding, p.dates, p.status, p.last_review or "-"]
        )
    return grid(header, rows, widths)


def partner_section(section: PartnerSection, key: str, level: int = 0) -> list[Any]:
    """ "Cooperation with <partner>: status of projects": a table and the timeline."""
    title = f"Cooperation with {section.partner}: status of projects"
    out: list[Any] = [Heading(esc(title), styles()["h2"], key=key, level=level, toc_text=title)]
    if not section.projects:
        out.append(para(f"No project with {section.partner} is in the tracker.", "small"))
        return out
    out.append(projects_table(section.projects))
    out.append(Spacer(1, 6))
    # the key stays with (the start of) its timeline
    out.append(
        KeepTogether(
            [para("Timeline", "h3"), Legend(), Spacer(1, 2), Timeline(section.bars, section.today)]
        )
    )
    return out


def proposals_section(
    proposals: tuple[Proposal, ...], key: str, level: int = 0, partner: str = ""
) -> list[Any]:
    """The proposals for the next phase, with our position on each (JWG, Governing Council)."""
    # no position at all (or none this audience may read): no empty column
    with_position = any(p.position for p in proposals)
    ours = "our position" if with_position or not proposals else "our stance"
    title = f"Proposals for the next phase: {ours}"
    if partner:
        title = f"Cooperation with {partner}: proposals for the next phase, {ours}"
    out: list[Any] = [Heading(esc(title), styles()["h2"], key=key, level=level, toc_text=title)]
    if not proposals:
        out.append(para("No proposal for a next phase is recorded.", "small"))
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
            xml(f"<b>{esc(p.stance or 'No position yet')}</b>", "cell"),
            *([rich(p.position, "cell", "cell") if p.position else "-"] if with_position else []),
        ]
        for p in proposals
    ]
    if with_position:
        header = ["Project", "Proposal", "Our stance", "Our position"]
        widths = [W * 0.26, W * 0.3, W * 0.14, W * 0.3]
    else:
        header, widths = ["Project", "Proposal", "Our stance"], [W * 0.3, W * 0.52, W * 0.18]
    out.append(grid(header, rows, widths))
    return out


def coverage_table(cov: CoverageTable) -> Any:
    n = max(1, len(cov.partners))
    first = W * 0.34
    rest = (W - first - W * 0.07) / n
    header = ["Outcome", *cov.partners, "All"]
    rows = []
    extra: list[tuple[Any, ...]] = []
    for r, ((code, title), counts, total) in enumerate(
        zip(cov.outcomes, cov.counts, cov.totals, strict=True), start=1
    ):
        label = f"<b>{esc(code)}</b> {esc(title)}"
        if total == 0:
            label += "<br/><font size=7 color='#8b1a1a'><b>Gap: no project</b></font>"
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
            xml(("<b>overdue</b> " if d.overdue else "") + esc(d.due.isoformat()), "cell"),
            d.code,
            d.what,
        ]
        for d in lines
    ]
    return grid(["Due", "Project", "What"], rows, [W * 0.18, W * 0.2, W * 0.62])


def tracker_story(data: TrackerReport) -> list[Any]:
    st = styles()
    story: list[Any] = [
        Heading(esc(data.title), st["h1"], key="tracker", level=0, toc_text=data.title),
        key_values(
            [
                ("Delegation", data.our_delegation),
                ("Prepared", " by ".join(x for x in (data.prepared_on, data.prepared_by) if x)),
                *data.summary,
            ],
            [40 * mm, W - 40 * mm],
        ),
        Spacer(1, 6),
    ]
    for n, cov in enumerate(data.coverage):
        title = f"Coverage: {cov.framework}"
        gaps = [code for (code, _t), t in zip(cov.outcomes, cov.totals, strict=True) if t == 0]
        story.append(Heading(esc(title), st["h2"], key=f"coverage-{n}", level=0, toc_text=title))
        story.append(
            para(
                "Projects (not dropped) serving each outcome, by partner. "
                + (
                    f"Outcomes with no project, to raise: {', '.join(gaps)}."
                    if gaps
                    else "Every outcome has at least one project."
                ),
                "small",
            )
        )
        story.append(coverage_table(cov))
    story.append(
        Heading(
            esc("Due " + data.due_until),
            st["h2"],
            key="due",
            level=0,
            toc_text="Due " + data.due_until,
        )
    )
    story.append(due_table(data.due) if data.due else para("Nothing is due.", "small"))
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
        subject="Cooperation tracker",
        author=data.prepared_by,
        on_progress=on_progress,
    )
    doc.multiBuild(tracker_story(data))
    return buf.getvalue(), doc.total_pages
