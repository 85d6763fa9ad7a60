"""An import's agendas settled: siblings that share a place put in one order every store
agrees on, and the items' automatic numbers recomputed (``writers.settle_agendas``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.models import AgendaItem
from ...storage.driver_read import rows_in
from ...storage.driver_sql import Prepared
from ...storage.driver_sync import execute_many
from ..numbering import NumberingInput, compute_numbers
from .kinds import chunks


def settle_agendas(session: Session, meeting_ids: Iterable[int]) -> None:
    """After items came in: items that share a place among their siblings are put in
    one order every store agrees on (by place, then UUID), and numbers recomputed (as
    ``agenda_queries.renumber`` does), every meeting's items read in one statement and
    the changes written with one ``executemany`` each."""
    session.flush()
    conn, t, by_meeting = session.connection(), cast(Table, AgendaItem.__table__), defaultdict(list)
    cols = (t.c.id, t.c.meeting_id, t.c.parent_id, t.c.ord, t.c.uuid, t.c.number_fixed, t.c.number)
    for part in chunks(sorted(set(meeting_ids))):
        for r in rows_in(conn, cols, t.c.meeting_id, part):
            by_meeting[r.meeting_id].append(r)
    places, numbers = [], []
    for rows in by_meeting.values():
        groups: dict[int | None, list[Any]] = defaultdict(list)
        for r in rows:
            groups[r.parent_id].append(r)
        ords = {r.id: r.ord for r in rows}
        for group in groups.values():
            if len({r.ord for r in group}) == len(group):
                continue
            for n, r in enumerate(sorted(group, key=lambda r: (r.ord, r.uuid or ""))):
                if r.ord != n:
                    places.append({"rid": r.id, "place": n})
                    ords[r.id] = n
        inputs = [NumberingInput(r.id, r.parent_id, ords[r.id], r.number if r.number_fixed else None) for r in rows]  # fmt: skip
        found = compute_numbers(inputs)
        numbers += [{"rid": r.id, "number": found.get(r.id, "")} for r in rows
                    if not r.number_fixed and r.number != found.get(r.id, "")]  # fmt: skip
    now = utcnow()  # the items' ``updated_at`` (their ``onupdate``), stated
    execute_many(conn, _PLACES, [{**r, "now": now} for r in places])
    execute_many(conn, _NUMBERS, [{**r, "now": now} for r in numbers])
    session.expire_all()


_T = cast(Table, AgendaItem.__table__)
_WHERE = _T.c.id == bindparam("rid")
_PLACES = Prepared(
    update(_T).where(_WHERE).values(ord=bindparam("place"), updated_at=bindparam("now"))
)
_NUMBERS = Prepared(
    update(_T).where(_WHERE).values(number=bindparam("number"), updated_at=bindparam("now"))
)
