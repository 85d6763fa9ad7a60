"""The header of a circulated agenda: the meeting's title, place and dates, the
classification marking, the kind of document ("Provisional Agenda (Rev.1)") and
its symbol; compared with the meeting in the store.  Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .agenda_annotations import CLASSIFICATION, DOC_SYMBOL
from .agenda_times import parse_dates
from .records import MeetingRec

_DOCUMENT = re.compile(
    r"^(?:(?:provisional|annotated|revised|draft|final|tentative|indicative|updated)\s+)*"
    r"(?:agenda|programme|program|order\s+of\s+business)\b\s*(.{0,60})$",
    re.IGNORECASE,
)
_MEETING = re.compile(
    r"\b(?:meeting|adgsom|adgmin|atrc|telsom|telmin|som|working\s+group|council|forum|"
    r"dialogue|conference|consultations?|summit|retreat|workshop|session)\b",
    re.IGNORECASE,
)
# A meeting's title names it (an ordinal, ASEAN, an acronym); an item's title that
# mentions "the Meeting" ("Opening of the Meeting") is no header line.
_NAMED = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|\w+teenth|twentieth|\w+ieth|asean|[A-Z]{3,}(?:\+\d|\+[A-Z]+)?)\b",
)
_ITEM_WORDS = re.compile(
    r"^(?:opening|adoption|closing|close|report|review|date|any|other|consideration|update|"
    r"election|welcome|remarks|summary|follow)\b",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^(venue|place|location|date|dates)\s*[:\-–]\s*(.+)$", re.IGNORECASE)
_VIRTUAL = re.compile(r"\b(?:video\s*conference|virtual|online|hybrid)\b", re.IGNORECASE)


@dataclass(frozen=True)
class AgendaHeader:
    """What the header lines of an agenda say about its meeting."""

    title: str = ""
    place: str = ""
    start: date | None = None
    end: date | None = None
    classification: str = ""
    document: str = ""  # "Provisional Agenda (Rev.1)"
    symbol: str = ""  # "ADGSOM/2027/AGENDA/Rev.1"

    @property
    def empty(self) -> bool:
        return self == AgendaHeader()

    @property
    def dates(self) -> str:
        return _days(self.start, self.end)


@dataclass(frozen=True)
class HeaderDifference:
    """One fact of the meeting that the agenda gives differently (or that the store lacks)."""

    field: str  # "title", "venue", "dates"
    label: str
    stored: str
    circulated: str


def _days(start: date | None, end: date | None) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return f"{start:%d %b %Y}"
    return f"{start:%d %b} - {end:%d %b %Y}"


def read_header_line(text: str, header: AgendaHeader, *, before_items: bool) -> AgendaHeader | None:
    """``header`` with what ``text`` adds, or None when the line is no header line.

    The classification marking is recognised anywhere (it is printed at the top
    and bottom of every page); the other facts only before the first item.
    """
    body = " ".join(text.split()).strip(" *_")
    if not body or len(body) > 200:
        return None
    if CLASSIFICATION.match(body):
        return header if header.classification else replace(header, classification=body.upper())
    if not before_items:
        return None
    if DOC_SYMBOL.fullmatch(body) and re.search(r"\d", body):
        return replace(header, symbol=header.symbol or body)
    m = _DOCUMENT.match(body)
    if m and not _MEETING.search(m.group(1) or ""):
        return replace(header, document=header.document or body)
    labelled = _LABELLED.match(body)
    if labelled:
        key, value = labelled.group(1).lower(), labelled.group(2).strip()
        if key.startswith("date"):
            found = parse_dates(value)
            if found:
                return replace(header, start=found[0], end=found[1])
            return None
        return replace(header, place=header.place or value)
    found = parse_dates(body)
    if found is not None and header.start is None:
        start, end, rest = found
        place = rest.strip(" ,;:-–") if len(rest.split()) <= 10 else ""
        return replace(header, start=start, end=end, place=header.place or place)
    if _VIRTUAL.search(body) and len(body.split()) <= 6:
        return replace(header, place=header.place or body)
    if (
        _MEETING.search(body)
        and _NAMED.search(body)
        and not _ITEM_WORDS.match(body)
        and not header.title
        and len(body.split()) >= 2
    ):
        return replace(header, title=body.strip(" ,;:"))
    return None


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def differences(header: AgendaHeader, meeting: MeetingRec) -> tuple[HeaderDifference, ...]:
    """What the agenda's header says that the stored meeting does not."""
    out: list[HeaderDifference] = []
    if header.title:
        got = _norm(header.title)
        names = [_norm(n) for n in (meeting.title, meeting.short_title) if n]
        if not any(n == got or (len(n) >= 6 and n in got) for n in names):
            out.append(HeaderDifference("title", "Title", meeting.title, header.title))
    if header.place:
        place, venue = _norm(header.place), _norm(meeting.venue)
        first = _norm(header.place.split(",")[0])
        if not venue or not (place in venue or venue in place or (first and first in venue)):
            out.append(HeaderDifference("venue", "Venue", meeting.venue, header.place))
    if header.start is not None:
        stored_end = meeting.end_date or meeting.date
        given_end = header.end or header.start
        if meeting.date != header.start or stored_end != given_end:
            out.append(
                HeaderDifference(
                    "dates", "Dates", _days(meeting.date, meeting.end_date), header.dates
                )
            )
    return tuple(out)
