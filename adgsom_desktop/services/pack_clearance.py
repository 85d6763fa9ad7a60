"""A brief's clearance block: who prepared it, sent it for review and approved it, and when.

Read from the position (its owner, its approver), the version printed, and the
audit log (who sent it for review: the drafter, recorded as "not named" when they gave
no name, never the computer's login); dates are written out in full.  "Cleared by"
is the senior who checked a brief in ministry practice: the app records no such step,
so the line says what happened, "Sent for review by" (review s30 F2).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import PositionStatus
from ..domain.models import AuditEntry, Person, Position, PositionVersion
from ..domain.timeutil import long_date
from ..i18n.printing import translate
from ..reports.pack_model import ClearanceLine

SENT = "Sent for review by"


def clearance(s: Session, p: Position) -> tuple[ClearanceLine, ...]:
    """Prepared by (the owner, the version printed), sent for review by (the audit log's
    actor), approved by: each with its date written out; a step not taken has no name."""
    owner = s.get(Person, p.owner_id) if p.owner_id else None
    saved = s.scalar(
        select(PositionVersion.saved_at).where(
            PositionVersion.position_id == p.id, PositionVersion.version_no == p.version_no
        )
    )
    prepared = ClearanceLine(
        "Prepared by",
        owner.full_name if owner else "",
        long_date(saved),
        translate("Pack", "version %s") % p.version_no if p.version_no else "",
    )
    cleared = ClearanceLine(SENT)
    if p.status is not PositionStatus.DRAFT:
        review = s.execute(
            select(AuditEntry.actor, AuditEntry.at)
            .where(
                AuditEntry.entity == "position",
                AuditEntry.entity_id == p.id,
                AuditEntry.action == PositionStatus.FOR_REVIEW.value,
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        if review is not None:
            cleared = ClearanceLine(SENT, review[0], long_date(review[1]))
    approved = ClearanceLine("Approved by")
    if p.status is PositionStatus.APPROVED:
        who = s.get(Person, p.approved_by_id) if p.approved_by_id else None
        approved = ClearanceLine(
            "Approved by",
            who.full_name if who else "",
            long_date(p.approved_at),
            translate("Pack", "version %s") % p.approved_version_no
            if p.approved_version_no
            else "",
        )
    return (prepared, cleared, approved)
