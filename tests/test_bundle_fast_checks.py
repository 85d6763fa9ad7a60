"""Opening a bundle checks every field with checks made once per kind, and a text by the
store's rules without building its cleaned copy (``sync/content_checks``, #17 speed).
Each fast path must decide exactly as the full rule does, with the same words when it
refuses: a bundle refused or let in by one and not the other would be a new behaviour."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adgsom_desktop.domain.text import clean_text
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.sync import content_checks
from adgsom_desktop.services.sync.content_checks import checked_text
from adgsom_desktop.services.sync.kinds import SPECS, Kind


def _rule(value: Any, what: str, limit: int) -> str:
    """The check as it was: ``clean_text`` builds the text as stored, which must be it."""
    if not isinstance(value, str):
        raise ValidationError("{what}: expected text", what=what)
    if clean_text(value, what, max_len=limit) != value:
        raise ValidationError("{what}: text not as the app stores it", what=what)
    return value


def _outcome(check: Any, *args: Any) -> tuple[str, str]:
    try:
        check(*args)
    except (ValidationError, ValueError, TypeError, KeyError) as exc:
        return type(exc).__name__, str(exc)
    return "ok", ""


# what makes a text differ from its stored form: controls, CR, tab and newline (kept),
# combining marks (NFD), lone surrogates, Thai, quotes; and plain letters
_CHARS = st.sampled_from(
    list("aZ 9.\"'\\\t\n\r\x00\x07\x0b\x0c\x1b\x7f\u0301\u0e01\u0e34\u00e9\u2028\ud800\udfff")
)
_TEXTS = st.one_of(
    st.text(_CHARS, max_size=12),
    st.text(max_size=12),
    st.builds(lambda t: unicodedata.normalize("NFD", t), st.text(max_size=8)),
)


@settings(max_examples=600, deadline=None)
@given(value=_TEXTS, limit=st.sampled_from([0, 3, 8, 200_000]))
def test_a_text_passes_or_is_refused_as_the_full_rule_says(value: str, limit: int) -> None:
    assert _outcome(checked_text, value, "field", limit) == _outcome(_rule, value, "field", limit)


@pytest.mark.parametrize("value", [None, 3, 2.5, True, ["a"], {"a": 1}, b"a"])
def test_a_value_that_is_not_text_is_refused_as_before(value: Any) -> None:
    assert _outcome(checked_text, value, "f", 10) == _outcome(_rule, value, "f", 10)


_VALUES: list[Any] = [
    None, "", "a" * 32, "A" * 32, "a" * 31, "a" * 32 + "\n", "g" * 32, "TH", "x" * 17,
    "text\r\nwith CR", "ข้อความ", "e\u0301", "\x00", "\ud800", "2026-01-12", "2026-13-01",
    "09:30:00", "9:30", "2026-01-12T09:30:00", "2026-01-12 09:30:00.000001", "tomorrow",
    0, 1, -5, 10**9, 10**10, True, False, 2.5, [], ["a"], {"a": 1},
]  # fmt: skip


def test_each_fields_check_decides_as_the_field_rule() -> None:
    """Every field of every kind, given every sort of value (each enum's own values
    too): the check made for it passes exactly what ``_field`` passes and refuses the
    rest with the same error."""
    compared = 0
    for kind, spec in SPECS.items():
        for f, (name, check) in zip(spec.fields, content_checks._fields(kind), strict=True):
            assert name == f.name
            column_type = spec.table.c[f.column].type
            values = list(_VALUES)
            enum_class = getattr(column_type, "enum_class", None)
            if enum_class is not None:
                values += [m.value for m in enum_class] + [m.name for m in enum_class]
            for value in values:
                slow = _outcome(content_checks._field, kind, name, f.conv, column_type, value)
                assert _outcome(check, value) == slow, (kind, name, value)
                compared += 1
    assert compared > 3000


def test_a_note_with_a_bad_field_is_refused_with_the_fields_words() -> None:
    note = {f.name: None for f in SPECS[Kind.NOTE].fields}
    content_checks.check_content(Kind.NOTE, note)  # nothing set: nothing wrong
    for name, value, words in (
        ("meeting", "not a uuid", "meeting: bad link"),
        ("kind", "shouting", "is not a valid"),
        ("text", "line\rbreak", "text: text not as the app stores it"),
        ("speaker", "x" * 17, "speaker"),
        ("taken_at", "noon", "Invalid isoformat"),
    ):
        with pytest.raises((ValidationError, ValueError)) as refused:
            content_checks.check_content(Kind.NOTE, {**note, name: value})
        assert words in str(refused.value), name
