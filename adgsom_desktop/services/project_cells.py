"""Reading the cells of a matrix as project fields: dates, statuses, partners, amounts.

Each reader takes a cell value (text, number, date) and returns the typed value or
raises ``ValueError`` with a sentence; the importer adds the row and the column.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal

from ..domain.enums import Involvement, ProjectStatus, Stance
from ..domain.tag_text import normalise_tag
from ..domain.text import fold
from ..errors import ValidationError
from .project_matrix import Cell

_MONTHS = {
    fold(name): n
    for n in range(1, 13)
    for name in (calendar.month_name[n], calendar.month_abbr[n], calendar.month_abbr[n] + ".")
}
_MONTHS["sept"] = 9
_EXCEL_EPOCH = date(1899, 12, 30)


def text_of(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _checked(y: int, m: int, d: int, raw: str) -> date:
    if y < 100:
        y += 2000
    try:
        return date(y, m, d)
    except ValueError:
        raise ValueError(f"{raw!r} is not a date (no such day)") from None


def parse_date(value: Cell, *, end: bool = False) -> date | None:
    """A date in the usual forms; a month or year alone is its first (or, for an end, last) day.

    2026-01-12, 12/01/2026 (day first, as in ASEAN; 01/13/2026 is read month first),
    12.01.2026, 12-01-2026, 12 Jan 2026, 12 January 2026, January 12, 2026, Jan 2026,
    Jan-26, 2026-01, 2026, and Excel's serial numbers.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1990 <= value <= 2100 and float(value).is_integer():
            return date(int(value), 12, 31) if end else date(int(value), 1, 1)
        if 20_000 < value < 80_000:  # an Excel serial day number
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"{value!r} is not a date")
    raw = " ".join(str(value).split())
    if not raw or raw in ("-", "—", "n/a", "N/A", "TBC", "TBD", "tbc", "tbd"):
        return None
    s = raw.rstrip(".")
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s):
        return _checked(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", s):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        day, month = (b, a) if b > 12 and a <= 12 else (a, b)
        return _checked(y, month, day, raw)
    if m := re.fullmatch(r"(\d{4})[-/](\d{1,2})", s):
        y, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError(f"{raw!r} is not a date (no month {month})")
        return _month(y, month, end)
    if m := re.fullmatch(r"(\d{4})", s):
        y = int(m[1])
        return date(y, 12, 31) if end else date(y, 1, 1)
    words = re.split(r"[\s,\-/]+", s)
    words = [w for w in words if w]
    nums = [w for w in words if w.isdigit()]
    months = [_MONTHS[fold(w)] for w in words if fold(w) in _MONTHS]
    if len(months) == 1 and len(words) == len(nums) + 1:
        mon = months[0]
        if len(nums) == 2:  # 12 Jan 2026, January 12 2026, 2026 Jan 12
            first, second = nums
            yy, dd = (first, second) if len(first) == 4 else (second, first)
            return _checked(int(yy), mon, int(dd), raw)
        if len(nums) == 1:  # Jan 2026, Jan-26
            return _month(int(nums[0]) + (2000 if len(nums[0]) == 2 else 0), mon, end)
    raise ValueError(f"{raw!r} is not a date")


def _month(y: int, month: int, end: bool) -> date:
    return date(y, month, calendar.monthrange(y, month)[1]) if end else date(y, month, 1)


_STATUS_WORDS = {
    ProjectStatus.PROPOSED: ("proposed", "proposal", "pipeline", "concept note", "new", "planned"),
    ProjectStatus.APPROVED: ("approved", "endorsed", "agreed", "to start"),
    ProjectStatus.ONGOING: (
        "ongoing",
        "on-going",
        "on going",
        "in progress",
        "implementation",
        "under implementation",
        "active",
        "running",
    ),
    ProjectStatus.COMPLETED: ("completed", "complete", "closed", "finished", "done"),
    ProjectStatus.EXTENDED: ("extended", "extension", "extended to"),
    ProjectStatus.DROPPED: (
        "dropped",
        "cancelled",
        "canceled",
        "withdrawn",
        "discontinued",
        "terminated",
    ),
}


def parse_status(value: Cell) -> ProjectStatus | None:
    raw = fold(text_of(value)).strip(" .")
    if not raw:
        return None
    for status, words in _STATUS_WORDS.items():
        if raw in words or any(raw.startswith(w + " ") or raw.startswith(w + "(") for w in words):
            return status
    raise ValueError(
        f"{text_of(value)!r} is not a status (proposed, approved, ongoing, completed, "
        "extended, dropped)"
    )


def parse_involvement(value: Cell) -> Involvement | None:
    raw = fold(text_of(value)).strip(" .")
    if not raw:
        return None
    table = {
        Involvement.LEAD: (
            "lead",
            "co-lead",
            "colead",
            "co-lead country",
            "lead country",
            "proponent",
        ),
        Involvement.PARTICIPANT: ("participant", "participating", "participate", "member", "yes"),
        Involvement.BENEFICIARY: ("beneficiary", "recipient", "host"),
        Involvement.NONE: ("none", "no", "-", "n/a", "not involved"),
    }
    for inv, words in table.items():
        if raw in words:
            return inv
    raise ValueError(
        f"{text_of(value)!r} is not an involvement (lead, participant, beneficiary, none)"
    )


def parse_stance(value: Cell) -> Stance | None:
    raw = fold(text_of(value)).replace(" ", "_").strip("._")
    if not raw:
        return None
    for s in Stance:
        if raw in (s.value, s.short.lower()):
            return s
    raise ValueError(f"{text_of(value)!r} is not a stance (support, neutral, reserve, oppose)")


_CURRENCY = re.compile(r"\b([A-Z]{3})\b")


def parse_amount(value: Cell) -> tuple[str, str]:
    """(amount, currency found in the cell): 1250000 -> ("1250000", ""), "USD 1.2 m" too."""
    if value is None or value == "":
        return "", ""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount")
    if isinstance(value, (int, float)):
        return format(Decimal(str(value)).normalize(), "f"), ""
    raw = " ".join(str(value).split())
    currency = ""
    if m := _CURRENCY.search(raw.upper()):
        currency = m[1]
    scale = Decimal(1)
    low = raw.lower()
    if re.search(r"\d\s*(m|mn|million)\b", low):
        scale = Decimal(1_000_000)
    elif re.search(r"\d\s*(k|thousand)\b", low):
        scale = Decimal(1_000)
    digits = re.sub(r"[^\d.,]", "", raw).replace(",", "")
    if not digits or digits.count(".") > 1:
        raise ValueError(f"{raw!r} is not an amount")
    return format((Decimal(digits) * scale).normalize(), "f"), currency


def _split(value: Cell) -> list[str]:
    return [p.strip() for p in re.split(r"[,;/&\n]+|\band\b", text_of(value)) if p.strip()]


class DelegationMatcher:
    """Finds a delegation by code, name, local name or alias ("ROK", "Korea", "Việt Nam")."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str, bool]]) -> None:
        # rows: (code, name, local_name, aliases, is_member_state)
        self._names: dict[str, str] = {}
        self.member_states: list[str] = []
        for code, name, local, aliases, member in rows:
            for n in (code, name, local, *aliases.split(",")):
                if n.strip():
                    self._names.setdefault(fold(n.strip()), code)
            if member:
                self.member_states.append(code)

    def find(self, text: str) -> str | None:
        key = fold(text.strip())
        if not key:
            return None
        if key in self._names:
            return self._names[key]
        for prefix in ("asean-", "asean - ", "asean "):  # "ASEAN-Japan"
            if key.startswith(prefix) and key[len(prefix) :] in self._names:
                return self._names[key[len(prefix) :]]
        # "Japan (JAIF)": a known name as a word of the cell
        words = re.split(r"[\s()\[\]\-,]+", key)
        hits = {self._names[w] for w in words if w in self._names and len(w) > 1}
        return hits.pop() if len(hits) == 1 else None

    def partner(self, value: Cell) -> str:
        raw = text_of(value)
        if not raw or raw in ("-", "—"):
            return ""
        code = self.find(raw)
        if code is None:
            raise ValueError(f"{raw!r} is not a known partner")
        return code

    def leads(self, value: Cell) -> tuple[str, ...]:
        raw = text_of(value)
        if fold(raw) in ("all ams", "all", "all member states", "asean"):
            return tuple(self.member_states)
        out = []
        for part in _split(value):
            code = self.find(part)
            if code is None or code not in self.member_states:
                raise ValueError(f"{part!r} is not a Member State")
            out.append(code)
        return tuple(dict.fromkeys(out))


def parse_outcomes(value: Cell) -> tuple[str, ...]:
    out = []
    for part in _split(value):
        try:
            out.append(normalise_tag(part))
        except ValidationError as exc:
            raise ValueError(str(exc).rstrip(".")) from None
    return tuple(dict.fromkeys(out))
