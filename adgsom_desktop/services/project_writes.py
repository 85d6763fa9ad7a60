"""Checking a project's fields and writing them onto a row, with what changed.

Shared by the project dialog (every field) and the import of a matrix (only the
columns mapped): ``apply_values`` writes the given fields and returns, per field,
the value before and after as text, which the import records.
"""

from __future__ import annotations

import re
from dataclasses import fields as dc_fields
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..domain.models import (
    AdmTag,
    Delegation,
    Framework,
    Project,
    ProjectDocument,
    ProjectFocalPoint,
    ProjectMilestone,
    project_lead,
    project_outcome,
)
from ..domain.tag_text import normalise_tags, tag_label
from ..domain.text import MAX_TITLE, clean_text
from ..errors import ValidationError
from .item_tags import resolve_tags
from .project_records import DocumentIn, FocalPointIn, MilestoneIn, ProjectFields

MAX_CODE = 60
MAX_LIST = 200  # milestones, focal points, documents of one project
_CURRENCY = re.compile(r"^[A-Z]{3}$")

# The fields an import may set (a column maps to one of them), in the order shown.
SCALAR_FIELDS = (
    "title",
    "partner_code",
    "funder",
    "amount",
    "currency",
    "implementing_body",
    "start_date",
    "end_date",
    "phase",
    "status",
    "involvement",
    "leads",
    "outcomes",
    "description",
    "remarks",
    "next_phase",
    "our_stance",
    "our_position",
)


def normalise_code(text: str) -> str:
    code = clean_text(text, "Code", max_len=MAX_CODE, single_line=True).strip()
    if not code:
        raise ValidationError("A project needs a code.", "code")
    return code


def normalise_amount(text: str) -> str:
    """ "1,250,000.00" -> "1250000", "2.5" -> "2.5"; "" stays ""."""
    raw = "".join(text.replace(",", "").replace("_", "").split())
    if not raw:
        return ""
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(
            "Amount {text!r} is not a number.", "amount", text=text.strip()
        ) from None
    if not value.is_finite() or value < 0 or value >= Decimal("1e15"):
        raise ValidationError(
            "Amount {text!r} is not a plausible amount.", "amount", text=text.strip()
        )
    out = format(value.normalize(), "f")
    return out


def check_dates(start: date | None, end: date | None, what: str = "The project") -> None:
    for d in (start, end):
        if d is not None and not 1990 <= d.year <= 2100:
            raise ValidationError(
                "{what}: {d_isoformat} is not a plausible date.",
                "dates",
                what=what,
                d_isoformat=d.isoformat(),
            )
    if start and end and end < start:
        raise ValidationError(
            "{what} ends ({end_isoformat}) before it starts ({start_isoformat}).",
            "dates",
            what=what,
            end_isoformat=end.isoformat(),
            start_isoformat=start.isoformat(),
        )


def clean_fields(f: ProjectFields) -> ProjectFields:
    """Every text cleaned and checked (raises ValidationError naming the field)."""
    line = {"single_line": True}
    currency = f.currency.strip().upper()
    if currency and not _CURRENCY.match(currency):
        raise ValidationError(
            "Currency {f_currency!r}: use a three-letter code (USD).",
            "currency",
            f_currency=f.currency,
        )
    check_dates(f.start_date, f.end_date)
    for name, items in (
        ("milestones", f.milestones),
        ("focal points", f.focal_points),
        ("documents", f.documents),
    ):
        if len(items) > MAX_LIST:
            raise ValidationError(
                "At most {max_list} {name} per project.", name, max_list=MAX_LIST, name=name
            )
    milestones = tuple(
        replace(
            m,
            title=clean_text(m.title, "Milestone", max_len=MAX_TITLE, required=True, **line),
        )
        for m in f.milestones
    )
    for m in milestones:
        check_dates(m.due_date, None, f"Milestone {m.title!r}")
        check_dates(m.done_date, None, f"Milestone {m.title!r}")
    return replace(
        f,
        code=normalise_code(f.code),
        title=clean_text(f.title, "Title", max_len=MAX_TITLE, required=True, **line),
        partner_code=f.partner_code.strip().upper(),
        funder=clean_text(f.funder, "Funder", max_len=300, **line),
        amount=normalise_amount(f.amount),
        currency=currency,
        implementing_body=clean_text(f.implementing_body, "Implementing body", max_len=300, **line),
        phase=clean_text(f.phase, "Phase", max_len=60, **line),
        leads=tuple(dict.fromkeys(c.strip().upper() for c in f.leads if c.strip())),
        outcomes=normalise_tags(f.outcomes),
        description=clean_text(f.description, "Description"),
        remarks=clean_text(f.remarks, "Remarks"),
        next_phase=clean_text(f.next_phase, "Next phase"),
        our_position=clean_text(f.our_position, "Our position"),
        milestones=milestones,
        focal_points=tuple(
            FocalPointIn(
                clean_text(p.name, "Focal point", max_len=200, required=True, **line),
                clean_text(p.role, "Role", max_len=200, **line),
                clean_text(p.organisation, "Organisation", max_len=300, **line),
                clean_text(p.email, "Email", max_len=200, **line),
                clean_text(p.phone, "Phone", max_len=100, **line),
            )
            for p in f.focal_points
        ),
        documents=tuple(
            DocumentIn(
                clean_text(d.symbol, "Document symbol", max_len=200, **line),
                clean_text(d.title, "Document title", max_len=MAX_TITLE, **line),
                d.doc_date,
            )
            for d in f.documents
        ),
    )


def as_text(value: Any) -> str:
    """A field's value as the change record and the preview show it."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(getattr(value, "value", value))


def current_values(session: Session, p: Project) -> dict[str, Any]:
    """The mappable fields of a stored project, typed as in ``ProjectFields``."""
    partner = session.get(Delegation, p.partner_id) if p.partner_id else None
    leads = tuple(
        session.scalars(
            select(Delegation.code)
            .join(project_lead, project_lead.c.delegation_id == Delegation.id)
            .where(project_lead.c.project_id == p.id)
            .order_by(Delegation.ord)
        )
    )
    outcomes = tuple(
        tag_label(fw, code)
        for fw, code in session.execute(
            select(Framework.code, AdmTag.code)
            .join(AdmTag, AdmTag.framework_id == Framework.id)
            .join(project_outcome, project_outcome.c.tag_id == AdmTag.id)
            .where(project_outcome.c.project_id == p.id)
            .order_by(Framework.ord, AdmTag.ord, AdmTag.code)
        )
    )
    out: dict[str, Any] = {
        name: getattr(p, name)
        for name in SCALAR_FIELDS
        if name not in ("partner_code", "leads", "outcomes")
    }
    out.update(partner_code=partner.code if partner else "", leads=leads, outcomes=outcomes)
    return out


def apply_values(
    session: Session, p: Project, values: dict[str, Any], delegations: dict[str, int]
) -> list[tuple[str, str, str]]:
    """Write ``values`` (cleaned, keyed by ``SCALAR_FIELDS``) onto ``p``; the changes made."""
    before = current_values(session, p) if p.id is not None else {}
    changes = []
    for name, value in values.items():
        old = before.get(name)
        same = set(old or ()) == set(value) if name in ("leads", "outcomes") else old == value
        if same and p.id is not None:
            continue
        changes.append((name, as_text(old), as_text(value)))
        if name == "partner_code":
            if value and value not in delegations:
                raise ValidationError(
                    "No delegation or partner with code {value}.", "partner", value=value
                )
            p.partner_id = delegations[value] if value else None
        elif name == "leads":
            unknown = [c for c in value if c not in delegations]
            if unknown:
                raise ValidationError(
                    "No Member State with code {unknown}.", "leads", unknown=", ".join(unknown)
                )
            session.flush()
            session.execute(delete(project_lead).where(project_lead.c.project_id == p.id))
            if value:
                session.execute(
                    insert(project_lead),
                    [{"project_id": p.id, "delegation_id": delegations[c]} for c in value],
                )
        elif name == "outcomes":
            tags = resolve_tags(session, value)
            session.flush()
            session.execute(delete(project_outcome).where(project_outcome.c.project_id == p.id))
            if tags:
                session.execute(
                    insert(project_outcome),
                    [{"project_id": p.id, "tag_id": t.id} for t in dict.fromkeys(tags)],
                )
        else:
            setattr(p, name, value)
    return changes


def set_lists(session: Session, p: Project, f: ProjectFields) -> None:
    """Milestones, focal points and documents as the dialog holds them."""
    p.milestones = [
        ProjectMilestone(
            ord=n, kind=m.kind, title=m.title, due_date=m.due_date, done_date=m.done_date
        )
        for n, m in enumerate(f.milestones)
    ]
    p.focal_points = [
        ProjectFocalPoint(
            ord=n,
            name=x.name,
            role=x.role,
            organisation=x.organisation,
            email=x.email,
            phone=x.phone,
        )
        for n, x in enumerate(f.focal_points)
    ]
    p.documents = [
        ProjectDocument(ord=n, symbol=d.symbol, title=d.title, doc_date=d.doc_date)
        for n, d in enumerate(f.documents)
    ]


def all_values(f: ProjectFields) -> dict[str, Any]:
    return {name: getattr(f, name) for name in SCALAR_FIELDS}


def list_values(p: Project) -> ProjectFields:
    """Only the lists of a stored project (the rest filled by ``current_values``)."""
    return ProjectFields(
        code=p.code,
        title=p.title,
        milestones=tuple(
            MilestoneIn(m.title, m.due_date, m.done_date, m.kind) for m in p.milestones
        ),
        focal_points=tuple(
            FocalPointIn(x.name, x.role, x.organisation, x.email, x.phone) for x in p.focal_points
        ),
        documents=tuple(DocumentIn(d.symbol, d.title, d.doc_date) for d in p.documents),
    )


FIELD_NAMES = tuple(f.name for f in dc_fields(ProjectFields))
