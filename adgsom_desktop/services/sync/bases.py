"""The bases of briefs changed on both sides: what a brief held at the revisions this store
recorded (``sync_base``), to merge the two sides section by section (``brief_sections``).

A revision is a hash: it says *that* two stores share a state, not what the state held.
So each time this store records a revision of a brief (its own change found when something
leaves or comes in, ``state.advance``; a brief written by an import, ``plan_writer``), the
content is kept beside it, the last ``KEEP`` per brief.  When a brief comes in changed on
both sides, its *base* is the newest revision of our chain that theirs descends from too
and whose content is kept here: the version both sides last shared.  A base older than
that only makes more sections look changed on both sides (more conflicts), never a silent
merge, so a pruned base is safe; none found, the brief is a conflict as before.

No Qt; SQLAlchemy Core on the import's session.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import Table, delete
from sqlalchemy.orm import Session

from ...domain.models import SyncBase
from ...storage.driver_read import rows_in
from .kinds import Kind, chunks
from .revs import RevState, canonical_json

_TABLE = cast(Table, SyncBase.__table__)
KEEP = 12  # revisions kept per brief (a base is the last one shared: rarely older)
# The kinds whose content is kept per revision: briefs (merged per section) and action
# items (merged per field, ``record_fields``).
BASED = frozenset({Kind.POSITION, Kind.ACTION})


def keep(session: Session, rows: Iterable[tuple[str, str, Mapping[str, Any] | None]]) -> None:
    """Remember each (key, revision, content) of a brief; the oldest beyond ``KEEP`` go."""
    wanted = {(k, r): c for k, r, c in rows if c is not None}
    if not wanted:
        return
    conn = session.connection()
    keys = sorted({k for k, _r in wanted})
    there: dict[str, list[tuple[int, str]]] = {k: [] for k in keys}
    for part in chunks(keys):
        for r in rows_in(conn, (_TABLE.c.id, _TABLE.c.key, _TABLE.c.rev), _TABLE.c.key, part):
            there[r.key].append((r.id, r.rev))
    new = [
        {"key": k, "rev": r, "content": canonical_json(c)}
        for (k, r), c in wanted.items()
        if r not in {rev for _i, rev in there[k]}
    ]
    if not new:
        return
    conn.execute(_TABLE.insert(), new)
    added: dict[str, int] = {}
    for row in new:
        added[row["key"]] = added.get(row["key"], 0) + 1
    old: list[int] = []
    for key, n in added.items():
        ids = sorted(i for i, _r in there[key])
        extra = len(ids) + n - KEEP
        if extra > 0:
            old.extend(ids[:extra])
    for gone in chunks(old):
        conn.execute(delete(_TABLE).where(_TABLE.c.id.in_(gone)))


def chain(state: RevState) -> tuple[str, ...]:
    return (state.rev, *state.ancestry)


def find(session: Session, pairs: Mapping[str, tuple[RevState, RevState]]) -> dict[str, Any]:
    """Per key (ours, theirs): the content of the newest revision of our chain that theirs
    knows and whose content is kept here; keys with none are left out."""
    shared: dict[str, list[str]] = {}
    for key, (mine, theirs) in pairs.items():
        known = set(chain(theirs))
        common = [r for r in chain(mine) if r in known]
        if common:
            shared[key] = common
    if not shared:
        return {}
    kept: dict[tuple[str, str], str] = {}
    conn = session.connection()
    for part in chunks(sorted(shared)):
        for r in rows_in(conn, (_TABLE.c.key, _TABLE.c.rev, _TABLE.c.content), _TABLE.c.key, part):
            kept[(r.key, r.rev)] = r.content
    out: dict[str, Any] = {}
    for key, revs in shared.items():
        for rev in revs:
            text = kept.get((key, rev))
            if text is not None:
                out[key] = json.loads(text)
                break
    return out


__all__ = ["BASED", "KEEP", "chain", "find", "keep"]
