"""Find a delegation (or person) from a few typed letters in any script or form.

"VN", "viet", "Việt", "Thai", "ไทย", "ສປປ", "cambo" all find their delegation.
Pure functions over records, so the completer and tests share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..domain.text import fold
from .records import DelegationRec, PersonRec

_SPLIT = re.compile(r"[\s,;/()\-]+")


@dataclass(frozen=True)
class SpeakerCandidate:
    delegation: DelegationRec
    person: PersonRec | None
    score: int

    @property
    def label(self) -> str:
        d = self.delegation
        if self.person is not None:
            return f"{d.code} · {self.person.display}"
        local = f" · {d.local_name}" if d.local_name and d.local_name != d.name else ""
        return f"{d.code} · {d.name}{local}"


def _words(*texts: str) -> list[str]:
    out: list[str] = []
    for t in texts:
        folded = fold(t)
        if folded:
            out.append(folded)  # the whole name too ("lao pdr")
            out.extend(w for w in _SPLIT.split(folded) if w)
    return out


def _score(query: str, code: str, words: Sequence[str]) -> int:
    if not query:
        return 0
    if query == fold(code):
        return 100
    if fold(code).startswith(query):
        return 80
    best = 0
    for w in words:
        if w == query:
            best = max(best, 90)
        elif w.startswith(query):
            best = max(best, 70 - min(len(w) - len(query), 20))
        elif len(query) >= 3 and query in w:
            best = max(best, 30)
    return best


def match_speakers(
    text: str,
    delegations: Iterable[DelegationRec],
    people: Iterable[PersonRec] = (),
    limit: int = 10,
) -> list[SpeakerCandidate]:
    query = fold(text.strip())
    if not query:
        return []
    by_id = {d.id: d for d in delegations}
    found: list[SpeakerCandidate] = []
    for d in by_id.values():
        score = _score(query, d.code, _words(d.name, d.local_name, d.aliases))
        if score:
            found.append(SpeakerCandidate(d, None, score))
    for p in people:
        owner = by_id.get(p.delegation_id)
        if owner is None:
            continue
        score = _score(query, "", _words(p.full_name, p.local_name))
        if score:
            found.append(SpeakerCandidate(owner, p, score - 5))  # a delegation wins a tie
    found.sort(key=lambda c: (-c.score, c.delegation.code, c.person.full_name if c.person else ""))
    return found[:limit]
