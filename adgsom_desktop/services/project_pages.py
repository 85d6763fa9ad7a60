"""The tracker's parts as the PDFs print them (plain records of ``reports/tracker_model``):
a partner's projects with their timeline bars, the proposals for the next phase, the coverage
table.  Shared by the report to capital and the briefing pack (no pack imports here)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import MeetingKind, ProjectStatus
from ..domain.models import Delegation, Meeting, Project
from ..i18n.printing import month_year, number, translate
from ..reports.print_labels import DATES_FROM_TO
from ..reports.tracker_model import (
    Bar,
    CooperationBlock,
    CoverageTable,
    PartnerSection,
    ProjectLine,
    Proposal,
)
from .project_queries import item_links, read_progress, read_rows, timeline_rows
from .project_records import ProjectRow
from .project_service import ProjectService


def _funding(r: ProjectRow) -> str:
    if not r.amount:
        return r.funder or "-"
    try:
        amount = number(float(r.amount))
    except ValueError:
        amount = r.amount
    return f"{r.currency} {amount}".strip()


def _dates(r: ProjectRow) -> str:
    """ "Apr 2024 to Mar 2027" in the printing language (i18n.printing)."""
    if not (r.start_date or r.end_date):
        return "-"
    return (
        translate("Pack", DATES_FROM_TO)
        .replace("%1", month_year(r.start_date))
        .replace("%2", month_year(r.end_date))
    )


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
                p.next_phase or p.description or translate("Pack", "(new project)"),
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


def cooperation_blocks(
    s: Session, meetings: Iterable[Meeting], today: date
) -> tuple[CooperationBlock, ...]:
    """For each meeting with a partner: an ADGSOM+partner meeting gets the status of the
    partner's projects; a Joint Working Group or Governing Council the proposals for the
    next phase with our position."""
    out = []
    for m in meetings:
        if m.partner_delegation_id is None:
            continue
        code = s.scalar(select(Delegation.code).where(Delegation.id == m.partner_delegation_id))
        if not code:
            continue
        label = m.short_title or m.title
        if m.kind is MeetingKind.DIALOGUE_PARTNER:
            out.append(CooperationBlock(m.id, label, partner_section(s, code, today), None))
        elif m.kind in (MeetingKind.JWG, MeetingKind.GOVERNING_COUNCIL):
            name = s.scalar(select(Delegation.name).where(Delegation.code == code)) or code
            out.append(CooperationBlock(m.id, label, None, proposals(s, code), name))
    return tuple(out)


def item_projects(s: Session, item_id: int) -> tuple[str, ...]:
    """ "D-JP-02 Anti-scam ... (Japan, proposed)" for each project an item concerns."""
    linked, via = item_links(s, item_id)
    ids = sorted(linked | set(via))
    if not ids:
        return ()
    return tuple(
        f"{r.code} {r.title} ({r.partner_name or translate('Pack', 'no partner')}, "
        f"{translate('Labels', r.status.label).lower()})"
        for r in read_rows(s, ids)
    )
