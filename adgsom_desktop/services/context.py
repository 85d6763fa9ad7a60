"""What every service shares: the open store, the change bus, who is acting, the audit log."""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.models import AuditEntry, StoreSetting
from ..errors import StoreError
from ..storage import sqlite_driver
from ..storage.store import Store
from .changes import Change, ChangeBus, stamped

AUDIT_HEAD = "audit_head"  # store_setting key: "<id of the newest entry> <its hash>"

# Built once: constructing a statement costs more than running it (every write audits).
_AUDIT_TIP = select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
_AUDIT_INSERT = insert(cast(Table, AuditEntry.__table__))
_SETTINGS = cast(Table, StoreSetting.__table__)
_HEAD_UPDATE = (
    update(_SETTINGS).where(_SETTINGS.c.key == AUDIT_HEAD).values(value=bindparam("head"))
)
_HEAD_INSERT = insert(_SETTINGS).values(key=AUDIT_HEAD, value=bindparam("head"))


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
        self._before_close: list[Callable[[], None]] = []

    def before_close(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` when the store is about to close (the GUI's runner drains there)."""
        self._before_close.append(fn)

    def closing(self) -> None:
        hooks, self._before_close = self._before_close, []
        for fn in hooks:
            fn()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._watch(), self.store.sessions.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        if self.store.closed:  # a late save (an editor's retry) must not reopen the file
            raise StoreError("The store is closed: nothing was saved.")
        self.store.refuse_if_damaged()  # a damaged store is never written to
        with self._watch(), self.store.sessions.write() as session:
            yield session

    @contextmanager
    def _watch(self) -> Iterator[None]:
        """SQLite finding a damaged page marks the store damaged (no write after it)
        and becomes a ``StoreCorruptError`` that says so."""
        try:
            yield
        except Exception as exc:
            detail = sqlite_driver.damage_in(exc)
            if detail is None:
                raise
            raise self.store.mark_damaged(detail) from exc

    def publish(self, *changes: Change) -> None:
        for change in changes:
            self.bus.publish(stamped(change))

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
        session.flush()  # pending ORM rows first: the Core statements below bypass autoflush
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
        entry.hash = audit_hash(entry)
        conn.execute(_AUDIT_INSERT, [vars(entry)])
        # The head of the chain, kept apart: removing the newest entries shows.
        head = {"head": f"{entry.id} {entry.hash}"}
        if conn.execute(_HEAD_UPDATE, head).rowcount == 0:
            conn.execute(_HEAD_INSERT, head)


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
