"""Words as ICU finds them, in every script (Thai, Lao, Khmer and Myanmar too).

The same ICU (bundled by the ``icu4py`` wheel) that breaks the lines of the
PDFs (``reports/linebreak.py``) gives the word boundaries here, without Qt, so
the services, the CLI and the GUI diff negotiated text by the same words.
Without the wheel, the position history's tokenizer (grapheme clusters in
scripts without spaces) is used instead.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..position_diff import ADDED, REMOVED, SAME, DiffSegment, tokens

_LOCALES = (
    ((0x0E00, 0x0E7F), "th"),
    ((0x0E80, 0x0EFF), "lo"),
    ((0x1000, 0x109F), "my"),
    ((0x1780, 0x17FF), "km"),
)
_SPACE = re.compile(r"\s+")


def _locale_for(text: str) -> str:
    for ch in text:
        o = ord(ch)
        for (a, b), loc in _LOCALES:
            if a <= o <= b:
                return loc
    return "en"


@lru_cache(maxsize=1)
def _icu_breaker() -> Callable[[str, str], Sequence[str]] | None:
    """ICU's word breaker, loaded when text is first split (not when the services load)."""
    try:
        from icu4py.breakers import WordBreaker
    except ImportError:  # pragma: no cover - platform without the wheel
        return None

    def split(text: str, locale: str) -> Sequence[str]:
        return list(WordBreaker(text, locale))

    return split


@lru_cache(maxsize=8192)
def _words_cached(text: str) -> tuple[str, ...]:
    breaker = _icu_breaker()
    if breaker is None:  # pragma: no cover - fallback
        return tuple(tokens(text))
    out: list[str] = []
    # One run of spaces is one token; ICU gives each space alone.
    for piece in breaker(text, _locale_for(text)):
        if out and piece.isspace() and out[-1].isspace():
            out[-1] += piece
        else:
            out.append(piece)
    return tuple(out)


def words(text: str) -> list[str]:
    """``text`` cut into words, spaces and punctuation; ``"".join`` gives it back."""
    if not text:
        return []
    return list(_words_cached(text))


def content_words(text: str) -> list[str]:
    """The words only (no spaces, no punctuation), case-folded: what alignment compares."""
    return [w.casefold() for w in words(text) if any(ch.isalnum() for ch in w)]


def diff(old: str, new: str) -> tuple[DiffSegment, ...]:
    """Whole-word differences (ICU words): segments that rebuild ``old`` (same +
    removed) and ``new`` (same + added).

    A changed word shows whole ("[-shall-][+should+]"), as a negotiator reads it
    and as Word shows a tracked change; a space alone between two changes is
    folded into them, so a rewritten phrase is one removal and one addition.
    """
    a, b = words(old), words(new)
    out: list[DiffSegment] = []
    pending_rem: list[str] = []
    pending_add: list[str] = []

    def flush() -> None:
        if pending_rem:
            out.append(DiffSegment(REMOVED, "".join(pending_rem)))
        if pending_add:
            out.append(DiffSegment(ADDED, "".join(pending_add)))
        pending_rem.clear()
        pending_add.clear()

    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "equal":
            same = a[i1:i2]
            thin = (
                0 < n < len(ops) - 1
                and all(w.isspace() for w in same)
                and (pending_rem or pending_add)
            )
            if thin:  # "[-a-] [-b-]" -> "[-a b-]"
                pending_rem.extend(same)
                pending_add.extend(same)
                continue
            flush()
            text = "".join(same)
            if out and out[-1].kind == SAME:
                out[-1] = DiffSegment(SAME, out[-1].text + text)
            else:
                out.append(DiffSegment(SAME, text))
        else:
            pending_rem.extend(a[i1:i2])
            pending_add.extend(b[j1:j2])
    flush()
    return tuple(out)


def squash_spaces(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
