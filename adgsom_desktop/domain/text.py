"""Text rules shared by every layer: validation of user text and folding for matching."""

from __future__ import annotations

import re
import unicodedata

from ..errors import ValidationError
from ..i18n.messages import Message

# Generous ceilings: a brief section is a page or two, a note a paragraph.
MAX_TITLE = 2_000
MAX_TEXT = 200_000
MAX_NOTE = 100_000  # a note taken in the room

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(
    value: str,
    field: str,
    *,
    max_len: int = MAX_TEXT,
    required: bool = False,
    single_line: bool = False,
) -> str:
    """Return ``value`` normalised (NFC, CRLF to LF) or raise ``ValidationError``.

    Rejects lone surrogates (they cannot be stored as UTF-8) and control
    characters other than tab and newline, and text over ``max_len``.
    """
    if not isinstance(value, str):
        raise ValidationError("{field_name}: expected text.", field, field_name=Message(field))
    # ASCII text holds no surrogate and is already NFC (a bulk import cleans 100k notes).
    if not value.isascii() and _SURROGATE.search(value):
        raise ValidationError(
            "{field_name}: the text holds an invalid character (a lone surrogate) "
            "and was not saved. Retype or paste it again from the source.",
            field,
            field_name=Message(field),
        )
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(value):
        raise ValidationError(
            "{field_name}: the text holds control characters and was not saved.",
            field,
            field_name=Message(field),
        )
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    if single_line:
        value = " ".join(value.split())
    if len(value) > max_len:
        raise ValidationError(
            "{field_name}: the text is too long ({count_value:,} characters; "
            "at most {max_len:,}). Nothing was saved.",
            field,
            field_name=Message(field),
            count_value=len(value),
            max_len=max_len,
        )
    if required and not value.strip():
        raise ValidationError("{field_name} cannot be empty.", field, field_name=Message(field))
    return value


# Word puts a vertical tab (U+000B) for a manual line break (Shift+Enter) and a form feed
# (U+000C) for a page or section break in copied text; Unicode has its own line and
# paragraph separators.  In a note they mean "new line".
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n"})
_PASTE_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")


def line_breaks_as_newlines(value: str) -> str:
    """Line-break characters other than newline (Word's \\v and \\f, U+2028/9) as newlines."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    # Looked for first: a translation with a table reads every character in Python's
    # slow path (2 us for a note; every note saved passes here), and most texts have none.
    if (
        "\x0b" in value
        or "\x0c" in value
        or (not value.isascii() and ("\u2028" in value or "\u2029" in value))
    ):
        value = value.translate(_LINE_BREAKS)
    return value


def clean_pasted(value: str) -> tuple[str, int]:
    """Pasted text as it can be stored, and how many invisible characters were dropped.

    Line breaks of any kind become newlines; other control characters and lone
    surrogates (which the user cannot see and the store refuses) are removed.
    Every field that takes pasted text uses this (``ui/common/text_entry.py``).
    """
    value = line_breaks_as_newlines(value)
    removed = len(_PASTE_CONTROL.findall(value))
    return (_PASTE_CONTROL.sub("", value) if removed else value), removed


_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ı": "i", "ł": "l", "ø": "o"})


def fold(value: str) -> str:
    """Case- and diacritic-insensitive key for matching Latin text.

    "Việt Nam" -> "viet nam", "Đà Nẵng" -> "da nang".  Only Latin combining
    marks (U+0300-U+036F) are removed: Thai, Lao, Khmer and Myanmar vowel and
    tone marks are letters of their words and stay.
    """
    decomposed = unicodedata.normalize("NFD", value.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not 0x300 <= ord(ch) <= 0x36F)
    return unicodedata.normalize("NFC", stripped).casefold()
