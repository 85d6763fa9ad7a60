"""Agenda numbering: 3, 3.1, 3.1.a, 3.1.a.i - from the structure, unless fixed by hand."""

from __future__ import annotations

import re
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


_ROMAN_VALUES = {numeral: value for value, numeral in _ROMAN}
_LEADING = {
    "digits": re.compile(r"(\d+)(.*)", re.DOTALL),
    "letters": re.compile(r"([a-z]+)(.*)", re.DOTALL),
}


def _from_roman(text: str) -> int | None:
    total, i = 0, 0
    while i < len(text):
        two = text[i : i + 2]
        if len(two) == 2 and two in _ROMAN_VALUES:
            total, i = total + _ROMAN_VALUES[two], i + 2
        elif text[i] in _ROMAN_VALUES:
            total, i = total + _ROMAN_VALUES[text[i]], i + 1
        else:
            return None
    return total if total and _roman(total) == text else None


def _from_letters(text: str) -> int:
    n = 0
    for ch in text:
        n = n * 26 + ord(ch) - ord("a") + 1
    return n


def _position_in_count(fixed: str, prefix: str, depth: int) -> int | None:
    """Where a hand-set number sits in its level's count: "5" -> 5, "2bis" -> 2.

    The number must extend its parent's number ("3.2bis" under 3; at the top
    level any number) by a segment in this level's style (digits; letters at the
    third level, 3.1.a; roman numerals at the fourth, 3.1.a.ii) that may be followed by a
    suffix ("bis", " ter", "A"; after letters only with a space or a sign
    between) but not by another level ("3.1" at the top level
    is not a place in the top-level count).  Anything else ("Annex", "AOB")
    sits outside the count: None.
    """
    if prefix:
        if not fixed.startswith(prefix + "."):
            return None
        fixed = fixed[len(prefix) + 1 :]
    style = "letters" if depth in (2, 3) else "digits"
    match = _LEADING[style].fullmatch(fixed.casefold())
    if match is None:
        return None
    head, rest = match.groups()
    if "." in rest or (style == "letters" and rest[:1].isalpha()):
        return None
    if style == "digits":
        return int(head)
    if depth == 3:
        return _from_roman(head)
    return _from_letters(head)


def compute_numbers(items: Iterable[NumberingInput]) -> dict[int, str]:
    """Number every item from the structure; numbers fixed by hand are kept.

    How automatic numbering goes on around a number fixed by hand (the way a
    secretariat numbers a provisional agenda):

    - A fixed number that takes a place in its level's count ("5", "2bis",
      "3.2bis" under item 3) sets the count: the next sibling numbered
      automatically continues after it.  Items A, B, C, D with B fixed as "5"
      are numbered 1, 5, 6, 7; an item fixed as "2bis" after item 2 is
      followed by 3 (and so is an item fixed as "2bis" that comes straight
      after item 1: the count never goes back).
    - A fixed number outside the count ("Annex", "AOB", "3.1" at the top level)
      uses up nothing: the count goes on as if it were not there.
    - Automatic numbering never gives a number that an item holds already:
      a number fixed anywhere on the agenda, or one given earlier, is skipped
      (item C after a fixed "3" placed further down becomes 4).  So two items
      never share a number, whatever order the items are moved into.
    """
    children: dict[int | None, list[NumberingInput]] = defaultdict(list)
    fixed_numbers: set[str] = set()
    for item in items:
        children[item.parent_id].append(item)
        if item.fixed_number:
            fixed_numbers.add(item.fixed_number)
    for siblings in children.values():
        siblings.sort(key=lambda i: (i.ord, i.id))
    result: dict[int, str] = {}
    given: set[str] = set()

    def walk(parent_id: int | None, prefix: str, depth: int) -> None:
        count = 0
        for item in children.get(parent_id, []):
            if item.fixed_number:
                number = item.fixed_number
                place = _position_in_count(number, prefix, depth)
                if place is not None:
                    count = max(count, place)
            else:
                while True:
                    count += 1
                    seg = _segment(depth, count)
                    number = f"{prefix}.{seg}" if prefix else seg
                    if number not in fixed_numbers and number not in given:
                        break
            given.add(number)
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
