"""What every service shares: the open store, the change bus, who is acting, the audit log.

The store is a ``storage.backend.Backend`` (a file, or a team store on a server):
the services name no engine.  Audit entries are chained in commit order whatever
the number of writers: ``audit`` queues the entry on the session, and the write
session appends the queue just before it commits, under the store's ``audit``
lock (``Backend.lock``: SQLite's single writer holds it already; PostgreSQL takes
a transaction-scoped advisory lock), reading the chain's tip and moving its head
in the same locked step.  Taken last, that lock is held only for the commit, and a
transaction holding it takes no other lock, so it never deadlocks.

Changes a service publishes inside a write (``publish`` while ``write`` is open) wait
for its commit: on a team store each is sent with ``pg_notify`` on the write's own
connection just before the commit (PostgreSQL delivers a notice on commit only, so a
write rolled back is never announced), and this process's bus hears them once the
commit returned.  A change published outside a write (a file restored, a backup
taken) goes to the bus at once and to the other apps by the feed's sender thread.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..domain.audit import AUDIT_COLUMNS
from ..domain.base import utcnow
from ..domain.enums import NOT_NAMED
from ..domain.models import AuditEntry, StoreSetting
from ..domain.settings import TRIP_OF
from ..errors import (
    NO_SUCH_NUMBER,
    NotFoundError,
    NotPermittedError,
    StoreError,
    number_out_of_range,
    permission_refused,
)
from ..i18n.messages import QT_TRANSLATE_NOOP, Message
from ..storage.backend import Backend, Capability, LocalFeed, SignedIn, require
from ..storage.driver_sql import DriverTx, Prepared

if TYPE_CHECKING:
    from ..storage.store import Store
    from .audit_anchor import AnchorKeeper
from .changes import Change, ChangeBus, from_payload, stamped, to_payload

# A team member's role as a message names it (``_not_permitted``): in the interface's language.
ROLE_NAMES = {
    "head": QT_TRANSLATE_NOOP("Errors", "head"),
    "alternate": QT_TRANSLATE_NOOP("Errors", "alternate"),
    "member": QT_TRANSLATE_NOOP("Errors", "member"),
    "reader": QT_TRANSLATE_NOOP("Errors", "reader"),
}

AUDIT_HEAD = "audit_head"  # store_setting key: "<id of the newest entry> <its hash>"
AUDIT_LOCK = "audit"  # the whole-store lock the chain is appended under
_PENDING = "adgsom_audit"  # session.info key: entries to append at commit
# The changes published inside the write open in this thread (its context and list).
_OPEN_WRITE: ContextVar[tuple[ServiceContext, list[Change]] | None] = ContextVar(
    "adgsom_open_write", default=None
)

# Built once: constructing a statement costs more than running it (every write audits).
_AUDIT_TIP = select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
_AUDIT_INSERT = insert(cast(Table, AuditEntry.__table__))
_SETTINGS = cast(Table, StoreSetting.__table__)
_HEAD_UPDATE = (
    update(_SETTINGS).where(_SETTINGS.c.key == AUDIT_HEAD).values(value=bindparam("head"))
)
_HEAD_INSERT = insert(_SETTINGS).values(key=AUDIT_HEAD, value=bindparam("head"))
# The same, for a write on the DB-API connection (``write_driver``).
_TIP = Prepared(_AUDIT_TIP)
_APPEND = Prepared(
    insert(cast(Table, AuditEntry.__table__)).values({c: bindparam(c) for c in AUDIT_COLUMNS})
)
_HEAD_SET = Prepared(_HEAD_UPDATE)
_HEAD_ADD = Prepared(_HEAD_INSERT)


def _default_actor() -> str:
    """The actor of a user who gave no name (Settings, ``--actor``): "not named".  The
    computer's login ("root", "kanya_laptop") is never recorded: the audit log travels
    with the store and its entries are printed on CONFIDENTIAL briefs (who sent a brief
    for review, review s30 F2)."""
    return NOT_NAMED


class ServiceContext:
    def __init__(self, backend: Backend, bus: ChangeBus | None = None, actor: str = "") -> None:
        self.backend = backend
        self.bus = bus or ChangeBus()
        # A member signed in to a team store acts in their own name, whatever was asked.
        self.signed_in: SignedIn | None = backend.signed_in()
        self.actor = self.signed_in.name if self.signed_in else actor or _default_actor()
        self.trip_taker = ""  # a trip copy's: the member it acts for (``name_trip_taker``)
        self.session_id = uuid.uuid4().hex[:12]  # this open store, in the team feed
        self._before_close: list[Callable[[], None]] = []
        # Moves the chain's anchor kept outside the store (``audit_anchor``); None: not kept.
        self.anchor: AnchorKeeper | None = None

    def name_trip_taker(self) -> None:
        """A trip copy taken by a named member acts in that member's name, as the team
        store does, whatever name the laptop's settings give (review s33 R13: "Worawit" on
        the laptop, "Worawit Chanthasiri" in the team store); read once, at open."""
        if self.signed_in is not None or self.backend.damaged is not None:
            return
        with self.read() as s:
            raw = s.scalar(select(StoreSetting.value).where(StoreSetting.key == TRIP_OF))
        try:
            taker = json.loads(raw).get("taker", "") if raw else ""
        except (ValueError, AttributeError):
            taker = ""
        if isinstance(taker, str) and taker and taker != NOT_NAMED:
            self.actor = self.trip_taker = taker

    @property
    def store(self) -> Backend:
        """The open store (the same as ``backend``; kept for callers of before the seam)."""
        return self.backend

    def files(self, capability: Capability, what: str) -> Store:
        """The file operations of a store file (passphrase, backups, salvage); a store
        that cannot do ``what`` refuses it in words (``NotSupportedError``, exit 2)."""
        require(self.backend, capability, what)
        return self.backend.files()

    def before_close(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` when the store is about to close (the GUI's runner drains there)."""
        self._before_close.append(fn)

    def closing(self) -> None:
        hooks, self._before_close = self._before_close, []
        for fn in hooks:
            fn()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._watch(), self.backend.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        if self.backend.closed:  # a late save (an editor's retry) must not reopen the store
            raise StoreError("The store is closed: nothing was saved.")
        self.backend.refuse_if_damaged()  # a damaged store is never written to
        changes: list[Change] = []
        token = _OPEN_WRITE.set((self, changes))
        try:
            with self._watch(), self.backend.write() as session:
                yield session
                head = self._append_audit(session)
                if changes:
                    self._announce(session.connection(), changes)
        finally:
            _OPEN_WRITE.reset(token)
        if head is not None and self.anchor is not None:  # committed: move the anchor on
            self.anchor.record(head)
        self._deliver(changes)

    def write_driver(self) -> AbstractContextManager[DriverTx]:
        """A write on the DB-API connection for the hot writes (``storage.driver_sql``):
        the same checks, audit chain, anchor and changes as ``write``, without
        SQLAlchemy's execute layer around each statement (``_HotWrite``)."""
        return _HotWrite(self)

    @contextmanager
    def _watch(self) -> Iterator[None]:
        """The engine finding damaged data marks the store damaged (no write after it)
        and becomes a ``StoreCorruptError`` that says so; a refused write of the sign-in's
        role, a ``NotPermittedError``; a number no record has (an id out of range), a
        ``NotFoundError``, not the engine's SQL."""
        try:
            yield
        except Exception as exc:
            self._raise_if_damage(exc)
            raise

    def _raise_if_damage(self, exc: BaseException) -> None:
        """``_watch`` for one exception: raise the error in words when ``exc`` says so."""
        if isinstance(exc, Exception):
            detail = self.backend.damage_in(exc)
            if detail is not None:
                raise self.backend.mark_damaged(detail) from exc
            if permission_refused(exc):
                raise self._not_permitted() from exc
            if number_out_of_range(exc):  # an id no record has: never the engine's words
                raise NotFoundError(NO_SUCH_NUMBER) from exc

    def refuse_if_read_only(self) -> None:
        """Refuse up front what a reader's sign-in cannot finish (a pack or brief copy is
        entered in the register, a write): before anything is built or written."""
        signed = self.signed_in
        if signed is not None and signed.role == "reader":
            raise self._not_permitted()

    def _not_permitted(self) -> NotPermittedError:
        """A write the sign-in's role may not make, in one sentence (no table names, no
        promise to save later: it never will be)."""
        signed = self.signed_in
        role = signed.role if signed is not None else "reader"
        return NotPermittedError(
            "You can read this team store but not change it (your role: {role}). Ask the "
            "head of delegation for a member's sign-in.",
            role=Message(ROLE_NAMES.get(role, role)),  # named in the interface's language
        )

    def publish(self, *changes: Change) -> None:
        """Tell this process's views (the bus) and, on a team store, the other apps.

        Inside a write: kept for its commit (announced in its transaction, delivered to
        the bus once committed; nothing if it rolls back).  Outside: the bus at once,
        the other apps by the feed's sender thread."""
        stamp = [self._stamped(c) for c in changes]
        open_write = _OPEN_WRITE.get()
        if open_write is not None and open_write[0] is self:
            open_write[1].extend(stamp)
            return
        feed = self.backend.feed
        others = not isinstance(feed, LocalFeed)  # a file: no other process to tell
        for change in stamp:
            self.bus.publish(change)
            if others:
                feed.announce(None, to_payload(change, self.session_id))

    def _stamped(self, change: Change) -> Change:
        change = stamped(change)
        return change if change.actor else replace(change, actor=self.actor)

    def _announce(self, conn: Any, changes: list[Change]) -> None:
        """Send ``changes`` to the other apps in the write's transaction (``conn``)."""
        feed = self.backend.feed
        if isinstance(feed, LocalFeed):
            return
        for change in changes:
            feed.announce(conn, to_payload(change, self.session_id))

    def _deliver(self, changes: list[Change]) -> None:
        for change in changes:
            self.bus.publish(change)

    def listen_to_others(self) -> Callable[[], None]:
        """Publish on the bus what other apps change in the store (a team store's feed;
        nothing for a file); returns a function that stops it.  Their changes carry no
        records: views re-read the ids (the live team view builds on it, #16)."""

        def deliver(payload: str) -> None:
            found = from_payload(payload)
            if found is not None and found[0] != self.session_id:
                self.bus.publish(found[1])

        return self.backend.feed.listen(deliver)

    def audit(
        self,
        session: Session | DriverTx,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        detail: str = "",
    ) -> None:
        """Append a hash-chained audit entry inside the caller's transaction.

        Queued on the session and written just before the commit (``write``): the
        chain is extended under the store's audit lock, so two writers never fork it
        and the entries' order is the order their transactions committed.
        """
        pending: list[dict[str, Any]] = session.info.setdefault(_PENDING, [])
        pending.append(
            {
                "actor": self.actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "detail": detail[:2000],
            }
        )

    def _append_audit(self, session: Session) -> tuple[int, str] | None:
        """Write the queued entries: one lock, one read of the tip, one INSERT, the head
        (returned: the newest entry's id and hash; None when nothing was queued)."""
        pending: list[dict[str, Any]] = session.info.pop(_PENDING, [])
        if not pending:
            return None
        session.flush()  # pending ORM rows first: the Core statements below bypass autoflush
        conn = session.connection()  # Core: no ORM round trip for a few small statements
        self.backend.lock(conn, AUDIT_LOCK)
        rows = _chained(pending, conn.execute(_AUDIT_TIP).first())
        conn.execute(_AUDIT_INSERT, rows[0] if len(rows) == 1 else rows)  # one: no executemany
        # The head of the chain, kept apart: removing the newest entries shows.
        head = {"head": f"{rows[-1]['id']} {rows[-1]['hash']}"}
        if conn.execute(_HEAD_UPDATE, head).rowcount == 0:
            conn.execute(_HEAD_INSERT, head)
        return rows[-1]["id"], rows[-1]["hash"]

    def _append_audit_driver(self, tx: DriverTx) -> tuple[int, str] | None:
        """``_append_audit`` on the DB-API connection: the same lock, tip, rows and head."""
        pending: list[dict[str, Any]] = tx.info.pop(_PENDING, [])
        if not pending:
            return None
        self.backend.lock(tx, AUDIT_LOCK)
        rows = _chained(pending, tx.first(_TIP))
        for row in rows:
            tx.execute(_APPEND, row)
        head = {"head": f"{rows[-1]['id']} {rows[-1]['hash']}"}
        if tx.execute(_HEAD_SET, head) == 0:
            tx.execute(_HEAD_ADD, head)
        return rows[-1]["id"], rows[-1]["hash"]


class _HotWrite:
    """``ServiceContext.write_driver``: what ``write`` does (checks, ``_watch``, the
    changes kept for the commit, the audit chain, the anchor, delivery), as one class
    instead of generators nested four deep: it runs for every note written."""

    __slots__ = ("changes", "ctx", "inner", "token", "tx")

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.changes: list[Change] = []

    def __enter__(self) -> DriverTx:
        ctx = self.ctx
        if ctx.backend.closed:  # a late save (an editor's retry) must not reopen the store
            raise StoreError("The store is closed: nothing was saved.")
        ctx.backend.refuse_if_damaged()  # a damaged store is never written to
        self.token = _OPEN_WRITE.set((ctx, self.changes))
        try:
            self.inner = ctx.backend.write_driver()
            self.tx: DriverTx = self.inner.__enter__()
        except BaseException as exc:
            _OPEN_WRITE.reset(self.token)
            ctx._raise_if_damage(exc)
            raise
        return self.tx

    def __exit__(self, _kind: Any, exc: BaseException | None, tb: Any) -> None:
        ctx, inner = self.ctx, self.inner
        head = None
        try:
            if exc is None:
                try:
                    head = ctx._append_audit_driver(self.tx)
                    if self.changes:
                        ctx._announce(self.tx, self.changes)
                except BaseException as failed:
                    inner.__exit__(type(failed), failed, failed.__traceback__)  # rolled back
                    raise
                inner.__exit__(None, None, None)  # committed
            else:
                inner.__exit__(type(exc), exc, tb)  # rolled back
        except BaseException as failed:
            ctx._raise_if_damage(failed)
            raise
        finally:
            _OPEN_WRITE.reset(self.token)
        if exc is not None:
            ctx._raise_if_damage(exc)
            return  # the body's own exception goes on
        if head is not None and ctx.anchor is not None:  # committed: move the anchor on
            ctx.anchor.record(head)
        ctx._deliver(self.changes)


def _chained(pending: list[dict[str, Any]], tip: Any) -> list[dict[str, Any]]:
    """The queued entries as rows of the chain after ``tip`` (its id and hash, or None).

    The id is the tip's + 1 (no id generator: an id is part of the hash, so it is known
    before the row is written), which is right because the audit lock is held."""
    next_id, prev_hash = ((tip[0] + 1), (tip[1] or "")) if tip else (1, "")
    rows = []
    for fields in pending:
        at = utcnow()
        row = {"id": next_id, "at": at, "prev_hash": prev_hash, **fields}
        row["hash"] = _hash(
            next_id,
            at,
            fields["actor"],
            fields["action"],
            fields["entity"],
            fields["entity_id"],
            fields["detail"],
            prev_hash,
        )
        rows.append(row)
        next_id, prev_hash = next_id + 1, row["hash"]
    return rows


def audit_hash(entry: Any) -> str:
    """The hash of an audit entry (its fields and the previous entry's hash)."""
    return _hash(
        entry.id,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.detail,
        entry.prev_hash,
    )


# ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``, its encoder built once
# (every write hashes an entry).
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _hash(
    entry_id: Any,
    at: Any,
    actor: Any,
    action: Any,
    entity: Any,
    entity_id: Any,
    detail: Any,
    prev_hash: Any,
) -> str:
    payload = _AUDIT_JSON.encode(
        [
            entry_id,
            at.isoformat() if at else "",
            actor,
            action,
            entity,
            entity_id,
            detail,
            prev_hash,
        ]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
