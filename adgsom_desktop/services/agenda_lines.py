"""The lines of a circulated agenda as the readers hand them over, and the list
markers secretariats number items with ("3", "3.1", "3.1.a", "(a)", "iv.",
"Item 4:", "2bis").  Pure functions over text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from ..domain.enums import Purpose
from .records import DocumentRef

_PREFIX = re.compile(r"^(?:agenda\s+)?item\s*(?:no\.?\s*)?(?=[\dIVXivx(])", re.IGNORECASE)
# "3", "3.1.a", and an item added later: "2bis", "3.1 ter" (the secretariat's Latin suffixes).
_DOTTED = re.compile(
    r"^(\d{1,3}(?:\.(?:\d{1,3}|[a-z]|[ivx]{1,5}))*(?:\s?(?:bis|ter|quater)\b)?)\.?(?:[:)\-–]|\s|$)"
)
# Past item 999 only "1000." or "1000)" is a number: "2026 Work Plan" stays a year.
_LONG_NUMBER = re.compile(r"^(\d{4})[.)](?:\s|$)")
# "4(a)", "3.1(ii)": a sub-item printed with its parent's number.
_NUMBER_BRACKET = re.compile(
    r"^(\d{1,3}(?:\.\d{1,3})*\((?:[a-z]|[ivx]{1,5}|\d{1,2})\))(?:[.:]?\s|$)"
)
_BRACKET = re.compile(r"^\((\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)(?:[.:]?\s|$)")
_CLOSE = re.compile(r"^(\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})([.)])(?:\s|$)")
BULLET = re.compile(r"^[-–•*·▪◦]\s+")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@dataclass(frozen=True)
class SourceLine:
    """A line (a paragraph, or a table row) with what its reader already knows."""

    text: str
    indent: int = 0
    level: int | None = None  # Word's list level, when the paragraph is in a list
    purpose: Purpose | None = None
    lead: str = ""
    minutes: int | None = None
    start: time | None = None
    end: time | None = None
    documents: tuple[DocumentRef, ...] = ()
    notes: str = ""  # a Remarks cell, or the explanation under the title in its cell
    row: bool = False  # a table row: it stands alone (never continues the line above)
    day: date | None = None


@dataclass
class Marker:
    style: str  # "dotted", "num", "alpha", "ALPHA", "roman", "ROMAN" (+ bracket form)
    value: str  # "3.1", "a", "iv"
    printed: str  # as printed, for the fixed number
    depth: int | None  # absolute depth for dotted numbers with 2+ parts


def roman_value(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.lower()):
        v = _ROMAN.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def marker(text: str, prev_alpha: dict[str, str]) -> tuple[Marker | None, str]:
    """The list marker at the start of ``text`` (if any) and the rest of the line."""
    text = _PREFIX.sub("", text, count=1)
    m = _LONG_NUMBER.match(text)
    if m:
        return Marker("num", m.group(1), m.group(1), None), text[m.end() :].strip()
    m = _NUMBER_BRACKET.match(text)
    if m:
        value = m.group(1)
        depth = value.count(".") + 1
        return Marker("dotted", value, value, depth), text[m.end() :].strip()
    m = _DOTTED.match(text)
    if m and not re.match(r"^\d{1,2}[:.]\d{2}\s*(?:[-–]|[ap]\.?m\b|hrs?\b)", text):  # a time
        value = m.group(1)
        parts = value.split(".")
        rest = text[m.end() :].lstrip(" :)-–\t")
        if len(parts) == 1:
            return Marker("num", value, value, None), rest
        return Marker("dotted", value, value, len(parts) - 1), rest
    for rx, form in ((_BRACKET, "()"), (_CLOSE, None)):
        m = rx.match(text)
        if not m:
            continue
        value = m.group(1)
        close = form or m.group(2)
        rest = text[m.end() :].strip()
        if value.isdigit():
            kind = "num"
        elif re.fullmatch(r"[ivxlc]+", value) and not (
            len(value) == 1 and prev_alpha.get("alpha" + close, "") == chr(ord(value) - 1)
        ):
            kind = "roman"
        elif re.fullmatch(r"[IVXLC]+", value) and not (
            len(value) == 1 and prev_alpha.get("ALPHA" + close, "") == chr(ord(value) - 1)
        ):
            kind = "ROMAN"
        elif len(value) == 1:
            kind = "alpha" if value.islower() else "ALPHA"
        else:
            return None, text
        if kind in ("alpha", "ALPHA"):
            prev_alpha[kind + close] = value
        printed = f"({value})" if close == "()" else value + (close if close == ")" else "")
        return Marker(kind + close, value, printed, None), rest
    return None, text


def starts_with_marker(text: str) -> bool:
    return marker(text.strip(), {})[0] is not None
