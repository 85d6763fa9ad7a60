"""Where a line may break inside Thai, Lao, Khmer and Myanmar text (no spaces between words).

reportlab breaks lines only at spaces.  These scripts run words together, so
a paragraph of Thai would otherwise overflow or be chopped mid-syllable.  ICU's
dictionary-based line breaker (through the ``icu4py`` wheel, which bundles
ICU) finds the word boundaries; this module is Qt-free.  Without ICU (a
platform with no wheel) it falls back to breaking between grapheme clusters
only where nothing else fits, so nothing overflows and no cluster is split.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache
from itertools import pairwise

log = logging.getLogger(__name__)

# South-East Asian scripts whose words are not separated by spaces.
_SA_RANGES = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0xA9E0, 0xA9FF),  # Myanmar extended-B
    (0xAA60, 0xAA7F),  # Myanmar extended-A
)

_LOCALES = (
    ((0x0E00, 0x0E7F), "th"),
    ((0x0E80, 0x0EFF), "lo"),
    ((0x1000, 0x109F), "my"),
    ((0x1780, 0x17FF), "km"),
)


# Chinese and Japanese: a line may break between ideographs and kana (ICU's rules
# keep "。" and small kana off the start of a line).  Korean is written with
# spaces: a Hangul word breaks only where a space is, like Latin.
_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x30FF),  # CJK punctuation, hiragana, katakana
    (0x31F0, 0x31FF),  # katakana extensions
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3134F),  # extensions B-G
)
_HANGUL_RANGES = (
    (0x1100, 0x11FF),
    (0x3130, 0x318F),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7AF),
    (0xD7B0, 0xD7FF),
)
# A Latin "word" this long (a file name, a URL, a path) may break where ICU allows
# (after "/", "-", "_"), rather than wherever the line happens to end ("pd/f").
LONG_WORD = 24


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _CJK_RANGES)


def is_hangul(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _HANGUL_RANGES)


def needs_breaks(text: str) -> bool:
    """Whether ``text`` (one space-free word) may break inside: SA, CJK, or a long word."""
    return len(text) > LONG_WORD or any(is_sa(ch) or is_cjk(ch) or is_hangul(ch) for ch in text)


def _sa_script(ch: str) -> str:
    o = ord(ch)
    for (a, b), loc in _LOCALES:
        if a <= o <= b:
            return loc
    return ""


def _keep(text: str, pos: int, long_word: bool) -> bool:
    """Whether ICU's break opportunity before ``text[pos]`` is one to use."""
    a, b = text[pos - 1], text[pos]
    if is_sa(a) or is_sa(b):
        return True
    if is_hangul(a) and is_hangul(b):
        return False  # inside a Korean word
    if is_cjk(a) or is_cjk(b) or is_hangul(a) or is_hangul(b):
        return True
    return long_word


def is_sa(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _SA_RANGES)


def has_sa(text: str) -> bool:
    return any(is_sa(ch) for ch in text)


def _locale_for(text: str) -> str:
    for ch in text:
        o = ord(ch)
        for (a, b), loc in _LOCALES:
            if a <= o <= b:
                return loc
    return "en"


def icu_available() -> bool:
    try:
        from icu4py.breakers import LineBreaker  # noqa: F401
    except ImportError:  # pragma: no cover - platform without the wheel
        return False
    return True


@lru_cache(maxsize=4096)
def break_offsets(text: str) -> tuple[int, ...]:
    """Offsets (0 < k < len(text)) where a line may break inside ``text``.

    ``text`` is one "word" as reportlab sees it (no spaces).  Only breaks
    with South-East Asian script on at least one side are returned: Latin
    punctuation and numbers keep reportlab's own rules.
    """
    if not needs_breaks(text):
        return ()
    try:
        from icu4py.breakers import LineBreaker
    except ImportError:  # pragma: no cover - platform without the wheel
        return _cluster_offsets(text) if has_sa(text) else ()
    offsets: set[int] = set()
    pos = 0
    long_word = len(text) > LONG_WORD
    # Iterating yields the segments as Python strings (their lengths are code
    # points; ``segments()`` would give UTF-16 offsets).
    for segment in LineBreaker(text, _locale_for(text)):
        pos += len(segment)
        if 0 < pos < len(text) and _keep(text, pos, long_word):
            offsets.add(pos)
    # Where one SA script meets another (Khmer run on into Myanmar), each is shaped
    # on its own: a break opportunity there cuts the word.
    for k in range(1, len(text)):
        a, b = _sa_script(text[k - 1]), _sa_script(text[k])
        if a and b and a != b:
            offsets.add(k)
    return tuple(sorted(offsets))


def _cluster_offsets(text: str) -> tuple[int, ...]:  # pragma: no cover - fallback
    """Fallback without ICU: between grapheme clusters of SA text (never inside one)."""
    offsets = []
    for k in range(1, len(text)):
        a, b = text[k - 1], text[k]
        if not (is_sa(a) or is_sa(b)):
            continue
        if unicodedata.category(b) in ("Mn", "Mc") or b in "\u17d2\u1039\u103a":
            continue  # a mark or a stacking sign belongs to the previous letter
        if a in "\u17d2\u1039" or (unicodedata.category(a) == "Lo" and b in "\u0e30\u0e32\u0e33"):
            continue
        offsets.append(k)
    return tuple(offsets)


def split_words(text: str) -> list[str]:
    """``text`` cut at its break opportunities (for tests and plain-text wrapping)."""
    cuts = (0, *break_offsets(text), len(text))
    return [text[a:b] for a, b in pairwise(cuts) if b > a]
