"""Writes the demo's cooperation tracker through the services (as a user would)."""

from __future__ import annotations

from dataclasses import replace

from ..domain.enums import MilestoneKind
from ..services.container import Services
from ..services.project_records import FocalPointIn, MilestoneIn, ProgressIn, ProjectFields
from .content_projects import ADM2025_ACTIONS, ADM2030_ACTIONS, PROJECTS, WORK_PLAN_2026


def write_frameworks(services: Services) -> None:
    fw = services.frameworks
    adm2030, adm2025, wp = (
        fw.framework("ADM2030"),
        fw.framework("ADM2025"),
        fw.framework("ADWP2026"),
    )
    outcomes = {e.code: e.id for e in fw.elements(adm2030.id)}
    actions: dict[str, int] = {}
    for code, parent, title in ADM2030_ACTIONS:
        actions[code] = fw.save_element(
            adm2030.id, code=code, title=title, parent_id=outcomes[parent]
        ).id
    known = {e.code: e.id for e in fw.elements(adm2025.id)}
    for code, title in ADM2025_ACTIONS:  # some were added as the demo's items were tagged
        fw.save_element(
            adm2025.id,
            code=code,
            title=title,
            parent_id=known[f"DO{code[3:].split('.')[0]}"],
            element_id=known.get(code),
        )
    for code, parent, title in WORK_PLAN_2026:
        fw.save_element(wp.id, code=code, title=title, parent_id=actions[parent])


def write_projects(
    services: Services, meetings: dict[str, int], items: dict[tuple[str, str], int]
) -> None:
    write_frameworks(services)
    for p in PROJECTS:
        rec = services.projects.save(
            ProjectFields(
                code=p.code,
                title=p.title,
                partner_code=p.partner,
                funder=p.funder,
                amount=p.amount,
                currency=p.currency if p.amount else "",
                implementing_body=p.body,
                start_date=p.start,
                end_date=p.end,
                phase=p.phase,
                status=p.status,
                involvement=p.involvement,
                leads=p.leads,
                outcomes=p.outcomes,
                next_phase=p.next_phase,
                our_stance=p.stance,
                our_position=p.position,
                milestones=tuple(
                    MilestoneIn(
                        title,
                        due,
                        due if done else None,
                        MilestoneKind.DELIVERABLE
                        if any(w in title.lower() for w in ("report", "study", "toolkit", "guide"))
                        else MilestoneKind.MILESTONE,
                    )
                    for title, due, done in p.milestones
                ),
                focal_points=tuple(FocalPointIn(n, r, o) for n, r, o in p.focal),
            )
        )
        status = p.status
        for r in p.reviews:
            in_store = r.meeting in meetings
            services.projects.add_progress(
                rec.id,
                ProgressIn(
                    meeting_id=meetings[r.meeting] if in_store else None,
                    meeting_label="" if in_store else r.meeting,
                    review_date=r.on,
                    status=r.status,
                    progress=r.progress,
                    decision=r.decision,
                ),
            )
        now = services.projects.project(rec.id)
        if now.row.status is not status:  # the matrix's status after the last review
            services.projects.save(replace(now.fields, status=status), rec.id)
        for ref in p.items:
            services.projects.link_item(items[ref], rec.id)
