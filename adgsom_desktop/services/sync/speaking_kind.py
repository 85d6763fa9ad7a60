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
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from .keyed_rows import read_table, write_table
from .kinds import Kind, derived_key

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
    def named(row: Any, content: dict[str, Any]) -> tuple[str, str]:
        meeting = meeting_uuid[row.meeting_id]
        return speaking_key(meeting, content["started_at"]), meeting

    read_table(session, links, Kind.SPEAKING, "meeting_id", meeting_ids, named, found)


def write_speaking(session: Session, steps: Iterable[Step], ids: Ids) -> None:
    """Each stretch's row: found by its meeting and start, or made."""
    write_table(
        session,
        steps,
        ids,
        Kind.SPEAKING,
        match=("meeting_id", "started_at"),
        required=("meeting_id",),
    )
