"""The tracker's printed pages: the report to capital, and the parts a pack prints
(a partner's projects with the timeline; the proposals for the next phase)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from ..domain.enums import NOT_NAMED, Involvement, ProjectStatus
from ..domain.models import Delegation, Framework
from ..domain.text import clean_text
from ..i18n.printing import date_span, number, printing_in, short_date, translate
from ..reports.pack_model import Marking
from ..reports.print_labels import (
    AS_ROLE,
    BY_STATUS,
    DUE_BEFORE,
    DUE_BY,
    INVOLVEMENT_COUNT,
    INVOLVEMENT_ONE,
    PROJECT_ENDS,
    PROJECTS_COUNT,
    TRACKER_TITLE,
)
from ..reports.tracker_model import (
    DueLine,
    TrackerReport,
)
from .changes import Change, ChangeKind
from .context import ServiceContext
from .framework_service import read_elements
from .pack_files import atomic_pdfs, check_target
from .pack_request import check_classification
from .project_pages import coverage_table, partner_section, proposals
from .project_queries import read_rows
from .project_service import ProjectService
from .settings_service import read_settings

Progress = Callable[[int, int, str], None]


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
            by_status = ", ".join(
                translate("Pack", BY_STATUS)
                .replace("%1", number(sum(r.status is st for r in rows)))
                .replace("%2", translate("Labels", st.label).lower())
                for st in statuses
            )
            as_role = ", ".join(
                translate("Pack", AS_ROLE)
                .replace("%1", number(sum(r.involvement is i for r in ours_in)))
                .replace("%2", translate("Labels", i.label).lower())
                for i in Involvement
                if i is not Involvement.NONE and any(r.involvement is i for r in ours_in)
            )
            summary = [
                (
                    translate("Pack", "Projects"),
                    translate("Pack", PROJECTS_COUNT)
                    .replace("%1", number(len(rows)))
                    .replace("%2", by_status),
                ),
                (
                    translate("Pack", "Our involvement"),
                    translate("Pack", INVOLVEMENT_ONE if len(ours_in) == 1 else INVOLVEMENT_COUNT)
                    .replace("%1", number(len(ours_in)))
                    .replace("%2", as_role),
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
            translate("Pack", DUE_BEFORE)
            .replace("%1", due.next_meeting_label)
            .replace("%2", short_date(due.until))
            if due.next_meeting_label
            else translate("Pack", DUE_BY).replace("%1", short_date(due.until))
        )
        return TrackerReport(
            translate("Pack", TRACKER_TITLE),
            ours or settings.our_delegation_code,
            date_span(datetime.now().date()),
            translate("Pack", NOT_NAMED) if self._ctx.actor == NOT_NAMED else self._ctx.actor,
            today,
            tuple(summary),
            coverage,
            sections,
            tuple(
                DueLine(
                    e.due,
                    e.code,
                    translate("Pack", e.what) if e.what == PROJECT_ENDS else e.what,
                    e.overdue,
                )
                for e in due.entries
            ),
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
        language: str = "",
        buddhist_era: bool = False,
        on_progress: Progress | None = None,
    ) -> tuple[Path, int, str]:
        """Render the tracker report and write it atomically (audited as a print); its
        headings, labels, dates and numbers in ``language`` (``printing_in``)."""
        with printing_in(language, buddhist_era):
            return self._write(out, classification, reference, today, on_progress)

    def _write(
        self,
        out: Path,
        classification: str,
        reference: str,
        today: date | None,
        on_progress: Progress | None,
    ) -> tuple[Path, int, str]:
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
