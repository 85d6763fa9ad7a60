"""Records named by what they are about, not by a UUID of their own (#17): a counterpart's
interest in an item (``interest_kind``), a stretch of our speaking (``speaking_kind``), a
point ticked as delivered (``delivered_kind``).

Each kind's module says how one of its rows is named (its key and the meeting it lives
in); reading rows into records and writing records back onto rows found by their
columns is the same for all of them, here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from .kinds import SPECS, Kind

if TYPE_CHECKING:
    from .canon import Current, Links
    from .merge import Step
    from .writers import Ids

# a row and its content -> (its key, the scope it lives in), or None: not a record
Named = Callable[[Any, dict[str, Any]], tuple[str, str] | None]


def keep(
    found: dict[str, Current],
    kind: Kind,
    rows: Iterable[tuple[Any, dict[str, Any]]],
    named: Named,
) -> None:
    """Each row (with its content) as a record of ``kind``, by its key; of two alike, the
    later wins."""
    from .canon import Current

    for row, content in rows:
        got = named(row, content)
        if got is not None:
            key, scope = got
            found[key] = Current(key, kind, scope, content, row.id)


def read_table(
    session: Session,
    links: Links,
    kind: Kind,
    column: str,
    ids: Collection[int],
    named: Named,
    found: dict[str, Current],
) -> None:
    """The rows of ``kind``'s table whose ``column`` is in ``ids``, as records (the
    records they link to join ``links``)."""
    from .canon import _fetch_links, _rows, content_of_row

    spec = SPECS[kind]
    rows = _rows(session, spec, column, ids)
    _fetch_links(links, spec, rows)
    keep(found, kind, ((r, content_of_row(spec, r, links)) for r in rows), named)


def write_table(
    session: Session,
    steps: Iterable[Step],
    ids: Ids,
    kind: Kind,
    *,
    match: tuple[str, ...],
    required: tuple[str, ...],
    changed: tuple[str, ...] | None = None,
) -> None:
    """Each record's row, found by the columns ``match`` names and updated (``changed``:
    only those columns), or made.  A record missing a ``required`` column (its person
    or item is not here) is not written, so not remembered."""
    from .writers import columns, prefetch

    spec = SPECS[kind]
    table = spec.table
    steps = list(steps)
    prefetch(ids, spec, (s.incoming.content or {} for s in steps))
    conn = session.connection()
    for step in steps:
        values, _stored = columns(spec, step.incoming.content or {}, ids)
        if any(values[name] is None for name in required):
            continue
        there = conn.execute(
            select(table.c.id).where(*(table.c[name] == values[name] for name in match))
        ).scalar()
        if there is None:
            conn.execute(insert(table), values)
        else:
            new = values if changed is None else {name: values[name] for name in changed}
            conn.execute(update(table).where(table.c.id == there).values(**new))
