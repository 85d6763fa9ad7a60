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
    if not has_sa(text):
        return ()
    try:
        from icu4py.breakers import LineBreaker
    except ImportError:  # pragma: no cover - platform without the wheel
        return _cluster_offsets(text)
    offsets: list[int] = []
    pos = 0
    # Iterating yields the segments as Python strings (their lengths are code
    # points; ``segments()`` would give UTF-16 offsets).
    for segment in LineBreaker(text, _locale_for(text)):
        pos += len(segment)
        if 0 < pos < len(text) and (is_sa(text[pos - 1]) or is_sa(text[pos])):
            offsets.append(pos)
    return tuple(offsets)


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
