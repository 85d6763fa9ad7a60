"""The language a document is printed in (Qt-free): a pack or report in Thai or Vietnamese.

``printing_in("th", buddhist_era=True)`` holds for one build (a context variable, so a
build in a worker thread does not change another's); inside it ``translate("Pack", text)``
gives the catalogue's translation (``resources/i18n/adgsom_th.ts``, read with
``xml.etree``) and ``long_date`` writes the language's dates. Outside it, English.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime

from . import SOURCE_LANGUAGE, supported

_language: ContextVar[str] = ContextVar("print_language", default=SOURCE_LANGUAGE)
_buddhist_era: ContextVar[bool] = ContextVar("print_buddhist_era", default=False)

MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "th": (
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ),
}  # fmt: skip


@contextmanager
def printing_in(language: str = "", buddhist_era: bool = False) -> Iterator[str]:
    """Print in ``language`` ("" or unknown: English) until the block ends."""
    code = supported(language)
    lang_token = _language.set(code)
    era_token = _buddhist_era.set(buddhist_era and code == "th")
    try:
        yield code
    finally:
        _language.reset(lang_token)
        _buddhist_era.reset(era_token)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue where it is translated later (an f-string)."""
    return text


def language() -> str:
    return _language.get()


def translate(context: str, text: str) -> str:
    """``text`` in the printing language (``lupdate`` reads ``translate("Pack", "...")``)."""
    code = _language.get()
    if code == SOURCE_LANGUAGE:
        return text
    from .catalogue import load  # (its xml reader: not imported to paint the window)

    return load(code).translate(context, text)


def long_date(d: date | datetime | None) -> str:
    """ "12 January 2026", "12 มกราคม 2026" (พ.ศ. 2569 in the Buddhist Era),
    "ngày 12 tháng 1 năm 2026"."""
    if d is None:
        return ""
    code = _language.get()
    if code == "vi":
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    if code == "th":
        if _buddhist_era.get():
            return f"{d.day} {MONTHS['th'][d.month - 1]} พ.ศ. {d.year + 543}"
        return f"{d.day} {MONTHS['th'][d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "th": ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"),
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
}


def day_month(d: date | datetime) -> str:
    """A date without its year: "12 January", "12 มกราคม", "ngày 12 tháng 1"."""
    code = _language.get()
    if code == "vi":
        return f"ngày {d.day} tháng {d.month}"
    return f"{d.day} {MONTHS['th' if code == 'th' else 'en'][d.month - 1]}"


def weekday(d: date | datetime) -> str:
    """The day's name in the printing language: "Monday", "วันจันทร์", "Thứ Hai"."""
    return WEEKDAYS.get(_language.get(), WEEKDAYS["en"])[d.weekday()]


SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "th": (
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ),
}  # fmt: skip


def year(y: int) -> str:
    """A year as the printing language counts it (พ.ศ. 2569 for 2026 in the Buddhist Era)."""
    return f"พ.ศ. {y + 543}" if _buddhist_era.get() else str(y)


def month_year(d: date | datetime | None) -> str:
    """ "Jan 2026", "ม.ค. 2026" (ม.ค. 2569 in the Buddhist Era), "tháng 1/2026"; "?" if None."""
    if d is None:
        return "?"
    code = _language.get()
    if code == "vi":
        return f"tháng {d.month}/{d.year}"
    if code == "th":
        return (
            f"{SHORT_MONTHS['th'][d.month - 1]} {d.year + 543 if _buddhist_era.get() else d.year}"
        )
    return f"{SHORT_MONTHS['en'][d.month - 1]} {d.year}"


def date_span(start: date | None, end: date | None = None) -> str:
    """A meeting's days: "12-13 Jan 2026" (English, as the app shows them), "12-13 มกราคม
    2026" (พ.ศ. 2569), "ngày 12-13 tháng 1 năm 2026"; "" when undated."""
    if start is None:
        return ""
    code = _language.get()
    if end is None or end == start:
        return f"{start:%d %b %Y}" if code == SOURCE_LANGUAGE else long_date(start)
    if code == SOURCE_LANGUAGE:
        if (end.year, end.month) == (start.year, start.month):
            return f"{start:%d}-{end:%d %b %Y}"
        return f"{start:%d %b} - {end:%d %b %Y}"
    if (end.year, end.month) == (start.year, start.month):
        if code == "vi":
            return f"ngày {start.day}-{end.day} tháng {end.month} năm {end.year}"
        return f"{start.day}-{long_date(end)}"
    if end.year == start.year:
        return f"{day_month(start)} - {long_date(end)}"
    return f"{long_date(start)} - {long_date(end)}"


def short_date(d: date | datetime | None) -> str:
    """A date in a table cell: ISO in English ("2026-03-31"), else the language's long date."""
    if d is None:
        return ""
    return d.isoformat()[:10] if _language.get() == SOURCE_LANGUAGE else long_date(d)


def number(value: float, decimals: int = 0) -> str:
    """A number grouped as the language writes it: "1,250,000" (English, Thai),
    "1.250.000" (Vietnamese)."""
    text = f"{value:,.{decimals}f}"
    if _language.get() == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
