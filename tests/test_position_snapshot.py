"""A brief's snapshot (``PositionContent.to_snapshot``, built field by field for speed)
is what ``dataclasses.asdict`` gives with the enums by value: same keys, same order, same
types, for any content (#17 speed: the snapshot is hashed and stored in every version)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from adgsom_desktop.domain.enums import Authority, Stance
from adgsom_desktop.services.position_records import (
    DefensiveLineRec,
    PositionContent,
    TheirObjectiveRec,
)

_text = st.text(max_size=12)


def _seq(elements: Any) -> Any:  # tuples as the readers build them, lists as callers may
    return st.one_of(st.tuples(), st.lists(elements, max_size=3).map(tuple), st.lists(elements))


_content = st.builds(
    PositionContent,
    objective=_text,
    stance=st.sampled_from(list(Stance)),
    opening=_text,
    fallbacks=_seq(_text),
    red_line=_text,
    authority=st.sampled_from(list(Authority)),
    points=_seq(_text),
    tactical=_text,
    their_objectives=_seq(st.builds(TheirObjectiveRec, _text, _text, _text)),
    defensive_lines=_seq(st.builds(DefensiveLineRec, _text, _text)),
    press_line=_text,
    background_releasable=_text,
    background_nfd=_text,
    owner_id=st.one_of(st.none(), st.integers(1, 10**6)),
    tags=_seq(_text),
)


def _reference(content: PositionContent) -> dict[str, Any]:
    data = asdict(content)
    data["stance"] = content.stance.value
    data["authority"] = content.authority.value
    return data


@settings(max_examples=60, deadline=None)
@given(_content)
def test_the_snapshot_is_asdict_with_the_enums_by_value(content: PositionContent) -> None:
    snap, want = content.to_snapshot(), _reference(content)
    assert snap == want
    assert list(snap) == list(want)
    assert {k: type(v) for k, v in snap.items()} == {k: type(v) for k, v in want.items()}
    assert PositionContent.from_snapshot(snap) == PositionContent.from_snapshot(want)


def test_a_thai_brief_with_every_section() -> None:
    content = PositionContent(
        objective="ท่าทีของเรา",
        stance=Stance.SUPPORT,
        fallbacks=("a", "b"),
        points=("ข้อ 1",),
        their_objectives=(TheirObjectiveRec("VN", "x", "y"),),
        defensive_lines=(DefensiveLineRec("q?", "a."),),
        owner_id=7,
        tags=("ADM2025 DO3",),
    )
    assert content.to_snapshot() == _reference(content)
