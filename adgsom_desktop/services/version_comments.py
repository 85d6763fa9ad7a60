"""A brief's version comments, as stored (English) and as the History shows them.

The comments are written in English where a version is saved (``position_service``:
"restored from v2", "kept over version 4 by Somchai, saved meanwhile"; ``sync_service``:
"their version (the team store)"), as every stored text is.  ``comment_words`` finds
the template a comment was written from and gives it back as a ``Message`` in the
interface's language (the values recognised the same way: "version 4 by Somchai", an
origin, the sections' names); a comment written from none is shown as it is.

No SQLAlchemy, no Qt.
"""

from __future__ import annotations

import re
from typing import Any

from ..domain.position_sections import LABELS
from ..i18n.messages import QT_TRANSLATE_NOOP, Message, recognised
from .sync.origins import ORIGINS

# a merged brief's comment with what came from whom (``brief_history.merge_comment``):
# "merged when the trip copy x was brought back: Red line from Natthida; Objective from here"
DETAILED = (
    QT_TRANSLATE_NOOP("Errors", "merged when {origin} was brought back: {merged}"),
    QT_TRANSLATE_NOOP("Errors", "merged with {origin}: {merged}"),
)
# the detail's parts (``brief_sections.BriefMerge.detail``), joined by "; "
PARTS = (
    QT_TRANSLATE_NOOP("Errors", "{sections} from {side}"),
    QT_TRANSLATE_NOOP("Errors", "changed on both sides: {sections}"),
)
# as position_service, sync_service and trip_options write them (test_history_words_gui)
COMMENTS = (
    # a version from the other store, its number there (sync/brief_history: numbered_there)
    QT_TRANSLATE_NOOP("Errors", "{comment} (version {number} in {store})"),
    QT_TRANSLATE_NOOP("Errors", "version {number} in {store}"),
    *DETAILED,
    QT_TRANSLATE_NOOP("Errors", "merged when {origin} was brought back"),
    QT_TRANSLATE_NOOP("Errors", "restored from v{number}"),
    QT_TRANSLATE_NOOP("Errors", "kept over {by}, saved meanwhile"),
    QT_TRANSLATE_NOOP("Errors", "not kept: it met {by}"),
    QT_TRANSLATE_NOOP("Errors", "took {by} over version {yours}"),
    QT_TRANSLATE_NOOP(
        "Errors", "kept version {yours} over {by} where both changed, merged elsewhere"
    ),
    QT_TRANSLATE_NOOP("Errors", "merged by hand: version {yours} with {by}"),
    QT_TRANSLATE_NOOP("Errors", "merged with {by} ({sections})"),
    QT_TRANSLATE_NOOP("Errors", "merged with {by}"),
    QT_TRANSLATE_NOOP("Errors", "their version ({origin})"),
    QT_TRANSLATE_NOOP("Errors", "version {number} by {who}"),
    QT_TRANSLATE_NOOP("Errors", "from {origin}"),  # a version that came in (plan_writer)
    QT_TRANSLATE_NOOP("Errors", "first version written by the check"),
)
_SECTIONS = set(LABELS.values())
_DETAILED = {
    t: re.compile(
        re.escape(t)
        .replace(r"\{origin\}", "(?P<origin>.+?)")
        .replace(r"\{merged\}", "(?P<merged>.+)"),
        re.S,
    )
    for t in DETAILED
}


def comment_words(stored: str) -> Message | str:
    """``stored`` (a version's comment) in the interface's language where it can be."""
    said = recognised(stored, COMMENTS + ORIGINS)
    if isinstance(said, Message):
        _in_words(said)
    return said


def _in_words(said: Message) -> None:
    """The values of ``said`` that are sections' names or a merge's detail, as messages."""
    if said.template in DETAILED:  # the origin ends at the first ": " (no name holds one)
        found = _DETAILED[said.template].fullmatch(said.text("en"))
        if found is not None:
            merged = found["merged"].split("; ")
            said.values["origin"] = recognised(found["origin"], ORIGINS)
            said.values["merged"] = _Parts(tuple(_part(p) for p in merged))
            return
    for key, value in list(said.values.items()):
        if key == "sections":
            said.values[key] = _sections(str(value))
        elif isinstance(value, Message):
            _in_words(value)


def _part(text: str) -> Message | str:
    """ "Red line, Objective from Natthida" as the message it was written from."""
    said = recognised(text, PARTS)
    if isinstance(said, Message):
        said.values["sections"] = _sections(str(said.values.get("sections", "")))
        side = str(said.values.get("side", ""))
        if side == "here":
            said.values["side"] = Message("here")
        elif side:
            said.values["side"] = recognised(side, ORIGINS)
    return said


def _sections(text: str) -> Message | str:
    names = text.split(", ")
    if text and all(name in _SECTIONS for name in names):
        return _Parts(tuple(Message(name) for name in names), ", ")
    return text


class _Parts(Message):
    """Parts said one after the other, each in the language asked for."""

    __slots__ = ()

    def __init__(self, parts: tuple[Message | str, ...], joint: str = "; ") -> None:
        super().__init__(joint, parts=parts)

    def text(self, language: str = "") -> str:
        parts: tuple[Any, ...] = self.values["parts"]  # type: ignore[assignment]
        return self.template.join(
            p.text(language) if isinstance(p, Message) else str(p) for p in parts
        )


__all__ = ["COMMENTS", "comment_words"]
