"""An item's outcomes in one order in every store (review s35 T3).

An outcome's place among its item's outcomes (``ord``) is part of what travels with it
(``sync/kinds``): two stores that hold the same outcomes hold the same places, so the
team store and a trip copy list an item's decisions alike, an outcome brought back by an
edit keeps its place, and a move made on one side reaches the other.

- Listed by place, then UUID (``ORDER``): two outcomes added on two sides after the same
  last one share a place, and every store breaks that tie the same way (a row id is
  each store's own).
- A move changes only the places of the outcomes it passes (``places_after_move``), so
  an outcome edited on the other side meanwhile is not touched.
- Moved on both sides (their versions differ in place only, ``moved_only``): no conflict,
  both stores keep the smaller place (``kept_place``), the same choice whichever imports
  first.  This is also what a copy taken before places travelled meets once: the same
  outcomes numbered from 1 there and from 0 here settle on this store's numbers, in one
  order, with no conflict to settle by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..domain.models import Outcome

ORDER = (Outcome.ord, Outcome.uuid, Outcome.id)


def sort_key(ord_: int, uuid: str | None, row_id: int) -> tuple[int, str, int]:
    """``ORDER`` for rows already read."""
    return (ord_, uuid or "", row_id)


def places_after_move(places: Sequence[int]) -> list[int]:
    """The places of an item's outcomes, listed in their order before a move, handed out
    again to them in their new order (only the outcomes the moved one passed change);
    numbered afresh when two shared one."""
    n = len(places)
    if len(set(places)) < n:
        return list(range(n))
    return sorted(places)


def moved_only(kind: str, mine: Mapping[str, Any] | None, theirs: Mapping[str, Any] | None) -> bool:
    """Two versions of an outcome (``kind``: the record's) that differ only in its place."""
    if kind != "outcome" or not mine or not theirs or mine.get("ord") == theirs.get("ord"):
        return False
    return {k: v for k, v in mine.items() if k != "ord"} == {
        k: v for k, v in theirs.items() if k != "ord"
    }


def kept_place(mine: Any, theirs: Any) -> bool:
    """Of an outcome moved on both sides (our record and theirs, each with its
    ``content``), whether their place is the one both keep: the smaller one, a rule that
    gives one answer from either side."""
    return int(theirs.content.get("ord") or 0) < int(mine.content.get("ord") or 0)


__all__ = ["ORDER", "kept_place", "moved_only", "places_after_move", "sort_key"]
