"""Align a revision's paragraphs with the previous revision's, by content, not by number.

The Secretariat renumbers, moves, splits and merges paragraphs from one
revision to the next; a paragraph is known by its words.  The steps:

1. **Identical text** (number ignored) pairs first, in order.
2. **Similar text**: weighted word and word-pair overlap (rare words weigh more,
   IDF over both revisions), taken greedily from the best pair down; a pair
   whose neighbours are already paired on both sides gets a bonus, so among
   look-alike paragraphs ("The Ministers welcomed …") the one in place wins.
3. **Splits and merges**: a paragraph left over whose words lie mostly inside a
   paired neighbour's counterpart is a part of it (split), or was joined into it
   (merge).
4. **Rewritten in place**: a leftover pair sandwiched between the same paired
   neighbours on both sides, with some words in common.
5. **Placeholders** ("[OP5 deleted]", no text) pair by number.
6. **Moves**: pairs outside the longest run that keeps its order.

Pure: the caller hands in (number, text) pairs; ``tests/test_text_alignment.py``
measures it on a generated set of revisions with known answers.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ...domain.enums import ParagraphChange
from .brackets import without_brackets
from .words import content_words

STRONG = 0.5  # similarity that pairs two paragraphs on its own
CONTEXT_BONUS = 0.12  # per side whose neighbours are paired
WEAK = 0.3  # with both neighbours in place, this much suffices
SANDWICH = 0.15  # rewritten in place, between the same neighbours
PART = 0.5  # share of a part's words inside the whole (split / merge)
FAR_PART = 0.8  # the same, for a part no longer beside the rest
UNEXPLAINED = 0.8  # ... when the rest's own pair covers less than this of it


@dataclass(frozen=True)
class Alignment:
    origins: tuple[tuple[int, ...], ...]  # per new paragraph: indices of old paragraphs
    changes: tuple[ParagraphChange, ...]
    moved: tuple[bool, ...]
    dropped: tuple[int, ...]  # old paragraphs with no successor

    @property
    def matched_share(self) -> float:
        """Share of new paragraphs that come from an old one."""
        n = len(self.origins)
        return sum(1 for o in self.origins if o) / n if n else 1.0


class _Features:
    """Weighted words and word pairs of every paragraph of both revisions."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.bags: list[Counter[str]] = []
        self.keys: list[tuple[str, ...]] = []
        for text in texts:
            ws = content_words(without_brackets(text))
            self.keys.append(tuple(ws))
            bag: Counter[str] = Counter(ws)
            bag.update(f"{a} {b}" for a, b in itertools.pairwise(ws))
            self.bags.append(bag)
        df: Counter[str] = Counter()
        for bag in self.bags:
            df.update(bag.keys())
        n = max(len(self.bags), 1)
        self.idf = {w: math.log(1 + n / d) for w, d in df.items()}
        self.weight = [sum(c * self.idf[w] for w, c in bag.items()) for bag in self.bags]

    def overlap(self, a: int, b: int) -> float:
        x, y = self.bags[a], self.bags[b]
        if len(x) > len(y):
            x, y = y, x
        return sum(min(c, y[w]) * self.idf[w] for w, c in x.items() if w in y)

    def dice(self, a: int, b: int) -> float:
        total = self.weight[a] + self.weight[b]
        return 2 * self.overlap(a, b) / total if total else 0.0

    def inside(self, part: int, whole: int) -> float:
        """Share of ``part``'s weight found in ``whole``."""
        w = self.weight[part]
        return self.overlap(part, whole) / w if w else 0.0


def align(old: Sequence[tuple[str, str]], new: Sequence[tuple[str, str]]) -> Alignment:
    """Pair each new (number, text) with the old paragraph(s) it comes from."""
    return _Aligner(old, new).run()


class _Aligner:
    def __init__(self, old: Sequence[tuple[str, str]], new: Sequence[tuple[str, str]]) -> None:
        self.old, self.new = list(old), list(new)
        self.n_old, self.n_new = len(old), len(new)
        self.f = _Features([t for _n, t in old] + [t for _n, t in new])
        self.pair_of_new: dict[int, int] = {}  # 1:1 pairs
        self.pair_of_old: dict[int, int] = {}
        self.extra: dict[int, set[int]] = defaultdict(set)  # new -> more old (split/merge)

    def o(self, i: int) -> int:  # feature index of old paragraph i
        return i

    def n(self, j: int) -> int:  # feature index of new paragraph j
        return self.n_old + j

    def pair(self, i: int, j: int) -> None:
        self.pair_of_new[j] = i
        self.pair_of_old[i] = j

    def run(self) -> Alignment:
        self._identical()
        self._similar()
        self._parts()
        self._sandwiched()
        self._placeholders()
        return self._result()

    # 1. identical text (found once on each side; repeated text is left to context)
    def _identical(self) -> None:
        old_keys: dict[tuple[str, ...], list[int]] = defaultdict(list)
        new_keys: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i in range(self.n_old):
            if self.f.keys[self.o(i)]:
                old_keys[self.f.keys[self.o(i)]].append(i)
        for j in range(self.n_new):
            if self.f.keys[self.n(j)]:
                new_keys[self.f.keys[self.n(j)]].append(j)
        for key, js in new_keys.items():
            if len(js) == 1 and len(old_keys.get(key, ())) == 1:
                self.pair(old_keys[key][0], js[0])

    # 2. similar text, best first, neighbours in place count
    def _context(self, i: int, j: int) -> int:
        sides = 0
        if i > 0 and j > 0 and self.pair_of_old.get(i - 1) == j - 1:
            sides += 1
        if i + 1 < self.n_old and j + 1 < self.n_new and self.pair_of_old.get(i + 1) == j + 1:
            sides += 1
        return sides

    def _candidates(self) -> dict[tuple[int, int], float]:
        index: dict[str, list[int]] = defaultdict(list)
        for i in range(self.n_old):
            if i not in self.pair_of_old:
                for w in self.f.bags[self.o(i)]:
                    if " " not in w:
                        index[w].append(i)
        sims: dict[tuple[int, int], float] = {}
        for j in range(self.n_new):
            if j in self.pair_of_new:
                continue
            seen: set[int] = set()
            for w in self.f.bags[self.n(j)]:
                if " " not in w:
                    seen.update(index.get(w, ()))
            for i in seen:
                d = self.f.dice(self.o(i), self.n(j))
                if d >= SANDWICH:
                    sims[(i, j)] = d
        return sims

    def _similar(self) -> None:
        self.sims = self._candidates()
        heap = [
            (-(d + CONTEXT_BONUS * self._context(i, j)), i, j) for (i, j), d in self.sims.items()
        ]
        heapq.heapify(heap)
        while heap:
            neg, i, j = heapq.heappop(heap)
            if i in self.pair_of_old or j in self.pair_of_new:
                continue
            sides = self._context(i, j)
            score = self.sims[(i, j)] + CONTEXT_BONUS * sides
            if score > -neg + 1e-9:  # neighbours paired since it was queued
                heapq.heappush(heap, (-score, i, j))
                continue
            d = self.sims[(i, j)]
            if d >= STRONG or (d >= WEAK and sides == 2) or (score >= STRONG and sides >= 1):
                if self._better_elsewhere(i, j, d) or (sides == 0 and self._part_instead(i, j, d)):
                    continue
                self.pair(i, j)
                for di, dj in ((-1, -1), (1, 1)):
                    key = (i + di, j + dj)
                    if key in self.sims and key[0] not in self.pair_of_old:
                        ctx = self._context(*key)
                        heapq.heappush(heap, (-(self.sims[key] + CONTEXT_BONUS * ctx), *key))

    def _better_elsewhere(self, i: int, j: int, d: float) -> bool:
        """A weak pair yields when one side is much closer to a free paragraph."""
        if d >= STRONG:
            return False
        for (a, b), s in self.sims.items():
            if (
                (
                    (a == i and b != j and b not in self.pair_of_new)
                    or (b == j and a != i and a not in self.pair_of_old)
                )
                and s >= STRONG
                and s > d + 0.15
            ):
                return True
        return False

    def _part_instead(self, i: int, j: int, d: float) -> bool:
        """A middling pair out of place yields when old i was merged into, or new j split
        from, a paired neighbour (its words lie inside that neighbour's counterpart)."""
        if d >= 0.8:
            return False
        bar = max(PART, d + 0.2)
        for nb in (i - 1, i + 1):
            other = self.pair_of_old.get(nb)
            if other is not None and other != j and self.f.inside(self.o(i), self.n(other)) >= bar:
                return True
        for nb in (j - 1, j + 1):
            other = self.pair_of_new.get(nb)
            if other is not None and other != i and self.f.inside(self.n(j), self.o(other)) >= bar:
                return True
        return False

    # 3. splits and merges
    def _parts(self) -> None:
        changed = True
        while changed:
            changed = False
            for j in range(self.n_new):
                if j in self.pair_of_new or self.extra.get(j):
                    continue
                whole = self._whole_of_part(j)
                if whole is not None:
                    self.extra[j].add(whole)
                    changed = True
            for i in range(self.n_old):
                if i in self.pair_of_old or self._used(i):
                    continue
                into = self._whole_of_merged(i)
                if into is not None:
                    self.extra[into].add(i)
                    changed = True

    def _used(self, i: int) -> bool:
        return any(i in s for s in self.extra.values())

    def _origins(self, j: int) -> set[int]:
        out = set(self.extra.get(j, ()))
        if j in self.pair_of_new:
            out.add(self.pair_of_new[j])
        return out

    def _whole_of_part(self, j: int) -> int | None:
        """New paragraph j is a part split off an old one: paired with a neighbour of j
        (most of j's words inside it), or anywhere when nearly all of them are and the
        old one's other part leaves a good share of it unexplained."""
        best, best_share = None, PART
        for nb in (j - 1, j + 1):
            if not 0 <= nb < self.n_new:
                continue
            for i in self._origins(nb):
                share = self.f.inside(self.n(j), self.o(i))
                if share >= best_share:
                    best, best_share = i, share
        if best is not None:
            return best
        for i, k in self.pair_of_old.items():
            if (
                self.f.inside(self.n(j), self.o(i)) >= FAR_PART
                and self.f.inside(self.o(i), self.n(k)) < UNEXPLAINED
            ):
                return i
        return None

    def _whole_of_merged(self, i: int) -> int | None:
        """Old paragraph i was merged into the new one its old neighbour went to (or,
        nearly all its words inside, into one its pair does not explain)."""
        best, best_share = None, PART
        for nb in (i - 1, i + 1):
            if not 0 <= nb < self.n_old:
                continue
            for j in range(self.n_new):
                if nb in self._origins(j):
                    share = self.f.inside(self.o(i), self.n(j))
                    if share >= best_share:
                        best, best_share = j, share
        if best is not None:
            return best
        for j, k in self.pair_of_new.items():
            if (
                self.f.inside(self.o(i), self.n(j)) >= FAR_PART
                and self.f.inside(self.n(j), self.o(k)) < UNEXPLAINED
            ):
                return j
        return None

    # 4. rewritten in place: between the same paired paragraphs on both sides
    def _sandwiched(self) -> None:
        j = 0
        while j < self.n_new:
            if self._origins(j):
                j += 1
                continue
            gap_start = j
            while j < self.n_new and not self._origins(j):
                j += 1
            gap = range(gap_start, j)  # new paragraphs with no origin, side by side
            left = self._origins(gap_start - 1) if gap_start > 0 else {-1}
            right = self._origins(j) if j < self.n_new else {self.n_old}
            lo, hi = max(left), min(right)
            free = [i for i in range(lo + 1, hi) if i not in self.pair_of_old and not self._used(i)]
            if not free or len(free) > 8 or len(gap) > 8:
                continue
            pairs = sorted(
                ((self.f.dice(self.o(i), self.n(k)), i, k) for i in free for k in gap),
                reverse=True,
            )
            taken: list[tuple[int, int]] = []
            for d, i, k in pairs:
                if d < SANDWICH:
                    break
                if any(i == a or k == b or (i < a) != (k < b) for a, b in taken):
                    continue  # one each, and in order
                taken.append((i, k))
            for i, k in taken:
                self.pair(i, k)

    # 5. placeholders ("[OP5 deleted]")
    def _placeholders(self) -> None:
        numbers: dict[str, list[int]] = defaultdict(list)
        for i, (num, _t) in enumerate(self.old):
            if num and i not in self.pair_of_old and not self._used(i):
                numbers[num.upper()].append(i)
        for j, (num, _t) in enumerate(self.new):
            if not self.f.keys[self.n(j)] and num and numbers.get(num.upper()):
                self.pair(numbers[num.upper()].pop(0), j)

    # 6. result, moves
    def _result(self) -> Alignment:
        origins = [tuple(sorted(self._origins(j))) for j in range(self.n_new)]
        parts: Counter[int] = Counter()
        for o in origins:
            parts.update(o)
        changes: list[ParagraphChange] = []
        for j, o in enumerate(origins):
            if not o:
                changes.append(ParagraphChange.NEW)
            elif len(o) > 1:
                changes.append(ParagraphChange.MERGED)
            elif parts[o[0]] > 1:
                changes.append(ParagraphChange.SPLIT)
            elif self.old[o[0]][1].strip() == self.new[j][1].strip():
                changes.append(ParagraphChange.UNCHANGED)
            else:
                changes.append(ParagraphChange.REWORDED)
        return Alignment(
            origins=tuple(origins),
            changes=tuple(changes),
            moved=tuple(moved_flags(origins)),
            dropped=tuple(i for i in range(self.n_old) if not parts[i]),
        )


def moved_flags(origins: Sequence[tuple[int, ...]]) -> list[bool]:
    """Paragraphs out of the longest run that keeps the old order."""
    seq = [(j, o[0]) for j, o in enumerate(origins) if o]
    # longest increasing subsequence (non-decreasing: split parts share an origin)
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(seq)
    for k, (_j, v) in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] <= v:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(v)
            tail_idx.append(k)
        else:
            tails[lo] = v
            tail_idx[lo] = k
        prev[k] = tail_idx[lo - 1] if lo > 0 else -1
    keep: set[int] = set()
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        keep.add(seq[k][0])
        k = prev[k]
    return [bool(o) and j not in keep for j, o in enumerate(origins)]
