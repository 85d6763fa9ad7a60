"""The audit log: an append-only, hash-chained record of who did what, when.

Every service appends its entry inside its own transaction
(``ServiceContext.audit``): each entry's hash covers its fields and the hash of
the entry before it, and the newest entry's id and hash are kept apart (the
``audit_head`` setting).  ``verify`` recomputes the chain:

- an edited entry no longer matches its hash;
- a removed entry breaks the link of the entry after it (and leaves a gap);
- removed newest entries no longer reach the recorded head.

Anyone holding the store's key could rewrite the whole chain consistently; the
chain makes edits by hand (a SQLite browser, a script) visible, which is what
it is for.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.models import AuditEntry, StoreSetting
from . import audit_anchor
from .changes import Change, ChangeKind
from .context import AUDIT_HEAD, ServiceContext, audit_hash
from .received_audit import ReceivedLog, received_logs
from .security_records import AuditEntryRec, AuditProblem, AuditReport

MAX_PROBLEMS = 50


def _rec(e: AuditEntry) -> AuditEntryRec:
    return AuditEntryRec(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.detail)


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def entries(self, limit: int = 100, action: str = "") -> list[AuditEntryRec]:
        """The newest entries first."""
        with self._ctx.read() as s:
            stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(max(1, limit))
            if action:
                stmt = stmt.where(AuditEntry.action == action)
            return [_rec(e) for e in s.scalars(stmt)]

    def count(self) -> int:
        with self._ctx.read() as s:
            return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    def verify(self) -> AuditReport:
        """Recompute the whole chain; report every edited or removed entry."""
        with self._ctx.read() as s:
            return self._verify_in(s)

    def received(self) -> tuple[ReceivedLog, ...]:
        """The other stores' logs kept here by merges (bundles, trips), each verified."""
        with self._ctx.read() as s:
            return received_logs(s)

    def anchor_notice(self) -> str | None:
        """What the open found when it compared the store with the anchor kept outside it
        (a warning to show once; None when they agree)."""
        keeper = self._ctx.anchor
        return keeper.notice if keeper is not None else None

    def accept_anchor(self) -> tuple[str, ...]:
        """Take the audit log as it is now as the chain to keep (a store replaced on
        purpose): audited with what the anchors recorded, then anchored anew.  Returns the
        differences accepted (none: nothing to accept, nothing written)."""
        with self._ctx.read() as s:
            found = tuple(audit_anchor.problems(s, self._ctx.backend.locator))
        if not found:
            return ()
        with self._ctx.write() as s:
            self._ctx.audit(s, "accept-anchor", "audit", None, "; ".join(found))
        with self._ctx.read() as s:
            self._anchor_anew(s, "accepted")
        self._ctx.publish(Change(ChangeKind.AUDIT))
        return found

    def _anchor_anew(self, s: Session, why: str) -> None:
        keeper = self._ctx.anchor or audit_anchor.AnchorKeeper(self._ctx.backend.locator)
        keeper.restart(s, why)

    def _verify_in(self, s: Session) -> AuditReport:
        problems: list[AuditProblem] = []

        def problem(entry_id: int | None, text: str) -> None:
            if len(problems) < MAX_PROBLEMS:
                problems.append(AuditProblem(entry_id, text))

        head_row = s.get(StoreSetting, AUDIT_HEAD)
        n = 0
        prev_id: int | None = None
        prev_hash = ""
        stmt = select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=2000)
        for e in s.scalars(stmt):
            n += 1
            if e.hash != audit_hash(e):
                problem(e.id, f"entry {e.id} was changed after it was written")
            if e.prev_hash != prev_hash:
                if prev_id is not None and e.id != prev_id + 1:
                    problem(e.id, f"entries {prev_id + 1}-{e.id - 1} were removed")
                elif prev_id is None:
                    problem(e.id, f"entries before {e.id} were removed")
                else:
                    problem(e.id, f"entry {e.id} does not follow entry {prev_id}")
            prev_id, prev_hash = e.id, e.hash
        anchored = head_row is not None
        if head_row is not None:
            head_id, _, head_hash = head_row.value.partition(" ")
            if prev_id is None or str(prev_id) != head_id or prev_hash != head_hash:
                if prev_id is not None and head_id.isdigit() and int(head_id) > prev_id:
                    problem(None, f"the newest entries ({prev_id + 1}-{head_id}) were removed")
                else:
                    problem(prev_id, "the newest entry is not the one the log last recorded")
        if prev_id is not None and prev_id != n and not problems:
            problem(prev_id, f"the log holds {n:,} entries where its ids say {prev_id:,}")
        for text in audit_anchor.problems(s, self._ctx.backend.locator):
            problem(None, text)
        return AuditReport(n, tuple(problems), anchored)

    def _anchor_in(self, s: Session) -> bool:
        """Record the head of a chain written before heads were kept; False if one exists."""
        if s.get(StoreSetting, AUDIT_HEAD) is not None:
            return False
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
        if last is None:
            return False
        s.add(StoreSetting(key=AUDIT_HEAD, value=f"{last.id} {last.hash}"))
        return True
