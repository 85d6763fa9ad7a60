"""Text folded as the search indexes compare it, and matches marked in it.

Lower case without accents ("Việt Nam" -> "viet nam", "Đà Nẵng" -> "da nang"): what
PostgreSQL's ``adgsom_fold`` (unaccent) stores, and what SQLite's FTS5 ``remove_diacritics``
matches. Used by both engines to mark the matches in a hit's text and by the whole-word
rank (``search_query.WordRank``); pure Python, no engine imported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .search_query import HL_CLOSE, HL_OPEN, WORD_EDGE, ParsedQuery, word_weights

_SPECIAL = {"đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"}
_SPECIAL.update({"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ħ": "h", "ı": "i", "þ": "th"})


def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    code = ord(ch)
    # Latin, Greek, Cyrillic and Latin Extended Additional (Vietnamese): drop accents.
    if code < 0x0530 or 0x1E00 <= code <= 0x1EFF:
        base = "".join(
            c for c in unicodedata.normalize("NFD", ch) if not 0x0300 <= ord(c) <= 0x036F
        )
        return base.lower()
    return ch.lower()  # other scripts (Thai, Lao, Khmer, Myanmar...) keep their marks


def _one_to_one() -> dict[int, str]:
    """The folds that keep one character one character (most of them), as a table."""
    table: dict[int, str] = {}
    for code in list(range(0x00C0, 0x0530)) + list(range(0x1E00, 0x1F00)):
        folded = _fold_char(chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


_TABLE = _one_to_one()
_WIDER = re.compile("[" + "".join(c for c, f in _SPECIAL.items() if len(f) > 1) + "]")  # ß...
_FULL = {**_TABLE, **{ord(c): f for c, f in _SPECIAL.items()}}


def fold(text: str) -> str:
    """``text`` folded as ``adgsom_fold`` does (no index map: for comparing only)."""
    return text.lower() if text.isascii() else text.translate(_FULL).lower()


def fold_map(text: str) -> tuple[str, list[int] | None]:
    """``text`` folded as ``adgsom_fold`` does, and for each folded character the index of
    the character of ``text`` it came from (None: the same index, the usual case)."""
    folded = text.lower() if text.isascii() else text.translate(_TABLE).lower()
    if len(folded) == len(text) and (text.isascii() or not _WIDER.search(text)):
        return folded, None  # one character for one (a C-speed path)
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        piece = _fold_char(ch)
        out.append(piece)
        where.extend([i] * len(piece))
    return "".join(out), where


def mark(text: str, terms: tuple[str, ...]) -> str:
    """``text`` with HL_OPEN/HL_CLOSE around every (folded) occurrence of ``terms``."""
    if not text or not terms:
        return text
    folded, where = fold_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = fold(term)
        if not needle:
            continue
        start = folded.find(needle)
        while start != -1:
            end = start + len(needle)
            if where is None:
                spans.append((start, end))
            else:
                spans.append((where[start], where[end - 1] + 1))
            start = folded.find(needle, end)
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for a, b in sorted(spans):
        if a < last:
            continue
        out += [text[last:a], HL_OPEN, text[a:b], HL_CLOSE]
        last = b
    out.append(text[last:])
    return "".join(out)


_EDGE = re.compile(f"[{WORD_EDGE}]")


def _whole_words(pattern: re.Pattern[str], text: str, most: int) -> int:
    """How many times (up to ``most``) ``pattern`` (a term, then no letter) is found in
    ``text`` with no letter before it. The pattern starts with the term's letters, so
    the regex engine skips ahead to them; a look-behind first would try every position."""
    count = 0
    for m in pattern.finditer(text):
        start = m.start()
        if start == 0 or not _EDGE.match(text, start - 1):
            count += 1
            if count == most:
                break
    return count


@dataclass(frozen=True)
class WordRank:
    """Scores a hit's text by whole words (see ``word_weights``): each term found as a
    whole word adds its weight, found twice adds it again, found in the title again."""

    patterns: tuple[tuple[re.Pattern[str], int], ...]

    @classmethod
    def of(cls, query: ParsedQuery) -> WordRank:
        return cls(
            tuple(
                (re.compile(rf"{re.escape(fold(t))}(?![{WORD_EDGE}])"), w)
                for t, w in word_weights(query)
                if fold(t)
            )
        )

    def score(self, title: str, body: str) -> int:
        head = fold(title)
        text = head + " \n " + fold(body)
        total = 0
        for pattern, weight in self.patterns:
            found = _whole_words(pattern, text, 2)
            if found:
                total += weight * found + (weight if _whole_words(pattern, head, 1) else 0)
        return total
