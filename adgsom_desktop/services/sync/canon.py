"""Reading what a store holds of a scope (meetings, or chosen items) as records' content.

``read_scope`` returns, per key, the record's kind, where it lives (its meeting's UUID:
the *scope* the store's revisions are kept under; an event's own UUID; people under
``people``) and its content as ``kinds`` defines it.  A hidden note is there with no
content (a deletion).  Core statements, a few per kind, links resolved through
``Links`` (ids to UUIDs, delegation ids to codes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, cast

from sqlalchemy import Table, literal, select, union_all, update
from sqlalchemy.orm import Session

from ...domain.base import new_uuid
from ...domain.models import (
    AdmTag,
    AgendaItem,
    Delegation,
    Event,
    Framework,
    ItemDocument,
    Meeting,
    Note,
    Person,
    Position,
    item_adm_tag,
)
from ...domain.settings import OUR_DELEGATION, StoreSetting
from ...domain.tag_text import tag_label
from ...storage.driver_read import rows_in, rows_of
from ...storage.driver_sql import Prepared
from ..position_rows import content_of
from .kinds import (
    LINKS,
    PEOPLE_SCOPE,
    SPECS,
    Conv,
    Field,
    Kind,
    Spec,
    chunks,
    document_key,
    member_key,
    place_key,
    plain,
    position_key,
    stance_key,
)

TRAVELLING_TABLES = tuple(
    cast(Table, m.__table__)  # type: ignore[attr-defined]
    for m in (Event, Meeting, AgendaItem, Note, Person)
) + tuple(SPECS[k].table for k in (Kind.ACTION, Kind.OUTCOME, Kind.PROGRAMME))

LINK_TABLES: dict[Conv, Table] = {
    Conv.EVENT: cast(Table, Event.__table__),
    Conv.MEETING: cast(Table, Meeting.__table__),
    Conv.ITEM: cast(Table, AgendaItem.__table__),
    Conv.PERSON: cast(Table, Person.__table__),
    Conv.NOTE: cast(Table, Note.__table__),
}


def give_uuids(session: Session) -> int:
    """Give a UUID to any travelling row without one (a row written by hand); returns how
    many.  The app gives one on every insert, so this is usually one indexed look-up per
    table."""
    conn = session.connection()
    given = 0
    missing: dict[int, list[int]] = defaultdict(list)
    for n, rid in rows_of(conn, _WITHOUT_UUID):  # one statement for every table
        missing[n].append(rid)
    for n, table in enumerate(TRAVELLING_TABLES):
        ids = missing.get(n)
        if ids:
            stmt = update(table).where(table.c.id == _bind("rid")).values(uuid=_bind("u"))
            conn.execute(stmt, [{"rid": i, "u": new_uuid()} for i in ids])
            given += len(ids)
    return given


# (the table's place in TRAVELLING_TABLES, id) of each travelling row without a UUID
_WITHOUT_UUID = Prepared(
    union_all(
        *(
            select(literal(n).label("n"), table.c.id).where(table.c.uuid.is_(None))
            for n, table in enumerate(TRAVELLING_TABLES)
        )
    )
)
_CODES = Prepared(select(Delegation.id, Delegation.code))
# our delegation's members (none when the store names no delegation of its own)
_OUR_MEMBERS = Prepared(
    select(Person.id)
    .join(Delegation)
    .where(
        Delegation.code
        == select(StoreSetting.value)
        .where(StoreSetting.key == OUR_DELEGATION, StoreSetting.value != "")
        .scalar_subquery()
    )
)


def _bind(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name)


@dataclass
class Links:
    """Ids to UUIDs (and delegation ids to codes), fetched as needed, cached."""

    session: Session
    codes: dict[int, str] = field(default_factory=dict)
    uuids: dict[Conv, dict[int, str]] = field(default_factory=lambda: defaultdict(dict))

    def __post_init__(self) -> None:
        session = self.session
        if session.autoflush:  # what the ORM statement reading them did first
            session.flush()
        self.codes = dict(rows_of(session.connection(), _CODES))

    def fetch(self, conv: Conv, ids: Iterable[int | None]) -> None:
        known = self.uuids[conv]
        wanted = sorted({i for i in ids if i is not None and i not in known})
        table = LINK_TABLES[conv]
        conn = self.session.connection()
        for part in chunks(wanted):
            for rid, uid in rows_in(conn, (table.c.id, table.c.uuid), table.c.id, part):
                known[rid] = uid

    def to_canon(self, f: Field, value: Any) -> Any:
        if value is None:
            return None
        conv = f.conv
        if conv is Conv.PLAIN:
            return value
        if conv is Conv.ENUM:
            return plain(value)
        if conv in (Conv.DATE, Conv.TIME, Conv.DATETIME):
            return cast(date | time | datetime, value).isoformat()
        if conv is Conv.CODE:
            return self.codes.get(value)
        return self.uuids[conv].get(value)


def content_of_row(spec: Spec, row: Any, links: Links) -> dict[str, Any]:
    mapping = row._mapping  # one mapping per row (each ``_mapping`` access builds one)
    canon = links.to_canon
    return {f.name: canon(f, mapping[f.column]) for f in spec.fields}


@dataclass(frozen=True, init=False)
class Current:
    """A record as this store holds it now (``content`` None: hidden or gone)."""

    key: str
    kind: Kind
    scope: str
    content: dict[str, Any] | None
    row_id: int | None  # the row (the item's, for a place)

    def __init__(
        self, key: str, kind: Kind, scope: str, content: dict[str, Any] | None, row_id: int | None
    ) -> None:
        # the generated ``__init__``'s fields, set in one call: a frozen dataclass's sets
        # each by ``object.__setattr__`` (one object per record, three per record sent)
        self.__dict__.update(key=key, kind=kind, scope=scope, content=content, row_id=row_id)


@dataclass(frozen=True)
class Scope:
    meeting_ids: tuple[int, ...]
    kinds: frozenset[Kind]
    item_ids: tuple[int, ...] | None = None  # None: every item of the meetings
    people: bool = True  # the people the records name, and our delegation's members


def _rows(session: Session, spec: Spec, column: str, ids: Collection[int]) -> list[Any]:
    """The rows of ``spec``'s table whose ``column`` is in ``ids``: the id, the UUID
    (when the table has one), the fields' columns in ``spec.fields`` order (from
    ``_first_field(spec)`` on), and a note's ``deleted_at``."""
    table = spec.table
    own = [table.c.uuid] if "uuid" in table.c else []
    cols = [table.c.id, *own, *(table.c[f.column] for f in spec.fields)]
    extra = [table.c.deleted_at] if spec.kind is Kind.NOTE else []
    out: list[Any] = []
    conn = session.connection()
    for part in chunks(sorted(ids)):
        out.extend(rows_in(conn, (*cols, *extra), table.c[column], part))
    return out


def _first_field(spec: Spec) -> int:
    """Where the fields' columns start in a row of ``_rows``."""
    return 2 if "uuid" in spec.table.c else 1


# ``_rows`` rows are read by position: a select drops a column named twice, so each kind's
# fields must name distinct columns, none of those read besides them
for _spec in SPECS.values():
    _columns = [f.column for f in _spec.fields]
    if len(set(_columns)) != len(_columns) or {"id", "uuid", "deleted_at"} & set(_columns):
        raise ValueError(f"{_spec.kind}: fields read by position need distinct columns")


def _fetch_links(links: Links, spec: Spec, rows: list[Any]) -> None:
    """The UUIDs of the records ``rows`` (of ``_rows``) link to."""
    first = _first_field(spec)
    for n, f in enumerate(spec.fields):
        if f.conv in LINKS:
            at = first + n
            links.fetch(f.conv, (r[at] for r in rows))


def _iso(value: Any) -> Any:
    return value.isoformat()


def _contents(spec: Spec, rows: Iterable[Any], links: Links) -> Iterator[dict[str, Any]]:
    """``content_of_row`` of each row of ``_rows`` (by position: no mapping per row)."""
    first = _first_field(spec)
    convert: list[tuple[str, int, Callable[[Any], Any] | None]] = []
    for n, f in enumerate(spec.fields):
        conv = f.conv
        fn: Callable[[Any], Any] | None
        if conv is Conv.PLAIN:
            fn = None
        elif conv is Conv.ENUM:
            fn = plain
        elif conv in (Conv.DATE, Conv.TIME, Conv.DATETIME):
            fn = _iso
        elif conv is Conv.CODE:
            fn = links.codes.get
        else:
            fn = links.uuids[conv].get  # the same dict ``fetch`` fills
        convert.append((f.name, first + n, fn))
    for r in rows:
        out = {}
        for name, at, fn in convert:
            value = r[at]
            out[name] = value if value is None or fn is None else fn(value)
        yield out


def read_scope(session: Session, scope: Scope) -> dict[str, Current]:
    """Every record of ``scope`` as this store holds it, by key."""
    links = Links(session)
    found: dict[str, Current] = {}
    meetings = _rows(session, SPECS[Kind.MEETING], "id", scope.meeting_ids)
    meeting_uuid = {r.id: r.uuid for r in meetings}
    links.uuids[Conv.MEETING].update(meeting_uuid)
    event_ids = {r.event_id for r in meetings}
    events = _rows(session, SPECS[Kind.EVENT], "id", event_ids)
    links.uuids[Conv.EVENT].update({r.id: r.uuid for r in events})
    _fetch_links(links, SPECS[Kind.EVENT], events)
    for r, content in zip(events, _contents(SPECS[Kind.EVENT], events, links), strict=True):
        found[r.uuid] = Current(r.uuid, Kind.EVENT, r.uuid, content, r.id)
    _fetch_links(links, SPECS[Kind.MEETING], meetings)
    for r, content in zip(meetings, _contents(SPECS[Kind.MEETING], meetings, links), strict=True):
        found[r.uuid] = Current(r.uuid, Kind.MEETING, r.uuid, content, r.id)
    item_rows = _rows(session, SPECS[Kind.ITEM], "meeting_id", scope.meeting_ids)
    links.uuids[Conv.ITEM].update({r.id: r.uuid for r in item_rows})
    chosen = _chosen_items(session, item_rows, scope.item_ids)
    item_meeting = {r.id: meeting_uuid[r.meeting_id] for r in item_rows}
    kinds = scope.kinds
    if Kind.ITEM in kinds or Kind.PLACE in kinds:
        _read_items(session, links, [r for r in item_rows if r.id in chosen], kinds, found)
    if Kind.POSITION in kinds:
        _read_positions(session, links, chosen, item_meeting, found)
    for kind in (Kind.STANCE, Kind.OUTCOME):
        if kind in kinds:
            spec = SPECS[kind]
            rows = _rows(session, spec, "item_id", chosen)
            _fetch_links(links, spec, rows)
            for r, content in zip(rows, _contents(spec, rows, links), strict=True):
                key = (
                    stance_key(content["item"], content["delegation"])
                    if kind is Kind.STANCE
                    else r.uuid
                )
                found[key] = Current(key, kind, item_meeting[r.item_id], content, r.id)
    if Kind.INTEREST in kinds:  # before the people: it names counterparts
        from .interest_kind import read_interests

        read_interests(session, links, chosen, item_meeting, found)
    if Kind.DELIVERED in kinds:
        from .delivered_kind import read_delivered

        read_delivered(session, links, chosen, item_meeting, found)
    if Kind.SPEAKING in kinds and scope.item_ids is None:  # whole meetings, as the programme
        from .speaking_kind import read_speaking

        read_speaking(session, links, scope.meeting_ids, meeting_uuid, found)
    for kind in (Kind.PROGRAMME, Kind.NOTE, Kind.ACTION):
        if kind not in kinds or (kind is Kind.PROGRAMME and scope.item_ids is not None):
            continue
        spec = SPECS[kind]
        rows = _rows(session, spec, "meeting_id", scope.meeting_ids)
        if scope.item_ids is not None:
            rows = [r for r in rows if r.item_id in chosen]
        if kind is Kind.ACTION:
            links.fetch(Conv.NOTE, (r.note_id for r in rows))
        _fetch_links(links, spec, rows)
        for r, content in zip(rows, _contents(spec, rows, links), strict=True):
            hidden = kind is Kind.NOTE and r.deleted_at is not None
            live = None if hidden else content
            found[r.uuid] = Current(r.uuid, kind, meeting_uuid[r.meeting_id], live, r.id)
    if Kind.MEMBER in kinds and scope.item_ids is None:  # who of us goes: whole meetings
        spec = SPECS[Kind.MEMBER]
        rows = _rows(session, spec, "meeting_id", scope.meeting_ids)
        _fetch_links(links, spec, rows)
        for r, content in zip(rows, _contents(spec, rows, links), strict=True):
            if content["person"] is None:
                continue
            key = member_key(content["meeting"], content["person"])
            found[key] = Current(key, Kind.MEMBER, meeting_uuid[r.meeting_id], content, r.id)
    if Kind.DOCUMENT in kinds:  # the meeting's documents (those of the chosen items)
        spec = SPECS[Kind.DOCUMENT]
        rows = _rows(session, spec, "meeting_id", scope.meeting_ids)
        if scope.item_ids is not None:
            rows = [r for r in rows if r.item_id in chosen]
        _fetch_links(links, spec, rows)
        for r, content in zip(rows, _contents(spec, rows, links), strict=True):
            key = document_key(content["meeting"], content["sha256"])
            found[key] = Current(key, Kind.DOCUMENT, meeting_uuid[r.meeting_id], content, r.id)
    if scope.people:
        _read_people(session, links, found)
    return found


def _chosen_items(session: Session, rows: list[Any], item_ids: tuple[int, ...] | None) -> set[int]:
    """The chosen items with the items above them (their place needs their parents)."""
    if item_ids is None:
        return {r.id for r in rows}
    # the item rows carry no parent (the place is read apart): read here (s31 G8)
    parent: dict[int, int | None] = {}
    for part in chunks([r.id for r in rows]):
        for item_id, parent_id in session.execute(
            select(AgendaItem.id, AgendaItem.parent_id).where(AgendaItem.id.in_(part))
        ):  # plain iteration: Result.tuples() is deprecated in SQLAlchemy 2.1
            parent[item_id] = parent_id
    chosen: set[int] = set()
    for item_id in item_ids:
        at: int | None = item_id
        while at is not None and at in parent and at not in chosen:
            chosen.add(at)
            at = parent[at]
    return chosen


def _read_items(
    session: Session,
    links: Links,
    rows: list[Any],
    kinds: frozenset[Kind],
    found: dict[str, Current],
) -> None:
    spec = SPECS[Kind.ITEM]
    ids = [r.id for r in rows]
    if ids and session.autoflush:  # what the ORM statement reading these did first
        session.flush()
    items = cast(Table, AgendaItem.__table__)
    placed = (items.c.id, items.c.parent_id, items.c.ord, items.c.number, items.c.number_fixed)
    conn = session.connection()
    extra = {r.id: r for part in chunks(ids) for r in rows_in(conn, placed, items.c.id, part)}
    docs: dict[int, list[list[str]]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)
    documents = cast(Table, ItemDocument.__table__).c
    for part in chunks(ids):
        for d in rows_in(
            conn,
            (documents.item_id, documents.symbol, documents.title),
            documents.item_id,
            part,
            order_by=(documents.item_id, documents.ord, documents.id),
        ):
            docs[d.item_id].append([d.symbol, d.title])
        for t in session.execute(
            select(item_adm_tag.c.item_id, Framework.code, AdmTag.code)
            .join(AdmTag, AdmTag.id == item_adm_tag.c.tag_id)
            .join(Framework, Framework.id == AdmTag.framework_id)
            .where(item_adm_tag.c.item_id.in_(part))
        ):
            tags[t[0]].append(tag_label(t[1], t[2]))
    _fetch_links(links, spec, rows)
    links.fetch(Conv.ITEM, (x.parent_id for x in extra.values()))
    meeting_uuid = links.uuids[Conv.MEETING]
    for r in rows:
        x = extra[r.id]
        scope = meeting_uuid[r.meeting_id]
        if Kind.ITEM in kinds:
            content = next(_contents(spec, (r,), links))
            content["number"] = x.number if x.number_fixed else None
            content["documents"] = docs.get(r.id, [])
            content["tags"] = sorted(tags.get(r.id, []))
            found[r.uuid] = Current(r.uuid, Kind.ITEM, scope, content, r.id)
        if Kind.PLACE in kinds:
            key = place_key(r.uuid)
            place = {
                "item": r.uuid,
                "parent": links.uuids[Conv.ITEM].get(x.parent_id) if x.parent_id else None,
                "ord": x.ord,
            }
            found[key] = Current(key, Kind.PLACE, scope, place, r.id)


def position_content(session: Session, p: Position, links: Links) -> dict[str, Any]:
    """A brief's content: its sections (the owner by UUID; tags belong to the item),
    its status, and its approval (who, when) if approved."""
    snap = content_of(session, p).to_snapshot()
    snap.pop("tags", None)
    owner = snap.pop("owner_id", None)
    if owner is not None:
        links.fetch(Conv.PERSON, [owner])
    snap["owner"] = links.uuids[Conv.PERSON].get(owner) if owner is not None else None
    approval = None
    if p.status.value == "approved" and p.approved_by_id is not None:
        links.fetch(Conv.PERSON, [p.approved_by_id])
        approval = {
            "by": links.uuids[Conv.PERSON].get(p.approved_by_id),
            "at": p.approved_at.isoformat() if p.approved_at else None,
        }
    return {
        "item": links.uuids[Conv.ITEM][p.item_id],
        "brief": snap,
        "status": p.status.value,
        "approval": approval,
    }


def _read_positions(
    session: Session,
    links: Links,
    item_ids: Collection[int],
    item_meeting: dict[int, str],
    found: dict[str, Current],
) -> None:
    from .brief_reader import read_briefs

    for position_id, item_id, content in read_briefs(session, item_ids, links):
        key = position_key(content["item"])
        found[key] = Current(key, Kind.POSITION, item_meeting[item_id], content, position_id)


def _read_people(session: Session, links: Links, found: dict[str, Current]) -> None:
    """The people the records name, and our delegation's members."""
    ids = set(links.uuids[Conv.PERSON])
    if session.autoflush:  # what the ORM statement reading them did first
        session.flush()
    ids.update(r.id for r in rows_of(session.connection(), _OUR_MEMBERS))
    spec = SPECS[Kind.PERSON]
    rows = _rows(session, spec, "id", ids)
    for r, content in zip(rows, _contents(spec, rows, links), strict=True):
        found[r.uuid] = Current(r.uuid, Kind.PERSON, PEOPLE_SCOPE, content, r.id)


def delegations_of(session: Session, codes: Iterable[str]) -> dict[str, dict[str, Any]]:
    """What a receiving store needs to create a delegation it lacks."""
    wanted = sorted(set(codes))
    out: dict[str, dict[str, Any]] = {}
    if wanted and session.autoflush:  # what the ORM statement reading them did first
        session.flush()
    conn = session.connection()
    table = cast(Table, Delegation.__table__)
    columns = tuple(table.c[n] for n in ("code", "name", "local_name", "kind", "ord"))
    for part in chunks(wanted):
        for d in rows_in(conn, columns, table.c.code, part):
            out[d.code] = {
                "name": d.name,
                "local_name": d.local_name,
                "kind": d.kind.value,
                "ord": d.ord,
            }
    return out
