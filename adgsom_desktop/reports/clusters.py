"""Grapheme clusters: what a reader sees as one character (ICU), and text cut between them.

A Khmer consonant with its coeng and subscript, a Myanmar syllable with its
medials, a flag (two regional indicators), a family emoji (people joined by
ZWJ): each is one cluster.  Shortening a name for a header, a bookmark or the
cover cuts between clusters only, never inside one (no dangling coeng).
Emoji clusters the symbols face cannot draw as one glyph print as their name
in brackets ("[flag: TH]", "[man, woman, girl]"), never as U+FFFD.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

ELLIPSIS = "…"
ZWJ = "\u200d"
VARIATION_SELECTORS = frozenset("\ufe0e\ufe0f")
KEYCAP = "\u20e3"


def _fallback_clusters(text: str) -> list[str]:  # pragma: no cover - platform without ICU
    out: list[str] = []
    for ch in text:
        joins = out and (
            unicodedata.category(ch) in ("Mn", "Mc", "Me")
            or ch in VARIATION_SELECTORS
            or ch == ZWJ
            or out[-1].endswith(ZWJ)
            or out[-1][-1] in "\u17d2\u1039"
        )
        if joins:
            out[-1] += ch
        else:
            out.append(ch)
    return out


@lru_cache(maxsize=2048)
def _clusters(text: str) -> tuple[str, ...]:
    try:
        from icu4py.breakers import CharacterBreaker
    except ImportError:  # pragma: no cover - platform without the wheel
        return tuple(_fallback_clusters(text))
    return tuple(CharacterBreaker(text, "en"))


def grapheme_clusters(text: str) -> list[str]:
    """``text`` as its grapheme clusters, in order (they join back to ``text``)."""
    if not text:
        return []
    if text.isascii():
        return list(text)
    return list(_clusters(text))


def cut(text: str, limit: int) -> str:
    """At most ``limit`` code points of ``text``, ending between clusters; "…" if cut."""
    if len(text) <= limit:
        return text
    out = ""
    for cluster in grapheme_clusters(text):
        if len(out) + len(cluster) + 1 > limit:
            break
        out += cluster
    return out.rstrip() + ELLIPSIS


def shorten(text: str, fits: Callable[[str], bool]) -> str:
    """The longest start of ``text`` (whole clusters) that ``fits`` with "…" after it."""
    if fits(text):
        return text
    clusters = grapheme_clusters(text)
    lo, hi = 0, len(clusters)  # binary search: fits() is monotone in the length
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits("".join(clusters[:mid]).rstrip() + ELLIPSIS):
            lo = mid
        else:
            hi = mid - 1
    return "".join(clusters[:lo]).rstrip() + ELLIPSIS


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _name(ch: str) -> str:
    try:
        return unicodedata.name(ch).lower()
    except ValueError:
        return f"U+{ord(ch):04X}"


def describe(cluster: str) -> str:
    """A cluster no face can draw, as its name in brackets ("[flag: TH]")."""
    core = [ch for ch in cluster if ch not in VARIATION_SELECTORS and ch != ZWJ]
    if len(core) == 2 and all(_is_regional(ch) for ch in core):
        return "[flag: " + "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in core) + "]"
    tags = [ch for ch in core if 0xE0020 <= ord(ch) <= 0xE007E]
    if tags and core[0] == "\U0001f3f4":  # a subdivision flag (England, Scotland, Wales)
        return "[flag: " + "".join(chr(ord(ch) - 0xE0000) for ch in tags).upper() + "]"
    if len(core) == 2 and core[1] == KEYCAP:
        return f"[keycap {core[0]}]"
    names = [_name(ch) for ch in core if not 0xE0000 <= ord(ch) <= 0xE007F]
    return "[" + ", ".join(names) + "]"


def is_emoji_sequence(cluster: str) -> bool:
    """A cluster of several code points that is an emoji sequence (flag, ZWJ, keycap, tone)."""
    if len(cluster) < 2:
        return False
    o = ord(cluster[0])
    symbol = o >= 0x1F000 or 0x2190 <= o <= 0x2BFF or o == 0x1F3F4
    return symbol or KEYCAP in cluster or any(ch in VARIATION_SELECTORS for ch in cluster)
