"""What every service shares: the open store, the change bus, who is acting, the audit log."""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import AuditEntry, StoreSetting
from ..storage.store import Store
from .changes import Change, ChangeBus

AUDIT_HEAD = "audit_head"  # store_setting key: "<id of the newest entry> <its hash>"


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
        """Append a hash-chained audit entry inside the caller's transaction."""
        prev = session.execute(
            select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).scalar()
        entry = AuditEntry(
            actor=self.actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail[:2000],
            prev_hash=prev or "",
        )
        session.add(entry)
        session.flush()
        entry.hash = audit_hash(entry)
        # The head of the chain, kept apart: removing the newest entries shows.
        session.merge(StoreSetting(key=AUDIT_HEAD, value=f"{entry.id} {entry.hash}"))


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
