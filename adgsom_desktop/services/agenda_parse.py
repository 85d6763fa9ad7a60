"""Turning the lines of a circulated agenda into preview rows: markers and levels,
wrapped titles, explanations of annotated agendas, programme rows, days, the header.
Pure (no store); ``agenda_import.AgendaImporter`` feeds it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..domain.text import MAX_TITLE
from ..errors import ValidationError
from ..i18n.messages import Message
from .agenda_annotations import (
    LEAD_RX,
    MINUTES_RX,
    PAGE_NUMBER,
    PURPOSE_RX,
    PURPOSES,
    documents_in,
    is_document_line,
    is_purpose_line,
    looks_like_explanation,
    programme_kind,
    purpose_in_explanation,
)
from .agenda_header import AgendaHeader, read_header_line
from .agenda_lines import BULLET, Marker, SourceLine, marker
from .agenda_records import ImportedItem, ImportPreview
from .agenda_times import day_line, take_slot

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
MAX_DESCRIPTION = 4000


@dataclass
class _Parsed:
    line: SourceLine
    marker: Marker | None
    rest: str
    bullet: bool


def _extract(line: SourceLine, text: str) -> tuple[str, SourceLine]:
    """The title without its annotations, and the line with what they said."""
    purpose, lead, minutes = line.purpose, line.lead, line.minutes
    m = PURPOSE_RX.search(text)
    if m:
        purpose = purpose or PURPOSES[m.group(1).lower()]
        text = text[: m.start()] + text[m.end() :]
    m = LEAD_RX.search(text)
    if m:
        lead = lead or m.group(1).strip()
        text = text[: m.start()] + text[m.end() :]
    m = MINUTES_RX.search(text)
    if m and (m.group(1) or m.group(2)):
        if minutes is None:
            minutes = int(m.group(1) or 0) * 60 + int(m.group(2) or 0)
        text = text[: m.start()] + text[m.end() :]
    docs, text = documents_in(text)
    title = " ".join(text.split()).strip(" -–—:;")
    if minutes is not None and not 0 <= minutes <= 24 * 60:
        minutes = None
    return title, replace(
        line,
        purpose=purpose,
        lead=lead,
        minutes=minutes,
        documents=line.documents + tuple(d for d in docs if d not in line.documents),
    )


def clean(text: str) -> tuple[str, int]:
    """Text without control characters (Word's line breaks become spaces); count removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", " ").replace("\f", "\n")
    removed = len(_CONTROL.findall(text))
    return unicodedata.normalize("NFC", _CONTROL.sub("", text)), removed


def indent_of(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch == " " or ch == "\u00a0":
            width += 1
        elif ch == "\t":
            width += 4
        else:
            break
    return width


def _add_note(item: ImportedItem, line: SourceLine, text: str) -> ImportedItem:
    """An explanation (or a purpose or document line) under an item goes with it."""
    docs, left = documents_in(text)
    if is_document_line(text):
        docs, left = documents_in(text, loose=True)[0], ""
    purpose = item.purpose or purpose_in_explanation(text)
    if is_purpose_line(left):
        left = ""
    description = "\n".join(x for x in (item.description, left) if x)[:MAX_DESCRIPTION]
    return replace(
        item,
        purpose=purpose,
        documents=item.documents + tuple(d for d in docs if d not in item.documents),
        description=description,
    )


def _sentence(text: str) -> bool:
    words = text.split()
    return len(words) >= 4 and text[:1].isupper() and text.rstrip().endswith(".")


def parse_lines(lines: list[SourceLine], source: str, warnings: list[str]) -> ImportPreview:
    header = AgendaHeader()
    prev_alpha: dict[str, str] = {}
    parsed: list[_Parsed | None] = []  # None: a blank line
    seen_marker = False
    day: date | None = None
    for line in lines:
        body = line.text.strip()
        if not line.row:
            slot, body = take_slot(body)
            if slot is not None:
                line = replace(line, start=slot.start, end=slot.end)
                line = replace(line, minutes=line.minutes if line.minutes else slot.minutes)
        if not body and line.start is None:
            parsed.append(None)
            continue
        if PAGE_NUMBER.match(body) and not line.row:
            continue
        dl = day_line(body, header.start.year if header.start else None)
        # "18 January 2027" alone is the meeting's date until the header has one.
        if dl is not None and (dl[0] is not None or header.start is not None or seen_marker):
            day_no, when = dl
            if when is None and day_no is not None and header.start is not None:
                when = header.start + timedelta(days=day_no - 1)
            day = when
            continue
        found = read_header_line(body, header, before_items=not seen_marker)
        if found is not None:
            header = found
            continue
        line = replace(line, day=line.day or day)
        bullet = bool(BULLET.match(body))
        if bullet:
            parsed.append(_Parsed(line, None, BULLET.sub("", body), True))
            continue
        mk, rest = marker(body, prev_alpha)
        seen_marker = seen_marker or mk is not None
        parsed.append(_Parsed(line, mk, rest if mk else body, False))
    numbered = any(p is not None and p.marker is not None for p in parsed)
    items: list[ImportedItem] = []
    styles: list[str] = []  # style of each level, top first
    numbers: list[str] = []  # full printed number of the last item at each level
    indents: list[int] = sorted({p.line.indent for p in parsed if p is not None})
    seen_number = False
    prev_blank = True
    last_item = -1  # index in items of the last agenda item (not programme row)
    in_note = False  # the line above went to the last item's explanation
    note_indent = -1  # the indentation of the explanation under the last item
    item_indent = 0  # the indentation of the last item's line
    for p in parsed:
        if p is None:
            prev_blank, in_note = True, False
            continue
        line, mk, rest, bullet = p.line, p.marker, p.rest, p.bullet
        if (
            mk is None
            and not bullet
            and last_item >= 0
            and not line.row
            and 0 < note_indent <= line.indent
            and (rest[:1].islower() or rest.endswith("."))
        ):
            in_note = True  # another paragraph of the explanation (after a blank line)
        if mk is None and not bullet and last_item >= 0 and not line.row:
            if is_purpose_line(rest) or is_document_line(rest):
                items[last_item] = _add_note(items[last_item], line, rest)
                prev_blank, in_note = False, False
                continue
            if in_note and programme_kind(rest) is None and line.start is None:
                item = items[last_item]
                items[last_item] = replace(
                    _add_note(item, line, rest),
                    description=f"{item.description} {rest}".strip()[:MAX_DESCRIPTION],
                )
                continue
            deeper = line.indent > item_indent
            if (
                looks_like_explanation(rest)
                or (_sentence(rest) and line.indent > 0)
                or (deeper and len(rest.split()) >= 8 and rest[:1].isupper())
            ):
                items[last_item] = _add_note(items[last_item], line, rest)
                prev_blank, in_note = False, True
                note_indent = line.indent
                continue
        in_note = False
        note_indent = -1
        kind = programme_kind(rest) if mk is None and not bullet else None
        if kind is not None:
            title, line = _extract(line, rest)
            items.append(
                ImportedItem(
                    0,
                    title[:MAX_TITLE],
                    start_time=line.start,
                    end_time=line.end,
                    day=line.day,
                    programme=kind,
                )
            )
            prev_blank = False
            continue
        if (
            seen_number
            and mk is None
            and not bullet
            and last_item >= 0
            and not prev_blank
            and not line.row
            and line.start is None
        ):
            # A wrapped line continues the previous item's title.
            last = items[last_item]
            title, more = _extract(line, rest)
            items[last_item] = replace(
                last,
                title=f"{last.title} {title}".strip()[:MAX_TITLE],
                purpose=last.purpose or more.purpose,
                lead_text=last.lead_text or more.lead,
                est_minutes=last.est_minutes if last.est_minutes is not None else more.minutes,
                documents=last.documents + more.documents,
            )
            continue
        prev_blank = False
        if mk is not None:
            seen_number = True
            key = mk.style if mk.depth is None else f"dotted{mk.depth}"
            if line.level is not None:
                level = line.level
            elif key in styles:
                level = styles.index(key)
            elif mk.depth is not None:
                level = mk.depth
            else:
                level = len(styles)
            level = min(level, len(styles))
            del styles[level:], numbers[level:]
            styles.append(key)
            parent = numbers[-1] if numbers else ""
            bracket = mk.printed.startswith("(")
            if mk.style == "dotted":
                full = mk.value
            elif not parent:
                full = mk.printed if bracket else mk.value
            else:
                full = f"{parent}{mk.printed}" if bracket else f"{parent}.{mk.value}"
            numbers.append(full)
            number = full
        else:
            level = line.level if line.level is not None else indents.index(line.indent)
            if numbered:
                level = max(0, min(level, len(styles)))
            number = ""
        title, line = _extract(line, rest)
        if not title:
            continue
        if len(title) > MAX_TITLE:
            warnings.append(f"A title was cut to {MAX_TITLE} characters: {title[:60]}…")
            title = title[:MAX_TITLE]
        include = seen_number or not numbered
        items.append(
            ImportedItem(
                level,
                title,
                number,
                line.purpose,
                line.lead,
                line.minutes,
                number,
                include,
                start_time=line.start,
                end_time=line.end,
                day=line.day,
                documents=line.documents,
                description=line.notes[:MAX_DESCRIPTION],
            )
        )
        last_item = len(items) - 1
        item_indent = line.indent
    if not any(i.programme is None for i in items):
        raise ValidationError(
            "No agenda items were found in {source}. Paste or choose the agenda itself: "
            "one item per line, numbered (1, 2, 2.1 ...) or indented.",
            source=source,
        )
    skipped = [i.title for i in items if not i.include]
    if skipped:
        said = Message(
            "1 line before the first numbered item looks like a heading and is left out "
            "(tick it to import it)."
            if len(skipped) == 1
            else "{count} lines before the first numbered item look like headings and are "
            "left out (tick them to import them).",
            count=len(skipped),
        )
        warnings.append(str(said))
    return ImportPreview(
        source, tuple(_close_slots(_normalise_levels(items))), tuple(warnings), header
    )


def _normalise_levels(items: list[ImportedItem]) -> list[ImportedItem]:
    """No item more than one level below the one before it; the first at the top.
    Programme rows stand outside the structure (level 0, skipped here)."""
    out: list[ImportedItem] = []
    prev = -1
    for item in items:
        if item.programme is not None:
            out.append(replace(item, level=0))
            continue
        level = max(0, min(item.level, prev + 1))
        out.append(replace(item, level=level))
        prev = level
    return out


def _close_slots(items: list[ImportedItem]) -> list[ImportedItem]:
    """A row given only its start ("10:30 Coffee break") ends when the next timed row starts."""
    out = list(items)
    for n, item in enumerate(out):
        if item.start_time is None or item.end_time is not None:
            continue
        start = item.start_time
        end = next((x.start_time for x in out[n + 1 :] if x.start_time is not None), None)
        nxt_day = next((x.day for x in out[n + 1 :] if x.start_time is not None), None)
        if end is not None and nxt_day == item.day and end > start:
            minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
            out[n] = replace(
                item,
                end_time=end,
                est_minutes=item.est_minutes if item.est_minutes is not None else minutes,
            )
    return out
