"""Delete records so that they can be put back exactly (undo of a delete).

Deleting an agenda item cascades to its sub-items, its position with every
version, its stances, outcomes and counterpart links, and clears the item from
notes, action items and speaking time (``ON DELETE SET NULL``); deleting a
meeting, an event or a person cascades and clears in the same way.  Before
deleting, ``snapshot_items`` / ``snapshot_records`` walk the foreign keys of the
schema (not a hand-kept list: a table added later is covered too) and keep
every row that will go and every link that will be cleared.
``restore_snapshot`` inserts the rows back in dependency order with their ids
and puts the links back.  An id taken in the meantime (SQLite reuses the
highest free rowid) gets a new id, and every row of the snapshot that points at
it follows; the returned mapping lets the caller (the undo stack) follow too.

A meeting may hold tens of thousands of notes: ids are read and checked in
chunks (SQLite limits the parameters of one statement) and rows that keep their
id go back with one ``executemany`` per chunk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from ..domain.models import Base

ITEM_TABLE = "agenda_item"
CHUNK = 500  # ids per statement (SQLite allows 32,766 parameters; stay far below)


@dataclass(frozen=True)
class ClearedLink:
    table: str
    row_id: int
    column: str
    target_table: str
    target_id: int


Rows = tuple[tuple[str, tuple[dict[str, Any], ...]], ...]  # (table, rows) in insert order
Step = Callable[[int, int], None]  # (rows done, rows in all; 0 if not known yet): may raise


@dataclass(frozen=True)
class ItemsSnapshot:
    """Rows removed with some agenda items (opaque to the GUI; only kept and handed back)."""

    root_ids: tuple[int, ...]
    rows: Rows
    cleared: tuple[ClearedLink, ...]
    meeting_id: int


@dataclass(frozen=True)
class RecordsSnapshot:
    """Rows removed with some records of one table (an event, a meeting, a person)."""

    root_table: str
    root_ids: tuple[int, ...]
    rows: Rows
    cleared: tuple[ClearedLink, ...]

    def count(self, table: str) -> int:
        """How many rows of ``table`` went (e.g. notes removed with a meeting)."""
        return next((len(rows) for name, rows in self.rows if name == table), 0)


def _tables() -> dict[str, Table]:
    return {t.name: t for t in Base.metadata.sorted_tables}


def _single_pk(table: Table) -> str | None:
    cols = list(table.primary_key.columns)
    return cols[0].name if len(cols) == 1 else None


def _self_link(table: Table) -> str | None:
    """The column of ``table`` that points at ``table`` itself (an item's parent), if any."""
    return next((fk.parent.name for fk in table.foreign_keys if fk.column.table is table), None)


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _collect(
    session: Session, root_table: str, root_ids: Sequence[int], step: Step | None = None
) -> tuple[Rows, tuple[ClearedLink, ...]]:
    """Every row that deleting ``root_ids`` of ``root_table`` removes, and every link it clears."""
    tables = _tables()
    taken: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)  # table -> key -> row
    cleared: list[ClearedLink] = []
    queue: list[tuple[str, list[int]]] = [(root_table, list(root_ids))]
    while queue:
        name, ids = queue.pop()
        table = tables[name]
        pk = _single_pk(table)
        assert pk is not None
        fresh = [i for i in dict.fromkeys(ids) if i not in taken[name]]
        if not fresh:
            continue
        for chunk in _chunks(fresh):
            for row in session.execute(select(table).where(table.c[pk].in_(chunk))).mappings():
                taken[name][row[pk]] = dict(row)
            if step is not None:
                step(sum(len(rows) for rows in taken.values()), 0)
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                col = fk.parent
                rows = [
                    row
                    for chunk in _chunks(fresh)
                    for row in session.execute(select(child).where(col.in_(chunk))).mappings()
                ]
                if not rows:
                    continue
                child_pk = _single_pk(child)
                if (fk.ondelete or "").upper() == "CASCADE":
                    if child_pk is None:
                        for row in rows:
                            key = tuple(row[c.name] for c in child.primary_key.columns)
                            taken[child.name][key] = dict(row)
                    else:
                        queue.append((child.name, [row[child_pk] for row in rows]))
                elif child_pk is not None:
                    cleared.extend(
                        ClearedLink(child.name, row[child_pk], col.name, name, row[col.name])
                        for row in rows
                    )
    rows_out: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    for table in Base.metadata.sorted_tables:
        if not taken.get(table.name):
            continue
        table_rows: list[dict[str, Any]] = list(taken[table.name].values())
        link = _self_link(table)
        if link is not None:
            table_rows = _parents_first(table_rows, link)
        rows_out.append((table.name, tuple(table_rows)))
    # Links inside the snapshot come back with the rows themselves.
    kept = tuple(c for c in cleared if c.row_id not in taken.get(c.table, {}))
    return tuple(rows_out), kept


def snapshot_items(session: Session, root_ids: list[int], meeting_id: int) -> ItemsSnapshot:
    """Every row that deleting the items ``root_ids`` removes, and every link it clears."""
    rows, cleared = _collect(session, ITEM_TABLE, root_ids)
    return ItemsSnapshot(tuple(root_ids), rows, cleared, meeting_id)


def snapshot_records(
    session: Session, table: str, root_ids: Sequence[int], step: Step | None = None
) -> RecordsSnapshot:
    """The same for records of any table (``"event"``, ``"meeting"``, ``"person"``)."""
    rows, cleared = _collect(session, table, root_ids, step)
    return RecordsSnapshot(table, tuple(root_ids), rows, cleared)


def _parents_first(rows: list[dict[str, Any]], link: str) -> list[dict[str, Any]]:
    ids = {r["id"] for r in rows}
    out: list[dict[str, Any]] = []
    placed: set[int] = set()
    pending = sorted(rows, key=lambda r: r["id"])
    while pending:
        rest = []
        for r in pending:
            if r[link] is None or r[link] not in ids or r[link] in placed:
                out.append(r)
                placed.add(r["id"])
            else:
                rest.append(r)
        if len(rest) == len(pending):  # pragma: no cover - a cycle cannot be stored
            out.extend(rest)
            break
        pending = rest
    return out


def restore_snapshot(
    session: Session, snap: ItemsSnapshot | RecordsSnapshot, step: Step | None = None
) -> dict[str, dict[int, int]]:
    """Insert the rows back; returns {table: {old id: new id}} for ids that had to change."""
    tables = _tables()
    total = sum(len(rows) for _name, rows in snap.rows)
    done = 0
    remap: dict[str, dict[int, int]] = defaultdict(dict)
    known: dict[str, dict[Any, bool]] = defaultdict(dict)  # "table.column" -> value -> exists

    def exists(table: Table, column: str, value: Any) -> bool:
        seen = known[f"{table.name}.{column}"]
        if value not in seen:
            found = session.execute(select(table.c[column]).where(table.c[column] == value))
            seen[value] = found.first() is not None
        return seen[value]

    def translate(table: Table, row: dict[str, Any]) -> dict[str, Any] | None:
        """The row with its links followed; None if it points at something gone."""
        out = dict(row)
        for fk in table.foreign_keys:
            target = fk.column.table
            value = out.get(fk.parent.name)
            if value is None:
                continue
            if value in remap.get(target.name, {}):
                out[fk.parent.name] = remap[target.name][value]
            elif not exists(target, fk.column.name, value):
                # Deleted meanwhile (a note, a person): clear the link or drop the row.
                if not fk.parent.nullable:
                    return None
                out[fk.parent.name] = None
        return out

    def insert_new(table: Table, pk: str, values: dict[str, Any]) -> None:
        """The row's id is taken: insert it under a new one and remember the change."""
        old = values.pop(pk)
        result: Any = session.execute(insert(table).values(**values))
        new = int(result.inserted_primary_key[0])
        remap[table.name][old] = new
        known[f"{table.name}.{pk}"][new] = True

    for name, rows in snap.rows:
        table = tables[name]
        pk = _single_pk(table)
        if pk is None:
            batch = [v for v in (translate(table, dict(r)) for r in rows) if v is not None]
            if batch:
                session.execute(insert(table), batch)
            done += len(rows)
            continue
        if _self_link(table) is not None:
            # Row by row: a child needs its parent's id, which may change on insert.
            for row in rows:
                values = translate(table, dict(row))
                if values is None:
                    continue
                if exists(table, pk, values[pk]):
                    insert_new(table, pk, values)
                else:
                    session.execute(insert(table).values(**values))
                    known[f"{name}.{pk}"][values[pk]] = True
            done += len(rows)
            continue
        moved: list[dict[str, Any]] = []  # ids taken meanwhile: new ids after the others
        for chunk in _chunks(rows):
            ready = [v for v in (translate(table, dict(r)) for r in chunk) if v is not None]
            ids = [v[pk] for v in ready]
            taken = set(session.scalars(select(table.c[pk]).where(table.c[pk].in_(ids))))
            moved += [v for v in ready if v[pk] in taken]
            free = [v for v in ready if v[pk] not in taken]
            if free:
                session.execute(insert(table), free)
                known[f"{name}.{pk}"].update(dict.fromkeys((v[pk] for v in free), True))
            done += len(chunk)
            if step is not None:
                step(done, total)
        for values in moved:
            insert_new(table, pk, values)
    grouped: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for link in snap.cleared:
        target = remap.get(link.target_table, {}).get(link.target_id, link.target_id)
        grouped[(link.table, link.column, target)].append(link.row_id)
    for (name, column, target), row_ids in grouped.items():
        table = tables[name]
        for chunk in _chunks(row_ids):
            session.execute(
                update(table)
                .where(table.c.id.in_(chunk), table.c[column].is_(None))
                .values({column: target})
            )
    return {k: v for k, v in remap.items() if v}
