"""Writing incoming records into the store (inside the import's one transaction).

Each writer turns a record's content back into columns (UUIDs to ids, codes to
delegation ids, ISO text to dates), inserts or updates the row (Core statements;
a brief through the position's own functions, so its history gets the version),
and returns the content as stored: a link to a record this store does not hold is
written empty, and the store remembers the revision with the content it could keep
(so it never reads that as a change of its own).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.enums import PositionStatus
from ...domain.models import (
    AgendaItem,
    Delegation,
    ItemDocument,
    Note,
    Outcome,
    Position,
    StanceRecord,
    item_adm_tag,
)
from ...errors import ValidationError
from ...storage.driver_read import rows_in
from ...storage.driver_sql import Prepared
from ...storage.driver_sync import execute_many, insert_many
from ..item_tags import resolve_tags
from ..position_rows import write_version
from .as_written import AS_WRITTEN, applies, read_as
from .canon import LINK_TABLES
from .kinds import LINKS, SPECS, Conv, Kind, Spec, chunks, plain
from .note_versions import note_versions
from .settle import settle_agendas
from .tag_ids import held_tag_ids

_DATE_PARSE = {Conv.DATE: date.fromisoformat, Conv.TIME: time.fromisoformat}


class Ids:
    """UUIDs to this store's ids (and codes to delegation ids), fetched as needed."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.codes: dict[str, int] = dict(
            session.execute(select(Delegation.code, Delegation.id)).all()
        )
        self.by_uuid: dict[Conv, dict[str, int]] = defaultdict(dict)
        # looked up and not here (a link to a record this store lacks): ``get`` does not
        # ask again; an explicit ``fetch`` does (every writer that inserts rows of a
        # linked kind fetches their UUIDs right after)
        self.absent: dict[Conv, set[str]] = defaultdict(set)

    def fetch(self, conv: Conv, uuids: Iterable[Any]) -> None:
        known = self.by_uuid[conv]
        wanted = sorted({u for u in uuids if isinstance(u, str) and u not in known})
        if not wanted:
            return
        table = LINK_TABLES[conv]
        conn = self.session.connection()
        for part in chunks(wanted):
            for rid, uid in rows_in(conn, (table.c.id, table.c.uuid), table.c.uuid, part):
                known[uid] = rid
        absent = self.absent[conv]
        absent.difference_update(wanted)
        absent.update(u for u in wanted if u not in known)

    def get(self, conv: Conv, uuid: Any) -> int | None:
        if uuid is None:
            return None
        known = self.by_uuid[conv]
        if uuid not in known and uuid not in self.absent[conv]:
            self.fetch(conv, [uuid])
        return known.get(uuid)

    def forget(self, conv: Conv, uuid: str) -> None:
        self.by_uuid[conv].pop(uuid, None)
        self.absent[conv].discard(uuid)


def columns(spec: Spec, content: dict[str, Any], ids: Ids) -> tuple[dict[str, Any], dict[str, Any]]:
    """The row's columns for ``content``, and the content as it will be stored."""
    values: dict[str, Any] = {}
    stored = dict(content)
    for name, column, conv, parse in _plan(spec):
        value = content.get(name)
        if value is None:
            values[column] = None
            continue
        if parse is not None:
            values[column] = parse(value)
            continue
        if conv is Conv.PLAIN:
            values[column] = value
            continue
        out = ids.codes.get(value) if conv is Conv.CODE else ids.get(conv, value)
        values[column] = out
        if out is None:
            stored[name] = None  # a link this store cannot keep
    return values, stored


_PLANS: dict[Kind, tuple[tuple[str, str, Conv, Any], ...]] = {}


def _plan(spec: Spec) -> tuple[tuple[str, str, Conv, Any], ...]:
    """(name, column, conversion, parser of its text or None) of each of ``spec``'s
    fields: how each value becomes its column, decided once per kind."""
    found = _PLANS.get(spec.kind)
    if found is None:
        out = []
        for f in spec.fields:
            parse: Any = None
            if f.conv is Conv.ENUM:
                parse = spec.table.c[f.column].type.enum_class  # type: ignore[attr-defined]
            elif f.conv is Conv.DATETIME:
                parse = datetime.fromisoformat
            elif f.conv in _DATE_PARSE:
                parse = _DATE_PARSE[f.conv]
            out.append((f.name, f.column, f.conv, parse))
        found = _PLANS[spec.kind] = tuple(out)
    return found


def prefetch(ids: Ids, spec: Spec, contents: Iterable[dict[str, Any]]) -> None:
    contents = list(contents)
    for f in spec.fields:
        if f.conv in LINKS:
            ids.fetch(f.conv, (c.get(f.name) for c in contents))


# -- simple tables ------------------------------------------------------------------------


def insert_rows(
    session: Session,
    kind: Kind,
    records: list[tuple[str, dict[str, Any]]],
    ids: Ids,
    written: dict[str, dict[str, Any]] | None = None,
) -> dict[str, dict[str, Any]]:
    """Insert new rows of a kind (with their UUIDs); returns the stored contents.
    ``written``, when given, gets the content each new row reads back as, for the kinds
    where that follows from the values written (``as_written``)."""
    spec = SPECS[kind]
    prefetch(ids, spec, (c for _k, c in records))
    now = utcnow()
    rows: list[dict[str, Any]] = []
    stored: dict[str, dict[str, Any]] = {}
    for key, content in records:
        values, kept = columns(spec, content, ids)
        values["uuid"] = key
        if hasattr(spec.model, "created_at"):
            values["created_at"] = values["updated_at"] = now
        if kind is Kind.NOTE:
            values["version_no"] = 1
        if kind is Kind.ITEM:
            values.update(_item_row_defaults(content))
        if kind is Kind.OUTCOME and values.get("ord") is None:
            values["ord"] = 0  # sent without its place (an older version): numbered below
        rows.append(values)
        stored[key] = kept
    conn = session.connection()
    if written is not None and kind in AS_WRITTEN and applies(conn.dialect):
        for (key, content), row in zip(records, rows, strict=True):
            written[key] = read_as(spec, row, content, conn.dialect)
    for part in chunks(rows, 2000):
        insert_many(conn, spec.table, part)
    conv = _CONV_OF.get(kind)
    if conv is not None:
        ids.fetch(conv, [k for k, _c in records])
        _link_within(conn, spec, conv, records, rows, ids)
    if kind is Kind.NOTE:
        note_versions(session, [(ids.by_uuid[Conv.NOTE][k], 1, c) for k, c in records])
    if kind is Kind.OUTCOME:  # a place travels (``outcome_order``): only one not sent
        unplaced = [(k, c) for k, c in records if c.get("ord") is None]
        items = [ids.get(Conv.ITEM, c["item"]) for _k, c in unplaced]
        _number_outcomes(session, items, [k for k, _c in unplaced])
    return stored


def _link_within(conn: Any, spec: Spec, conv: Conv, records: Any, rows: Any, ids: Ids) -> None:
    """A link to a record of the same kind inserted in the same batch (an item followed
    on from an earlier meeting's item, both in one payload): set once both rows exist."""
    for f in spec.fields:
        if f.conv is not conv:
            continue
        later = [
            {"rid": ids.by_uuid[conv][key], "to": ids.by_uuid[conv][c[f.name]]}
            for (key, c), row in zip(records, rows, strict=True)
            if row[f.column] is None and c.get(f.name) in ids.by_uuid[conv]
        ]
        if later:
            t = spec.table
            stmt = update(t).where(t.c.id == bindparam("rid")).values({f.column: bindparam("to")})
            conn.execute(stmt, later)


_CONV_OF = {
    Kind.EVENT: Conv.EVENT,
    Kind.MEETING: Conv.MEETING,
    Kind.ITEM: Conv.ITEM,
    Kind.PERSON: Conv.PERSON,
    Kind.NOTE: Conv.NOTE,
}


def _item_row_defaults(content: dict[str, Any]) -> dict[str, Any]:
    number = content.get("number")
    return {
        "ord": 0,
        "parent_id": None,
        "number": number or "",
        "number_fixed": number is not None,
    }


def update_row(
    session: Session, kind: Kind, row_id: int, content: dict[str, Any], ids: Ids
) -> dict[str, Any]:
    spec = SPECS[kind]
    values, stored = columns(spec, content, ids)
    if hasattr(spec.model, "updated_at"):
        values["updated_at"] = utcnow()
    if kind is Kind.ITEM:
        number = content.get("number")
        values["number_fixed"] = number is not None
        if number is not None:
            values["number"] = number
    if kind is Kind.NOTE:
        values["deleted_at"] = None
        values["version_no"] = Note.version_no + 1
    if kind is Kind.OUTCOME and values.get("ord") is None:
        del values["ord"]  # sent without its place (an older version): it keeps ours
    table = spec.table
    session.connection().execute(update(table).where(table.c.id == row_id).values(**values))
    if kind is Kind.NOTE:
        version = (
            session.connection()
            .execute(select(table.c.version_no).where(table.c.id == row_id))
            .scalar_one()
        )
        note_versions(session, [(row_id, version, content)])
    return stored


def delete_row(session: Session, kind: Kind, row_id: int) -> None:
    if kind is Kind.NOTE:  # a note is hidden, never removed: its history stays
        session.connection().execute(
            update(Note).where(Note.id == row_id).values(deleted_at=utcnow())
        )
        return
    if kind is Kind.POSITION:
        session.connection().execute(delete(Position).where(Position.id == row_id))
        return
    if kind is Kind.PLACE:
        return  # an item's place goes with the item
    table = SPECS[kind].table
    session.connection().execute(delete(table).where(table.c.id == row_id))


def update_notes(session: Session, rows: list[tuple[int, dict[str, Any]]], ids: Ids) -> None:
    """``update_row``'s writes for edited notes (row id, content), in one ``executemany``,
    their new version numbers read in one statement and their history in one insert."""
    if not rows:
        return
    spec, t = SPECS[Kind.NOTE], cast(Table, Note.__table__)
    params = [
        {"rid": rid, **{f"v_{k}": v for k, v in columns(spec, c, ids)[0].items()}}
        for rid, c in rows
    ]
    values: dict[str, Any] = {k[2:]: bindparam(k) for k in params[0] if k != "rid"}
    values.update(deleted_at=None, version_no=t.c.version_no + 1)
    if hasattr(spec.model, "updated_at"):
        values["updated_at"] = utcnow()
    conn = session.connection()
    conn.execute(update(t).where(t.c.id == bindparam("rid")).values(values), params)
    cols, got = (t.c.id, t.c.version_no), cast(dict[int, int], {})
    for part in chunks([i for i, _c in rows]):
        got.update((r[0], r[1]) for r in rows_in(conn, cols, t.c.id, part))
    note_versions(session, [(rid, got[rid], c) for rid, c in rows])


def _number_outcomes(session: Session, item_ids: list[int | None], keys: list[str]) -> None:
    """Outcomes that came in without their place (from a version before places travelled)
    are numbered after the item's own."""
    conn = session.connection()
    wanted = sorted({i for i in item_ids if i is not None})
    top: dict[int, int] = {}
    for part in chunks(wanted):
        top.update(
            conn.execute(
                select(Outcome.item_id, func.max(Outcome.ord))
                .where(Outcome.item_id.in_(part), Outcome.uuid.not_in(keys))
                .group_by(Outcome.item_id)
            ).all()
        )
    nxt = {i: (top.get(i) or 0) + 1 for i in wanted}
    numbers = []
    for item_id, key in zip(item_ids, keys, strict=True):
        if item_id is None:
            continue
        numbers.append({"k": key, "o": nxt[item_id]})
        nxt[item_id] += 1
    now = utcnow()  # their ``updated_at`` (``onupdate``), stated
    execute_many(conn, _OUTCOME_ORD, [{**n, "now": now} for n in numbers])


_OUTCOME = cast(Table, Outcome.__table__)
_OUTCOME_ORD = Prepared(
    update(_OUTCOME)
    .where(_OUTCOME.c.uuid == bindparam("k"))
    .values(ord=bindparam("o"), updated_at=bindparam("now"))
)


# -- an item's extras, its place, the agenda's numbers ------------------------------------


def item_extras(session: Session, items: list[tuple[int, dict[str, Any]]]) -> None:
    """Documents and ADM tags of items (replaced); tags this store lacks are left out.
    One delete and one insert per table for all the items, the tags resolved together."""
    if not items:
        return
    conn = session.connection()
    ids = sorted({item_id for item_id, _c in items})
    for part in chunks(ids):
        conn.execute(delete(ItemDocument).where(ItemDocument.item_id.in_(part)))
    docs = [
        {"item_id": item_id, "ord": n, "symbol": d[0], "title": d[1]}
        for item_id, content in items
        for n, d in enumerate(content.get("documents") or [])
    ]
    if docs:
        conn.execute(insert(ItemDocument), docs)
    for part in chunks(ids):
        conn.execute(delete(item_adm_tag).where(item_adm_tag.c.item_id.in_(part)))
    resolved = _resolved(session, [t for _i, c in items for t in c.get("tags") or []])
    links: list[dict[str, int]] = []
    for item_id, content in items:
        tag_ids: list[int] = []
        for label in content.get("tags") or []:
            tag_id = resolved[label]
            if tag_id is not None and tag_id not in tag_ids:
                tag_ids.append(tag_id)
                links.append({"item_id": item_id, "tag_id": tag_id})
    if links:
        conn.execute(insert(item_adm_tag), links)


def _resolved(session: Session, labels: list[str]) -> dict[str, int | None]:
    """Tags' ids by label (None: one this store refuses), all at once when every one is
    known (the usual case), else one by one."""
    wanted = list(dict.fromkeys(labels))
    if not wanted:
        return {}
    held = held_tag_ids(session, wanted)  # one read when every one is held (tag_ids)
    if held is not None:
        return dict(held)
    try:
        return {
            label: tag.id for label, tag in zip(wanted, resolve_tags(session, wanted), strict=True)
        }
    except ValidationError:
        pass
    out: dict[str, int | None] = {}
    for label in wanted:
        try:
            (tag,) = resolve_tags(session, [label])
            out[label] = tag.id
        except ValidationError:
            out[label] = None
    return out


def set_place(session: Session, item_id: int, content: dict[str, Any], ids: Ids) -> dict[str, Any]:
    return set_places(session, [(item_id, content)], ids)[0]


def set_places(
    session: Session, places: list[tuple[int, dict[str, Any]]], ids: Ids
) -> list[dict[str, Any]]:
    """Items' places (parent, order among siblings), in one statement for all of them;
    the places as stored (a parent this store lacks left out)."""
    ids.fetch(Conv.ITEM, (c.get("parent") for _i, c in places))
    out = []
    rows = []
    for item_id, content in places:
        parent = ids.get(Conv.ITEM, content.get("parent"))
        stored = dict(content)
        if content.get("parent") is not None and parent is None:
            stored["parent"] = None
        out.append(stored)
        rows.append({"item": item_id, "parent": parent, "place": content["ord"]})
    now = utcnow()  # their ``updated_at`` (``onupdate``), stated
    execute_many(session.connection(), _PLACE, [{**r, "now": now} for r in rows])
    return out


_ITEM = cast(Table, AgendaItem.__table__)
_PLACE = Prepared(
    update(_ITEM)
    .where(_ITEM.c.id == bindparam("item"))
    .values(parent_id=bindparam("parent"), ord=bindparam("place"), updated_at=bindparam("now"))
)


# -- a brief --------------------------------------------------------------------------------


def reopen_position(session: Session, position_id: int, saved_by: str, why: str) -> bool:
    """An approved brief met a version edited elsewhere: it returns to draft (both
    versions kept: ours in its history, theirs in the conflict)."""
    p = session.get(Position, position_id)
    if p is None or p.status is not PositionStatus.APPROVED:
        return False
    p.status = PositionStatus.DRAFT
    write_version(session, p, saved_by, why)
    return True


def stance_rows(session: Session, item_ids: Iterable[int]) -> dict[tuple[int, int], int]:
    """The stance rows of these items, by (item, delegation)."""
    out: dict[tuple[int, int], int] = {}
    conn, t = session.connection(), cast(Table, StanceRecord.__table__)
    for part in chunks(sorted(set(item_ids))):
        for r in rows_in(conn, (t.c.id, t.c.item_id, t.c.delegation_id), t.c.item_id, part):
            out[(r.item_id, r.delegation_id)] = r.id
    return out


def ensure_delegations(session: Session, wanted: dict[str, dict[str, Any]], ids: Ids) -> list[str]:
    """Delegations the records name that this store lacks are added (never changed)."""
    from ...domain.enums import DelegationKind

    added = []
    for code, info in sorted(wanted.items()):
        if code in ids.codes:
            continue
        d = Delegation(
            code=code,
            name=str(info.get("name") or code),
            local_name=str(info.get("local_name") or ""),
            kind=DelegationKind(info.get("kind") or DelegationKind.OTHER.value),
            ord=int(info.get("ord") or 0),
        )
        session.add(d)
        session.flush()
        ids.codes[code] = d.id
        added.append(code)
    return added


__all__ = [
    "Ids",
    "delete_row",
    "ensure_delegations",
    "insert_rows",
    "item_extras",
    "plain",
    "reopen_position",
    "set_place",
    "set_places",
    "settle_agendas",
    "stance_rows",
    "update_notes",
    "update_row",
]
