"""The tracker's printed pages: the report to capital, and the parts a pack prints
(a partner's projects with the timeline; the proposals for the next phase)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import Involvement, ProjectStatus
from ..domain.models import Delegation, Framework, Project
from ..domain.text import clean_text
from ..reports.pack_model import Marking
from ..reports.tracker_model import (
    Bar,
    CoverageTable,
    DueLine,
    PartnerSection,
    ProjectLine,
    Proposal,
    TrackerReport,
)
from .changes import Change, ChangeKind
from .context import ServiceContext
from .framework_service import read_elements
from .pack_files import atomic_pdfs, check_target
from .pack_request import check_classification
from .project_queries import read_progress, read_rows, timeline_rows
from .project_records import ProjectRow
from .project_service import ProjectService
from .settings_service import read_settings

Progress = Callable[[int, int, str], None]


def _funding(r: ProjectRow) -> str:
    if not r.amount:
        return r.funder or "-"
    try:
        amount = f"{float(r.amount):,.0f}"
    except ValueError:
        amount = r.amount
    return f"{r.currency} {amount}".strip()


def _dates(r: ProjectRow) -> str:
    def m(d: date | None) -> str:
        return d.strftime("%b %Y") if d else "?"

    return "-" if not (r.start_date or r.end_date) else f"{m(r.start_date)} to {m(r.end_date)}"


def project_lines(s: Session, rows: Iterable[ProjectRow]) -> tuple[ProjectLine, ...]:
    out = []
    for r in rows:
        last = ""
        if r.reviews:
            progress = read_progress(s, r.id)
            p = progress[-1] if progress else None
            if p:
                last = f"{p.meeting_label}: {p.decision or p.progress}".strip(": ")
        out.append(
            ProjectLine(
                r.code,
                r.title,
                r.partner_name,
                ", ".join(r.leads) or "-",
                _funding(r),
                _dates(r),
                r.status.label,
                r.involvement.label,
                ", ".join(r.outcomes),
                last,
            )
        )
    return tuple(out)


def bars(s: Session, rows: list[ProjectRow]) -> tuple[Bar, ...]:
    return tuple(
        Bar(
            t.code,
            t.title,
            t.status.value,
            t.start_date,
            t.end_date,
            tuple(
                (m.due_date, m.title, m.done_date is not None) for m in t.milestones if m.due_date
            ),
        )
        for t in timeline_rows(s, rows)
    )


def partner_section(s: Session, partner_code: str, today: date) -> PartnerSection:
    """A partner's projects (dropped ones left out) for "Cooperation with <partner>"."""
    d = s.scalar(select(Delegation).where(Delegation.code == partner_code))
    name = d.name if d else partner_code
    rows = [
        r
        for r in read_rows(s)
        if r.partner_code == partner_code and r.status is not ProjectStatus.DROPPED
    ]
    rows.sort(key=lambda r: (r.start_date or date.max, r.code))
    return PartnerSection(name, project_lines(s, rows), bars(s, rows), today)


def proposals(s: Session, partner_code: str | None = None) -> tuple[Proposal, ...]:
    """Projects proposed, or with a proposal for their next phase, and our position."""
    out = []
    for r in read_rows(s):
        if partner_code is not None and r.partner_code != partner_code:
            continue
        p = s.get_one(Project, r.id)
        if not (p.next_phase.strip() or r.status is ProjectStatus.PROPOSED):
            continue
        out.append(
            Proposal(
                r.code,
                r.title,
                r.partner_name,
                p.next_phase or p.description or "(new project)",
                p.our_stance.label if p.our_stance else "",
                p.our_position,
            )
        )
    return tuple(out)


def coverage_table(service: ProjectService, code: str) -> CoverageTable:
    cov = service.coverage(code)
    partners = tuple(p for p, _n in cov.partners)
    return CoverageTable(
        cov.framework.title,
        tuple((o.code, o.title) for o in cov.outcomes),
        tuple(p or "None" for p in partners),
        tuple(tuple(cov.cell(o.id, p).count for p in partners) for o in cov.outcomes),
        tuple(cov.total(o.id) for o in cov.outcomes),
    )


class ProjectReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._projects = ProjectService(ctx)

    def data(self, today: date | None = None) -> TrackerReport:
        today = today or date.today()
        due = self._projects.due(today)
        with self._ctx.read() as s:
            settings = read_settings(s)
            ours = s.scalar(
                select(Delegation.name).where(Delegation.code == settings.our_delegation_code)
            )
            rows = read_rows(s)
            statuses = [st for st in ProjectStatus if any(r.status is st for r in rows)]
            ours_in = [r for r in rows if r.involvement is not Involvement.NONE]
            summary = [
                (
                    "Projects",
                    f"{len(rows)}: "
                    + ", ".join(
                        f"{sum(r.status is st for r in rows)} {st.label.lower()}" for st in statuses
                    ),
                ),
                (
                    "Our involvement",
                    f"{len(ours_in)} project(s): "
                    + ", ".join(
                        f"{sum(r.involvement is i for r in ours_in)} as {i.label.lower()}"
                        for i in Involvement
                        if i is not Involvement.NONE and any(r.involvement is i for r in ours_in)
                    ),
                ),
            ]
            masterplans = [
                code
                for code in s.scalars(
                    select(Framework.code)
                    .where(Framework.kind == "masterplan")
                    .order_by(Framework.ord.desc())
                )
            ]
            used = [
                c
                for c, _n in sorted(
                    {(r.partner_code, r.partner_name) for r in rows if r.partner_code}
                )
            ]
            order = {
                c: n
                for n, (c, _x) in enumerate(
                    s.execute(select(Delegation.code, Delegation.ord)).all()
                )
            }
            used.sort(key=lambda c: order.get(c, 999))
            sections = tuple(partner_section(s, c, today) for c in used)
            props = proposals(s)
            elements_known = bool(read_elements(s))
        coverage = (
            tuple(coverage_table(self._projects, c) for c in masterplans) if elements_known else ()
        )
        until = (
            f"before the {due.next_meeting_label} ({due.until.isoformat()})"
            if due.next_meeting_label
            else f"by {due.until.isoformat()}"
        )
        return TrackerReport(
            "Cooperation tracker: report to capital",
            ours or settings.our_delegation_code,
            f"{datetime.now():%d %b %Y}",
            self._ctx.actor,
            today,
            tuple(summary),
            coverage,
            sections,
            tuple(DueLine(e.due, e.code, e.what, e.overdue) for e in due.entries),
            until,
            props,
        )

    def write(
        self,
        out: Path,
        *,
        classification: str = "",
        reference: str = "",
        today: date | None = None,
        on_progress: Progress | None = None,
    ) -> tuple[Path, int, str]:
        """Render the tracker report and write it atomically (audited as a print)."""
        from ..reports.tracker_story import render_tracker_report

        target = check_target(out)
        data = self.data(today)
        with self._ctx.read() as s:
            cls = check_classification(s, classification)
        reference = clean_text(reference, "Reference", max_len=100, single_line=True)
        marking = Marking(classification=cls, reference=reference, footer_title=data.title)
        pdf, pages = render_tracker_report(data, marking, on_progress)
        digest = hashlib.sha256(pdf).hexdigest()
        with atomic_pdfs([(target, pdf)]) as place, self._ctx.write() as s:
            self._ctx.audit(
                s,
                "print",
                "project",
                None,
                f"tracker report, {pages} pages, sha256 {digest[:16]} -> {target}",
            )
            s.flush()
            place()
        self._ctx.publish(Change(ChangeKind.AUDIT))
        return target, pages, digest
