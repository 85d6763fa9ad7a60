"""The cooperation tracker's use cases: projects, their reviews, coverage, what is due."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..domain.enums import ProjectStatus
from ..domain.models import (
    AgendaItem,
    Delegation,
    Framework,
    Meeting,
    Project,
    ProjectProgress,
    item_project,
)
from ..domain.text import MAX_TITLE, clean_text
from ..errors import ConflictError, NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .framework_service import framework_rec, read_elements
from .project_queries import (
    descendants,
    filter_rows,
    item_links,
    linked_items,
    partner_choices,
    read_milestones,
    read_progress,
    read_rows,
    timeline_rows,
)
from .project_records import (
    Coverage,
    CoverageCell,
    DueEntry,
    DueList,
    ElementRec,
    MilestoneRec,
    ProgressIn,
    ProjectFields,
    ProjectFilter,
    ProjectRec,
    ProjectRow,
    TimelineRow,
)
from .project_writes import (
    all_values,
    apply_values,
    check_dates,
    clean_fields,
    current_values,
    list_values,
    set_lists,
)
from .trip_carry import refuse_here

DUE_HORIZON = timedelta(days=90)  # "due soon" when no meeting is ahead


@dataclass(frozen=True)
class ItemProject:
    """A project an agenda item concerns, and why (linked by hand, or a shared tag)."""

    row: ProjectRow
    reason: str


def project_rec(s: Session, project_id: int) -> ProjectRec:
    """A project whole (read in the caller's transaction: a write returns what it wrote)."""
    p = s.get(Project, project_id)
    if p is None:
        raise NotFoundError("Project {project_id} no longer exists.", project_id=project_id)
    values = current_values(s, p)
    lists = list_values(p)
    fields = ProjectFields(
        code=p.code,
        **values,
        milestones=lists.milestones,
        focal_points=lists.focal_points,
        documents=lists.documents,
    )
    return ProjectRec(
        read_rows(s, [p.id])[0],
        fields,
        tuple(read_milestones(s, [p.id]).get(p.id, ())),
        read_progress(s, p.id),
        linked_items(s, p.id),
    )


class ProjectService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- reading
    def rows(self, ids: Sequence[int] | None = None) -> list[ProjectRow]:
        with self._ctx.read() as s:
            return read_rows(s, ids)

    def filtered(self, f: ProjectFilter) -> list[ProjectRow]:
        with self._ctx.read() as s:
            return filter_rows(read_rows(s), f, read_elements(s) if f.outcome else ())

    def project(self, project_id: int) -> ProjectRec:
        with self._ctx.read() as s:
            return project_rec(s, project_id)

    def by_code(self, code: str) -> ProjectRec | None:
        with self._ctx.read() as s:
            pid = s.scalar(select(Project.id).where(Project.code == code.strip()))
        return None if pid is None else self.project(pid)

    def partners(self) -> list[tuple[str, str]]:
        with self._ctx.read() as s:
            return partner_choices(s)

    def member_states(self) -> list[tuple[str, str]]:
        from ..domain.enums import DelegationKind

        with self._ctx.read() as s:
            return [
                (d.code, d.name)
                for d in s.scalars(
                    select(Delegation)
                    .where(Delegation.kind == DelegationKind.MEMBER_STATE)
                    .order_by(Delegation.ord)
                )
            ]

    def timeline(self, rows: Sequence[ProjectRow]) -> list[TimelineRow]:
        with self._ctx.read() as s:
            return timeline_rows(s, rows)

    def coverage(self, framework_code: str = "ADM2030") -> Coverage:
        """The framework's outcomes × partners: projects (not dropped) serving each."""
        with self._ctx.read() as s:
            fw = s.scalar(select(Framework).where(Framework.code == framework_code.upper()))
            if fw is None:
                raise NotFoundError("No framework {framework_code}.", framework_code=framework_code)
            elements = read_elements(s)
            outcomes = tuple(e for e in elements if e.framework_id == fw.id and e.kind.is_outcome)
            rows = [r for r in read_rows(s) if r.status is not ProjectStatus.DROPPED]
            partners = partner_choices(s)
            named = dict(partners)
            cells: dict[tuple[int, str], list[int]] = defaultdict(list)
            for o in outcomes:
                under = descendants(elements, [o.label])
                for r in rows:
                    if under.intersection(r.outcomes):
                        cells[(o.id, r.partner_code)].append(r.id)
            if any(p == "" for _o, p in cells):
                partners = [*partners, ("", "No partner")]
            elif not named:
                partners = []
            return Coverage(
                framework_rec(fw),
                outcomes,
                tuple(partners),
                {k: CoverageCell(len(v), tuple(v)) for k, v in cells.items()},
            )

    def next_meeting(self, today: date) -> tuple[int, str, date] | None:
        with self._ctx.read() as s:
            m = s.scalar(
                select(Meeting)
                .where(Meeting.date.is_not(None), Meeting.date >= today)
                .order_by(Meeting.date, Meeting.start_time, Meeting.id)
                .limit(1)
            )
            if m is None or m.date is None:
                return None
            return m.id, m.short_title or m.title, m.date

    def due(self, today: date, until: date | None = None) -> DueList:
        """Open milestones and project ends due before the next meeting (overdue ones too)."""
        nxt = self.next_meeting(today)
        limit = until or (nxt[2] if nxt else today + DUE_HORIZON)
        with self._ctx.read() as s:
            rows = {r.id: r for r in read_rows(s)}
            live = [
                r.id
                for r in rows.values()
                if r.status.is_live or r.status is ProjectStatus.PROPOSED
            ]
            entries: list[DueEntry] = []
            for start in range(0, len(live), 500):
                for pid, ms in read_milestones(s, live[start : start + 500]).items():
                    r = rows[pid]
                    for m in ms:
                        if m.done_date is None and m.due_date and m.due_date <= limit:
                            entries.append(
                                DueEntry(
                                    pid,
                                    r.code,
                                    r.title,
                                    r.partner_code,
                                    m.title,
                                    m.due_date,
                                    m.due_date < today,
                                )
                            )
            for r in rows.values():
                if r.status.is_live and r.end_date and today <= r.end_date <= limit:
                    entries.append(
                        DueEntry(
                            r.id, r.code, r.title, r.partner_code, "Project ends", r.end_date, False
                        )
                    )
        entries.sort(key=lambda e: (e.due, e.code))
        return DueList(today, nxt[0] if nxt else None, nxt[1] if nxt else "", limit, tuple(entries))

    def for_item(self, item_id: int) -> list[ItemProject]:
        """The projects an agenda item concerns: linked to it, or sharing one of its tags."""
        with self._ctx.read() as s:
            linked, via = item_links(s, item_id)
            ids = sorted(linked | set(via))
            rows = read_rows(s, ids) if ids else []
        return [ItemProject(r, "linked" if r.id in linked else f"via {via[r.id]}") for r in rows]

    # ---- writing
    def refuse_here(self) -> None:
        """``ValidationError`` with the reason when projects are not changed in this store (a
        trip copy carries them read-only: ``trip_carry``), before any dialog is shown."""
        with self._ctx.read() as s:
            refuse_here(s, "projects")

    def save(self, fields: ProjectFields, project_id: int | None = None) -> ProjectRec:
        """Create a project, or edit one (every field, milestones and lists included)."""
        f = clean_fields(fields)
        with self._ctx.write() as s:
            refuse_here(s, "projects")  # a trip copy: changed in the team store
            delegations = dict(s.execute(select(Delegation.code, Delegation.id)).all())
            clash = s.scalar(select(Project.id).where(Project.code == f.code))
            if clash is not None and clash != project_id:
                raise ConflictError("There is already a project {f_code}.", f_code=f.code)
            if project_id is None:
                p = Project(code=f.code, title=f.title)
                s.add(p)
                s.flush()
            else:
                found = s.get(Project, project_id)
                if found is None:
                    raise NotFoundError(
                        "Project {project_id} no longer exists.", project_id=project_id
                    )
                p = found
                p.code = f.code
            changes = apply_values(s, p, all_values(f), delegations)
            set_lists(s, p, f)
            s.flush()
            detail = f"{p.code}: " + (", ".join(c[0] for c in changes) or "lists")
            self._ctx.audit(s, "save" if project_id else "create", "project", p.id, detail)
            s.flush()
            s.expire(p)
            rec = project_rec(s, p.id)
            self._ctx.publish(Change(ChangeKind.PROJECTS, frozenset({rec.id}), records=(rec,)))
        return rec

    def delete(self, project_id: int) -> None:
        with self._ctx.write() as s:
            refuse_here(s, "projects")  # a trip copy: changed in the team store
            p = s.get(Project, project_id)
            if p is None:
                raise NotFoundError("Project {project_id} no longer exists.", project_id=project_id)
            self._ctx.audit(s, "delete", "project", p.id, f"{p.code} {p.title}")
            s.delete(p)
            self._ctx.publish(Change(ChangeKind.PROJECTS, frozenset({project_id})))

    def _clean_progress(self, entry: ProgressIn) -> ProgressIn:
        check_dates(entry.review_date, None, "The review")
        label = clean_text(entry.meeting_label, "Meeting", max_len=300, single_line=True)
        if entry.meeting_id is None and not label:
            raise ValidationError("Say which meeting reviewed the project.", "meeting")
        return ProgressIn(
            entry.meeting_id,
            label,
            entry.review_date,
            entry.status,
            clean_text(entry.progress, "Progress"),
            clean_text(entry.decision, "Decision", max_len=MAX_TITLE * 10),
        )

    def add_progress(self, project_id: int, entry: ProgressIn) -> ProjectRec:
        """Record what a meeting heard and decided on the project (one entry per meeting)."""
        e = self._clean_progress(entry)
        with self._ctx.write() as s:
            refuse_here(s, "projects")  # a trip copy: changed in the team store
            if s.get(Project, project_id) is None:
                raise NotFoundError("Project {project_id} no longer exists.", project_id=project_id)
            review_date = e.review_date
            if e.meeting_id is not None:
                m = s.get(Meeting, e.meeting_id)
                if m is None:
                    raise NotFoundError(
                        "Meeting {e_meeting_id} no longer exists.", e_meeting_id=e.meeting_id
                    )
                review_date = review_date or m.date
                twice = s.scalar(
                    select(ProjectProgress.id).where(
                        ProjectProgress.project_id == project_id,
                        ProjectProgress.meeting_id == e.meeting_id,
                    )
                )
                if twice is not None:
                    raise ConflictError(
                        "{meeting_title} already has a progress entry on this "
                        "project: edit that one.",
                        meeting_title=m.short_title or m.title,
                    )
            row = ProjectProgress(
                project_id=project_id,
                meeting_id=e.meeting_id,
                meeting_label=e.meeting_label,
                review_date=review_date,
                status=e.status,
                progress=e.progress,
                decision=e.decision,
            )
            s.add(row)
            if e.status is not None:
                s.get_one(Project, project_id).status = e.status
            s.flush()
            self._ctx.audit(s, "progress", "project", project_id, e.decision[:200])
            s.flush()
            rec = project_rec(s, project_id)
            self._ctx.publish(Change(ChangeKind.PROJECTS, frozenset({project_id}), records=(rec,)))
        return rec

    def update_progress(self, progress_id: int, entry: ProgressIn) -> ProjectRec:
        e = self._clean_progress(entry)
        with self._ctx.write() as s:
            refuse_here(s, "projects")  # a trip copy: changed in the team store
            row = s.get(ProjectProgress, progress_id)
            if row is None:
                raise NotFoundError(
                    "Progress entry {progress_id} no longer exists.", progress_id=progress_id
                )
            row.meeting_id, row.meeting_label = e.meeting_id, e.meeting_label
            row.review_date, row.status = e.review_date or row.review_date, e.status
            row.progress, row.decision = e.progress, e.decision
            self._ctx.audit(s, "progress", "project", row.project_id, e.decision[:200])
            s.flush()
            rec = project_rec(s, row.project_id)
            self._ctx.publish(Change(ChangeKind.PROJECTS, frozenset({rec.id}), records=(rec,)))
        return rec

    def delete_progress(self, progress_id: int) -> ProjectRec:
        with self._ctx.write() as s:
            refuse_here(s, "projects")  # a trip copy: changed in the team store
            row = s.get(ProjectProgress, progress_id)
            if row is None:
                raise NotFoundError(
                    "Progress entry {progress_id} no longer exists.", progress_id=progress_id
                )
            pid = row.project_id
            self._ctx.audit(s, "delete progress", "project", pid, row.decision[:200])
            s.delete(row)
            s.flush()
            rec = project_rec(s, pid)
            self._ctx.publish(Change(ChangeKind.PROJECTS, frozenset({pid}), records=(rec,)))
        return rec

    def link_item(self, item_id: int, project_id: int, linked: bool = True) -> None:
        """Say (or stop saying) that an agenda item concerns a project."""
        with self._ctx.write() as s:
            refuse_here(s, "projects")  # a trip copy: changed in the team store
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            if s.get(Project, project_id) is None:
                raise NotFoundError("Project {project_id} no longer exists.", project_id=project_id)
            s.execute(
                delete(item_project).where(
                    item_project.c.item_id == item_id, item_project.c.project_id == project_id
                )
            )
            if linked:
                s.execute(insert(item_project), [{"item_id": item_id, "project_id": project_id}])
            self._ctx.audit(
                s, "link" if linked else "unlink", "project", project_id, f"item {item_id}"
            )
            meeting_id = item.meeting_id
            self._ctx.publish(
                Change(
                    ChangeKind.PROJECTS,
                    frozenset({project_id}),
                    meeting_id=meeting_id,
                    item_id=item_id,
                )
            )


__all__ = ["ElementRec", "ItemProject", "MilestoneRec", "ProjectService"]
