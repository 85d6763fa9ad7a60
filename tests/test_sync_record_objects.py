"""The exchange's per-record objects (#17): ``canon.Current``, ``state.Held`` and
``merge.Incoming`` set their fields in one call instead of the generated frozen
``__init__``; they must behave as the generated dataclasses do (same fields, defaults,
equality, hash, repr, ``replace``, frozen)."""

from __future__ import annotations

import dataclasses

import pytest

from adgsom_desktop.services.sync.canon import Current
from adgsom_desktop.services.sync.kinds import Kind
from adgsom_desktop.services.sync.merge import Incoming
from adgsom_desktop.services.sync.revs import RevState
from adgsom_desktop.services.sync.state import Held


def _generated(cls: type) -> type:
    """The same class as ``@dataclass(frozen=True)`` would make it, ``__init__`` included."""
    fields = [
        (f.name, f.type, dataclasses.field(default=f.default, compare=f.compare, repr=f.repr))
        if f.default is not dataclasses.MISSING
        else (f.name, f.type, dataclasses.field(compare=f.compare, repr=f.repr))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, fields, frozen=True)


STATE = RevState("r1", 2, ("r0",), "h")
CASES = [
    (Current, ("k", Kind.NOTE, "m", {"text": "ก"}, 7), {}),
    (Current, ("k", Kind.NOTE, "m", None, None), {}),
    (Held, ("k", Kind.ITEM, "m", STATE, {"a": 1}, 3), {}),
    (Held, ("k", Kind.ITEM, "m", STATE, None, None), {"withheld": "brief.notes"}),
    (Incoming, ("k", Kind.POSITION, "m", "r1", 2, ("r0",), {"b": [1.0]}), {}),
    (
        Incoming,
        ("k", Kind.POSITION, "m", "r1", 2, ("r0",), None),
        {"withheld": ("brief",), "hashed": (None, "h")},
    ),
]


@pytest.mark.parametrize(("cls", "args", "kwargs"), CASES)
def test_same_as_the_generated_dataclass(cls: type, args: tuple, kwargs: dict) -> None:
    ref_cls = _generated(cls)
    ours, ref = cls(*args, **kwargs), ref_cls(*args, **kwargs)
    assert dataclasses.astuple(ours) == dataclasses.astuple(ref)
    assert vars(ours) == vars(ref)
    assert list(vars(ours)) == list(vars(ref))  # the fields in the same order
    assert repr(ours) == repr(ref).replace(ref_cls.__qualname__, cls.__qualname__, 1)
    by_name = cls(**{f.name: getattr(ours, f.name) for f in dataclasses.fields(cls)})
    assert by_name == ours
    try:
        expected = hash(ref)
    except TypeError:  # a content dict: neither hashes
        with pytest.raises(TypeError):
            hash(ours)
    else:
        assert hash(ours) == expected and hash(by_name) == expected
    changed = dataclasses.replace(ours, key="other")
    assert changed.key == "other" and changed != ours
    assert dataclasses.replace(changed, key="k") == ours
    with pytest.raises(dataclasses.FrozenInstanceError):
        ours.key = "x"  # type: ignore[misc]


def test_defaults_and_compare_as_declared() -> None:
    held = Held("k", Kind.NOTE, "m", STATE, None, None)
    assert held.withheld == ""
    inc = Incoming("k", Kind.NOTE, "m", "r", 1, (), {"a": 1})
    assert inc.withheld == () and inc.hashed is None
    hashed = Incoming("k", Kind.NOTE, "m", "r", 1, (), inc.content, hashed=(inc.content, "x"))
    assert hashed == inc  # ``hashed`` is not compared
    assert "hashed" not in repr(inc)
    with pytest.raises(TypeError):
        Current("k", Kind.NOTE, "m", None)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Incoming("k", Kind.NOTE, "m", "r", 1, (), None, (), None, 1)  # type: ignore[call-arg]
