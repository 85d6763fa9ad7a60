"""The audit logs of other stores, as received in bundles and trip returns (#17).

A merge keeps both sides' logs: our own chain records the merge (``ServiceContext.audit``),
and the sender's entries are kept as they came (``foreign_audit``, keyed by hash).  Each
received chain stays verifiable on its own: every entry's hash is recomputed from its
fields, and every entry but a chain's first links to the entry before it (same origin,
id one less, hash named by its ``prev_hash``).  Two copies of one store that parted
(a store file copied, then both edited) are two branches from a shared entry: both
verify.  Entries not held leave a gap, which is named as such ("not held here: never
received, or removed"), never passed over as a whole chain.  A lost bundle leaves none: a
sender sends a member what the member has not acknowledged holding (``foreign_log``).
A store made by ``copy`` has an identity of its own (review s33 R20): its log is another
origin, whose first entries (those copied) are held once, under the log that brought
them first; they are named as shared with that log, not as a gap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import ForeignAudit
from .context import audit_hash

MAX_PROBLEMS = 20


@dataclass(frozen=True)
class ReceivedLog:
    origin: str  # the other store's id
    name: str  # its title, as it came
    entries: int
    first_id: int
    newest_id: int
    branches: int  # chains that part from a shared entry (copies of one store)
    gaps: tuple[tuple[int, int], ...]  # entry ids not held here (never received, or removed)
    problems: tuple[str, ...]  # entries changed, or linked to the wrong entry
    # entries 1..N held under another log (name, N): one store is a copy of the other
    shared: tuple[tuple[str, int], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def received_logs(s: Session) -> tuple[ReceivedLog, ...]:
    """Every other store's log held here, each chain verified."""
    by_origin: dict[str, list[ForeignAudit]] = defaultdict(list)
    for e in s.scalars(select(ForeignAudit).order_by(ForeignAudit.origin, ForeignAudit.id)):
        by_origin[e.origin].append(e)
    names = {o: max(es, key=lambda e: e.id).origin_name or o for o, es in by_origin.items()}
    anywhere = {e.hash: e for es in by_origin.values() for e in es}
    return tuple(_check(origin, entries, anywhere, names) for origin, entries in by_origin.items())


def _check(
    origin: str,
    entries: list[Any],
    anywhere: dict[str, Any] | None = None,
    names: dict[str, str] | None = None,
) -> ReceivedLog:
    problems: list[str] = []

    def problem(text: str) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(text)

    by_hash = {e.hash: e for e in entries}
    held_ids = {e.id for e in entries}
    gaps: set[tuple[int, int]] = set()
    shared: dict[str, int] = {}
    children: dict[str, int] = defaultdict(int)
    for e in entries:
        if audit_hash(e) != e.hash:
            problem(f"entry {e.id} was changed after it was received")
        if not e.prev_hash:
            if e.id != 1:
                problem(f"entry {e.id} names no entry before it")
            continue
        children[e.prev_hash] += 1
        before = by_hash.get(e.prev_hash)
        elsewhere = (anywhere or {}).get(e.prev_hash)
        if before is None and elsewhere is not None and elsewhere.id == e.id - 1:
            other = (names or {}).get(elsewhere.origin, elsewhere.origin)
            shared[other] = max(shared.get(other, 0), elsewhere.id)
        elif before is None:
            low = e.id - 1
            while low > 1 and low - 1 not in held_ids:
                low -= 1
            gaps.add((low, e.id - 1))
        elif before.id != e.id - 1:
            problem(f"entry {e.id} does not follow entry {before.id}")
    forks = sum(n - 1 for n in children.values() if n > 1)
    name = max(entries, key=lambda e: e.id).origin_name or origin
    return ReceivedLog(
        origin,
        name,
        len(entries),
        min(held_ids),
        max(held_ids),
        1 + forks,
        tuple(sorted(gaps)),
        tuple(problems),
        tuple(sorted(shared.items())),
    )
