"""A conflict settled (``SyncService.resolve``): the result written as a plan of one step
(and a note's stance following it), a brief's other version into its history first."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ...domain.models import Position
from .canon import Links, position_content
from .kinds import Conv
from .merge import Plan
from .payload import Payload

if TYPE_CHECKING:
    from .state import Held


def their_version(s: Any, held: Held, theirs: dict[str, Any], origin: str) -> Held:
    """Their brief written into the history before the result (both versions kept);
    returns ``held`` as the brief now stands (theirs), so that the result is written
    after it whichever side it is: keep mine is a new version of ours, take theirs no
    second copy of theirs (review s35 T1: the writer compared the result with ours as
    it stood before, found nothing to write and left theirs current)."""
    from ..position_records import PositionContent
    from ..position_rows import apply_content, clean_content, write_version

    p = s.get(Position, held.row_id)
    brief = dict(theirs.get("brief") or {})
    brief.pop("owner", None)
    brief["owner_id"] = p.owner_id
    apply_content(s, p, clean_content(PositionContent.from_snapshot(brief)))
    write_version(s, p, origin[:200], f"their version ({origin})"[:300])
    links = Links(s)
    links.fetch(Conv.ITEM, [p.item_id])
    return replace(held, content=position_content(s, p, links))


def write_plan(s: Any, the_plan: Plan, origin: str, actor: str) -> None:
    """The settled record(s) written as an import writes them (``PlanWriter``)."""
    from .importer import MergeOptions
    from .plan_writer import PlanWriter

    payload = Payload("0" * 32, "", "", "", (), False, ())
    options = MergeOptions(origin, actor, lambda _rec: True)
    held = {st.key: st.local for st in the_plan.steps if st.local}
    PlanWriter(s, payload, options, held).run(the_plan)
