"""A counterpart's interest in an agenda item (``person_interest``) as a travelling record
(#17, review s32 H23).

One record per (item, person), named by both (``interest_key``): the same interest linked
on two sides is one record, so no migration gives the row a UUID.  It lives in its item's
meeting and goes with the briefs (``Part.BRIEFS``): reading it names its person, so the
counterparts the event's items are about travel with it (``canon._read_people``), their
personality notes withheld as any person's are (``withhold``).  Which counterparts care
about an item is itself a part of the pack rule (``pack.counterparts``, the head's only):
a payload for an audience that may not read it carries no interest at all
(``readable``), and a store that never received them never sends their deletion.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ...domain.enums import Audience
from .kinds import SPECS, Kind, interest_key

if TYPE_CHECKING:
    from .canon import Current, Links
    from .merge import Incoming, Step
    from .writers import Ids

PACK_PART = "pack.counterparts"


def read_interests(
    session: Session,
    links: Links,
    item_ids: Collection[int],
    item_meeting: dict[int, str],
    found: dict[str, Current],
) -> None:
    """The interests in ``item_ids``, by key (their people's ids join ``links``)."""
    from .canon import Current, _fetch_links, _rows, content_of_row

    spec = SPECS[Kind.INTEREST]
    rows = _rows(session, spec, "item_id", item_ids)
    _fetch_links(links, spec, rows)
    for r in rows:
        content = content_of_row(spec, r, links)
        if content["person"] is None or content["item"] is None:
            continue
        key = interest_key(content["item"], content["person"])
        found[key] = Current(key, Kind.INTEREST, item_meeting[r.item_id], content, r.id)


def write_interests(session: Session, steps: Iterable[Step], ids: Ids) -> None:
    """Each interest's row (its note), created when the pair is not there yet."""
    from .writers import columns, prefetch

    spec = SPECS[Kind.INTEREST]
    table = spec.table
    steps = list(steps)
    prefetch(ids, spec, (s.incoming.content or {} for s in steps))
    conn = session.connection()
    for step in steps:
        values, _stored = columns(spec, step.incoming.content or {}, ids)
        if values["person_id"] is None or values["item_id"] is None:
            continue  # its person or item is not here: not written, so not remembered
        there = conn.execute(
            select(table.c.id).where(
                table.c.person_id == values["person_id"], table.c.item_id == values["item_id"]
            )
        ).scalar()
        if there is None:
            conn.execute(insert(table), values)
        else:
            conn.execute(update(table).where(table.c.id == there).values(note=values["note"]))


def readable(records: Iterable[Incoming], audience: Audience) -> tuple[Incoming, ...]:
    """The records an audience may read: no interests unless it may read
    ``pack.counterparts`` (docs/packs.md)."""
    from ...reports.audiences import part

    out = tuple(records)
    if part(PACK_PART).allows(audience):
        return out
    return tuple(r for r in out if r.kind is not Kind.INTEREST)
