"""What every service shares: the open store, the change bus, who is acting, the audit log."""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.models import AuditEntry
from ..storage.store import Store
from .changes import Change, ChangeBus

# Built once: constructing a statement costs more than running it (every write audits).
_AUDIT_TIP = select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
_AUDIT_INSERT = insert(cast(Table, AuditEntry.__table__))


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "user"


class ServiceContext:
    def __init__(self, store: Store, bus: ChangeBus | None = None, actor: str = "") -> None:
        self.store = store
        self.bus = bus or ChangeBus()
        self.actor = actor or _default_actor()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.sessions.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.store.sessions.write() as session:
            yield session

    def publish(self, *changes: Change) -> None:
        for change in changes:
            self.bus.publish(change)

    def audit(
        self,
        session: Session,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        detail: str = "",
    ) -> None:
        """Append a hash-chained audit entry inside the caller's transaction.

        One read of the chain's tip and one INSERT: the id is the next one (the
        caller holds the write lock, ``BEGIN IMMEDIATE``), so the hash is known
        before the row is written (no UPDATE after the flush).
        """
        conn = session.connection()  # Core: no ORM round trip for two small statements
        tip = conn.execute(_AUDIT_TIP).first()
        entry = SimpleNamespace(
            id=(tip[0] + 1) if tip else 1,
            at=utcnow(),
            actor=self.actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail[:2000],
            prev_hash=(tip[1] or "") if tip else "",
        )
        values = vars(entry)
        conn.execute(_AUDIT_INSERT, [{**values, "hash": audit_hash(entry)}])


def audit_hash(entry: Any) -> str:
    payload = json.dumps(
        [
            entry.id,
            entry.at.isoformat() if entry.at else "",
            entry.actor,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.detail,
            entry.prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
