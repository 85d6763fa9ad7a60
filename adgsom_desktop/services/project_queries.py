"""Reading the tracker: the project table in bulk, one project whole, coverage, what is due.

The table is read with a handful of Core statements (no ORM objects): 5,000 projects
with 50,000 reviews come back as plain rows, as the benchmark's floor reads them.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ..domain.enums import DelegationKind, Involvement, ProjectStatus
from ..domain.models import (
    AdmTag,
    AgendaItem,
    Framework,
    Meeting,
    ProjectMilestone,
    ProjectProgress,
    item_adm_tag,
    item_project,
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

# The project table in one statement: leads and outcomes concatenated per project, the
# reviews counted with the newest one's day and decision (SQLite takes a bare column from
# the row holding the max(), and the id breaks ties), the next open milestone.
ROWS_SQL = """
SELECT p.id, p.code, p.title, d.code, d.name, p.funder, p.amount, p.currency, p.start_date,
       p.end_date, p.phase, p.status, p.involvement, p.implementing_body,
       (SELECT group_concat(pl.delegation_id, '|') FROM project_lead AS pl
          WHERE pl.project_id = p.id),
       (SELECT group_concat(po.tag_id, '|') FROM project_outcome AS po
          WHERE po.project_id = p.id),
       r.n, r.last, r.decision,
       (SELECT min(m.due_date) FROM project_milestone AS m
          WHERE m.project_id = p.id AND m.done_date IS NULL)
FROM project AS p
LEFT JOIN delegation AS d ON d.id = p.partner_id
LEFT JOIN (SELECT project_id, count(*) AS n, max(review_date) AS last, decision
           FROM project_progress {where_r} GROUP BY project_id) AS r ON r.project_id = p.id
{where}
ORDER BY p.code
"""
# The same on PostgreSQL: string_agg, and the newest review's decision by DISTINCT ON
# (the first row of each project in date order, newest first; the id breaks ties).
ROWS_SQL_PG = """
SELECT p.id, p.code, p.title, d.code, d.name, p.funder, p.amount, p.currency, p.start_date,
       p.end_date, p.phase, p.status, p.involvement, p.implementing_body,
       (SELECT string_agg(pl.delegation_id::text, '|') FROM project_lead AS pl
          WHERE pl.project_id = p.id),
       (SELECT string_agg(po.tag_id::text, '|') FROM project_outcome AS po
          WHERE po.project_id = p.id),
       r.n, r.last, r.decision,
       (SELECT min(m.due_date) FROM project_milestone AS m
          WHERE m.project_id = p.id AND m.done_date IS NULL)
FROM project AS p
LEFT JOIN delegation AS d ON d.id = p.partner_id
LEFT JOIN (SELECT DISTINCT ON (project_id) project_id,
                  count(*) OVER (PARTITION BY project_id) AS n, review_date AS last, decision
           FROM project_progress {where_r} ORDER BY project_id, review_date DESC, id) AS r
       ON r.project_id = p.id
{where}
ORDER BY p.code
"""
_ROWS = {"sqlite": (ROWS_SQL, "?"), "postgresql": (ROWS_SQL_PG, "%s")}
# Leads and outcomes come as ids, put in protocol and framework order here (one small
# lookup) rather than by a sort per project in SQL.
_NAMES = "SELECT id, code FROM delegation ORDER BY ord, id"
_TAGS = (
    "SELECT t.id, f.code || ' ' || t.code FROM adm_tag AS t"
    " JOIN framework AS f ON f.id = t.framework_id ORDER BY f.ord, t.ord, t.code"
)
_STATUS = {s.value: s for s in ProjectStatus}
_INVOLVEMENT = {i.value: i for i in Involvement}


def _day(value: str | date | None) -> date | None:
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10]) if value else None


class _Labels(dict[str | None, tuple[str, ...]]):
    """ "12|3" -> the labels of ids 12 and 3 in their order (protocol, framework); each
    combination worked out once (projects share their leads and outcomes)."""

    def __init__(self, names: dict[str, tuple[int, str]]) -> None:
        super().__init__({None: (), "": ()})
        self.names = names

    def __missing__(self, value: str | None) -> tuple[str, ...]:
        found = sorted(self.names[i] for i in (value or "").split("|") if i in self.names)
        out = self[value] = tuple(label for _n, label in found)
        return out


def read_rows(session: Session, ids: Sequence[int] | None = None) -> list[ProjectRow]:
    """The project table (all projects, or ``ids``), ordered by code."""
    # The DB-API cursor: plain tuples (SQLAlchemy's Row objects cost more than the query).
    conn = session.connection()
    rows_sql, mark = _ROWS[conn.dialect.name]
    cursor = conn.connection.cursor()
    try:
        cursor.execute(_NAMES)
        codes = _Labels({str(i): (n, c) for n, (i, c) in enumerate(cursor.fetchall())})
        cursor.execute(_TAGS)
        tags = _Labels({str(i): (n, c) for n, (i, c) in enumerate(cursor.fetchall())})
        if ids is None:
            cursor.execute(rows_sql.format(where="", where_r=""))
            found = cursor.fetchall()
        else:
            found = []
            chunk = [int(i) for i in ids]
            for start in range(0, len(chunk), 400):
                part = tuple(chunk[start : start + 400])
                marks = ", ".join([mark] * len(part))
                sql = rows_sql.format(
                    where=f"WHERE p.id IN ({marks})", where_r=f"WHERE project_id IN ({marks})"
                )
                cursor.execute(sql, part + part)
                found += cursor.fetchall()
            found.sort(key=lambda r: r[1])
    finally:
        cursor.close()
    day = _day
    status, involvement = _STATUS, _INVOLVEMENT
    # Thousands of small immutable records hold no cycles: the collector is kept out of
    # their building (a full collection over the whole app would cost more than the rows).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return [
            ProjectRow(
                r[0],
                r[1],
                r[2],
                r[3] or "",
                r[4] or "",
                r[5],
                r[6],
                r[7],
                day(r[8]),
                day(r[9]),
                r[10],
                status[r[11]],
                involvement[r[12]],
                r[13],
                codes[r[14]],
                tags[r[15]],
                r[16] or 0,
                day(r[17]),
                r[18] or "",
                day(r[19]),
            )
            for r in found
        ]
    finally:
        if collecting:
            gc.enable()


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
    conn = session.connection()
    used = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT partner_id FROM project")}
    partners = (DelegationKind.DIALOGUE_PARTNER.value, DelegationKind.INTERNATIONAL_ORG.value)
    return [
        (code, name)
        for did, code, name, kind in conn.exec_driver_sql(
            "SELECT id, code, name, kind FROM delegation ORDER BY ord"
        )
        if kind in partners or did in used
    ]


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
