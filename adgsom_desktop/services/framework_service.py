"""Frameworks and their elements: the ADM 2025, the ADM 2026-2030, the annual work plans.

Titles are the user's to edit (the ADM 2026-2030 is adopted at this very meeting);
codes identify elements inside their framework, so renaming a code re-labels every
item and project tagged with it, and deleting an element in use is refused.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import AdmTagKind, FrameworkKind
from ..domain.models import AdmTag, Framework, item_adm_tag, project_outcome
from ..domain.tag_text import normalise_element_code, normalise_framework_code
from ..domain.text import clean_text
from ..errors import ConflictError, NotFoundError, ValidationError
from ..i18n.messages import Message
from .changes import Change, ChangeKind
from .context import ServiceContext
from .project_records import ElementRec, FrameworkRec

MAX_FRAMEWORK_TITLE = 300
MAX_ELEMENT_TITLE = 2_000


def framework_rec(f: Framework) -> FrameworkRec:
    return FrameworkRec(
        f.id, f.code, f.title, f.kind, f.parent_id, f.start_year, f.end_year, f.notes
    )


def element_rec(t: AdmTag, framework_code: str) -> ElementRec:
    return ElementRec(t.id, t.framework_id, framework_code, t.code, t.kind, t.parent_id, t.title)


def read_elements(session: Session, framework_id: int | None = None) -> list[ElementRec]:
    stmt = (
        select(AdmTag, Framework.code)
        .join(Framework, Framework.id == AdmTag.framework_id)
        .order_by(Framework.ord, AdmTag.ord, AdmTag.code)
    )
    if framework_id is not None:
        stmt = stmt.where(AdmTag.framework_id == framework_id)
    return [element_rec(t, code) for t, code in session.execute(stmt)]


def _year(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if not 1990 <= value <= 2100:
        raise ValidationError(
            "{what}: {value} is not a plausible year.", "year", what=what, value=value
        )
    return value


class FrameworkService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def frameworks(self) -> list[FrameworkRec]:
        with self._ctx.read() as s:
            return [framework_rec(f) for f in s.scalars(select(Framework).order_by(Framework.ord))]

    def framework(self, code: str) -> FrameworkRec:
        with self._ctx.read() as s:
            f = s.scalar(select(Framework).where(Framework.code == code.upper()))
            if f is None:
                raise NotFoundError("No framework {code}.", code=code)
            return framework_rec(f)

    def elements(self, framework_id: int | None = None) -> list[ElementRec]:
        with self._ctx.read() as s:
            return read_elements(s, framework_id)

    def save_framework(
        self,
        *,
        code: str,
        title: str,
        kind: FrameworkKind = FrameworkKind.WORK_PLAN,
        parent_id: int | None = None,
        start_year: int | None = None,
        end_year: int | None = None,
        notes: str = "",
        framework_id: int | None = None,
    ) -> FrameworkRec:
        """Create or edit a framework (a new year's work plan, a renamed masterplan)."""
        code = normalise_framework_code(code)
        title = clean_text(title, "Title", max_len=MAX_FRAMEWORK_TITLE, single_line=True)
        title = title or code
        notes = clean_text(notes, "Notes")
        start_year, end_year = _year(start_year, "Start"), _year(end_year, "End")
        if start_year and end_year and end_year < start_year:
            raise ValidationError("The framework ends before it starts.", "end_year")
        with self._ctx.write() as s:
            clash = s.scalar(select(Framework.id).where(Framework.code == code))
            if clash is not None and clash != framework_id:
                raise ConflictError("There is already a framework {code}.", code=code)
            if parent_id is not None and (
                parent_id == framework_id or s.get(Framework, parent_id) is None
            ):
                raise ValidationError("A framework cannot sit under itself.", "parent")
            if framework_id is None:
                top = s.scalar(select(func.max(Framework.ord))) or 0
                f = Framework(code=code, title=title, kind=kind, ord=top + 1)
                s.add(f)
            else:
                found = s.get(Framework, framework_id)
                if found is None:
                    raise NotFoundError(
                        "Framework {framework_id} no longer exists.", framework_id=framework_id
                    )
                f = found
            f.code, f.title, f.kind, f.parent_id = code, title, kind, parent_id
            f.start_year, f.end_year, f.notes = start_year, end_year, notes
            s.flush()
            self._ctx.audit(s, "save", "framework", f.id, f"{code} {title}")
            rec = framework_rec(f)
            self._ctx.publish(Change(ChangeKind.FRAMEWORKS, frozenset({rec.id})))
        return rec

    def save_element(
        self,
        framework_id: int,
        *,
        code: str,
        title: str,
        kind: AdmTagKind | None = None,
        parent_id: int | None = None,
        element_id: int | None = None,
    ) -> ElementRec:
        """Add or edit an outcome, action or activity (its title is free to change)."""
        title = clean_text(title, "Title", max_len=MAX_ELEMENT_TITLE)
        with self._ctx.write() as s:
            fw = s.get(Framework, framework_id)
            if fw is None:
                raise NotFoundError(
                    "Framework {framework_id} no longer exists.", framework_id=framework_id
                )
            code = normalise_element_code(fw.code, code)
            clash = s.scalar(
                select(AdmTag.id).where(AdmTag.framework_id == fw.id, AdmTag.code == code)
            )
            if clash is not None and clash != element_id:
                raise ConflictError("{fw_code} already has {code}.", fw_code=fw.code, code=code)
            if kind is None:
                kind = _default_kind(fw, code)
            if parent_id is not None and (
                parent_id == element_id or s.get(AdmTag, parent_id) is None
            ):
                raise ValidationError("An element cannot sit under itself.", "parent")
            if element_id is None:
                top = s.scalar(select(func.max(AdmTag.ord)).where(AdmTag.framework_id == fw.id))
                t = AdmTag(
                    framework_id=fw.id, ord=(top or 0) + 1, code=code, title=title, kind=kind
                )
                s.add(t)
            else:
                found = s.get(AdmTag, element_id)
                if found is None or found.framework_id != fw.id:
                    raise NotFoundError(
                        "Element {element_id} no longer exists.", element_id=element_id
                    )
                t = found
            t.code, t.title, t.kind, t.parent_id = code, title, kind, parent_id
            s.flush()
            self._ctx.audit(s, "save", "adm_tag", t.id, f"{fw.code} {code}")
            rec = element_rec(t, fw.code)
            self._ctx.publish(Change(ChangeKind.FRAMEWORKS, frozenset({framework_id})))
        return rec

    def usage(self, element_id: int) -> tuple[int, int]:
        """(items, projects) tagged with an element."""
        with self._ctx.read() as s:
            return _usage(s, element_id)

    def delete_element(self, element_id: int) -> None:
        """Delete an element no item and no project uses."""
        with self._ctx.write() as s:
            t = s.get(AdmTag, element_id)
            if t is None:
                raise NotFoundError("Element {element_id} no longer exists.", element_id=element_id)
            items, projects = _usage(s, element_id)
            if items or projects:
                raise ConflictError(
                    "{t_label} tags {uses}: take it off them first.",
                    t_label=t.label,
                    uses=_uses(items, projects),
                )
            framework_id = t.framework_id
            self._ctx.audit(s, "delete", "adm_tag", t.id, t.label)
            s.delete(t)
            self._ctx.publish(Change(ChangeKind.FRAMEWORKS, frozenset({framework_id})))


def _usage(s: Session, element_id: int) -> tuple[int, int]:
    items = s.scalar(
        select(func.count()).select_from(item_adm_tag).where(item_adm_tag.c.tag_id == element_id)
    )
    projects = s.scalar(
        select(func.count())
        .select_from(project_outcome)
        .where(project_outcome.c.tag_id == element_id)
    )
    return int(items or 0), int(projects or 0)


def _default_kind(fw: Framework, code: str) -> AdmTagKind:
    if fw.kind is FrameworkKind.WORK_PLAN:
        return AdmTagKind.ACTIVITY
    if fw.code == "ADM2025":
        return AdmTagKind.DESIRED_OUTCOME if code.startswith("DO") else AdmTagKind.ENABLING_ACTION
    return AdmTagKind.ACTION if "." in code else AdmTagKind.OUTCOME


def _uses(items: int, projects: int) -> Message:
    """ "1 agenda item and 3 projects", each counted in the interface's language."""
    return Message(
        "{items} and {projects}",
        items=Message("1 agenda item" if items == 1 else "{count} agenda items", count=items),
        projects=Message("1 project" if projects == 1 else "{count} projects", count=projects),
    )
