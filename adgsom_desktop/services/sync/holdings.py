"""What this store holds of the records a payload brings (read before a merge is planned).

``held_for`` records the store's own changes first (``state.advance``: changes are found by
content) and returns each record's revision and content here; events, meetings and people
this store holds elsewhere are found by UUID; ``open_conflicts`` the conflicts not settled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.models import Meeting, SyncConflict
from .canon import Current, Scope, give_uuids, read_scope
from .kinds import SPECS, Kind, chunks
from .merge import OpenConflict
from .payload import Payload
from .report import short
from .state import Held, advance

ALL_KINDS = frozenset(Kind)
UUID_KINDS = (Kind.EVENT, Kind.MEETING, Kind.PERSON)


def local_scope(session: Session, payload: Payload) -> tuple[list[int], set[str]]:
    rows = session.execute(
        select(Meeting.id, Meeting.uuid).where(Meeting.uuid.in_(list(payload.meetings)))
    ).all()
    return [r.id for r in rows], {r.uuid for r in rows}


def read_by_uuid(session: Session, payload: Payload, current: dict[str, Current]) -> None:
    """Events, meetings and people that come in and that this store holds elsewhere."""
    from .canon import Links, content_of_row

    links = Links(session)
    for kind in UUID_KINDS:
        wanted = [r.key for r in payload.records if r.kind is kind and r.key not in current]
        if not wanted:
            continue
        spec = SPECS[kind]
        table = spec.table
        rows = session.execute(select(table).where(table.c.uuid.in_(wanted))).all()
        for f in spec.links():
            links.fetch(f.conv, (r._mapping[f.column] for r in rows))
        for r in rows:
            scope = r.uuid if kind in (Kind.EVENT, Kind.MEETING) else "people"
            current[r.uuid] = Current(r.uuid, kind, scope, content_of_row(spec, r, links), r.id)


def held_for(session: Session, payload: Payload, events: bool) -> tuple[dict[str, Held], list[int]]:
    give_uuids(session)
    meeting_ids, meeting_uuids = local_scope(session, payload)
    current = read_scope(session, Scope(tuple(meeting_ids), ALL_KINDS))
    read_by_uuid(session, payload, current)
    scopes = set(meeting_uuids)
    if events:
        scopes |= {c.key for c in current.values() if c.kind is Kind.EVENT}
    keys = {r.key for r in payload.records}
    return advance(session, current, scopes, ALL_KINDS, extra_keys=keys), meeting_ids


def open_conflicts(session: Session, keys: Collection[str]) -> dict[str, list[OpenConflict]]:
    out: dict[str, list[OpenConflict]] = defaultdict(list)
    for part in chunks(sorted(keys)):
        for c in session.scalars(
            select(SyncConflict).where(
                SyncConflict.key.in_(part), SyncConflict.resolved_at.is_(None)
            )
        ):
            out[c.key].append(OpenConflict(c.id, c.key, c.their_rev))
    return out


def names_of(held: dict[str, Held], payload: Payload) -> dict[str, str]:
    """Items by UUID as a user names them ("item 3.1 Digital data governance")."""
    names: dict[str, str] = {}
    for h in held.values():
        if h.kind is Kind.ITEM and h.content is not None:
            names[h.key] = f"“{short(h.content.get('title', ''), 50)}”"
    for r in payload.records:
        if r.kind is Kind.ITEM and r.content is not None and r.key not in names:
            names[r.key] = f"“{short(r.content.get('title', ''), 50)}”"
    return names
