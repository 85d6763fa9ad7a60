"""Agenda numbering: 3, 3.1, 3.1.a, 3.1.a.i - from the structure, unless fixed by hand."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class NumberingInput:
    id: int
    parent_id: int | None
    ord: int
    fixed_number: str | None  # a hand-set number ("2bis"), or None to compute


def _letters(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out += numeral
            n -= value
    return out


def _segment(depth: int, n: int) -> str:
    if depth <= 1:
        return str(n)
    if depth == 2:
        return _letters(n)
    if depth == 3:
        return _roman(n)
    return str(n)


def compute_numbers(items: Iterable[NumberingInput]) -> dict[int, str]:
    """Number every item; a fixed number is kept and does not use up a count."""
    children: dict[int | None, list[NumberingInput]] = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)
    for siblings in children.values():
        siblings.sort(key=lambda i: (i.ord, i.id))
    result: dict[int, str] = {}

    def walk(parent_id: int | None, prefix: str, depth: int) -> None:
        count = 0
        for item in children.get(parent_id, []):
            if item.fixed_number:
                number = item.fixed_number
            else:
                count += 1
                seg = _segment(depth, count)
                number = f"{prefix}.{seg}" if prefix else seg
            result[item.id] = number
            walk(item.id, number, depth + 1)

    walk(None, "", 0)
    return result


def depth_first(items: Iterable[NumberingInput]) -> list[tuple[int, int]]:
    """(id, depth) in agenda reading order."""
    children: dict[int | None, list[NumberingInput]] = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)
    for siblings in children.values():
        siblings.sort(key=lambda i: (i.ord, i.id))
    out: list[tuple[int, int]] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for item in children.get(parent_id, []):
            out.append((item.id, depth))
            walk(item.id, depth + 1)

    walk(None, 0)
    return out
