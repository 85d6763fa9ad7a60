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

from ..domain.position_sections import LABELS
from ..i18n.messages import QT_TRANSLATE_NOOP, Message, recognised
from .sync.origins import ORIGINS

# as position_service, sync_service and trip_options write them (test_history_words_gui)
COMMENTS = (
    # a version from the other store, its number there (sync/brief_history: numbered_there)
    QT_TRANSLATE_NOOP("Errors", "{comment} (version {number} in {store})"),
    QT_TRANSLATE_NOOP("Errors", "version {number} in {store}"),
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


def comment_words(stored: str) -> Message | str:
    """``stored`` (a version's comment) in the interface's language where it can be."""
    said = recognised(stored, COMMENTS + ORIGINS)
    if isinstance(said, Message):
        sections = str(said.values.get("sections", ""))
        names = sections.split(", ")
        if sections and all(name in _SECTIONS for name in names):
            said.values["sections"] = ", ".join(str(Message(name)) for name in names)
    return said


__all__ = ["COMMENTS", "comment_words"]
