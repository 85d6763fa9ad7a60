"""What a store knows of each travelling record's revisions (``sync_record``), brought up
to date with its own changes before anything leaves or comes in.

``advance`` compares the records of a scope as they are now (``canon.read_scope``) with
the revision last recorded for each: a record whose content changed since gets a new
revision made from the recorded one; a record recorded but no longer there (deleted,
or a note hidden) gets a deletion revision; a record never recorded gets its first.
Nothing is counted by the writes themselves: a change is found by its content, so no
write path (ORM or Core, this version's or a later one's) can forget to mark one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from ...domain.models import SyncRecord
from ...storage.driver_read import rows_in
from ...storage.driver_sync import insert_many
from . import bases
from .bases import BASED
from .canon import Current
from .kinds import Kind, chunks
from .revs import (
    GONE,
    RevState,
    canonical_json,
    content_hash,
    first,
    hash_utf8,
    parse_ancestry,
    successor,
)

_TABLE = cast(Table, SyncRecord.__table__)


@dataclass(frozen=True, init=False)
class Held:
    """A record as this store holds it: its revision, and its content if it is there."""

    key: str
    kind: Kind
    scope: str
    state: RevState
    content: dict[str, Any] | None
    row_id: int | None
    withheld: str = ""  # its fields this store was not sent, as recorded (``withhold``)

    def __init__(
        self,
        key: str,
        kind: Kind,
        scope: str,
        state: RevState,
        content: dict[str, Any] | None,
        row_id: int | None,
        withheld: str = "",
    ) -> None:  # the generated one's, set in one call (one per record, as ``canon.Current``)
        self.__dict__.update(
            key=key,
            kind=kind,
            scope=scope,
            state=state,
            content=content,
            row_id=row_id,
            withheld=withheld,
        )


def _state(row: Any) -> RevState:
    return RevState(row.rev, row.gen, parse_ancestry(row.ancestry), row.content_hash)


def recorded(
    session: Session, *, scopes: Collection[str] = (), keys: Collection[str] = ()
) -> dict[str, Any]:
    """The recorded rows of these scopes and keys."""
    conn = session.connection()
    out: dict[str, Any] = {}
    columns = tuple(_TABLE.c)
    for part in chunks(sorted(scopes)):
        for r in rows_in(conn, columns, _TABLE.c.scope, part):
            out[r.key] = r
    missing = sorted(set(keys) - out.keys())
    for part in chunks(missing):
        for r in rows_in(conn, columns, _TABLE.c.key, part):
            out[r.key] = r
    return out


def advance(
    session: Session,
    current: dict[str, Current],
    scopes: Collection[str],
    kinds: Collection[Kind],
    *,
    extra_keys: Collection[str] = (),
    texts: dict[str, bytes] | None = None,
) -> dict[str, Held]:
    """Record this store's own changes in ``scopes`` (of ``kinds``) as revisions; returns
    every record held there (and of ``extra_keys``), deleted ones included.  ``texts``:
    filled with each live record's canonical text in UTF-8, what its hash was made of
    (an export writes it into the payload as it is: ``Payload.to_json``)."""
    rows = recorded(session, scopes=scopes, keys=set(current) | set(extra_keys))
    kinds = set(kinds)
    held: dict[str, Held] = {}
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for key, cur in current.items():
        if cur.content is None:
            chash = GONE
        else:
            text = canonical_json(cur.content).encode("utf-8")
            chash = hash_utf8(text)  # = content_hash(cur.content)
            if texts is not None:
                texts[key] = text
        row = rows.get(key)
        if row is None:
            if cur.content is None:
                continue  # hidden before it ever travelled: nothing to tell anyone
            state = first(key, chash)
            inserts.append(_values(key, cur.kind, cur.scope, state))
        else:
            state = _state(row)
            if state.content_hash != chash:
                state = successor(key, state, chash)
                updates.append(_values(key, cur.kind, cur.scope, state))
        marks = row.withheld if row is not None else ""
        held[key] = Held(key, cur.kind, cur.scope, state, cur.content, cur.row_id, marks)
    for key, row in rows.items():
        if key in held:
            continue
        state = _state(row)
        kind = Kind(row.kind)
        in_scope = row.scope in scopes and kind in kinds
        if not in_scope and key not in extra_keys:
            continue  # not read here: says nothing about whether it is there
        if not state.deleted:
            state = successor(key, state, GONE)  # gone since it last travelled
            updates.append(_values(key, kind, row.scope, state))
        held[key] = Held(key, kind, row.scope, state, None, None, row.withheld)
    write(session, inserts, updates)
    bases.keep(  # what each brief holds at its revision: a later merge's base
        session,
        ((h.key, h.state.rev, h.content) for h in held.values() if h.kind in BASED),
    )
    return held


def _values(key: str, kind: Kind, scope: str, state: RevState) -> dict[str, Any]:
    return {
        "key": key,
        "kind": kind.value,
        "scope": scope,
        "rev": state.rev,
        "content_hash": state.content_hash,
        "gen": state.gen,
        "ancestry": " ".join(state.ancestry),
        "deleted": state.deleted,
    }


def values(key: str, kind: Kind, scope: str, state: RevState) -> dict[str, Any]:
    return _values(key, kind, scope, state)


def record_stub(session: Session, key: str, kind: Kind, scope: str, content: Any) -> None:
    """A record this store made only to know someone by their key (a member whose public
    key was imported): generation 0, so that the first real version from elsewhere is
    taken over it, and it never wins over one (``merge``)."""
    chash = content_hash(content)
    state = RevState(first(key, chash).rev, 0, (), chash)
    write(session, [_values(key, kind, scope, state)], [])


def write(
    session: Session, inserts: list[dict[str, Any]], updates: Iterable[dict[str, Any]]
) -> None:
    """Insert new rows and replace changed ones (delete + insert: one statement shape)."""
    conn = session.connection()
    updates = list(updates)
    if updates:
        keys = [u["key"] for u in updates]
        marks: dict[str, str] = {}
        for part in chunks(keys):
            marks.update(
                conn.execute(
                    select(_TABLE.c.key, _TABLE.c.withheld).where(
                        _TABLE.c.key.in_(part), _TABLE.c.withheld != ""
                    )
                ).all()
            )
            conn.execute(delete(_TABLE).where(_TABLE.c.key.in_(part)))
        # fields never received stay so (``withhold``): a new revision does not make
        # them known
        updates = [
            u if "withheld" in u else {**u, "withheld": marks.get(u["key"], "")} for u in updates
        ]
    # every row states every column (the column's default for a new one): one shape
    inserts = [i if "withheld" in i else {**i, "withheld": ""} for i in inserts]
    rows = inserts + updates
    if rows:
        insert_many(conn, _TABLE, rows)
