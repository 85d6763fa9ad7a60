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
from ...domain.models import ForeignAudit, SyncPeer
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


def held_through(session: Session) -> dict[str, int]:
    """For each other store whose log this one holds: the highest N such that its entries
    1..N are all held here (what a bundle back acknowledges: review s32 H16)."""
    out: dict[str, int] = {}
    rows = session.execute(
        select(ForeignAudit.origin, ForeignAudit.id)
        .distinct()
        .order_by(ForeignAudit.origin, ForeignAudit.id)
    )
    for origin, entry_id in rows:
        n = out.setdefault(origin, 0)
        if entry_id == n + 1:
            out[origin] = entry_id
    return out


def acknowledges_more(session: Session, peer: str, payload: Payload) -> bool:
    """Whether ``payload`` tells something new of what ``peer`` holds of our log."""
    if payload.audit_held is None:
        return False
    from .collect import store_id

    held = payload.audit_held.get(store_id(session), 0)
    row = session.get(SyncPeer, peer)
    return row is None or row.audit_sent != held


def acknowledge(session: Session, peer: str, payload: Payload) -> None:
    """What ``peer`` (who sent ``payload``) says it holds of our log: our next bundle to them
    carries our entries after that, whatever bundles before it were lost on the way."""
    if payload.audit_held is None:  # a bundle of an earlier version: says nothing
        return
    from .collect import store_id

    held = payload.audit_held.get(store_id(session), 0)
    row = session.get(SyncPeer, peer)
    if row is None:
        session.add(SyncPeer(peer=peer, audit_sent=held, last_at=utcnow()))
    else:
        row.audit_sent, row.last_at = held, utcnow()
