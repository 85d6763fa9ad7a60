"""A stretch of our delegation speaking (the speaking timer, ``speaking_interval``) as a
travelling record (#17, review s32 H24).

One record per (meeting, start time) (``speaking_key``): a stretch is started once, on one
side, so its start names it on both and no migration gives the row a UUID.  It lives in its
meeting and goes with the notes (``Part.NOTES``: what happened in the room); stopping it or
moving it to another item is an edit of it, deleting it a deletion, by the rules of every
record.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from .kinds import SPECS, Kind, derived_key

if TYPE_CHECKING:
    from .canon import Current, Links
    from .merge import Step
    from .writers import Ids


def speaking_key(meeting_uuid: str, started_at: str) -> str:
    return derived_key(meeting_uuid, f"speaking/{started_at}")


def read_speaking(
    session: Session,
    links: Links,
    meeting_ids: Collection[int],
    meeting_uuid: dict[int, str],
    found: dict[str, Current],
) -> None:
    from .canon import Current, _fetch_links, _rows, content_of_row

    spec = SPECS[Kind.SPEAKING]
    rows = _rows(session, spec, "meeting_id", meeting_ids)
    _fetch_links(links, spec, rows)
    for r in rows:
        content = content_of_row(spec, r, links)
        key = speaking_key(meeting_uuid[r.meeting_id], content["started_at"])
        found[key] = Current(key, Kind.SPEAKING, meeting_uuid[r.meeting_id], content, r.id)


def write_speaking(session: Session, steps: Iterable[Step], ids: Ids) -> None:
    """Each stretch's row: found by its meeting and start, or made."""
    from .writers import columns, prefetch

    spec = SPECS[Kind.SPEAKING]
    table = spec.table
    steps = list(steps)
    prefetch(ids, spec, (s.incoming.content or {} for s in steps))
    conn = session.connection()
    for step in steps:
        values, _stored = columns(spec, step.incoming.content or {}, ids)
        if values["meeting_id"] is None:
            continue
        there = conn.execute(
            select(table.c.id).where(
                table.c.meeting_id == values["meeting_id"],
                table.c.started_at == values["started_at"],
            )
        ).scalar()
        if there is None:
            conn.execute(insert(table), values)
        else:
            conn.execute(update(table).where(table.c.id == there).values(**values))
