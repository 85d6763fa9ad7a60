"""The word diff on long sections (review s32 H18): right marks, near-linear engine.

``diff_text`` ran difflib on word tokens, quadratic and worse (26,549 characters with
two words inserted: 14 s; a 200,000-character section: minutes, on the GUI thread).
Now long texts are compared by lines, sentences and word runs first (``token_diff``),
word by word only where they differ.  These tests assert the marks, not the time
(``benchmarks/word_diff.py`` measures it).
"""

from __future__ import annotations

from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services import token_diff
from adgsom_desktop.services.brief_conflict import BriefConflict, conflict_view
from adgsom_desktop.services.position_diff import ADDED, REMOVED, SAME, diff_text
from adgsom_desktop.services.position_records import PositionContent
from benchmarks.word_diff import SECTION_CHARS, edited, prose

EDITS = [
    (ADDED, "kindly"),
    (ADDED, "Thailand asked for the floor twice."),
    (REMOVED, "e"),
    (ADDED, "is"),
]


def _changes(segments: Any) -> list[tuple[str, str]]:
    return [(s.kind, s.text.strip()) for s in segments if s.kind != SAME]


def _rebuilds(segments: Any, old: str, new: str) -> None:
    assert "".join(s.text for s in segments if s.kind != ADDED) == old
    assert "".join(s.text for s in segments if s.kind != REMOVED) == new


@pytest.mark.parametrize("one_paragraph", [False, True])
def test_a_200000_character_section_with_a_small_change_marks_only_the_change(
    one_paragraph: bool,
) -> None:
    old = prose(SECTION_CHARS)
    if one_paragraph:  # no line to compare first: sentences, then word runs
        old = old.replace("\n\n", "  ")
    assert len(old) == SECTION_CHARS
    new = edited(old)
    segments = diff_text(old, new)
    _rebuilds(segments, old, new)
    # "the" -> "this" is shown as its changed letters (common ends stay same)
    assert _changes(segments) == EDITS


def test_a_word_changed_throughout_a_long_section_is_marked_word_by_word() -> None:
    old = prose(SECTION_CHARS)
    new = old.replace(" the ", " the Thai delegation's ")
    segments = diff_text(old, new)
    _rebuilds(segments, old, new)
    changes = _changes(segments)
    assert set(changes) == {(ADDED, "Thai delegation's")}  # never a whole paragraph
    assert len(changes) == old.count(" the ")


def test_the_coarse_comparison_finds_the_words_difflib_finds(monkeypatch: Any) -> None:
    """A tiny budget sends an ordinary text through lines, sentences and word runs:
    the same words are marked as difflib on the whole text marks them."""
    old = prose(6_000, seed=3)
    for new in (
        edited(old),
        old.replace(" the ", " the Thai delegation's "),
        old.replace("\n\n", "\n\nA new paragraph.\n\n", 2),
        old[:2500] + old[3100:],
    ):
        whole = _changes(diff_text(old, new))
        monkeypatch.setattr(token_diff, "WORD_BUDGET", 2_000)
        coarse = diff_text(old, new)
        monkeypatch.undo()
        _rebuilds(coarse, old, new)
        assert _changes(coarse) == whole


def test_a_long_thai_section_marks_the_changed_letters(monkeypatch: Any) -> None:
    line = "ประเทศไทยสนับสนุนร่างแผนแม่บทดิจิทัลอาเซียน ขอบคุณประธาน\n"
    old = line * 2_000  # about 110,000 characters of one repeated line
    at = old.index("ขอบคุณ", 50_000)
    new = old[:at] + "ใหม่" + old[at:]
    segments = diff_text(old, new)
    _rebuilds(segments, old, new)
    assert _changes(segments) == [(ADDED, "ใหม่")]


def test_a_too_large_change_is_marked_removed_and_added_whole(monkeypatch: Any) -> None:
    monkeypatch.setattr(token_diff, "WORD_BUDGET", 50)
    old = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
    new = "one two three four five six seven eight nine ten eleven twelve"
    segments = diff_text(old, new)
    assert [(s.kind, s.text) for s in segments] == [(REMOVED, old), (ADDED, new)]


@pytest.mark.slow  # three 200,000-character versions stored (a PostgreSQL run too)
def test_a_conflict_on_a_200000_character_objective_shows_the_change(services: Any) -> None:
    """The public path of every conflict view: a stale save, then its side-by-side view."""
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
    )
    item = services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
    text = prose(SECTION_CHARS - 100)
    v1 = services.positions.save(item.id, PositionContent(objective=text))
    services.positions.save(
        item.id, PositionContent(objective=text + " Agreed."), expected_version=v1.version_no
    )
    with pytest.raises(BriefConflict) as caught:
        services.positions.save(
            item.id, PositionContent(objective=edited(text)), expected_version=v1.version_no
        )
    view = conflict_view(caught.value)
    assert [s.key for s in view.sections] == ["objective"]
    assert _changes(view.sections[0].segments) == [*EDITS, (REMOVED, "Agreed.")]
