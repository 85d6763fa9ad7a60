"""Word-level differences between two versions of a position, section by section.

Latin text is compared word by word.  Thai, Lao, Khmer and Myanmar run their
words together, so there each grapheme cluster (a letter with its vowel and
tone marks, or a Khmer/Myanmar stacked consonant) is a token: a changed word
shows as its changed letters, never as a whole changed sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from ..domain import markup
from ..domain.position_sections import SECTIONS, SectionKind
from .position_records import PositionContent
from .token_diff import opcodes

SAME, ADDED, REMOVED = "same", "added", "removed"

# Scripts written without spaces between words.
_NO_SPACE = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF))
_JOINERS = {"\u17d2", "\u1039", "\u200d", "\u200c"}  # coeng, virama, ZWJ, ZWNJ
_WORD = re.compile(r"\s+|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|.", re.DOTALL)


@dataclass(frozen=True)
class DiffSegment:
    kind: str  # "same", "added" or "removed"
    text: str


@dataclass(frozen=True)
class SectionDiff:
    key: str
    label: str
    segments: tuple[DiffSegment, ...]
    note: str = ""  # e.g. "formatting changed"

    @property
    def changed(self) -> bool:
        return bool(self.note) or any(s.kind != SAME for s in self.segments)

    @property
    def old_text(self) -> str:
        return "".join(s.text for s in self.segments if s.kind != ADDED)

    @property
    def new_text(self) -> str:
        return "".join(s.text for s in self.segments if s.kind != REMOVED)


@dataclass(frozen=True)
class PositionDiff:
    item_id: int
    old_version: int
    new_version: int
    sections: tuple[SectionDiff, ...]

    @property
    def changed_sections(self) -> tuple[SectionDiff, ...]:
        return tuple(s for s in self.sections if s.changed)


def no_space(ch: str) -> bool:
    """True for a letter of a script written without spaces between words."""
    return _no_space(ch)


def _no_space(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _NO_SPACE)


def tokens(text: str) -> list[str]:
    """Words, spaces and punctuation; grapheme clusters in scripts without spaces."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if _no_space(ch):
            j = i + 1
            while j < n and (
                unicodedata.category(text[j]) in ("Mn", "Mc")
                or text[j - 1] in _JOINERS
                or text[j] in _JOINERS
            ):
                j += 1
            out.append(text[i:j])
            i = j
            continue
        m = _WORD.match(text, i)
        assert m is not None
        token = m.group(0)
        # A Latin word stops where a Thai/Lao/Khmer/Myanmar letter starts.
        cut = next((k for k, c in enumerate(token) if _no_space(c)), None)
        if cut:
            token = token[:cut]
        out.append(token)
        i += len(token)
    return out


Tokenizer = Callable[[str], list[str]]


def diff_text(old: str, new: str, tokenize: Tokenizer = tokens) -> tuple[DiffSegment, ...]:
    """Segments that rebuild ``old`` (same + removed) and ``new`` (same + added).

    ``tokenize`` splits text into words; the GUI passes one that knows Thai
    words (ICU through Qt), the default splits those scripts into letters.
    """
    a, b = tokenize(old), tokenize(new)
    segments: list[DiffSegment] = []

    def push(kind: str, parts: list[str]) -> None:
        text = "".join(parts)
        if not text:
            return
        if segments and segments[-1].kind == kind:
            segments[-1] = DiffSegment(kind, segments[-1].text + text)
        else:
            segments.append(DiffSegment(kind, text))

    for op, i1, i2, j1, j2 in opcodes(a, b):  # near-linear (token_diff)
        if op == "equal":
            push(SAME, a[i1:i2])
        else:
            push(REMOVED, a[i1:i2])
            push(ADDED, b[j1:j2])
    return _absorb_lone_spaces(segments)


def _absorb_lone_spaces(segments: list[DiffSegment]) -> tuple[DiffSegment, ...]:
    """'[-a b-][+x y+]' reads better than '[-a-][+x+] [-b-][+y+]': fold thin equal gaps.

    A space kept between two changes becomes part of both the removed and the
    added text (both texts stay exactly what they were), then each run of
    changes is shown as one removal followed by one addition.
    """
    marked: list[DiffSegment] = []
    for i, seg in enumerate(segments):
        thin = (
            seg.kind == SAME
            and not seg.text.strip()
            and 0 < i < len(segments) - 1
            and segments[i - 1].kind != SAME
            and segments[i + 1].kind != SAME
        )
        if thin:
            marked += [DiffSegment(REMOVED, seg.text), DiffSegment(ADDED, seg.text)]
        else:
            marked.append(seg)
    grouped: list[DiffSegment] = []
    run: list[DiffSegment] = []
    for seg in [*marked, DiffSegment(SAME, "")]:
        if seg.kind != SAME:
            run.append(seg)
            continue
        rem = "".join(x.text for x in run if x.kind == REMOVED)
        add = "".join(x.text for x in run if x.kind == ADDED)
        head, rem, add, tail = _common_ends(rem, add)
        if head:
            _append(grouped, SAME, head)
        grouped += [DiffSegment(k, t) for k, t in ((REMOVED, rem), (ADDED, add)) if t]
        if tail:
            grouped.append(DiffSegment(SAME, tail))
        run = []
        if seg.text:
            _append(grouped, SAME, seg.text)
    return tuple(grouped)


def _append(out: list[DiffSegment], kind: str, text: str) -> None:
    if out and out[-1].kind == kind:
        out[-1] = DiffSegment(kind, out[-1].text + text)
    else:
        out.append(DiffSegment(kind, text))


def _cut_ok(text: str, at: int) -> bool:
    """A cut before ``text[at]`` does not split a letter from its marks."""
    return at >= len(text) or (
        unicodedata.category(text[at]) not in ("Mn", "Mc")
        and (at == 0 or text[at - 1] not in _JOINERS)
    )


def _common_ends(a: str, b: str) -> tuple[str, str, str, str]:
    """Text both sides of a change share at its start and end (whole letters only)."""
    if not a or not b:
        return "", a, b, ""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    while n > 0 and not (_cut_ok(a, n) and _cut_ok(b, n)):
        n -= 1
    head, a, b = a[:n], a[n:], b[n:]
    m = 0
    while m < min(len(a), len(b)) and a[-1 - m] == b[-1 - m]:
        m += 1
    while m > 0 and not (_cut_ok(a, len(a) - m) and _cut_ok(b, len(b) - m)):
        m -= 1
    tail = a[len(a) - m :] if m else ""
    return head, a[: len(a) - m], b[: len(b) - m], tail


def _lines(items: tuple[str, ...]) -> str:
    return "\n".join(f"{n}. {markup.to_plain(t)}" for n, t in enumerate(items, 1))


def section_texts(
    c: PositionContent, person_name: Callable[[int | None], str]
) -> list[tuple[str, str, str, str]]:
    """(key, label, plain text, raw text) of every section, in the order of the brief."""

    def text(key: str, label: str, raw: str) -> tuple[str, str, str, str]:
        return (key, label, markup.to_plain(raw), raw)

    their = "\n".join(
        f"{t.delegation_code or 'All'}: {markup.to_plain(t.their_objective)}"
        + (f" → {markup.to_plain(t.our_response)}" if t.our_response else "")
        for t in c.their_objectives
    )
    defensive = "\n".join(
        f"Q: {markup.to_plain(d.question)}\nA: {markup.to_plain(d.answer)}"
        for d in c.defensive_lines
    )
    shown: dict[str, tuple[str, str]] = {  # (plain, raw) of the sections not plain text
        "stance": (c.stance.label, c.stance.value),
        "fallbacks": (_lines(c.fallbacks), "\n".join(c.fallbacks)),
        "authority": (c.authority.label, c.authority.value),
        "points": (_lines(c.points), "\n".join(c.points)),
        "their_objectives": (their, their),
        "defensive_lines": (defensive, defensive),
        "owner_id": (person_name(c.owner_id), str(c.owner_id)),
    }
    rows = []
    for section in SECTIONS:  # every section, in the brief's order (domain/)
        key = "owner" if section.name == "owner_id" else section.name
        if section.kind is SectionKind.TEXT:
            rows.append(text(key, section.title, getattr(c, section.name)))
        else:
            rows.append((key, section.title, *shown[section.name]))
    rows.append(("tags", "ADM tags", ", ".join(c.tags), ", ".join(c.tags)))
    return rows


def diff_contents(
    item_id: int,
    old_no: int,
    old: PositionContent,
    new_no: int,
    new: PositionContent,
    person_name: Callable[[int | None], str],
    tokenize: Tokenizer = tokens,
) -> PositionDiff:
    sections = []
    for (key, label, a_plain, a_raw), (_k, _l, b_plain, b_raw) in zip(
        section_texts(old, person_name), section_texts(new, person_name), strict=True
    ):
        note = "formatting changed" if a_plain == b_plain and a_raw != b_raw else ""
        sections.append(SectionDiff(key, label, diff_text(a_plain, b_plain, tokenize), note))
    return PositionDiff(item_id, old_no, new_no, tuple(sections))
