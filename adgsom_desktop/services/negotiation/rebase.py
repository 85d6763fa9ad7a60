"""Carry an amendment written on one text onto a later text of the same paragraph.

Our amendment is kept as (base, proposed): the paragraph as it read when we
wrote it, and as we want it.  On a later revision each change of ours (a run
of words removed and/or added) is made again where the same words still stand
(found through the words the two texts share); a change whose words are gone
is a conflict (the amendment must be redone), and one the new text already
holds is dropped ("taken in").
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from .words import words


@dataclass(frozen=True)
class Rebased:
    text: str  # the later text with our changes made again
    conflict: bool  # some change could not be placed
    taken_in: bool  # every change of ours is already in the later text


def rebase(base: str, proposed: str, target: str) -> Rebased:
    if base == target:
        return Rebased(proposed, False, proposed == target)
    a, b, t = words(base), words(proposed), words(target)
    hunks = [
        (i1, i2, j1, j2)
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        if op != "equal"
    ]
    if not hunks:
        return Rebased(target, False, True)
    where: dict[int, int] = {}
    for block in difflib.SequenceMatcher(None, a, t, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            where[block.a + k] = block.b + k
    out = list(t)
    edits: list[tuple[int, int, list[str]]] = []
    conflict = False
    applied = 0
    for i1, i2, j1, j2 in hunks:
        new_words = b[j1:j2]
        span = _span(where, i1, i2)
        if span is None:
            if _already(t, b, j1, j2):
                continue
            conflict = True
            continue
        s, e = span
        if t[s:e] == new_words:
            continue
        edits.append((s, e, new_words))
        applied += 1
    for s, e, new_words in sorted(edits, reverse=True):
        out[s:e] = new_words
    text = "".join(out)
    return Rebased(text, conflict, applied == 0 and not conflict)


def _span(where: dict[int, int], i1: int, i2: int) -> tuple[int, int] | None:
    """Where base words i1:i2 stand in the target (an insertion: between its neighbours)."""
    if i2 > i1:
        mapped = [where.get(k) for k in range(i1, i2)]
        if any(m is None for m in mapped):
            return None
        ints = [m for m in mapped if m is not None]
        if ints != list(range(ints[0], ints[0] + len(ints))):
            return None
        return ints[0], ints[-1] + 1
    left = where.get(i1 - 1) if i1 > 0 else -1
    right = where.get(i1)
    if left is not None and (right is None or right == left + 1):
        return left + 1, left + 1
    if right is not None and left is None:
        return right, right
    return None


def _already(target: list[str], proposed: list[str], j1: int, j2: int) -> bool:
    """The words we add, with a neighbour, already stand in the target."""
    new = proposed[j1:j2]
    if not [w for w in new if w.strip()]:
        return False
    n = len(new)
    return any(target[k : k + n] == new for k in range(len(target) - n + 1))
