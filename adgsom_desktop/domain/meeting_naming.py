"""How meetings are named and numbered: series, "6th" -> "7th", formal titles.

A *series* links the same meeting across years ("ADGSOM", "ADGMIN", "ADGSOM+JP",
"JWG-JP"): open action items carry over along it, and the next meeting of a
series is numbered one more than the previous one.  Pure functions: the meeting
dialog suggests, the user decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .enums import MeetingKind
from .text import fold

_FIXED_SERIES = {
    MeetingKind.SOM: "ADGSOM",
    MeetingKind.MINISTERS: "ADGMIN",
    MeetingKind.REGULATORS: "ATRC",
}


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def series_choices(kind: MeetingKind, partner_code: str = "") -> list[str]:
    """The series a meeting of this kind usually belongs to, the likeliest first."""
    code = partner_code.strip().upper()
    if kind in _FIXED_SERIES:
        return [_FIXED_SERIES[kind]]
    if kind is MeetingKind.DIALOGUE_PARTNER:
        return [f"ADGSOM+{code}", f"ADGMIN+{code}"] if code else []
    if kind is MeetingKind.JWG:
        return [f"JWG-{code}"] if code else ["JWG"]
    if kind is MeetingKind.GOVERNING_COUNCIL:
        return [f"GC-{code}"] if code else ["GC"]
    return []


def suggest_series(kind: MeetingKind, partner_code: str = "") -> str:
    choices = series_choices(kind, partner_code)
    return choices[0] if choices else ""


def next_number(
    series: str,
    meetings: Iterable[tuple[str, int | None, date | None]],
    on: date | None = None,
) -> int | None:
    """The number of a new meeting of ``series`` held ``on`` that day.

    ``meetings`` are the (series, number, date) of the meetings already in the
    store.  The previous numbered meeting of the series (by date) gives the
    number plus one: after the 6th ADGSOM comes the 7th.  A meeting entered
    before the earliest one known takes the number before it.  None when the
    series has no numbered meeting yet (the user types the first number).
    """
    key = fold(series.strip())
    if not key:
        return None
    known = [(n, d) for s, n, d in meetings if n and fold(s.strip()) == key]
    if not known:
        return None
    if on is not None:
        before = [n for n, d in known if d is not None and d < on]
        if before:
            return max(before) + 1
        after = [n for n, d in known if d is not None and d >= on]
        if after and len(after) == len(known):
            return max(1, min(after) - 1)
    return max(n for n, _d in known) + 1


def suggest_titles(
    kind: MeetingKind, number: int | None, partner_name: str = "", series: str = ""
) -> tuple[str, str]:
    """(title, short title) as ASEAN documents write them; ('', '') if there is no usual form."""
    nth = f"{ordinal(number)} " if number else ""
    partner = partner_name.strip()
    if kind is MeetingKind.SOM:
        return f"{nth}ASEAN Digital Senior Officials' Meeting (ADGSOM)", f"{nth}ADGSOM"
    if kind is MeetingKind.MINISTERS:
        return f"{nth}ASEAN Digital Ministers' Meeting (ADGMIN)", f"{nth}ADGMIN"
    if kind is MeetingKind.REGULATORS:
        return f"{nth}ASEAN Telecommunication Regulators' Council (ATRC)", f"{nth}ATRC"
    if not partner:
        return "", ""
    if kind is MeetingKind.DIALOGUE_PARTNER:
        base = "ADGMIN" if series.strip().upper().startswith("ADGMIN") else "ADGSOM"
        return f"{nth}{base}+{partner} Consultation", f"{base}+{partner}"
    if kind is MeetingKind.JWG:
        return f"{nth}ASEAN-{partner} Digital Joint Working Group", f"ASEAN-{partner} JWG"
    if kind is MeetingKind.GOVERNING_COUNCIL:
        return f"{nth}ASEAN-{partner} Governing Council", f"ASEAN-{partner} Governing Council"
    return "", ""
