"""What this store holds of the records a payload brings (read before a merge is planned).

``held_for`` records the store's own changes first (``state.advance``: changes are found by
content) and returns each record's revision and content here; events, meetings and people
this store holds elsewhere are found by UUID; ``open_conflicts`` the conflicts not settled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from ...domain.models import AgendaItem, Meeting, SyncConflict
from ...i18n.messages import Message
from ...storage.driver_read import rows_in
from .bases import BASED, find
from .canon import Current, Scope, give_uuids, read_scope
from .kinds import SPECS, Kind, chunks
from .merge import Incoming, OpenConflict
from .payload import Payload
from .report import short
from .revs import Relation, relation
from .state import Held, advance

ALL_KINDS = frozenset(Kind)
UUID_KINDS = (Kind.EVENT, Kind.MEETING, Kind.PERSON)


def local_scope(session: Session, payload: Payload) -> tuple[list[int], set[str]]:
    session.flush()  # reads on the DB-API cursor below (``driver_read``): no autoflush
    t, rows = _table(Meeting), []
    for part in chunks(sorted(payload.meetings)):
        rows += rows_in(session.connection(), (t.c.id, t.c.uuid), t.c.uuid, part)
    return [r.id for r in rows], {r.uuid for r in rows}


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


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
        rows = []
        for part in chunks(sorted(set(wanted))):
            rows += rows_in(session.connection(), tuple(table.c), table.c.uuid, part)
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
    session.flush()  # read on the DB-API cursor (``driver_read``): no autoflush
    t = _table(SyncConflict)
    cols = (t.c.id, t.c.key, t.c.their_rev, t.c.resolved_at)
    for part in chunks(sorted(set(keys))):
        for c in rows_in(session.connection(), cols, t.c.key, part, (t.c.id,)):
            if c.resolved_at is None:
                out[c.key].append(OpenConflict(c.id, c.key, c.their_rev))
    return out


def item_names(session: Session, uuids: Collection[str]) -> dict[str, str]:
    """Items held here by UUID, as a user finds them: number, title and meeting
    ("item 3.1 “Digital data governance” (6th ADGSOM)")."""
    out: dict[str, str] = {}
    for part in chunks(sorted(uuids)):
        for r in session.execute(
            select(
                AgendaItem.uuid,
                AgendaItem.number,
                AgendaItem.title,
                Meeting.short_title,
                Meeting.title,
            )
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.uuid.in_(part))
        ):
            title, meeting = short(r[2], 60), r[3] or short(r[4], 40)
            said = (  # in the interface's language: a report's words, never stored
                Message(
                    "item {number} “{title}” ({meeting})", number=r[1], title=title, meeting=meeting
                )
                if r[1]
                else Message("item “{title}” ({meeting})", title=title, meeting=meeting)
            )
            out[str(r[0])] = str(said)
    return out


def names_of(session: Session, held: dict[str, Held], payload: Payload) -> dict[str, str]:
    """Items by UUID as a user names them ("item 3.1 “Digital data governance” (6th
    ADGSOM)"): by number, title and meeting when held here, else by title and meeting as
    they come."""
    records: list[Held | Incoming] = [*held.values(), *payload.records]
    meetings: dict[str, str] = {}
    for m in records:
        c = m.content
        if m.kind is Kind.MEETING and c is not None and m.key not in meetings:
            meetings[m.key] = str(c.get("short_title") or short(c.get("title", ""), 40))
    names: dict[str, str] = {}
    for h in records:
        c = h.content
        if h.kind is Kind.ITEM and c is not None and h.key not in names:
            where = meetings.get(str(c.get("meeting")), "")
            names[h.key] = f"“{short(c.get('title', ''), 60)}”" + (f" ({where})" if where else "")
    names.update(item_names(session, names))
    return names


def brief_bases(
    session: Session, records: Iterable[Incoming], held: Mapping[str, Held]
) -> dict[str, dict[str, Any]]:
    """The base of each brief changed on both sides (``bases.find``)."""
    pairs = {}
    for r in records:
        local = held.get(r.key)
        if r.kind not in BASED or local is None or r.content is None:
            continue
        if relation(local.state, r.state) is Relation.DIVERGED:
            pairs[r.key] = (local.state, r.state)
    return find(session, pairs) if pairs else {}
