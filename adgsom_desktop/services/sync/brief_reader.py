"""The briefs of a scope read as records' content, in a few Core statements.

The same content ``canon.position_content`` reads from one ORM ``Position`` (its sections
through ``position_rows.content_of``), for every brief of the chosen items at once: the
positions in one statement, each section table in one more (ordered as the ORM
relationships order them: by ``ord``, then by row), instead of five lazy loads per brief.
Measured: reading the briefs one by one was about half of ``read_scope``, which an export
runs once and an import twice (before planning, and reading back what it wrote).
``tests/test_sync_brief_reader.py`` holds the two readers to the same content.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ...domain.models import (
    DefensiveLine,
    Position,
    PositionFallback,
    PositionPoint,
    TheirObjective,
)
from ...storage.driver_read import rows_in
from ..position_records import DefensiveLineRec, PositionContent, TheirObjectiveRec
from .kinds import Conv, chunks, plain

_POSITION = cast(Table, Position.__table__)
_FALLBACK = cast(Table, PositionFallback.__table__)
_POINT = cast(Table, PositionPoint.__table__)
_THEIRS = cast(Table, TheirObjective.__table__)
_DEFENSIVE = cast(Table, DefensiveLine.__table__)


def _sections(session: Session, table: Table, columns: tuple[str, ...], ids: list[int]) -> Any:
    """A section's rows by position id, in the relationship's order."""
    out: dict[int, list[Any]] = defaultdict(list)
    conn = session.connection()
    cols = [table.c.position_id, *(table.c[c] for c in columns)]
    order = (table.c.position_id, table.c.ord, table.c.id)
    for part in chunks(ids):
        for r in rows_in(conn, cols, table.c.position_id, part, order):
            out[r[0]].append(r)
    return out


def read_briefs(
    session: Session, item_ids: Collection[int], links: Any
) -> list[tuple[int, int, dict[str, Any]]]:
    """(position id, item id, content) of every saved brief of ``item_ids``; ``links``
    is the scope's ``canon.Links`` (the items' UUIDs already known)."""
    conn = session.connection()
    rows = [
        r
        for part in chunks(sorted(item_ids))
        for r in rows_in(conn, tuple(_POSITION.c), _POSITION.c.item_id, part)
        if r.version_no != 0
    ]
    if not rows:
        return []
    ids = [r.id for r in rows]
    fallbacks = _sections(session, _FALLBACK, ("text",), ids)
    points = _sections(session, _POINT, ("text",), ids)
    theirs = _sections(session, _THEIRS, ("delegation_id", "their_objective", "our_response"), ids)
    defensive = _sections(session, _DEFENSIVE, ("question", "answer"), ids)
    people = {r.owner_id for r in rows} | {
        r.approved_by_id for r in rows if plain(r.status) == "approved"
    }
    links.fetch(Conv.PERSON, people)
    person_uuid = links.uuids[Conv.PERSON]
    codes = links.codes
    out = []
    for p in rows:
        snap = PositionContent(
            objective=p.objective,
            stance=p.stance,
            opening=p.opening,
            fallbacks=tuple(f.text for f in fallbacks.get(p.id, ())),
            red_line=p.red_line,
            authority=p.authority,
            points=tuple(x.text for x in points.get(p.id, ())),
            tactical=p.tactical,
            their_objectives=tuple(
                TheirObjectiveRec(
                    codes.get(t.delegation_id or 0, ""), t.their_objective, t.our_response
                )
                for t in theirs.get(p.id, ())
            ),
            defensive_lines=tuple(
                DefensiveLineRec(d.question, d.answer) for d in defensive.get(p.id, ())
            ),
            press_line=p.press_line,
            background_releasable=p.background_releasable,
            background_nfd=p.background_nfd,
            owner_id=p.owner_id,
        ).to_snapshot()
        snap.pop("tags", None)
        owner = snap.pop("owner_id", None)
        snap["owner"] = person_uuid.get(owner) if owner is not None else None
        status = plain(p.status)
        approval = None
        if status == "approved" and p.approved_by_id is not None:
            approval = {
                "by": person_uuid.get(p.approved_by_id),
                "at": p.approved_at.isoformat() if p.approved_at else None,
            }
        content = {
            "item": links.uuids[Conv.ITEM][p.item_id],
            "brief": snap,
            "status": status,
            "approval": approval,
        }
        out.append((p.id, p.item_id, content))
    return out
