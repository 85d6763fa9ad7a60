"""Importing the Secretariat's project matrices: map columns once, preview, then import.

``preview`` reads the file (nothing is written), maps its columns (the mapping
remembered from the last import, else guessed from the headers, then the caller's
overrides), reads every cell, and compares each row with the project of the same
code.  Any bad cell refuses the whole file with the rows and columns named.
``import_`` writes it in one transaction after a backup: new projects are created,
existing ones get the mapped fields that differ, and every change is recorded
(``project_import`` and ``project_change``).

Its parts: ``project_import_columns`` (the fields, a header's guessed field),
``project_import_rows`` (each row's mapped cells read and checked),
``project_import_writes`` (the rows written, each change recorded).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..domain.base import utcnow
from ..domain.enums import DelegationKind
from ..domain.models import Delegation, Project, ProjectChange, ProjectImport, StoreSetting
from ..errors import ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .item_tags import store_tag_ids
from .project_cells import (
    DelegationMatcher,
)
from .project_import_columns import FIELDS as FIELDS  # the mapping's choices (dialog, CLI)
from .project_import_columns import IGNORE, MAPPING_KEY, guess_field, header_key
from .project_import_rows import read_rows
from .project_import_writes import current_by_code, same, write_rows
from .project_matrix import read_matrix
from .project_writes import as_text

MAX_PROBLEMS = 8


@dataclass(frozen=True)
class RowPreview:
    row_no: int
    code: str
    title: str
    action: str  # "new", "update", "unchanged"
    changes: tuple[tuple[str, str, str], ...]  # (field, before, after)
    values: dict[str, Any] = field(compare=False, repr=False)


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sha256: str
    sheet: str
    headers: tuple[str, ...]
    mapping: tuple[str, ...]  # per column: a field of FIELDS, or "" (ignored)
    rows: tuple[RowPreview, ...]
    inferred_currency: str = ""

    @property
    def new(self) -> int:
        return sum(r.action == "new" for r in self.rows)

    @property
    def updated(self) -> int:
        return sum(r.action == "update" for r in self.rows)

    @property
    def unchanged(self) -> int:
        return sum(r.action == "unchanged" for r in self.rows)


@dataclass(frozen=True)
class ImportResult:
    import_id: int
    file_name: str
    created: int
    updated: int
    unchanged: int
    changes: tuple[tuple[str, str, str, str], ...]  # (code, field, before, after)
    backup: str = ""


class ProjectImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def remembered(self) -> dict[str, str]:
        with self._ctx.read() as s:
            row = s.get(StoreSetting, MAPPING_KEY)
        try:
            data = json.loads(row.value) if row else {}
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in data.items() if v in FIELDS or v == IGNORE}

    def mapping_for(
        self, headers: tuple[str, ...], overrides: dict[str, str] | None = None
    ) -> tuple[str, ...]:
        """A field per column: overrides (by header), else remembered, else guessed."""
        remembered = self.remembered()
        wanted = {header_key(k): v for k, v in (overrides or {}).items()}
        for k, v in wanted.items():
            if v not in FIELDS and v != IGNORE:
                raise ValidationError(
                    "{v!r} is not a field (choose from {fields}).",
                    "mapping",
                    v=v,
                    fields=", ".join(FIELDS),
                )
            if k not in {header_key(h) for h in headers}:
                raise ValidationError("The file has no column {k!r}.", "mapping", k=k)
        out: list[str] = []
        for h in headers:
            k = header_key(h)
            choice = wanted.get(k, remembered.get(k, guess_field(h)))
            out.append(IGNORE if choice in out and choice else choice)
        return tuple(out)

    def preview(
        self,
        name: str,
        data: bytes,
        overrides: dict[str, str] | None = None,
        mapping: tuple[str, ...] | None = None,
    ) -> ImportPreview:
        """Read the file and compare it with the store (nothing is written)."""
        matrix = read_matrix(name, data)
        cols = mapping if mapping is not None else self.mapping_for(matrix.headers, overrides)
        if len(cols) != len(matrix.headers):
            raise ValidationError("The mapping does not match the file's columns.", "mapping")
        if "code" not in cols:
            raise ValidationError(
                "{name}: no column holds the project code (the headers read were: "
                "{headers}). Map one column to Code; "
                "projects are matched by their code. Nothing was imported.",
                name=name,
                headers=", ".join(h for h in matrix.headers if h) or "none",
            )
        doubled = [f for f in set(cols) if f and cols.count(f) > 1]
        if doubled:
            raise ValidationError(
                "Two columns are mapped to {fields}.",
                fields=", ".join(FIELDS[f] for f in doubled),
            )
        currency = ""
        if "currency" not in cols and "amount" in cols:
            m = re.search(r"\b([A-Z]{3})\b", matrix.headers[cols.index("amount")])
            currency = m[1] if m else ""
        with self._ctx.read() as s:
            matcher = DelegationMatcher(
                (d.code, d.name, d.local_name, d.aliases, d.kind is DelegationKind.MEMBER_STATE)
                for d in s.scalars(select(Delegation))
            )
            tags = store_tag_ids(s)
            rows, problems = read_rows(matrix, cols, matcher, currency, set(tags))
            if problems:
                more = len(problems) - MAX_PROBLEMS
                listed = "\n- ".join(problems[:MAX_PROBLEMS])
                if more > 0:
                    raise ValidationError(
                        "{name} was not imported; nothing was written:\n- {problems}\n- and "
                        "{more} more",
                        name=name,
                        problems=listed,
                        more=more,
                    )
                raise ValidationError(
                    "{name} was not imported; nothing was written:\n- {problems}",
                    name=name,
                    problems=listed,
                )
            previews = []
            existing = current_by_code(s, [code for _n, code, _v in rows])
            for row_no, code, values in rows:
                found = existing.get(code)
                if found is None:
                    title = str(values.get("title") or "")
                    changes = tuple((f, "", as_text(v)) for f, v in values.items() if as_text(v))
                    previews.append(RowPreview(row_no, code, title, "new", changes, values))
                    continue
                before = found[1]
                title = str(values.get("title") or before.get("title") or "")
                changes = tuple(
                    (f, as_text(before.get(f)), as_text(v))
                    for f, v in values.items()
                    if not same(f, before.get(f), v)
                )
                previews.append(
                    RowPreview(
                        row_no, code, title, "update" if changes else "unchanged", changes, values
                    )
                )
        return ImportPreview(
            name,
            hashlib.sha256(data).hexdigest(),
            matrix.sheet,
            matrix.headers,
            cols,
            tuple(previews),
            currency,
        )

    def import_(self, preview: ImportPreview, *, backup_first: bool = True) -> ImportResult:
        """Write a previewed file: create new projects, update changed ones, record it all."""
        from .trip_carry import refuse_here

        with self._ctx.read() as s:  # a trip copy: before the backup too
            refuse_here(s, "projects")
        backup = ""
        if backup_first:
            from .backup_service import BackupService

            made = BackupService(self._ctx).before_import()  # none on a team store
            backup = "" if made is None else str(made.path)
        with self._ctx.write() as s:
            record = ProjectImport(
                file_name=preview.file_name[:300], sha256=preview.sha256, actor=self._ctx.actor
            )
            s.add(record)
            s.flush()
            created, updated, unchanged, out_changes = write_rows(
                s, [(r.row_no, r.code, dict(r.values)) for r in preview.rows], record.id, utcnow()
            )
            record.created, record.updated, record.unchanged = created, updated, unchanged
            _remember(s, preview)
            self._ctx.audit(
                s,
                "import",
                "project_import",
                record.id,
                f"{preview.file_name}: {created} new, {updated} updated, {unchanged} unchanged",
            )
            import_id = record.id
            self._ctx.publish(Change(ChangeKind.PROJECTS))
        return ImportResult(
            import_id, preview.file_name, created, updated, unchanged, tuple(out_changes), backup
        )

    def imports(self) -> list[tuple[int, str, str, int, int, int]]:
        """Past imports, newest first: (id, file, when, created, updated, unchanged)."""
        with self._ctx.read() as s:
            return [
                (
                    i.id,
                    i.file_name,
                    i.imported_at.isoformat(" ", "minutes"),
                    i.created,
                    i.updated,
                    i.unchanged,
                )
                for i in s.scalars(select(ProjectImport).order_by(ProjectImport.id.desc()))
            ]

    def changes(self, import_id: int) -> list[tuple[str, str, str, str]]:
        """What one import changed: (code, field, before, after)."""
        with self._ctx.read() as s:
            rows = s.execute(
                select(
                    Project.code,
                    ProjectChange.field,
                    ProjectChange.old_value,
                    ProjectChange.new_value,
                )
                .join(Project, Project.id == ProjectChange.project_id)
                .where(ProjectChange.import_id == import_id)
                .order_by(ProjectChange.id)
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]


def _remember(s: Any, preview: ImportPreview) -> None:
    row = s.get(StoreSetting, MAPPING_KEY)
    try:
        data = json.loads(row.value) if row else {}
    except ValueError:
        data = {}
    for h, f in zip(preview.headers, preview.mapping, strict=True):
        if header_key(h):
            data[header_key(h)] = f
    value = json.dumps(data, ensure_ascii=False, sort_keys=True)
    if row is None:
        s.add(StoreSetting(key=MAPPING_KEY, value=value))
    else:
        row.value = value
