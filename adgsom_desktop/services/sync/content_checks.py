"""A record's content checked field by field, as ``payload.decode`` reads it.

Each field of the type its kind says, text by the store's own rules (``clean_text``:
as the app stores it), links as UUIDs, a brief's sections, a document's file hash.
Each kind's checks are made once (``_fields``); a value each can tell is right at once
passes, any other goes through the full rule, which passes it or says what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any
from unicodedata import is_normalized

from ...domain.ids import fits_integer
from ...domain.position_sections import TEXT_SECTIONS
from ...domain.text import MAX_NOTE, MAX_TEXT, clean_text
from ...errors import ValidationError
from .kinds import LINKS, SPECS, Conv, Kind

HEX32 = re.compile(r"^[0-9a-f]{32}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


# What ``clean_text`` refuses or changes in a text: control characters other than tab and
# newline (a carriage return is changed), lone surrogates.
_NOT_KEPT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def checked_text(value: Any, what: str, limit: int = MAX_TEXT) -> str:
    """``value`` if it is text as the app stores it (``clean_text`` would keep it as it
    is, within ``limit``), else ``ValidationError``.  The common case is checked without
    building the cleaned copy: none of the characters above, NFC; anything else goes
    through ``clean_text``, which says what is wrong."""
    if type(value) is str and len(value) <= limit:
        if value.isascii():  # NFC as it is; printable: none of those characters at all
            if value.isprintable() or not _NOT_KEPT.search(value):
                return value
        elif not _NOT_KEPT.search(value) and is_normalized("NFC", value):
            return value
    if not isinstance(value, str):
        raise ValidationError("{what}: expected text", what=what)
    if clean_text(value, what, max_len=limit) != value:
        raise ValidationError("{what}: text not as the app stores it", what=what)
    return value


def _link(value: Any, what: str) -> None:
    if value is not None and (not isinstance(value, str) or not HEX32.match(value)):
        raise ValidationError("{what}: bad link", what=what)


def _field(kind: Kind, name: str, conv: Conv, column_type: Any, value: Any) -> None:
    if value is None:
        return
    if conv in LINKS:
        _link(value, name)
    elif conv is Conv.CODE:
        checked_text(value, name, 16)
    elif conv is Conv.ENUM:
        column_type.enum_class(value)  # ValueError if not a member
    elif conv is Conv.DATE:
        date.fromisoformat(value)
    elif conv is Conv.TIME:
        time.fromisoformat(value)
    elif conv is Conv.DATETIME:
        datetime.fromisoformat(value)
    elif isinstance(value, bool):
        if column_type.python_type is not bool:
            raise ValidationError("{name}: unexpected value", name=name)
    elif isinstance(value, int):
        if column_type.python_type is not int or abs(value) > 10**9:
            raise ValidationError("{name}: unexpected number", name=name)
    else:
        checked_text(value, name, MAX_NOTE if kind is Kind.NOTE else MAX_TEXT)


_FIELDS: dict[Kind, tuple[tuple[str, Callable[[Any], Any]], ...]] = {}


def _fields(kind: Kind) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """(name, check) of each of ``kind``'s fields, made once: ``_field`` with what it
    looks up for the field done beforehand (its conversion, column type, text limit)."""
    found = _FIELDS.get(kind)
    if found is None:
        spec = SPECS[kind]
        found = _FIELDS[kind] = tuple(
            (f.name, _check_of(kind, f.name, f.conv, spec.table.c[f.column].type))
            for f in spec.fields
        )
    return found


def _check_of(kind: Kind, name: str, conv: Conv, column_type: Any) -> Callable[[Any], Any]:
    """One field's check: a value it can tell is right at once passes, any other goes
    through ``_field`` (which passes it or says what is wrong, as it always did)."""

    def slow(value: Any) -> bool:
        _field(kind, name, conv, column_type, value)
        return True

    if conv in LINKS:
        link = HEX32.match

        def check_link(value: Any) -> Any:
            return value is None or (type(value) is str and link(value)) or slow(value)

        return check_link
    if conv is Conv.ENUM:
        members = frozenset(m.value for m in column_type.enum_class)

        def check_enum(value: Any) -> Any:
            return value is None or (type(value) is str and value in members) or slow(value)

        return check_enum
    if conv is Conv.PLAIN:
        limit = MAX_NOTE if kind is Kind.NOTE else MAX_TEXT

        def check_plain(value: Any) -> Any:
            if type(value) is str:
                return checked_text(value, name, limit)
            return value is None or slow(value)

        return check_plain
    if conv is Conv.CODE:

        def check_code(value: Any) -> Any:
            return value is None or checked_text(value, name, 16)

        return check_code
    parse = _PARSE.get(conv)
    if parse is not None:

        def check_when(value: Any) -> Any:
            return value is None or parse(value)

        return check_when
    return slow


_PARSE: dict[Conv, Callable[[str], Any]] = {
    Conv.DATE: date.fromisoformat,
    Conv.TIME: time.fromisoformat,
    Conv.DATETIME: datetime.fromisoformat,
}


def check_content(kind: Kind, content: Any) -> None:
    if not isinstance(content, dict):
        raise ValidationError("content is not a record")
    if kind is Kind.PLACE:
        _link(content.get("item"), "item")
        _link(content.get("parent"), "parent")
        if not fits_integer(content.get("ord")):
            raise ValidationError("place: bad order")
        return
    if kind is Kind.POSITION:
        _check_position(content)
        return
    if kind is Kind.DELIVERED:
        from .delivered_kind import check_delivered

        check_delivered(content)
        return
    get = content.get
    for name, check in _fields(kind):
        check(get(name))
    if kind is Kind.DOCUMENT:
        if not isinstance(content.get("sha256"), str) or not SHA256.match(content["sha256"]):
            raise ValidationError("document: bad file hash")
        if content.get("kind") not in ("pdf", "docx"):
            raise ValidationError("document: neither a PDF nor a .docx")
        if content.get("meeting") is None:
            raise ValidationError("document: no meeting")
    if kind is Kind.ITEM:
        if content.get("number") is not None:
            checked_text(content["number"], "number", 32)
        for doc in content.get("documents") or []:
            if not isinstance(doc, list) or len(doc) != 2:
                raise ValidationError("documents: bad entry")
            checked_text(doc[0], "document symbol", 200)
            checked_text(doc[1], "document title")
        for tag in content.get("tags") or []:
            checked_text(tag, "tag", 100)


def _check_position(content: dict[str, Any]) -> None:
    from ...domain.enums import PositionStatus
    from ..position_records import PositionContent

    _link(content.get("item"), "item")
    PositionStatus(str(content.get("status")))
    brief = content.get("brief")
    if not isinstance(brief, dict):
        raise ValidationError("brief: missing")
    _link(brief.get("owner"), "owner")
    snapshot = {k: v for k, v in brief.items() if k != "owner"}
    parsed = PositionContent.from_snapshot(snapshot)
    for name in TEXT_SECTIONS:  # every text section (domain/position_sections), backgrounds too
        checked_text(getattr(parsed, name), name)
    for text in (*parsed.fallbacks, *parsed.points):
        checked_text(text, "brief")
    approval = content.get("approval")
    if approval is not None:
        if not isinstance(approval, dict):
            raise ValidationError("approval: bad")
        _link(approval.get("by"), "approver")
        if approval.get("at") is not None:
            datetime.fromisoformat(approval["at"])
