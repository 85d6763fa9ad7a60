"""Reading a provisional agenda as circulated: plain text or a Word .docx file.

Nothing is written here: the importer returns an ``ImportPreview`` (each line
with its level, title, printed number, purpose, lead and time) that the user
checks, and ``AgendaService.import_items`` writes the chosen lines.

Lines are numbered any way secretariats number them ("3", "3.1", "3.1.a",
"(a)", "iv.", "Item 4:"), indented with spaces or tabs, or not numbered at all
(then indentation gives the level).  Word's automatic numbering holds no number
in the text; the .docx reader rebuilds it from the numbering definitions and
uses the list level.  Agendas laid out as tables (No. | Item | Purpose | Lead |
Time) are read row by row.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain.enums import Purpose
from ..domain.text import MAX_TITLE
from ..errors import ValidationError
from .agenda_docx import DocxLine, read_docx_lines
from .agenda_records import ImportedItem, ImportPreview
from .import_limits import check_file_size, check_office_package, check_text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_PREFIX = re.compile(r"^(?:agenda\s+)?item\s*(?:no\.?\s*)?(?=[\dIVXivx(])", re.IGNORECASE)
# "3", "3.1.a", and an item added later: "2bis", "3.1 ter" (the secretariat's Latin suffixes).
_DOTTED = re.compile(
    r"^(\d{1,3}(?:\.(?:\d{1,3}|[a-z]|[ivx]{1,5}))*(?:\s?(?:bis|ter|quater)\b)?)\.?(?:[:)\-–]|\s|$)"
)
# Past item 999 only "1000." or "1000)" is a number: "2026 Work Plan" stays a year.
_LONG_NUMBER = re.compile(r"^(\d{4})[.)](?:\s|$)")
_BRACKET = re.compile(r"^\((\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)(?:[.:]?\s|$)")
_CLOSE = re.compile(r"^(\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})([.)])(?:\s|$)")
_BULLET = re.compile(r"^[-–•*·▪◦]\s+")
_PURPOSE = re.compile(
    r"[\(\[]?\s*\bfor\s+(information|discussion|endorsement|decision|adoption|approval|"
    r"noting|consideration|guidance)\b\s*[\)\]]?[.;,]?",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"[\(\[]\s*(?:lead|led\s+by|presenter|presented\s+by|by)\s*[:\-–]?\s*([^)\]]{1,120})[\)\]]",
    re.IGNORECASE,
)
_MINUTES = re.compile(
    r"[\(\[]\s*(?:(\d{1,2})\s*(?:h|hr|hrs|hour|hours)\s*)?(?:(\d{1,3})\s*(?:min|mins|minutes|m)\b)?\s*[\)\]]",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"^\s*(\d{1,2})[:.h]?(\d{2})\s*(?:hrs?)?\s*[-–—]\s*(\d{1,2})[:.h]?(\d{2})\s*(?:hrs?)?\s+"
)
_PURPOSES = {
    "information": Purpose.INFORMATION,
    "noting": Purpose.INFORMATION,
    "discussion": Purpose.DISCUSSION,
    "consideration": Purpose.DISCUSSION,
    "guidance": Purpose.DISCUSSION,
    "endorsement": Purpose.ENDORSEMENT,
    "decision": Purpose.DECISION,
    "approval": Purpose.DECISION,
    "adoption": Purpose.ADOPTION,
}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@dataclass
class _Line:
    indent: int
    text: str
    level_hint: int | None = None
    purpose: Purpose | None = None
    lead: str = ""
    minutes: int | None = None


@dataclass
class _Marker:
    style: str  # "dotted", "num", "alpha", "ALPHA", "roman", "ROMAN" (+ bracket form)
    value: str  # "3.1", "a", "iv"
    printed: str  # as printed, for the fixed number
    depth: int | None  # absolute depth for dotted numbers with 2+ parts


def _roman_value(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.lower()):
        v = _ROMAN.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _marker(text: str, prev_alpha: dict[str, str]) -> tuple[_Marker | None, str]:
    """The list marker at the start of ``text`` (if any) and the rest of the line."""
    text = _PREFIX.sub("", text, count=1)
    m = _LONG_NUMBER.match(text)
    if m:
        return _Marker("num", m.group(1), m.group(1), None), text[m.end() :].strip()
    m = _DOTTED.match(text)
    if m and not re.match(r"^\d{1,2}[:.]\d{2}\s*[-–]", text):  # not a clock time
        value = m.group(1)
        parts = value.split(".")
        rest = text[m.end() :].lstrip(" :)-–\t")
        if len(parts) == 1:
            return _Marker("num", value, value, None), rest
        return _Marker("dotted", value, value, len(parts) - 1), rest
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
        return _Marker(kind + close, value, printed, None), rest
    return None, text


def _extract(line: _Line) -> tuple[str, Purpose | None, str, int | None]:
    """Title without its purpose, lead and time annotations, and those annotations."""
    text = line.text
    minutes = line.minutes
    clock = _CLOCK.match(text)
    if clock:
        h1, m1, h2, m2 = (int(g) for g in clock.groups())
        span = (h2 * 60 + m2) - (h1 * 60 + m1)
        if 0 < span <= 24 * 60 and minutes is None:
            minutes = span
        text = text[clock.end() :]
    purpose = line.purpose
    m = _PURPOSE.search(text)
    if m:
        purpose = purpose or _PURPOSES[m.group(1).lower()]
        text = text[: m.start()] + text[m.end() :]
    lead = line.lead
    m = _LEAD.search(text)
    if m:
        lead = lead or m.group(1).strip()
        text = text[: m.start()] + text[m.end() :]
    m = _MINUTES.search(text)
    if m and (m.group(1) or m.group(2)):
        if minutes is None:
            minutes = int(m.group(1) or 0) * 60 + int(m.group(2) or 0)
        text = text[: m.start()] + text[m.end() :]
    title = " ".join(text.split()).strip(" -–—:;")
    return title, purpose, lead, minutes if minutes is None or minutes <= 24 * 60 else None


def _clean(text: str) -> tuple[str, int]:
    """Text without control characters (Word's line breaks become spaces); count removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", " ").replace("\f", "\n")
    removed = len(_CONTROL.findall(text))
    return unicodedata.normalize("NFC", _CONTROL.sub("", text)), removed


def _indent(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch == " " or ch == "\u00a0":
            width += 1
        elif ch == "\t":
            width += 4
        else:
            break
    return width


def parse_lines(lines: list[_Line], source: str, warnings: list[str]) -> ImportPreview:
    prev_alpha: dict[str, str] = {}
    parsed: list[tuple[_Line, _Marker | None, str, bool]] = []  # line, marker, rest, bullet
    for line in lines:
        body = line.text.strip()
        bullet = bool(_BULLET.match(body))
        if bullet:
            parsed.append((line, None, _BULLET.sub("", body), True))
            continue
        marker, rest = _marker(body, prev_alpha)
        parsed.append((line, marker, rest if marker else body, False))
    numbered = any(m is not None for _l, m, _r, _b in parsed)
    items: list[ImportedItem] = []
    styles: list[str] = []  # style of each level, top first
    numbers: list[str] = []  # full printed number of the last item at each level
    indents: list[int] = sorted({ln.indent for ln, _m, _r, _b in parsed})
    seen_number = False
    prev_blank = True
    for line, marker, rest, bullet in parsed:
        if not rest.strip() and marker is None:
            prev_blank = True
            continue
        if seen_number and marker is None and not bullet and items and not prev_blank:
            # A wrapped line continues the previous item's title.
            last = items[-1]
            more = _Line(line.indent, rest)
            title, purpose, lead, minutes = _extract(more)
            items[-1] = replace(
                last,
                title=f"{last.title} {title}".strip()[:MAX_TITLE],
                purpose=last.purpose or purpose,
                lead_text=last.lead_text or lead,
                est_minutes=last.est_minutes if last.est_minutes is not None else minutes,
            )
            continue
        prev_blank = False
        if marker is not None:
            seen_number = True
            key = marker.style if marker.depth is None else f"dotted{marker.depth}"
            if line.level_hint is not None:
                level = line.level_hint
            elif key in styles:
                level = styles.index(key)
            elif marker.depth is not None:
                level = marker.depth
            else:
                level = len(styles)
            level = min(level, len(styles))
            del styles[level:], numbers[level:]
            styles.append(key)
            parent = numbers[-1] if numbers else ""
            bracket = marker.printed.startswith("(")
            if marker.style == "dotted":
                full = marker.value
            elif not parent:
                full = marker.printed if bracket else marker.value
            else:
                full = f"{parent}{marker.printed}" if bracket else f"{parent}.{marker.value}"
            numbers.append(full)
            number = full
        else:
            level = line.level_hint if line.level_hint is not None else indents.index(line.indent)
            if numbered:
                level = max(0, min(level, len(styles)))
            number = ""
        title, purpose, lead, minutes = _extract(
            _Line(line.indent, rest, None, line.purpose, line.lead, line.minutes)
        )
        if not title:
            continue
        if len(title) > MAX_TITLE:
            warnings.append(f"A title was cut to {MAX_TITLE} characters: {title[:60]}…")
            title = title[:MAX_TITLE]
        include = seen_number or not numbered
        items.append(ImportedItem(level, title, number, purpose, lead, minutes, number, include))
    if not items:
        raise ValidationError(
            f"No agenda items were found in {source}. Paste or choose the agenda itself: "
            "one item per line, numbered (1, 2, 2.1 ...) or indented."
        )
    skipped = [i.title for i in items if not i.include]
    if skipped:
        warnings.append(
            f"{len(skipped)} line(s) before the first numbered item look like headings "
            "and are left out (tick them to import them)."
        )
    return ImportPreview(source, tuple(_normalise_levels(items)), tuple(warnings))


def _normalise_levels(items: list[ImportedItem]) -> list[ImportedItem]:
    """No item more than one level below the one before it; the first at the top."""
    out: list[ImportedItem] = []
    prev = -1
    for item in items:
        level = max(0, min(item.level, prev + 1))
        out.append(replace(item, level=level))
        prev = level
    return out


def with_numbers(preview: ImportPreview, keep: bool) -> ImportPreview:
    """Keep the printed numbers as fixed numbers (``keep``), or number automatically."""
    return replace(
        preview,
        items=tuple(replace(i, fixed_number=i.number if keep else "") for i in preview.items),
    )


class AgendaImporter:
    """Reads agendas into previews (no store needed; nothing is written)."""

    def from_text(self, text: str, source: str = "pasted text") -> ImportPreview:
        check_text(source[:1].upper() + source[1:], text)
        text, removed = _clean(text)
        warnings = [f"{removed} control character(s) were removed."] if removed else []
        raw_lines = text.split("\n")
        lines = [_Line(_indent(raw), raw.strip()) for raw in raw_lines]
        return parse_lines(lines, source, warnings)

    def from_text_file(self, path: Path) -> ImportPreview:
        data = _read_file(path)
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ValidationError(
                f"{path.name} is not a text file. Choose a .txt file, or a .docx for Word."
            )
        for encoding in ("utf-8-sig", "utf-16"):
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            try:
                return self.from_text(data.decode(encoding), path.name)
            except UnicodeDecodeError:
                continue
        raise ValidationError(
            f"{path.name} is not UTF-8 text. Save it as UTF-8 (Unicode) text and try again."
        )

    def from_docx(self, path: Path) -> ImportPreview:
        data = _read_file(path)
        check_office_package(path.name, data)
        lines: list[DocxLine] = read_docx_lines(path, data)
        warnings: list[str] = []
        removed = 0
        parsed = []
        for ln in lines:
            text, n = _clean(ln.text)
            removed += n
            for part in text.split("\n"):
                parsed.append(
                    _Line(_indent(part), part.strip(), ln.level, ln.purpose, ln.lead, ln.minutes)
                )
        if removed:
            warnings.append(f"{removed} control character(s) were removed.")
        return parse_lines(parsed, path.name, warnings)

    def from_file(self, path: Path) -> ImportPreview:
        """A .docx through Word's structure; anything else as plain text."""
        if path.suffix.lower() in (".docx", ".docm", ".doc", ".dotx"):
            return self.from_docx(path)
        return self.from_text_file(path)


def _read_file(path: Path) -> bytes:
    try:
        check_file_size(path.name, path.stat().st_size)
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"{path.name} does not exist.") from None
    except IsADirectoryError:
        raise ValidationError(f"{path.name} is a folder, not a file.") from None
    except PermissionError:
        raise ValidationError(f"{path.name} cannot be read (no permission).") from None
