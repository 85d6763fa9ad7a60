"""Where a record changed on both sides came from, as stored and as shown.

A conflict keeps its other side's origin in English (``sync_conflict.their_origin``: "the
team store", "the trip copy trip.adgsom", "Somchai's bundle of 2026-01-12 09:30"), as
every stored text is.  ``origin_words`` finds which of these templates a stored origin
was written from and gives it back as a ``Message``: shown in the interface's language
(the catalogue's translation of the template, the values as stored); an origin written
from none of them is shown as it is.

No SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...i18n.messages import QT_TRANSLATE_NOOP, Message, recognised

TEAM_STORE = QT_TRANSLATE_NOOP("Errors", "the team store")
# a trip copy by its number and taker, as its provisional pack numbers (BP-T3-001): two
# copies with one file name are told apart (review s35 T6); its file name to find it
TRIP_OF = QT_TRANSLATE_NOOP("Errors", "the trip copy {series} of {taker} ({name})")
TRIP_NUMBERED = QT_TRANSLATE_NOOP("Errors", "the trip copy {series} ({name})")  # no taker
TRIP_COPY = QT_TRANSLATE_NOOP("Errors", "the trip copy {name}")  # a copy without a number
BUNDLE = QT_TRANSLATE_NOOP("Errors", "{sender}'s bundle of {when}")
ORIGINS = (TEAM_STORE, TRIP_OF, TRIP_NUMBERED, TRIP_COPY, BUNDLE)
# an open conflict on a record that an older open one is about too (a later trip's): both
# stay, each with its other side; the newer says so (review s35 T6)
SUPERSEDES = QT_TRANSLATE_NOOP("Errors", "{origin}; newer than the one from {older}")


def trip_copy(series: str, taker: str, name: str) -> Message:
    """A trip copy as an origin: by its number and who took it, where they are known."""
    if series and taker:
        return Message(TRIP_OF, series=series, taker=taker, name=name)
    if series:
        return Message(TRIP_NUMBERED, series=series, name=name)
    return Message(TRIP_COPY, name=name)


def origin_words(stored: str) -> Message | str:
    """``stored`` as a message of the catalogue when one of ``ORIGINS`` wrote it."""
    return recognised(stored, ORIGINS)


def superseded(conflicts: Sequence[Any]) -> dict[int, Any]:
    """Of open conflicts (oldest first: ``id``, ``key``), each one that a record's older
    open conflict precedes: newer id -> that older conflict."""
    last: dict[str, Any] = {}
    out: dict[int, Any] = {}
    for c in conflicts:
        if c.key in last:
            out[c.id] = last[c.key]
        last[c.key] = c
    return out


def origin_shown(conflict: Any, older: Any | None) -> Message | str:
    """A conflict's other side as shown; a newer one on the same record says so."""
    origin = origin_words(conflict.their_origin)
    if older is None:
        return origin
    return Message(SUPERSEDES, origin=origin, older=origin_words(older.their_origin))


__all__ = [
    "BUNDLE",
    "ORIGINS",
    "SUPERSEDES",
    "TEAM_STORE",
    "TRIP_COPY",
    "TRIP_NUMBERED",
    "TRIP_OF",
    "origin_shown",
    "origin_words",
    "superseded",
    "trip_copy",
]
