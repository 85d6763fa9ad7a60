"""An import remembers a written record's revision with the hash of what came in when it
holds exactly that (``revs.hash_as``, #17 speed): ``same_content`` must never call two
contents the same whose canonical texts differ (their hashes would), whatever Python's
``==`` says (``1 == 1.0 == True``)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from adgsom_desktop.services.sync.revs import canonical_json, content_hash, hash_as, same_content

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1.0, 2.0]),
    st.text(max_size=4),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.sampled_from(["a", "b", "c"]), inner, max_size=3),
    ),
    max_leaves=8,
)


@settings(max_examples=400, deadline=None)
@given(VALUES, VALUES)
def test_the_same_only_when_the_canonical_texts_are(a: Any, b: Any) -> None:
    if same_content(a, b):
        assert canonical_json(a) == canonical_json(b)


@settings(max_examples=200, deadline=None)
@given(VALUES)
def test_a_content_read_back_from_its_text_is_the_same(a: Any) -> None:
    """As an import's contents are: decoded from JSON, or built of the same values."""
    text = canonical_json(a)
    if "NaN" not in text:  # NaN equals nothing, not even itself: hashed, never vouched for
        assert same_content(json.loads(text), json.loads(text))
    assert same_content(a, a)


def test_equal_values_of_other_types_are_not_the_same() -> None:
    for a, b in [
        ({"n": 1}, {"n": 1.0}),
        ({"n": 1}, {"n": True}),
        ({"n": 0.0}, {"n": -0.0}),
        ([1, 2], (1, 2)),
        ({1: "x"}, {True: "x"}),
        ({"a": None}, {"b": None}),
        ({"a": 1}, {"a": 1, "b": 2}),
    ]:
        assert not same_content(a, b)
        assert not same_content(b, a)


def test_hash_as_takes_the_known_hash_only_for_the_same_text() -> None:
    came = {"text": "ข้อความ", "at": "2026-01-12T10:32:00", "n": 1}
    known = (came, content_hash(came))
    assert hash_as(dict(came), known) == known[1]
    other = {**came, "n": 1.0}
    assert hash_as(other, known) == content_hash(other) != known[1]
    assert hash_as(other, None) == content_hash(other)
    assert hash_as(None, (None, content_hash(None))) == content_hash(None)  # a deletion
