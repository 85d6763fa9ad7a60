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
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ...domain.enums import Audience
from .keyed_rows import read_table, write_table
from .kinds import Kind, interest_key

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

    def named(row: Any, content: dict[str, Any]) -> tuple[str, str] | None:
        if content["person"] is None or content["item"] is None:
            return None
        return interest_key(content["item"], content["person"]), item_meeting[row.item_id]

    read_table(session, links, Kind.INTEREST, "item_id", item_ids, named, found)


def write_interests(session: Session, steps: Iterable[Step], ids: Ids) -> None:
    """Each interest's row (its note), created when the pair is not there yet."""
    pair = ("person_id", "item_id")
    write_table(session, steps, ids, Kind.INTEREST, match=pair, required=pair, changed=("note",))


def readable(records: Iterable[Incoming], audience: Audience) -> tuple[Incoming, ...]:
    """The records an audience may read: no interests unless it may read
    ``pack.counterparts`` (docs/packs.md)."""
    from ...reports.audiences import part

    out = tuple(records)
    if part(PACK_PART).allows(audience):
        return out
    return tuple(r for r in out if r.kind is not Kind.INTEREST)
