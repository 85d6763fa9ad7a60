"""A stance's observed fields follow the note that observed them (``note_writes.
observe_stance`` writes the note's text into the stance map).  A note edited on both
sides is one conflict: the stance row that only followed it is no second one (the merge
leaves each side its own, ``follows_note``), and settling the note settles it
(``stance_following``: the stance takes the settled text, at a revision the other side
takes as newer)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from .kinds import Kind, Part, stance_key
from .revs import content_hash, successor

if TYPE_CHECKING:
    from .merge import Step

FOLLOWS_NOTE = frozenset({"observed", "observed_note", "observed_at"})
_MAX = 500  # the stance map keeps the first 500 characters of the note


def _text(note: Mapping[str, Any]) -> str:
    return str(note.get("text") or "")[:_MAX]


def follows_note(
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    notes: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]],
) -> bool:
    """The two sides of a stance differ only in what a note in conflict (ours, theirs)
    wrote into it."""
    differ = {k for k in {*mine, *theirs} if mine.get(k) != theirs.get(k)}
    if not differ or not differ <= FOLLOWS_NOTE:
        return False
    return any(
        ours.get("item") == mine.get("item")
        and ours.get("speaker") == mine.get("delegation")
        and _text(ours) == mine.get("observed_note")
        and _text(other) == theirs.get("observed_note")
        for ours, other in notes
    )


def stance_following(
    s: Session,
    meeting_id: int | None,
    result: Mapping[str, Any],
    sides: Iterable[Mapping[str, Any]],
) -> Step | None:
    """The stance a settled note observed, brought to the note's settled text (None: the
    note observes nothing, or the stance says something else than either side's note)."""
    from .collect import ExportScope, held_records
    from .merge import Action, Incoming, Step

    item, code = result.get("item"), result.get("speaker")
    if meeting_id is None or not (item and code and result.get("observed")):
        return None
    key = stance_key(str(item), str(code))
    scope = ExportScope((meeting_id,), None, frozenset(Part))
    held = held_records(s, scope, {key}).get(key)
    if held is None or not held.content:
        return None
    if held.content.get("observed_note") not in {_text(side) for side in sides}:
        return None
    content = {**held.content, "observed_note": _text(result), "observed": result["observed"]}
    state = successor(key, held.state, content_hash(content))
    rec = Incoming(key, Kind.STANCE, held.scope, state.rev, state.gen, state.ancestry, content)
    return Step(key, Kind.STANCE, Action.UPDATE, rec, held, state)
