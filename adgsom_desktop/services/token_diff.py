"""Opcodes between two token lists, near-linear in their length (the word diff's engine).

``difflib.SequenceMatcher`` on word tokens (``autojunk`` off, so a space or "the" can
match) is quadratic and worse: a 26,000-character brief with two words inserted took
14 s, a 200,000-character section minutes.  Texts small enough (``WORD_BUDGET``) are
still compared by it exactly as before; larger ones first lose the tokens both share
at their start and end, then are compared by coarser units — lines, then sentences,
then runs of words cut where the content says (so a cut stays put when words are
inserted before it) — and only the units that differ are compared word by word.  A
changed stretch still too large for that is marked removed and added whole.
"""

from __future__ import annotations

import difflib
import zlib
from collections.abc import Callable, Sequence

Opcode = tuple[str, int, int, int, int]  # difflib's: (tag, i1, i2, j1, j2)

# tokens(old) x tokens(new) that difflib compares word by word (about 0.2 s at worst)
WORD_BUDGET = 1_000_000
_SENTENCE_END = (".", "!", "?", ";", ":", "。", "।", "။", "៕", "๚", "๛")


def _line_end(toks: Sequence[str], k: int) -> bool:
    return "\n" in toks[k]


def _sentence_end(toks: Sequence[str], k: int) -> bool:
    return k > 0 and toks[k].isspace() and toks[k - 1].endswith(_SENTENCE_END)


def _chunk_end(toks: Sequence[str], k: int) -> bool:
    """After about one word in 16, chosen by the word itself (not by its position)."""
    return k > 0 and toks[k].isspace() and zlib.crc32(toks[k - 1].encode()) % 16 == 0


_LEVELS: tuple[Callable[[Sequence[str], int], bool], ...] = (_line_end, _sentence_end, _chunk_end)


def opcodes(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """difflib-style opcodes turning ``a`` into ``b`` (contiguous, in order)."""
    if len(a) * len(b) <= WORD_BUDGET:  # ordinary text: exactly difflib's answer
        return list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
    out: list[Opcode] = []
    _diff(a, 0, len(a), b, 0, len(b), 0, out)
    return _merged(out)


def _diff(
    a: Sequence[str],
    alo: int,
    ahi: int,
    b: Sequence[str],
    blo: int,
    bhi: int,
    level: int,
    out: list[Opcode],
) -> None:
    p = 0
    while alo + p < ahi and blo + p < bhi and a[alo + p] == b[blo + p]:
        p += 1
    s = 0
    while ahi - s > alo + p and bhi - s > blo + p and a[ahi - 1 - s] == b[bhi - 1 - s]:
        s += 1
    if p:
        out.append(("equal", alo, alo + p, blo, blo + p))
    _middle(a, alo + p, ahi - s, b, blo + p, bhi - s, level, out)
    if s:
        out.append(("equal", ahi - s, ahi, bhi - s, bhi))


def _middle(
    a: Sequence[str],
    alo: int,
    ahi: int,
    b: Sequence[str],
    blo: int,
    bhi: int,
    level: int,
    out: list[Opcode],
) -> None:
    na, nb = ahi - alo, bhi - blo
    if not na and not nb:
        return
    if not na or not nb:
        out.append(("insert" if not na else "delete", alo, ahi, blo, bhi))
        return
    if na * nb <= WORD_BUDGET:
        matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            out.append((tag, alo + i1, alo + i2, blo + j1, blo + j2))
        return
    if level >= len(_LEVELS):  # too large a change to compare word by word
        out.append(("replace", alo, ahi, blo, bhi))
        return
    ua, ub = _units(a, alo, ahi, _LEVELS[level]), _units(b, blo, bhi, _LEVELS[level])
    if len(ua) == 1 and len(ub) == 1:
        _middle(a, alo, ahi, b, blo, bhi, level + 1, out)
        return
    ka = ["".join(a[i:j]) for i, j in ua]
    kb = ["".join(b[i:j]) for i, j in ub]
    # popular units (a repeated line) are junk here: matched only next to a unique one
    matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=True)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        sa = ua[i1][0] if i1 < len(ua) else ahi
        ea = ua[i2 - 1][1] if i1 < i2 else sa
        sb = ub[j1][0] if j1 < len(ub) else bhi
        eb = ub[j2 - 1][1] if j1 < j2 else sb
        if tag == "equal":
            out.append(("equal", sa, ea, sb, eb))
        elif tag == "replace" and i2 - i1 == j2 - j1:  # as many units: each one edited
            for (pa, qa), (pb, qb) in zip(ua[i1:i2], ub[j1:j2], strict=True):
                _diff(a, pa, qa, b, pb, qb, level + 1, out)
        else:
            _diff(a, sa, ea, b, sb, eb, level + 1, out)


def _units(
    toks: Sequence[str], lo: int, hi: int, ends: Callable[[Sequence[str], int], bool]
) -> list[tuple[int, int]]:
    """(start, end) of the units of ``toks[lo:hi]``: each ends with the token that ends it."""
    units, start = [], lo
    for k in range(lo, hi):
        if ends(toks, k):
            units.append((start, k + 1))
            start = k + 1
    if start < hi:
        units.append((start, hi))
    return units


def _merged(ops: list[Opcode]) -> list[Opcode]:
    """Neighbouring opcodes of one kind as one (changes side by side as one replace)."""
    out: list[Opcode] = []
    for tag, i1, i2, j1, j2 in ops:
        if i1 == i2 and j1 == j2:
            continue
        if out and (out[-1][0] == "equal") == (tag == "equal"):
            prev = out[-1]
            i0, j0 = prev[1], prev[3]
            both = tag if tag == "equal" else _tag(i2 - i0, j2 - j0)
            out[-1] = (both, i0, i2, j0, j2)
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def _tag(na: int, nb: int) -> str:
    return "replace" if na and nb else ("delete" if na else "insert")
