"""The fields of an import's records this store was never sent (``withhold``), marked
on their rows of revisions after the merge is written (``importer``)."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

from .merge import WRITES, Action, Plan
from .withhold import hidden_by_audience, parse_marks, render_marks, value_mark


def mark_never_received(session: Session, the_plan: Plan, audience: str) -> None:
    """Remember the fields of a record this store now holds a revision of without having
    been sent them (``withhold``): of a new record, every withheld field (never held: always
    withheld); of one we held, those the bundle's audience may not read, with the value
    held here (stale: "not changed" by this store until its user changes it), and those we
    never had and still lack."""
    from ...domain.models import SyncRecord

    steps = [s for s in the_plan.steps if s.action in (*WRITES, Action.LEARN)]
    # ``collect.never_received`` as the store held them before the merge (``advance`` read
    # every recorded row of the payload's keys; writing a revision keeps its marks)
    before = {
        s.key: parse_marks(s.local.withheld)
        for s in steps
        if s.local is not None and s.local.withheld
    }
    marked = []
    for step in steps:
        rec = step.incoming
        had = before.get(step.key, {})
        local = step.local.content if step.local is not None else None
        now = rec.content if step.action in WRITES else local
        hidden = set(hidden_by_audience(audience, rec))
        if step.action is Action.LEARN:
            marks = dict(had)  # nothing written: what was not sent stays so
        elif local is None:  # never held: withheld for good, whatever is typed here
            marks = {p: None for p in rec.withheld}
        else:
            marks = {p: m for p, m in had.items() if p in rec.withheld}
        if local is not None:  # what we held is stale: withheld while unchanged here
            marks.update({p: value_mark(now, p) for p in hidden if marks.get(p, "") is not None})
        if marks != had:
            marked.append({"k": step.key, "w": render_marks(marks)})
    if marked:  # one statement for all of them
        table = cast(Table, SyncRecord.__table__)
        session.connection().execute(
            update(table).where(table.c.key == bindparam("k")).values(withheld=bindparam("w")),
            marked,
        )
