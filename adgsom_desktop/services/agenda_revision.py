"""A revised agenda against the one in the store: which circulated row is which
stored item (pure: no store, no writes).

Rows are matched to stored items by title first (the same words, whatever the
case and punctuation; the same number wins among equal titles), then by number
when the titles still share something (a word of four letters or more, or most
of their letters: "Draft ADM 2026-2030" revised to "Draft ASEAN Digital
Masterplan 2026-2030"), then by a title that differs only slightly (a typo
corrected in an item that moved).  Stored items left over were dropped from
the agenda: the user deletes or keeps each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..errors import ValidationError
from ..i18n.messages import QT_TRANSLATE_NOOP, Message
from .agenda_records import ImportedItem
from .records import AgendaItemRec

_STOP = {"the", "and", "for", "with", "from", "into", "under", "meeting", "asean", "report"}


@dataclass(frozen=True)
class RevisionRow:
    """What happens to one circulated item row (``index`` into the preview's items)."""

    index: int
    item_id: int | None  # the stored item it updates; None: a new item
    matched_by: str  # "title", "number", "similar title", "" (new)
    stored_number: str = ""
    stored_title: str = ""


@dataclass(frozen=True)
class RevisionPlan:
    rows: tuple[RevisionRow, ...]
    dropped: tuple[AgendaItemRec, ...]  # stored items the revision no longer has

    @property
    def matched(self) -> int:
        return sum(1 for r in self.rows if r.item_id is not None)

    @property
    def new(self) -> int:
        return sum(1 for r in self.rows if r.item_id is None)

    def row(self, index: int) -> RevisionRow | None:
        return next((r for r in self.rows if r.index == index), None)


UNRELATED = QT_TRANSLATE_NOOP(
    "Errors",
    "This does not look like an agenda of this meeting: none of its {count} lines "
    "matches an item on the agenda and none is numbered. Nothing was imported. To add "
    "the lines anyway, choose “Add after the items there” (command line: --mode append).",
)
UNRELATED_LINE = QT_TRANSLATE_NOOP(  # one line: counted in words of one
    "Errors",
    "This does not look like an agenda of this meeting: its one line matches no item on "
    "the agenda and is not numbered. Nothing was imported. To add the line anyway, choose "
    "“Add after the items there” (command line: --mode append).",
)


def unrelated_message(plan: RevisionPlan, rows: Sequence[ImportedItem]) -> Message | None:
    """Why rows are no revision of the stored agenda, or None when they may be one.

    A revision matches at least one stored item, or is numbered like an agenda; text
    that does neither (an e-mail, a CSV, bytes read as text) would only add its lines as
    items and list every real item as dropped (review s30 F10)."""
    if not plan.rows or plan.matched or not plan.dropped:
        return None
    if any(rows[r.index].number for r in plan.rows):
        return None
    n = len(plan.rows)
    return Message(UNRELATED_LINE if n == 1 else UNRELATED, count=n)


def check_revision(plan: RevisionPlan, rows: Sequence[ImportedItem]) -> None:
    """Refuse rows that are no revision of the stored agenda (see ``unrelated_message``)."""
    message = unrelated_message(plan, rows)
    if message is not None:
        raise ValidationError(message)


def norm_title(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _words(text: str) -> set[str]:
    return {w for w in norm_title(text).split() if len(w) >= 4 and w not in _STOP}


def _related(a: str, b: str) -> bool:
    if _words(a) & _words(b):
        return True
    return SequenceMatcher(None, norm_title(a), norm_title(b)).ratio() >= 0.6


def _contains(a: str, b: str) -> bool:
    x, y = norm_title(a), norm_title(b)
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short.split()) >= 3 and f" {short} " in f" {long} "


def plan_revision(stored: Sequence[AgendaItemRec], rows: Sequence[ImportedItem]) -> RevisionPlan:
    """Match the chosen item rows of a circulated agenda to the stored items."""
    wanted = [(n, r) for n, r in enumerate(rows) if r.include and r.programme is None]
    free = {s.id: s for s in stored}
    match: dict[int, tuple[AgendaItemRec, str]] = {}

    def take(n: int, s: AgendaItemRec, how: str) -> None:
        match[n] = (s, how)
        del free[s.id]

    for n, r in wanted:  # 1. the same title (the same number first among equals)
        same = [s for s in free.values() if norm_title(s.title) == norm_title(r.title)]
        if same:
            take(n, next((s for s in same if s.number == r.number), same[0]), "title")
    for n, r in wanted:  # 2. the same number, the title revised
        if n in match or not r.number:
            continue
        s = next((s for s in free.values() if s.number == r.number), None)
        if s is not None and _related(s.title, r.title):
            take(n, s, "number")
    for n, r in wanted:  # 3. a title changed slightly, wherever the item went
        if n in match:
            continue
        best, score = None, 0.0
        for s in free.values():
            ratio = SequenceMatcher(None, norm_title(s.title), norm_title(r.title)).ratio()
            if ratio > score:
                best, score = s, ratio
        if best is None or score < 0.85:
            # A title lengthened or shortened ("DEFA" -> "DEFA: conclusion of negotiations").
            best = next((s for s in free.values() if _contains(s.title, r.title)), None)
        if best is not None:
            take(n, best, "similar title")
    out = []
    for n, _r in wanted:
        found = match.get(n)
        if found is None:
            out.append(RevisionRow(n, None, ""))
        else:
            s, how = found
            out.append(RevisionRow(n, s.id, how, s.number, s.title))
    return RevisionPlan(tuple(out), tuple(s for s in stored if s.id in free))
