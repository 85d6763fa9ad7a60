"""Reading agenda items as records, in agenda order, with their position status."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import (
    AdmTag,
    AgendaItem,
    Delegation,
    Framework,
    ItemDocument,
    Position,
    item_adm_tag,
)
from ..domain.tag_text import tag_label
from .numbering import NumberingInput, compute_numbers, depth_first
from .records import AgendaItemRec, DocumentRef


def numbering_inputs(session: Session, meeting_id: int) -> list[NumberingInput]:
    rows = session.execute(
        select(
            AgendaItem.id,
            AgendaItem.parent_id,
            AgendaItem.ord,
            AgendaItem.number_fixed,
            AgendaItem.number,
        ).where(AgendaItem.meeting_id == meeting_id)
    )
    return [
        NumberingInput(r.id, r.parent_id, r.ord, r.number if r.number_fixed else None) for r in rows
    ]


def renumber(session: Session, meeting_id: int) -> None:
    """Recompute every automatic number of a meeting's agenda (inside the caller's txn)."""
    session.flush()
    numbers = compute_numbers(numbering_inputs(session, meeting_id))
    for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)):
        if not item.number_fixed and item.number != numbers.get(item.id, ""):
            item.number = numbers[item.id]


def items_by_meeting(
    session: Session, meeting_ids: list[int] | None = None
) -> dict[int, list[AgendaItemRec]]:
    # Columns, not entities: a large store has thousands of items and ORM objects for
    # them cost most of the navigation tree's load time.
    stmt = select(
        AgendaItem.id,
        AgendaItem.meeting_id,
        AgendaItem.parent_id,
        AgendaItem.ord,
        AgendaItem.number,
        AgendaItem.number_fixed,
        AgendaItem.title,
        AgendaItem.purpose,
        AgendaItem.lead_delegation_id,
        AgendaItem.lead_text,
        AgendaItem.est_minutes,
        AgendaItem.description,
        AgendaItem.day,
        AgendaItem.start_time,
        AgendaItem.end_time,
    )
    if meeting_ids is not None:
        stmt = stmt.where(AgendaItem.meeting_id.in_(meeting_ids))
    items = list(session.execute(stmt))
    if not items:
        return {}
    ids = [i.id for i in items]

    def of_these(column: Any) -> Any:  # every item: no filter (thousands of bound ids)
        return True if meeting_ids is None else column.in_(ids)

    codes = dict(session.execute(select(Delegation.id, Delegation.code)).all())
    docs: dict[int, list[DocumentRef]] = defaultdict(list)
    for d in session.execute(
        select(ItemDocument.item_id, ItemDocument.symbol, ItemDocument.title)
        .where(of_these(ItemDocument.item_id))
        .order_by(ItemDocument.ord)
    ):
        docs[d.item_id].append(DocumentRef(d.symbol, d.title))
    tags: dict[int, list[str]] = defaultdict(list)
    for item_id, fw_code, code in session.execute(
        select(item_adm_tag.c.item_id, Framework.code, AdmTag.code)
        .join(AdmTag, AdmTag.id == item_adm_tag.c.tag_id)
        .join(Framework, Framework.id == AdmTag.framework_id)
        .where(of_these(item_adm_tag.c.item_id))
    ):
        tags[item_id].append(tag_label(fw_code, code))
    positions = {
        r.item_id: (r.status, r.stance)
        for r in session.execute(
            select(Position.item_id, Position.status, Position.stance).where(
                of_these(Position.item_id)
            )
        )
    }
    per_meeting: dict[int, list[Any]] = defaultdict(list)
    for i in items:
        per_meeting[i.meeting_id].append(i)
    out: dict[int, list[AgendaItemRec]] = {}
    for meeting_id, mitems in per_meeting.items():
        by_id = {i.id: i for i in mitems}
        order = depth_first(NumberingInput(i.id, i.parent_id, i.ord, None) for i in mitems)
        recs = []
        for item_id, depth in order:
            i = by_id[item_id]
            status, stance = positions.get(i.id, (None, None))
            recs.append(
                AgendaItemRec(
                    id=i.id,
                    meeting_id=i.meeting_id,
                    parent_id=i.parent_id,
                    ord=i.ord,
                    depth=depth,
                    number=i.number,
                    number_fixed=i.number_fixed,
                    title=i.title,
                    purpose=i.purpose,
                    lead_code=codes.get(i.lead_delegation_id or 0, ""),
                    lead_text=i.lead_text,
                    est_minutes=i.est_minutes,
                    description=i.description,
                    documents=tuple(docs.get(i.id, [])),
                    tags=tuple(sorted(tags.get(i.id, []))),
                    position_status=status,
                    position_stance=stance,
                    day=i.day,
                    start_time=i.start_time,
                    end_time=i.end_time,
                )
            )
        out[meeting_id] = recs
    return out
