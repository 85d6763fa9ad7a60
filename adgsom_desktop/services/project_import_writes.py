"""Writing an imported matrix in bulk: the projects' current values read a chunk at a time,
new projects inserted with ``executemany``, changed fields updated, each change recorded.

A 20,000-row matrix must not cost a query per field per row: the values to compare are
read once (``current_by_code``), tags resolved once (``tag_ids``), and rows go in with
Core statements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from ..domain.enums import Involvement, ProjectStatus
from ..domain.models import (
    AdmTag,
    Delegation,
    Framework,
    Project,
    ProjectChange,
    project_lead,
    project_outcome,
)
from ..domain.tag_text import tag_label
from ..errors import ValidationError
from .item_tags import resolve_tags, store_tag_ids
from .project_writes import SCALAR_FIELDS, as_text

CHUNK = 500
_LISTS = ("partner_code", "leads", "outcomes")
_COLUMNS = [f for f in SCALAR_FIELDS if f not in _LISTS]
_PROJECT: Table = Project.__table__  # type: ignore[assignment]


def current_by_code(s: Session, codes: Sequence[str]) -> dict[str, tuple[int, dict[str, Any]]]:
    """For the codes already in the store: (project id, the mappable fields as typed values)."""
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    partner_code = dict(s.execute(select(Delegation.id, Delegation.code)).all())
    cols = [getattr(Project, c) for c in _COLUMNS]
    for start in range(0, len(codes), CHUNK):
        part = list(codes[start : start + CHUNK])
        found = {}
        for row in s.execute(
            select(Project.id, Project.code, Project.partner_id, *cols).where(
                Project.code.in_(part)
            )
        ):
            values = dict(zip(_COLUMNS, row[3:], strict=True))
            values["partner_code"] = partner_code.get(row[2], "") if row[2] else ""
            values["leads"], values["outcomes"] = (), ()
            found[row[0]] = (row[1], values)
        if not found:
            continue
        leads: dict[int, list[str]] = defaultdict(list)
        for pid, code in s.execute(
            select(project_lead.c.project_id, Delegation.code)
            .join(Delegation, Delegation.id == project_lead.c.delegation_id)
            .where(project_lead.c.project_id.in_(list(found)))
            .order_by(Delegation.ord)
        ):
            leads[pid].append(code)
        outcomes: dict[int, list[str]] = defaultdict(list)
        for pid, fw, code in s.execute(
            select(project_outcome.c.project_id, Framework.code, AdmTag.code)
            .join(AdmTag, AdmTag.id == project_outcome.c.tag_id)
            .join(Framework, Framework.id == AdmTag.framework_id)
            .where(project_outcome.c.project_id.in_(list(found)))
            .order_by(Framework.ord, AdmTag.ord, AdmTag.code)
        ):
            outcomes[pid].append(tag_label(fw, code))
        for pid, (code, values) in found.items():
            values["leads"], values["outcomes"] = tuple(leads[pid]), tuple(outcomes[pid])
            out[code] = (pid, values)
    return out


def same(field: str, before: Any, after: Any) -> bool:
    if field in ("leads", "outcomes"):
        return set(before or ()) == set(after or ())
    return bool(before == after)


def tag_ids(s: Session, labels: Iterable[str]) -> dict[str, int]:
    """Every tag's id; an ADM 2025 Enabling Action not yet listed is added (once)."""
    known = store_tag_ids(s)
    missing = sorted({x for x in labels if x not in known})
    for tag in resolve_tags(s, missing):
        known[tag.label] = tag.id
    return known


def write_rows(
    s: Session,
    rows: Sequence[tuple[int, str, dict[str, Any]]],
    import_id: int,
    now: datetime,
) -> tuple[int, int, int, list[tuple[str, str, str, str]]]:
    """(created, updated, unchanged, changes) after writing ``rows``: (row no, code, values)."""
    delegations = dict(s.execute(select(Delegation.code, Delegation.id)).all())
    before = current_by_code(s, [code for _n, code, _v in rows])
    tags = tag_ids(s, (t for _n, _c, v in rows for t in v.get("outcomes", ())))

    def partner(value: str) -> int | None:
        if value and value not in delegations:
            raise ValidationError(
                "No delegation or partner with code {value}.", "partner", value=value
            )
        return delegations[value] if value else None

    new_rows, changes = [], []
    lead_rows: list[dict[str, int]] = []
    outcome_rows: list[dict[str, int]] = []
    replaced: set[tuple[str, int]] = set()  # (list, project id) whose rows are rewritten
    updates: list[tuple[int, dict[str, Any]]] = []
    unchanged = 0
    for row_no, code, values in rows:
        if code not in before:
            if not values.get("title"):
                raise ValidationError(
                    "Row {row_no}: the new project {code} has no title. Nothing was imported.",
                    row_no=row_no,
                    code=code,
                )
            new_rows.append((code, values))
            continue
        pid, old = before[code]
        diff = {f: v for f, v in values.items() if not same(f, old.get(f), v)}
        if not diff:
            unchanged += 1
            continue
        scalar = {f: v for f, v in diff.items() if f not in _LISTS}
        if "partner_code" in diff:
            scalar["partner_id"] = partner(diff["partner_code"])
        if scalar:
            updates.append((pid, {**scalar, "updated_at": now}))
        for name, target in (("leads", lead_rows), ("outcomes", outcome_rows)):
            if name in diff:
                replaced.add((name, pid))
                target += _list_rows(name, pid, diff[name], delegations, tags)
        for f, v in diff.items():
            changes.append((pid, code, f, as_text(old.get(f)), as_text(v)))
    for pid, values in updates:
        s.execute(update(_PROJECT).where(_PROJECT.c.id == pid).values(**values))
    for name, table in (("leads", project_lead), ("outcomes", project_outcome)):
        ids = [pid for n, pid in replaced if n == name]
        for start in range(0, len(ids), CHUNK):
            s.execute(delete(table).where(table.c.project_id.in_(ids[start : start + CHUNK])))
    if new_rows:
        s.execute(
            insert(_PROJECT),
            [_new_project(code, values, partner, now) for code, values in new_rows],
        )
        created_ids = _ids_by_code(s, [c for c, _v in new_rows])
        for code, values in new_rows:
            pid = created_ids[code]
            lead_rows += _list_rows("leads", pid, values.get("leads", ()), delegations, tags)
            outcome_rows += _list_rows(
                "outcomes", pid, values.get("outcomes", ()), delegations, tags
            )
    if lead_rows:
        s.execute(insert(project_lead), lead_rows)
    if outcome_rows:
        s.execute(insert(project_outcome), outcome_rows)
    if changes:
        s.execute(
            insert(ProjectChange.__table__),  # type: ignore[arg-type]
            [
                {
                    "import_id": import_id,
                    "project_id": pid,
                    "field": f,
                    "old_value": o,
                    "new_value": n,
                }
                for pid, _code, f, o, n in changes
            ],
        )
    updated = len({pid for pid, *_rest in changes})
    return len(new_rows), updated, unchanged, [(c, f, o, n) for _p, c, f, o, n in changes]


def _ids_by_code(s: Session, codes: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(codes), CHUNK):
        part = codes[start : start + CHUNK]
        out.update(s.execute(select(Project.code, Project.id).where(Project.code.in_(part))).all())
    return out


def _list_rows(
    name: str, pid: int, values: Iterable[str], delegations: dict[str, int], tags: dict[str, int]
) -> list[dict[str, int]]:
    if name == "leads":
        unknown = [c for c in values if c not in delegations]
        if unknown:
            raise ValidationError(
                "No Member State with code {unknown}.", "leads", unknown=", ".join(unknown)
            )
        return [{"project_id": pid, "delegation_id": delegations[c]} for c in dict.fromkeys(values)]
    return [{"project_id": pid, "tag_id": tags[t]} for t in dict.fromkeys(values)]


def _new_project(code: str, values: dict[str, Any], partner: Any, now: datetime) -> dict[str, Any]:
    row: dict[str, Any] = {
        "code": code,
        "title": values["title"],
        "partner_id": partner(values.get("partner_code", "")),
        "funder": "",
        "amount": "",
        "currency": "",
        "implementing_body": "",
        "start_date": None,
        "end_date": None,
        "phase": "",
        "status": ProjectStatus.PROPOSED,
        "involvement": Involvement.NONE,
        "description": "",
        "remarks": "",
        "next_phase": "",
        "our_stance": None,
        "our_position": "",
        "created_at": now,
        "updated_at": now,
    }
    row.update({k: v for k, v in values.items() if k in _COLUMNS})
    return row
