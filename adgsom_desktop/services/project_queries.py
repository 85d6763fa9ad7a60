"""Reading the tracker: the project table in bulk, one project whole, coverage, what is due.

The table is read with a handful of Core statements (no ORM objects): 5,000 projects
with 50,000 reviews come back as plain rows, as the benchmark's floor reads them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..domain.enums import DelegationKind, ProjectStatus
from ..domain.models import (
    AdmTag,
    AgendaItem,
    Delegation,
    Framework,
    Meeting,
    Project,
    ProjectMilestone,
    ProjectProgress,
    item_adm_tag,
    item_project,
    project_lead,
    project_outcome,
)
from ..domain.tag_text import tag_label
from ..domain.text import fold
from .project_records import (
    ElementRec,
    MilestoneRec,
    ProgressRec,
    ProjectFilter,
    ProjectRow,
    TimelineRow,
)

_P = Project.__table__.c
_ROWS = (
    select(
        _P.id,
        _P.code,
        _P.title,
        Delegation.code,
        Delegation.name,
        _P.funder,
        _P.amount,
        _P.currency,
        _P.start_date,
        _P.end_date,
        _P.phase,
        _P.status,
        _P.involvement,
        _P.implementing_body,
    )
    .select_from(Project.__table__)
    .outerjoin(Delegation, Delegation.id == _P.partner_id)
)
_LEADS = (
    select(project_lead.c.project_id, Delegation.code)
    .join(Delegation, Delegation.id == project_lead.c.delegation_id)
    .order_by(Delegation.ord)
)
_OUTCOMES = (
    select(project_outcome.c.project_id, Framework.code, AdmTag.code)
    .join(AdmTag, AdmTag.id == project_outcome.c.tag_id)
    .join(Framework, Framework.id == AdmTag.framework_id)
    .order_by(Framework.ord, AdmTag.ord, AdmTag.code)
)
_PP = ProjectProgress.__table__.c
_ranked = select(
    _PP.project_id,
    _PP.review_date,
    _PP.decision,
    func.count().over(partition_by=_PP.project_id).label("n"),
    func.row_number()
    .over(partition_by=_PP.project_id, order_by=(_PP.review_date.desc(), _PP.id.desc()))
    .label("rn"),
).subquery()
_REVIEWS = select(
    _ranked.c.project_id, _ranked.c.n, _ranked.c.review_date, _ranked.c.decision
).where(_ranked.c.rn == 1)
_M = ProjectMilestone.__table__.c
_NEXT_DUE = (
    select(_M.project_id, func.min(_M.due_date))
    .where(_M.done_date.is_(None), _M.due_date.is_not(None))
    .group_by(_M.project_id)
)


def read_rows(session: Session, ids: Sequence[int] | None = None) -> list[ProjectRow]:
    """The project table (all projects, or ``ids``), ordered by code."""
    conn = session.connection()

    def only(stmt: Any, column: Any) -> Any:
        return stmt if ids is None else stmt.where(column.in_(ids))

    leads: dict[int, list[str]] = defaultdict(list)
    for pid, code in conn.execute(only(_LEADS, project_lead.c.project_id)):
        leads[pid].append(code)
    outcomes: dict[int, list[str]] = defaultdict(list)
    for pid, fw, code in conn.execute(only(_OUTCOMES, project_outcome.c.project_id)):
        outcomes[pid].append(f"{fw} {code}")
    reviews = {r[0]: r for r in conn.execute(only(_REVIEWS, _ranked.c.project_id))}
    due = dict(conn.execute(only(_NEXT_DUE, _M.project_id)).all())
    out = []
    none: tuple[Any, ...] = (None, 0, None, "")
    for r in conn.execute(only(_ROWS, _P.id).order_by(_P.code)):
        pid = r[0]
        rv = reviews.get(pid, none)
        out.append(
            ProjectRow(
                pid,
                r[1],
                r[2],
                r[3] or "",
                r[4] or "",
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                ProjectStatus(r[11]),
                r[12],
                r[13],
                tuple(leads.get(pid, ())),
                tuple(outcomes.get(pid, ())),
                rv[1],
                rv[2],
                rv[3],
                due.get(pid),
            )
        )
    return out


def descendants(elements: Iterable[ElementRec], labels: Iterable[str]) -> set[str]:
    """The labels and every element under them (actions, work plan activities)."""
    elements = list(elements)
    children: dict[int, list[ElementRec]] = defaultdict(list)
    for e in elements:
        if e.parent_id is not None:
            children[e.parent_id].append(e)
    wanted = set(labels)
    todo = [e for e in elements if e.label in wanted]
    out = set(wanted)
    while todo:
        e = todo.pop()
        for c in children.get(e.id, ()):
            if c.label not in out:
                out.add(c.label)
                todo.append(c)
    return out


def due_soon(row: ProjectRow, until: date) -> bool:
    if row.next_due is not None and row.next_due <= until:
        return True
    return row.status.is_live and row.end_date is not None and row.end_date <= until


def filter_rows(
    rows: Iterable[ProjectRow], f: ProjectFilter, elements: Iterable[ElementRec] = ()
) -> list[ProjectRow]:
    """The rows a filter keeps (the table's filters, the CLI's options)."""
    outcome = descendants(elements, [f.outcome]) if f.outcome else set()
    needle = fold(f.text.strip())
    out = []
    for r in rows:
        if f.partner and r.partner_code != f.partner:
            continue
        if f.status and r.status not in f.status:
            continue
        if f.involvement is not None and r.involvement is not f.involvement:
            continue
        if outcome and not outcome.intersection(r.outcomes):
            continue
        if f.due_before is not None and not due_soon(r, f.due_before):
            continue
        if needle and needle not in fold(
            " ".join(
                (
                    r.code,
                    r.title,
                    r.partner_code,
                    r.partner_name,
                    r.funder,
                    r.implementing_body,
                    r.phase,
                    " ".join(r.leads),
                    " ".join(r.outcomes),
                )
            )
        ):
            continue
        out.append(r)
    return out


def read_progress(session: Session, project_id: int) -> tuple[ProgressRec, ...]:
    rows = session.execute(
        select(ProjectProgress, Meeting.short_title, Meeting.title)
        .outerjoin(Meeting, Meeting.id == ProjectProgress.meeting_id)
        .where(ProjectProgress.project_id == project_id)
        .order_by(ProjectProgress.review_date, ProjectProgress.id)
    )
    return tuple(
        ProgressRec(
            p.id,
            p.project_id,
            p.meeting_id,
            (short or title or "") if p.meeting_id else p.meeting_label,
            p.review_date,
            p.status,
            p.progress,
            p.decision,
        )
        for p, short, title in rows
    )


def read_milestones(session: Session, ids: Sequence[int]) -> dict[int, list[MilestoneRec]]:
    out: dict[int, list[MilestoneRec]] = defaultdict(list)
    for m in session.scalars(
        select(ProjectMilestone)
        .where(ProjectMilestone.project_id.in_(ids))
        .order_by(ProjectMilestone.project_id, ProjectMilestone.ord)
    ):
        out[m.project_id].append(MilestoneRec(m.id, m.kind, m.title, m.due_date, m.done_date))
    return out


def timeline_rows(session: Session, rows: Sequence[ProjectRow]) -> list[TimelineRow]:
    milestones: dict[int, list[MilestoneRec]] = defaultdict(list)
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        for pid, ms in read_milestones(session, ids[start : start + 500]).items():
            milestones[pid] = ms
    return [
        TimelineRow(
            r.id,
            r.code,
            r.title,
            r.partner_code,
            r.status,
            r.start_date,
            r.end_date,
            tuple(milestones.get(r.id, ())),
        )
        for r in rows
    ]


def partner_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of dialogue partners and bodies, then any other partner in use."""
    used = set(session.scalars(select(Project.partner_id).where(Project.partner_id.is_not(None))))
    out = []
    for d in session.scalars(select(Delegation).order_by(Delegation.ord)):
        if d.kind in (DelegationKind.DIALOGUE_PARTNER, DelegationKind.INTERNATIONAL_ORG) or (
            d.id in used
        ):
            out.append((d.code, d.name))
    return out


def item_links(session: Session, item_id: int) -> tuple[set[int], dict[int, str]]:
    """Projects linked to an item by hand, and those sharing a tag with it (and why)."""
    linked = set(
        session.scalars(select(item_project.c.project_id).where(item_project.c.item_id == item_id))
    )
    item_tags = list(
        session.execute(
            select(AdmTag.id, Framework.code, AdmTag.code)
            .join(item_adm_tag, item_adm_tag.c.tag_id == AdmTag.id)
            .join(Framework, Framework.id == AdmTag.framework_id)
            .where(item_adm_tag.c.item_id == item_id)
        )
    )
    via: dict[int, str] = {}
    if item_tags:
        from .framework_service import read_elements

        elements = read_elements(session)
        by_label: dict[str, str] = {}
        for _tid, fw, code in item_tags:
            label = tag_label(fw, code)
            for d in descendants(elements, [label]):
                by_label.setdefault(d, label)
        ids = {e.id: e.label for e in elements if e.label in by_label}
        for pid, tid in session.execute(
            select(project_outcome.c.project_id, project_outcome.c.tag_id).where(
                project_outcome.c.tag_id.in_(list(ids))
            )
        ):
            via.setdefault(pid, by_label[ids[tid]])
    return linked, via


def linked_items(session: Session, project_id: int) -> tuple[tuple[int, str], ...]:
    rows = session.execute(
        select(
            AgendaItem.id, AgendaItem.number, AgendaItem.title, Meeting.short_title, Meeting.title
        )
        .join(item_project, and_(item_project.c.item_id == AgendaItem.id))
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(item_project.c.project_id == project_id)
        .order_by(Meeting.date, AgendaItem.number)
    )
    return tuple(
        (iid, f"{short or mtitle} {number} {title}".strip())
        for iid, number, title, short, mtitle in rows
    )
