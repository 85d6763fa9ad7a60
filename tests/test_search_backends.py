"""The whole-word rank (review s30 F16) orders the same data the same way on a store file
(SQLite: ``search_fold.WordRank`` in Python over FTS5's best) and on a team store
(PostgreSQL: the same rank as regular expressions in the search's statement).

The texts are chosen so that each has a rank of its own: the order is then the rank's
alone (the engines' own scores, bm25 and pg_trgm's, only break ties, and differ)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind

FILLER = " and the delegations then discussed the work plan at some length" * 20

# (query, texts best first): one rank each.
CASES = [
    (
        "data",
        [
            # Twice, side by side: two whole words (a regular expression that needs a
            # separator after the first and another before the second counts one).
            "data data" + FILLER,
            # Once as a whole word, and more often inside other words: the engines' own
            # scores put it first, the whole-word rank second.
            "data metadata metadata metadata",
            "metadata only",
        ],
    ),
    (
        "red line",
        [
            "our red line, the red line",  # the phrase twice
            "our red line",  # the phrase once
            "red text on the line, red again",  # red twice, line once
            "a red text and a line",  # each once
            "a reddish line",  # line only
            "offered online",  # the letters, no word
        ],
    ),
    (
        "Viet Nam",
        [
            "Việt Nam hoan nghênh, VIỆT NAM đề xuất",  # twice, accents and capitals
            "Viet Nam proposed" + FILLER,  # once
            "Vietnamese named",  # inside words
        ],
    ),
    (
        "AI",  # a lone short word: LIKE, whole words first, newest first
        [
            "AI and AI governance",
            "on AI, TH supports",
            "Thailand's detailed offer",
        ],
    ),
]


def _store(kind: str, path: Path, request: pytest.FixtureRequest) -> Any:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    if kind == "team":
        return Services.open(request.getfixturevalue("team_url"), actor="tester")
    return Services.for_store(create_store(path, our_delegation_code="TH"), actor="tester")


def _orders(services: Any) -> dict[str, list[int]]:
    """Each query's notes, by their place in its CASES list."""
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM"
    )
    out = {}
    for query, texts in CASES:
        # Added worst first, so that "newest first" alone would give the expected order
        # reversed: only the rank can put them right.
        ids = {services.notes.add(meeting.id, t).id: n for n, t in reversed(list(enumerate(texts)))}
        hits = services.search.search(query).hits
        out[query] = [ids[h.ref_id] for h in hits if h.kind == "note" and h.ref_id in ids]
    return out


def test_the_whole_word_rank_orders_alike_on_sqlite_and_postgresql(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    found = {}
    for kind in ("file", "team"):
        services = _store(kind, tmp_path / "store.adgsom", request)
        try:
            found[kind] = _orders(services)
        finally:
            services.close()
    expected = {query: list(range(len(texts))) for query, texts in CASES}
    assert found["file"] == expected, found["file"]
    assert found["team"] == found["file"], found


def test_a_page_larger_than_the_ranked_candidates_is_full(tmp_path: Path) -> None:
    """The engine's best 100 are ranked by whole words; a caller asking for more (the CLI's
    ``--limit``) still gets every match up to its limit."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    store = create_store(tmp_path / "store.adgsom", our_delegation_code="TH")
    services = Services.for_store(store, actor="tester")
    try:
        event = services.events.save_event(title="6th ADGMIN and related meetings")
        meeting = services.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM"
        )
        for n in range(130):
            services.notes.add(meeting.id, f"Submarine cable resilience, point {n}")
        hits = services.search.search("submarine cable", limit=200).hits
        assert len([h for h in hits if h.kind == "note"]) == 130
    finally:
        services.close()
