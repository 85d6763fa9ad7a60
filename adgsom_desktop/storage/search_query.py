"""What a user typed, made into terms any engine's search can use (never raises).

Shared by the SQLite index (``search_index``: an FTS5 MATCH expression) and the
PostgreSQL one (``pg_search``: trigram-indexed ``LIKE`` on folded text): words are
ANDed, "quoted phrases" match as written, a word shorter than three characters is
joined to its neighbour ("ha noi"), and a lone short word ("AI") falls back to a
plain ``LIKE``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

MIN_TRIGRAM = 3
MAX_QUERY_CHARS = 400
MAX_TERMS = 12
HL_OPEN, HL_CLOSE = "\x02", "\x03"


@dataclass(frozen=True)
class ParsedQuery:
    match: str  # FTS5 MATCH expression ("" when every term is short)
    like_terms: tuple[str, ...]  # terms too short for trigrams
    terms: tuple[str, ...]  # every term, for highlighting
    hint: str = ""  # shown to the user when the query was changed or is unusable

    @property
    def empty(self) -> bool:
        return not self.match and not self.like_terms


_WORD_CHAR = re.compile(r"\w", re.UNICODE)


def _d_variants(term: str) -> list[str]:
    """ "dien" -> ["dien", "đien"]: đ is not folded by remove_diacritics."""
    positions = [i for i, ch in enumerate(term) if ch in "dDđĐ"]
    if not positions:
        return [term]
    positions = positions[:3]  # at most 8 variants per term
    variants = []
    for combo in itertools.product("dđ", repeat=len(positions)):
        chars = list(term)
        for pos, ch in zip(positions, combo, strict=True):
            chars[pos] = ch
        variants.append("".join(chars))
    return variants


def _merge_short(words: list[str]) -> list[str]:
    """Join a word too short for trigrams to its neighbour: "ha noi" -> "ha noi".

    The phrase keeps the trigram index (and diacritic folding) usable; only a
    short word standing alone ("AI", "VN") falls back to LIKE.
    """
    words = [w for w in words if _WORD_CHAR.search(w)]
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if len(word) < MIN_TRIGRAM and i + 1 < len(words):
            out.append(f"{word} {words[i + 1]}")
            i += 2
        elif len(word) < MIN_TRIGRAM and out:
            out[-1] = f"{out[-1]} {word}"
            i += 1
        else:
            out.append(word)
            i += 1
    return out


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def parse_query(text: str) -> ParsedQuery:
    """Turn what a user typed into a safe FTS5 expression. Never raises.

    Words are ANDed; "quoted phrases" match as written; FTS5 operators and
    syntax characters are taken literally (every term is quoted).
    """
    hint = ""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        hint = f"Only the first {MAX_QUERY_CHARS} characters were searched."
    pieces: list[str] = []
    # Balanced quotes make phrases; an unbalanced quote is ignored.
    parts = text.split('"')
    if len(parts) % 2 == 0:
        parts = [*parts[:-2], parts[-2] + " " + parts[-1]]
    for i, part in enumerate(parts):
        if i % 2 == 1:
            phrase = " ".join(part.split())
            if phrase:
                pieces.append(phrase)
        else:
            pieces.extend(_merge_short(part.split()))
    terms = [p.casefold() for p in pieces if _WORD_CHAR.search(p)]
    if len(terms) > MAX_TERMS:
        terms = terms[:MAX_TERMS]
        hint = f"Only the first {MAX_TERMS} words were searched."
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    short_terms = tuple(t for t in terms if len(t) < MIN_TRIGRAM)
    groups = []
    for term in long_terms:
        variants = _d_variants(term)
        if len(variants) == 1:
            groups.append(_quote(term))
        else:
            groups.append("(" + " OR ".join(_quote(v) for v in variants) + ")")
    if not terms and text.strip():
        hint = "Type letters or digits to search."
    return ParsedQuery(" AND ".join(groups), short_terms, tuple(terms), hint)


@dataclass(frozen=True)
class RawHit:
    kind: str
    ref_id: int
    meeting_id: int | None
    item_id: int | None
    title: str
    body: str  # highlighted with HL_OPEN/HL_CLOSE when the match came from FTS
    score: float
    # What describes the hit, read by the engine with the hits (not four statements, each
    # a round trip on a server): (item number, item title, meeting title, speaker).
    about: tuple[str, str, str, str] = ("", "", "", "")


def word_weights(query: ParsedQuery) -> tuple[tuple[str, int], ...]:
    """What ranks a hit among the others that match: each term found as a whole word
    (not "ai" inside "Thailand") counts 1, and the words of the query side by side as a
    whole phrase ("our red line", not "offered ... online") count more than all the terms
    apart. A term in the title, or found twice, adds its weight again (the item on AI
    before a note that mentions it). Engines order by the sum first, then by their own
    score (review s30 F16)."""
    terms = [t for t in query.terms if t]
    weights = [(t, 1) for t in terms]
    if len(terms) > 1:
        weights.append((" ".join(terms), len(terms) + 1))
    return tuple(weights)


# A letter (Latin, with or without accents) or digit next to a term: it is inside
# another word.
WORD_EDGE = "a-z0-9\u00c0-\u024f\u1e00-\u1eff"


def regex_word(term: str, times: int = 1) -> str:
    """``WordRank``'s whole word as a (PostgreSQL) regular expression, over folded text
    padded with a space at each end. The letter after the term is looked at, not taken:
    "data data" is the word twice (the space between them ends one and starts the next)."""
    one = f"[^{WORD_EDGE}]{re.escape(term)}(?![{WORD_EDGE}])"
    return ".*".join([one] * times)


def like_pattern(term: str) -> str:
    """``%term%`` for LIKE ... ESCAPE '\\' (the term's own % and _ taken literally)."""
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
