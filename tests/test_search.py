"""Search: every ASEAN script inside running text, Vietnamese with or without
diacritics, safe with any input, and the index kept in step with the data."""

from __future__ import annotations

from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, NoteKind
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.storage import search_index
from tests.helpers import index_rows

TEXTS = {
    "vi": "Việt Nam hoan nghênh dự thảo Kế hoạch tổng thể số ASEAN tại Đà Nẵng",
    "th": "ประเทศไทยสนับสนุนกรอบการกำกับดูแลข้อมูลดิจิทัลของอาเซียน",
    "lo": "ສປປ ລາວ ສະໜັບສະໜູນແຜນແມ່ບົດດິຈິຕອນອາຊຽນ",
    "km": "កម្ពុជាគាំទ្រផែនការមេឌីជីថលអាស៊ាន",
    "my": "မြန်မာနိုင်ငံသည် ဒီဂျစ်တယ်စီးပွားရေး မူဘောင်ကို ထောက်ခံသည်",
    "en": "Singapore proposed an AI governance sandbox for generative models",
}


@pytest.fixture
def meeting(services: Any) -> Any:
    event = services.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    return services.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")


@pytest.fixture
def notes(services: Any, meeting: Any) -> dict[str, int]:
    return {lang: services.notes.add(meeting.id, text).id for lang, text in TEXTS.items()}


def _note_ids(services: Any, query: str) -> set[int]:
    return {h.ref_id for h in services.search.search(query).hits if h.kind == "note"}


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("Viet Nam", "vi"),
        ("Việt Nam", "vi"),
        ("viet", "vi"),
        ("Da Nang", "vi"),  # đ is its own letter: still found
        ("hoan nghenh", "vi"),
        ("ดิจิทัล", "th"),  # a Thai word inside running text
        ("การกำกับดูแล", "th"),
        ("ດິຈິຕອນ", "lo"),
        ("ឌីជីថល", "km"),
        ("ဒီဂျစ်တယ်", "my"),
        ("GOVERNANCE", "en"),
        ("AI governance", "en"),  # a short word joins its neighbour
    ],
)
def test_finds_words_in_every_script(
    services: Any, notes: dict[str, int], query: str, lang: str
) -> None:
    assert _note_ids(services, query) == {notes[lang]}


def test_hits_carry_highlighted_snippets(services: Any, notes: dict[str, int]) -> None:
    hit = services.search.search("Viet Nam").hits[0]
    marked = [hit.snippet[a:b] for a, b in hit.spans]
    assert marked == ["Việt", "Nam"]
    assert hit.context == "6th ADGSOM"
    thai = services.search.search("ดิจิทัล").hits[0]
    assert [thai.snippet[a:b] for a, b in thai.spans] == ["ดิจิทัล"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        '"unbalanced',
        "NEAR(",
        "AND OR NOT",
        "col:umn",
        "a" * 10_000,
        "^",
        "'",
        "-",
        "\x00\x01",
        "(((",
        "\ud800",
    ],
)
def test_malformed_queries_never_raise(services: Any, notes: dict[str, int], query: str) -> None:
    result = services.search.search(query)
    assert isinstance(result.hits, tuple)


def test_useless_query_gets_a_hint(services: Any, notes: dict[str, int]) -> None:
    assert services.search.search("*").hint == "Type letters or digits to search."
    assert "first 400 characters" in services.search.search("x" * 10_000).hint


def test_short_standalone_term_still_matches(services: Any, notes: dict[str, int]) -> None:
    assert notes["en"] in _note_ids(services, "AI")


def test_index_follows_edits_and_deletions(services: Any, meeting: Any) -> None:
    note = services.notes.add(
        meeting.id, "Brunei Darussalam raised connectivity", kind=NoteKind.REMARK
    )
    assert _note_ids(services, "connectivity") == {note.id}
    services.notes.edit(
        note.id,
        text="Brunei Darussalam raised cybersecurity",
        kind=NoteKind.REMARK,
        item_id=None,
        speaker_delegation_id=None,
    )
    assert _note_ids(services, "connectivity") == set()
    assert _note_ids(services, "cybersecurity") == {note.id}
    services.notes.delete(note.id)
    assert _note_ids(services, "cybersecurity") == set()


def test_positions_items_people_are_indexed(services: Any, meeting: Any) -> None:
    item = services.agenda.add_item(meeting.id, "ASEAN Guide on AI Governance and Ethics")
    services.positions.save(
        item.id,
        PositionContent(
            objective="Secure endorsement of the expanded guide",
            red_line="No binding obligations",
            background_nfd="Capital prefers voluntary adoption",
        ),
    )
    th = next(d for d in services.delegations.delegations() if d.code == "TH")
    services.delegations.save_person(
        delegation_id=th.id,
        full_name="Somchai Rattanakul",
        local_name="สมชาย รัตนกุล",
        bio="Veteran negotiator",
    )
    kinds = {h.kind for h in services.search.search("guide").hits}
    assert {"item", "position"} <= kinds
    assert {h.kind for h in services.search.search("voluntary").hits} == {"position"}
    assert {h.kind for h in services.search.search("สมชาย").hits} == {"person"}
    # Editing the position replaces what is indexed.
    services.positions.save(item.id, PositionContent(objective="Endorse"))
    assert services.search.search("voluntary").hits == ()


def test_rebuild_gives_the_same_index_as_the_triggers(
    services: Any, notes: dict[str, int], meeting: Any
) -> None:
    services.agenda.add_item(meeting.id, "Digital data governance")
    with services.ctx.read() as s:
        conn = s.connection()
        before = index_rows(conn)
    with services.ctx.write() as s:
        search_index.rebuild(s.connection())
    with services.ctx.read() as s:
        after = index_rows(s.connection())
    assert before == after
    with services.ctx.read() as s:
        assert (
            len(after) == search_index.expected_row_count(s.connection()) == 9
        )  # 6 notes, event, meeting, item


def test_parse_query_quotes_everything() -> None:
    q = search_index.parse_query('dien "viet nam" AND')
    assert q.match == '("dien" OR "đien") AND "viet nam" AND ("and" OR "anđ")'
    assert search_index.parse_query("ha noi").match == '"ha noi"'
