"""The other store's audit log, as a payload brings it: each entry checked, then kept.

``new_audit`` returns the entries this store does not hold yet, each one's hash recomputed
and each linked to the one before it (in the payload, or already held): a log that does not
verify refuses the whole import.  ``store_audit`` keeps them (``foreign_audit``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.models import ForeignAudit
from ...errors import ValidationError
from ..context import audit_hash
from .payload import Payload


def new_audit(session: Session, payload: Payload) -> list[dict[str, Any]]:
    """The other store's entries this one does not hold yet; each one's hash checked, and
    each linked to the one before it (in the bundle, or already held)."""
    entries = [dict(e) for e in payload.audit]
    if not entries:
        return []
    hashes = [e["hash"] for e in entries]
    held = set(
        session.scalars(select(ForeignAudit.hash).where(ForeignAudit.hash.in_(hashes))).all()
    )
    before: dict[str, Any] | None = None
    for e in entries:
        linked = before is None or (
            e["prev_hash"] == before["hash"] and e["id"] == before["id"] + 1
        )
        if not linked or audit_hash(_entry(e)) != e["hash"]:
            raise ValidationError(
                "The sender's audit log in this file does not verify (entry {e}): "
                "refused, nothing was changed.",
                e=e["id"],
            )
        before = e
    return [e for e in entries if e["hash"] not in held]


def _entry(e: dict[str, Any]) -> Any:
    from types import SimpleNamespace

    return SimpleNamespace(
        id=e["id"],
        at=datetime.fromisoformat(e["at"]),
        actor=e["actor"],
        action=e["action"],
        entity=e["entity"],
        entity_id=e["entity_id"],
        detail=e["detail"],
        prev_hash=e["prev_hash"],
    )


def store_audit(session: Session, payload: Payload, entries: list[dict[str, Any]]) -> None:
    if not entries:
        return
    now = utcnow()
    session.connection().execute(
        insert(ForeignAudit),
        [
            {
                **e,
                "at": datetime.fromisoformat(e["at"]),
                "origin": payload.store_id,
                "origin_name": payload.store_name[:300],
                "received_at": now,
            }
            for e in entries
        ],
    )
