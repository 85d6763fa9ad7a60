"""The services' messages in the interface's language (Qt-free).

A service raises an ``AppError`` with a message id, its English template, and the values
it names: ``ValidationError("Meeting {number} has no item {code}.", number=3, code="5.1")``.
The template is looked up in the catalogue's "Errors" context (the same ``.ts`` files
the GUI and the reports use, read with ``xml.etree``) and filled in when the message is
shown, so ``str(error)`` speaks the language the GUI chose at start
(``show_messages_in``), and English everywhere else: the command line never chooses
one (a decision: its output is read in scripts and quoted in support).

``python -m adgsom_desktop.i18n.update`` lists every template it finds in the code (the
first argument of an ``AppError`` raised outside ``ui/``, and each
``QT_TRANSLATE_NOOP("Errors", ...)``) for ``lupdate``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from functools import cache

from . import SOURCE_LANGUAGE, supported

CONTEXT = "Errors"
_interface = [SOURCE_LANGUAGE]


def show_messages_in(language: str) -> str:
    """Messages are shown in ``language`` from now on (the GUI calls it once, at start)."""
    _interface[0] = supported(language)
    return _interface[0]


def interface_language() -> str:
    return _interface[0]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a template kept in a constant (``lupdate`` and the update tool read it)."""
    return text


def counted(n: int, one: str, many: str = "") -> str:
    """ "1 page", "3 pages", "1,200 records": a count and its noun in English, never
    "page(s)" (what is stored in English: an audit entry, a check's line; the command line).
    A message shown in the interface's language takes one template per form instead:
    ``Message("1 line …" if n == 1 else "{count} lines …", count=n)``."""
    return f"{n:,} {one}" if n == 1 else f"{n:,} {many or one + 's'}"


def placeholders(template: str) -> set[str]:
    """The names a template fills in ("{number}", "{size:.1f}" -> number, size)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        return set()


def say(template: str, language: str = "") -> str:
    """A fixed message (no values) in ``language`` (default: the interface's)."""
    return render(template, {}, language)


def render(template: str, values: Mapping[str, object], language: str = "") -> str:
    """``template`` translated into ``language`` (default: the interface's) and filled
    with ``values``; a message that is its own values (another error) is shown in the
    same language. A translation that does not fit its values falls back to English."""
    code = supported(language) if language else _interface[0]
    text = template
    if code != SOURCE_LANGUAGE:
        from .catalogue import load

        text = load(code).translate(CONTEXT, template)
    if not values:
        return text
    shown = {key: _in(value, code) for key, value in values.items()}
    try:
        return text.format_map(shown)
    except (KeyError, IndexError, ValueError):
        if text is template:
            raise
        return template.format_map(shown)


def _in(value: object, language: str) -> object:
    """A value that is a message itself (a ``Message``, an ``AppError``) in ``language``."""
    text = getattr(value, "text", None)
    if callable(text) and isinstance(value, (BaseException, Message)):
        try:
            return text(language)
        except TypeError:
            return value
    return value


class Message:
    """A message not raised yet (a check that returns what is wrong, a fragment of a
    larger message): a template and its values, shown in the interface's language by
    ``str()``. ``AppError(message)`` takes one as it is."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values

    def text(self, language: str = "") -> str:
        return render(self.template, self.values, language)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.template, self.values) == (other.template, other.values)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.template)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.+)")
    return re.compile("".join(parts), re.S)


def recognised(stored: str, templates: Sequence[str]) -> Message | str:
    """Stored English (an origin, a version's comment) as the message it was written
    from, when one of ``templates`` wrote it (the first that fits; its values recognised
    the same way): shown in the interface's language; else ``stored`` as it is."""
    for template in templates:
        found = _pattern(template).fullmatch(stored)
        if found is not None:
            values = {k: recognised(v, templates) for k, v in found.groupdict().items()}
            return Message(template, **values)
    return stored
