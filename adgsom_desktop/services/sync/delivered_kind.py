"""A point to make ticked as delivered in the room, as a travelling record (#17, review
s32 H24).

A brief's content leaves the tick out (``kinds``: a point's delivered tick says nothing of
the brief), so a tick travels on its own: one record per (item, point text) that exists
while the point is ticked (``delivered_key``).  Ticking on one side adds it, unticking
deletes it, and the merge rules are those of every record.  A point keeps its row (and its
tick) while its text is unchanged (``brief_writer``), so the tick is written after the
brief, onto the point of that text; a brief whose point was reworded there has nowhere
to hold it: refused and named, never remembered (the next Bring back names it again).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ...domain.models import Position, PositionPoint
from ...domain.text import MAX_TEXT
from ...errors import ValidationError
from ...i18n.messages import Message
from .keyed_rows import keep
from .kinds import Conv, Kind, derived_key
from .revs import hash_text

if TYPE_CHECKING:
    from .canon import Current, Links
    from .merge import Step
    from .writers import Ids


def delivered_key(item_uuid: str, text: str) -> str:
    return derived_key(item_uuid, f"delivered/{hash_text(text)}")


def read_delivered(
    session: Session,
    links: Links,
    item_ids: Collection[int],
    item_meeting: dict[int, str],
    found: dict[str, Current],
) -> None:
    """The ticked points of the briefs on ``item_ids``."""
    from .kinds import chunks

    uuids = links.uuids[Conv.ITEM]

    def rows() -> Iterator[tuple[Any, dict[str, Any]]]:
        for part in chunks(sorted(item_ids)):
            for r in session.execute(
                select(
                    Position.item_id,
                    PositionPoint.id,
                    PositionPoint.text,
                    PositionPoint.delivered_at,
                )
                .join(Position, Position.id == PositionPoint.position_id)
                .where(Position.item_id.in_(part), PositionPoint.delivered_at.is_not(None))
                .order_by(PositionPoint.ord.desc(), PositionPoint.id.desc())
            ):  # the first of two alike wins (it comes last)
                item = uuids.get(r.item_id)
                if item is not None and r.delivered_at is not None:
                    yield r, {"item": item, "text": r.text, "at": r.delivered_at.isoformat()}

    def named(row: Any, content: dict[str, Any]) -> tuple[str, str]:
        return delivered_key(content["item"], content["text"]), item_meeting[row.item_id]

    keep(found, Kind.DELIVERED, rows(), named)


def write_delivered(
    session: Session, steps: Iterable[Step], ids: Ids, refused: dict[str, str]
) -> None:
    """Tick the point of each record's text on its item's brief."""
    conn = session.connection()
    for step in steps:
        content = step.incoming.content or {}
        item_id = ids.get(Conv.ITEM, content.get("item"))
        if item_id is None:
            continue
        point = conn.execute(
            select(PositionPoint.id)
            .join(Position, Position.id == PositionPoint.position_id)
            .where(Position.item_id == item_id, PositionPoint.text == content.get("text"))
            .order_by(PositionPoint.ord, PositionPoint.id)
            .limit(1)
        ).scalar()
        if point is None:
            refused[step.key] = str(
                Message(
                    "A point delivered was not ticked here: the brief no longer has the point "
                    "“{point}” (it was reworded or removed). Tick it again after settling the "
                    "brief.",
                    point=str(content.get("text", ""))[:80],
                )
            )
            continue
        at = datetime.fromisoformat(str(content["at"]))
        conn.execute(update(PositionPoint).where(PositionPoint.id == point).values(delivered_at=at))


def undeliver(session: Session, point_id: int) -> None:
    """A tick deleted on the other side: the point stays, unticked."""
    session.connection().execute(
        update(PositionPoint).where(PositionPoint.id == point_id).values(delivered_at=None)
    )


def check_delivered(content: dict[str, Any]) -> None:
    """A tick as a payload may carry it (``payload.check_content``)."""
    from ...domain.text import clean_text

    item, text, at = content.get("item"), content.get("text"), content.get("at")
    if not isinstance(item, str) or len(item) != 32:
        raise ValidationError("point delivered: bad item")
    if not isinstance(text, str) or clean_text(text, "point", max_len=MAX_TEXT) != text:
        raise ValidationError("point delivered: bad text")
    if not isinstance(at, str):
        raise ValidationError("point delivered: no time")
    datetime.fromisoformat(at)
