"""Search everywhere: ranked hits with highlighted snippets, in any ASEAN script."""

from __future__ import annotations

import re
import time

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..domain.models import AgendaItem, Delegation, Meeting, Note
from ..storage.search_query import HL_CLOSE, HL_OPEN, WORD_EDGE, RawHit
from .context import ServiceContext
from .records import SearchHit, SearchResult

SNIPPET_CHARS = 180
_MARKS = re.compile(f"[{HL_OPEN}{HL_CLOSE}]")

# Built once: constructing a statement costs more than running it (every search).
_ITEMS = select(AgendaItem.id, AgendaItem.number, AgendaItem.title).where(
    AgendaItem.id.in_(bindparam("ids", expanding=True))
)
_MEETINGS = select(Meeting.id, Meeting.title).where(
    Meeting.id.in_(bindparam("ids", expanding=True))
)
_SPEAKERS = (
    select(Note.id, Delegation.code)
    .join(Delegation, Note.speaker_delegation_id == Delegation.id)
    .where(Note.id.in_(bindparam("ids", expanding=True)))
)


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
            hits = self._describe(s, raw, query.terms if not query.match else ())
        elapsed = (time.perf_counter() - started) * 1000
        hint = query.hint or ("" if hits else "No matches.")
        return SearchResult(text, tuple(hits), hint, elapsed)

    @staticmethod
    def _about(
        s: Session, raw: list[RawHit]
    ) -> tuple[dict[int, tuple[str, str]], dict[int, str], dict[int, str]]:
        """Items (number, title), meetings' titles and notes' speakers of the hits: read
        with the hits by the engine when it could (``RawHit.about``), else three lookups."""
        if raw and all(h.about is not None for h in raw):
            items: dict[int, tuple[str, str]] = {}
            meetings: dict[int, str] = {}
            speakers: dict[int, str] = {}
            for h in raw:
                number, title, meeting, speaker = h.about or ("", "", "", "")
                if h.item_id:
                    items[h.item_id] = (number, title)
                if h.meeting_id:
                    meetings[h.meeting_id] = meeting
                if h.kind == "note" and speaker:
                    speakers[h.ref_id] = speaker
            return items, meetings, speakers
        conn = s.connection()  # Core, prebuilt statements: no ORM work per search
        items = {
            r.id: (r.number, r.title)
            for r in conn.execute(_ITEMS, {"ids": sorted({h.item_id for h in raw if h.item_id})})
        }
        meeting_ids = sorted({h.meeting_id for h in raw if h.meeting_id})
        meetings = dict(conn.execute(_MEETINGS, {"ids": meeting_ids}).all())
        note_ids = [h.ref_id for h in raw if h.kind == "note"]
        speakers = dict(conn.execute(_SPEAKERS, {"ids": note_ids}).all())
        return items, meetings, speakers

    def _describe(
        self, s: Session, raw: list[RawHit], like_terms: tuple[str, ...]
    ) -> list[SearchHit]:
        items, meetings, speakers = self._about(s, raw)
        out = []
        for h in raw:
            body, title_marked = h.body, h.title
            if like_terms:
                body, title_marked = _mark_terms(body, like_terms), _mark_terms(h.title, like_terms)
            plain_title = title_marked.replace(HL_OPEN, "").replace(HL_CLOSE, "").strip()
            number, item_title = items.get(h.item_id or 0, ("", ""))
            item_label = f"{number} {item_title}".strip()
            title = {
                "note": f"Note by {speakers.get(h.ref_id, 'unknown speaker')}"
                + (f" on {number}" if number else ""),
                "position": f"Position on {item_label}",
                "action": "Action: " + plain_title if plain_title else "Action item",
                "outcome": f"Outcome ({plain_title}) on {number}".strip(),
            }.get(h.kind, plain_title or item_label)
            source = body if HL_OPEN in body or not plain_title else title_marked
            snippet, spans = make_snippet(source or body)
            context = meetings.get(h.meeting_id or 0, "")
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
