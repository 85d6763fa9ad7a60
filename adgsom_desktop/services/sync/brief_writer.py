"""A brief that came in, written with Core statements (inside the import's one transaction).

The same rows the position editor writes (``position_rows.apply_content`` and
``write_version``), without the ORM: the position row inserted or updated, its sections'
rows replaced (a point to make whose text is unchanged keeps its row and its delivered
tick), and a new version whose snapshot is made from the content written, as
``content_of`` would read it back (the item's ADM tags included).  Measured: the ORM path
(lazy loads of each section, unit-of-work flushes) was ~40% of a bundle's import.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.enums import PositionStatus
from ...domain.models import (
    AdmTag,
    DefensiveLine,
    Framework,
    Position,
    PositionFallback,
    PositionPoint,
    PositionVersion,
    TheirObjective,
    item_adm_tag,
)
from ...domain.position_sections import TEXT_SECTIONS
from ...errors import ValidationError
from ..position_records import PositionContent
from ..position_rows import clean_content
from .kinds import Conv
from .writers import Ids


def write_position(
    session: Session,
    item_id: int,
    content: dict[str, Any],
    ids: Ids,
    saved_by: str,
    comment: str,
    approval_ok: bool,
) -> tuple[int, dict[str, Any]]:
    """Write a brief that came in as a new version (its history keeps the earlier ones);
    its id and the content as stored (an owner or approver this store lacks left out)."""
    stored = dict(content)
    brief = dict(content["brief"])
    owner = ids.get(Conv.PERSON, brief.pop("owner", None))
    if content["brief"].get("owner") is not None and owner is None:
        stored["brief"] = {**content["brief"], "owner": None}
    brief["owner_id"] = owner
    c = clean_content(PositionContent.from_snapshot(brief))
    for t in c.their_objectives:
        if t.delegation_code and t.delegation_code not in ids.codes:
            raise ValidationError(
                "No delegation with code {t_delegation_code}.",
                "their",
                t_delegation_code=t.delegation_code,
            )
    status = PositionStatus(content["status"])
    approval = content.get("approval")
    approver = ids.get(Conv.PERSON, approval.get("by")) if approval else None
    if status is PositionStatus.APPROVED and not (approval_ok and approver is not None):
        status = PositionStatus.FOR_REVIEW  # an approval travels only when signed
        stored["status"], stored["approval"] = status.value, None
    approved = status is PositionStatus.APPROVED and bool(approval)
    conn = session.connection()
    now = utcnow()
    values: dict[str, Any] = {name: getattr(c, name) for name in TEXT_SECTIONS}
    values.update(
        stance=c.stance,
        authority=c.authority,
        owner_id=c.owner_id,
        status=status,
        approved_by_id=None,
        approved_at=None,
        approved_version_no=None,
        updated_at=now,
    )
    row = conn.execute(
        select(Position.id, Position.version_no).where(Position.item_id == item_id)
    ).first()
    if row is None:
        version_no = 1
        made = conn.execute(
            insert(Position).values(
                item_id=item_id, version_no=version_no, created_at=now, **values
            )
        ).inserted_primary_key
        assert made is not None
        position_id = int(made[0])
    else:
        position_id, version_no = int(row.id), int(row.version_no) + 1
    if approved and approval is not None:
        values.update(
            approved_by_id=approver,
            approved_at=datetime.fromisoformat(approval["at"]) if approval.get("at") else now,
            approved_version_no=version_no,
        )
    if row is None:
        if approved:
            conn.execute(
                update(Position)
                .where(Position.id == position_id)
                .values(
                    approved_by_id=values["approved_by_id"],
                    approved_at=values["approved_at"],
                    approved_version_no=version_no,
                )
            )
    else:
        conn.execute(
            update(Position)
            .where(Position.id == position_id)
            .values(version_no=version_no, **values)
        )
    _sections(session, position_id, c, ids, fresh=row is None)
    snapshot = replace(c, tags=_tags(session, item_id)).to_snapshot()
    conn.execute(
        insert(PositionVersion).values(
            position_id=position_id,
            version_no=version_no,
            saved_at=now,
            saved_by=saved_by,
            status=status,
            comment=comment,
            snapshot=snapshot,
        )
    )
    return position_id, stored


def _sections(
    session: Session, position_id: int, c: PositionContent, ids: Ids, *, fresh: bool
) -> None:
    conn = session.connection()
    if not fresh:
        for section in (PositionFallback, TheirObjective, DefensiveLine):
            conn.execute(delete(section).where(section.position_id == position_id))
    rows: list[tuple[type, list[dict[str, Any]]]] = [
        (
            PositionFallback,
            [{"position_id": position_id, "ord": n, "text": t} for n, t in enumerate(c.fallbacks)],
        ),
        (
            TheirObjective,
            [
                {
                    "position_id": position_id,
                    "ord": n,
                    "delegation_id": ids.codes.get(t.delegation_code),
                    "their_objective": t.their_objective,
                    "our_response": t.our_response,
                }
                for n, t in enumerate(c.their_objectives)
            ],
        ),
        (
            DefensiveLine,
            [
                {"position_id": position_id, "ord": n, "question": d.question, "answer": d.answer}
                for n, d in enumerate(c.defensive_lines)
            ],
        ),
        (PositionPoint, _points(session, position_id, c.points, fresh=fresh)),
    ]
    for model, new in rows:
        if new:
            conn.execute(insert(model), new)


def _points(
    session: Session, position_id: int, points: tuple[str, ...], *, fresh: bool
) -> list[dict[str, Any]]:
    """The points to insert; a point whose text is unchanged keeps its row (and its
    delivered tick) at its new place; the others are removed."""
    if fresh:
        return [{"position_id": position_id, "ord": n, "text": t} for n, t in enumerate(points)]
    conn = session.connection()
    old = {
        r.text: r.id
        for r in conn.execute(
            select(PositionPoint.id, PositionPoint.text)
            .where(PositionPoint.position_id == position_id)
            .order_by(PositionPoint.ord, PositionPoint.id)
        )
    }
    kept: dict[int, int] = {}
    new: list[dict[str, Any]] = []
    for n, text in enumerate(points):
        existing = old.pop(text, None)
        if existing is not None:
            kept[existing] = n
        else:
            new.append({"position_id": position_id, "ord": n, "text": text})
    if old:
        conn.execute(delete(PositionPoint).where(PositionPoint.id.in_(list(old.values()))))
    for point_id, n in kept.items():
        conn.execute(update(PositionPoint).where(PositionPoint.id == point_id).values(ord=n))
    return new


def _tags(session: Session, item_id: int) -> tuple[str, ...]:
    """The item's ADM tags as ``content_of`` names them, in the same order."""
    rows = session.connection().execute(
        select(Framework.code, AdmTag.code)
        .join(AdmTag, AdmTag.framework_id == Framework.id)
        .join(item_adm_tag, item_adm_tag.c.tag_id == AdmTag.id)
        .where(item_adm_tag.c.item_id == item_id)
        .order_by(AdmTag.framework_id, AdmTag.ord, AdmTag.code)
    )
    return tuple(f"{f} {t}" for f, t in rows)
