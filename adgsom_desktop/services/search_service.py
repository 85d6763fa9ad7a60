"""Search everywhere: ranked hits with highlighted snippets, in any ASEAN script."""

from __future__ import annotations

import re
import time

from ..storage.search_query import HL_CLOSE, HL_OPEN, WORD_EDGE, RawHit
from .context import ServiceContext
from .records import SearchHit, SearchResult

SNIPPET_CHARS = 180
_MARKS = re.compile(f"[{HL_OPEN}{HL_CLOSE}]")


def make_snippet(
    marked: str, width: int = SNIPPET_CHARS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut a window of ``width`` characters around the first highlight.

    ``marked`` carries HL_OPEN/HL_CLOSE around matches; the result is plain
    text plus the (start, end) ranges to highlight in it.
    """
    text = " ".join(marked.split())  # one line: newlines and runs of spaces collapse
    first = text.find(HL_OPEN)
    start = 0
    if first > width // 3:
        start = first - width // 3
        # Start at a word boundary when one is near (scripts without spaces just cut).
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space != -1 else start
    window = text[start:]
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    count = 0
    pos = 0
    # Whole runs between marks at a time (a loop per character was the hot spot).
    for mark in _MARKS.finditer(window):
        run = window[pos : mark.start()]
        if run and open_at is None and len(run) > width - count:
            plain.append(run[: max(0, width - count)])
            count += max(0, width - count)
            break
        plain.append(run)
        count += len(run)
        pos = mark.end()
        if mark.group() == HL_OPEN:
            open_at = count
        else:
            if open_at is not None:
                spans.append((open_at, count))
            open_at = None
    else:
        run = window[pos:]
        if open_at is None:
            run = run[: max(0, width - count)]
        plain.append(run)
        count += len(run)
    if open_at is not None:
        spans.append((open_at, count))
    out = "".join(plain)
    prefix = "…" if start > 0 else ""
    suffix = "…" if count < len(window) - window.count(HL_OPEN) - window.count(HL_CLOSE) else ""
    shift = len(prefix)
    return prefix + out + suffix, tuple((a + shift, b + shift) for a, b in spans)


def _mark_terms(text: str, terms: tuple[str, ...]) -> str:
    """Add highlight marks for terms found by LIKE (no FTS highlight available)."""
    lowered = text.casefold()
    ranges: list[tuple[int, int]] = []
    if len(lowered) != len(text):
        return text
    for term in terms:
        # The whole word when the text has it ("AI", not the "ai" of "Thailand"), so the
        # snippet shows why the hit ranks where it does; else every occurrence.
        words = [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<![{WORD_EDGE}]){re.escape(term)}(?![{WORD_EDGE}])", lowered)
        ]
        if words:
            ranges.extend(words)
            continue
        start = lowered.find(term)
        while start != -1:
            ranges.append((start, start + len(term)))
            start = lowered.find(term, start + len(term))
    out = []
    last = 0
    for a, b in sorted(ranges):
        if a < last:
            continue
        out += [text[last:a], HL_OPEN, text[a:b], HL_CLOSE]
        last = b
    out.append(text[last:])
    return "".join(out)


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def search(
        self,
        text: str,
        *,
        limit: int = 50,
        kinds: tuple[str, ...] = (),
        meeting_id: int | None = None,
    ) -> SearchResult:
        started = time.perf_counter()
        index = self._ctx.backend.search
        query = index.parse(text)
        if query.empty:
            return SearchResult(text, (), query.hint)
        with self._ctx.read() as s:
            raw = index.search(
                s.connection(), query, limit=limit, kinds=kinds, meeting_id=meeting_id
            )
            hits = self._describe(raw, query.terms if not query.match else ())
        elapsed = (time.perf_counter() - started) * 1000
        hint = query.hint or ("" if hits else "No matches.")
        return SearchResult(text, tuple(hits), hint, elapsed)

    @staticmethod
    def _describe(raw: list[RawHit], like_terms: tuple[str, ...]) -> list[SearchHit]:
        """The hits as the window lists them: a title, the meeting, a snippet."""
        out = []
        for h in raw:
            body, title_marked = h.body, h.title
            if like_terms:
                body, title_marked = _mark_terms(body, like_terms), _mark_terms(h.title, like_terms)
            plain_title = title_marked.replace(HL_OPEN, "").replace(HL_CLOSE, "").strip()
            number, item_title, context, speaker = h.about
            on = f" on {number}" if number else ""
            if h.kind == "note":
                title = f"Note by {speaker or 'unknown speaker'}{on}"
            elif h.kind == "position":
                title = f"Position on {f'{number} {item_title}'.strip()}"
            elif h.kind == "action":
                title = "Action: " + plain_title if plain_title else "Action item"
            elif h.kind == "outcome":
                title = f"Outcome ({plain_title}) on {number}".strip()
            else:
                title = plain_title or f"{number} {item_title}".strip()
            source = body if HL_OPEN in body or not plain_title else title_marked
            snippet, spans = make_snippet(source or body)
            out.append(
                SearchHit(
                    h.kind,
                    h.ref_id,
                    h.meeting_id,
                    h.item_id,
                    title,
                    context,
                    snippet,
                    spans,
                    h.score,
                )
            )
        return out
