"""Delete agenda items so that they can be put back exactly (undo of a delete).

Deleting an item cascades to its sub-items, its position with every version,
its stances, outcomes and counterpart links, and clears the item from notes,
action items and speaking time (``ON DELETE SET NULL``).  Before deleting,
``snapshot_items`` walks the foreign keys of the schema (not a hand-kept list:
a table added later is covered too) and keeps every row that will go and every
link that will be cleared.  ``restore_snapshot`` inserts the rows back in
dependency order with their ids and puts the links back.  An id taken in the
meantime (SQLite reuses the highest free rowid) gets a new id, and every row of
the snapshot that points at it follows; the returned mapping lets the caller
(the undo stack) follow too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from ..domain.models import Base

ITEM_TABLE = "agenda_item"


@dataclass(frozen=True)
class ClearedLink:
    table: str
    row_id: int
    column: str
    target_table: str
    target_id: int


@dataclass(frozen=True)
class ItemsSnapshot:
    """Rows removed with some agenda items (opaque to the GUI; only kept and handed back)."""

    root_ids: tuple[int, ...]
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]  # (table, rows) in insert order
    cleared: tuple[ClearedLink, ...]
    meeting_id: int


def _tables() -> dict[str, Table]:
    return {t.name: t for t in Base.metadata.sorted_tables}


def _single_pk(table: Table) -> str | None:
    cols = list(table.primary_key.columns)
    return cols[0].name if len(cols) == 1 else None


def snapshot_items(session: Session, root_ids: list[int], meeting_id: int) -> ItemsSnapshot:
    """Every row that deleting ``root_ids`` removes, and every link it clears."""
    tables = _tables()
    taken: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)  # table -> key -> row
    cleared: list[ClearedLink] = []
    queue: list[tuple[str, list[int]]] = [(ITEM_TABLE, list(root_ids))]
    while queue:
        name, ids = queue.pop()
        table = tables[name]
        pk = _single_pk(table)
        assert pk is not None
        fresh = [i for i in ids if i not in taken[name]]
        if not fresh:
            continue
        for row in session.execute(select(table).where(table.c[pk].in_(fresh))).mappings():
            taken[name][row[pk]] = dict(row)
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                col = fk.parent
                rows = session.execute(select(child).where(col.in_(fresh))).mappings().all()
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
    order = [t.name for t in Base.metadata.sorted_tables if taken.get(t.name)]
    rows_out: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    for name in order:
        table_rows: list[dict[str, Any]] = list(taken[name].values())
        if name == ITEM_TABLE:
            table_rows = _parents_first(table_rows)
        rows_out.append((name, tuple(table_rows)))
    # Links inside the snapshot come back with the rows themselves.
    cleared = [c for c in cleared if c.row_id not in taken.get(c.table, {})]
    return ItemsSnapshot(tuple(root_ids), tuple(rows_out), tuple(cleared), meeting_id)


def _parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = {r["id"] for r in rows}
    out: list[dict[str, Any]] = []
    placed: set[int] = set()
    pending = sorted(rows, key=lambda r: r["id"])
    while pending:
        rest = []
        for r in pending:
            if r["parent_id"] is None or r["parent_id"] not in ids or r["parent_id"] in placed:
                out.append(r)
                placed.add(r["id"])
            else:
                rest.append(r)
        if len(rest) == len(pending):  # pragma: no cover - a cycle cannot be stored
            out.extend(rest)
            break
        pending = rest
    return out


def restore_snapshot(session: Session, snap: ItemsSnapshot) -> dict[str, dict[int, int]]:
    """Insert the rows back; returns {table: {old id: new id}} for ids that had to change."""
    tables = _tables()
    remap: dict[str, dict[int, int]] = defaultdict(dict)

    exists_cache: dict[tuple[str, Any], bool] = {}

    def exists(table: Table, column: str, value: Any) -> bool:
        key = (f"{table.name}.{column}", value)
        if key not in exists_cache:
            found = session.execute(select(table.c[column]).where(table.c[column] == value))
            exists_cache[key] = found.first() is not None
        return exists_cache[key]

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

    for name, rows in snap.rows:
        table = tables[name]
        pk = _single_pk(table)
        for row in rows:
            values = translate(table, dict(row))
            if values is None:
                continue
            if pk is not None:
                old = values[pk]
                taken_row = session.execute(select(table.c[pk]).where(table.c[pk] == old)).first()
                if taken_row is not None:
                    del values[pk]
                    result: Any = session.execute(insert(table).values(**values))
                    new = result.inserted_primary_key
                    remap[name][old] = int(new[0])
                    exists_cache[(f"{name}.{pk}", int(new[0]))] = True
                    continue
                exists_cache[(f"{name}.{pk}", old)] = True
            session.execute(insert(table).values(**values))
    for link in snap.cleared:
        table = tables[link.table]
        target = remap.get(link.target_table, {}).get(link.target_id, link.target_id)
        session.execute(
            update(table)
            .where(table.c.id == link.row_id, table.c[link.column].is_(None))
            .values({link.column: target})
        )
    return {k: v for k, v in remap.items() if v}
