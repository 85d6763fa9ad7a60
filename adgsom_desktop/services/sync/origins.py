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

from ...i18n.messages import QT_TRANSLATE_NOOP, Message, recognised

TEAM_STORE = QT_TRANSLATE_NOOP("Errors", "the team store")
TRIP_COPY = QT_TRANSLATE_NOOP("Errors", "the trip copy {name}")
BUNDLE = QT_TRANSLATE_NOOP("Errors", "{sender}'s bundle of {when}")
ORIGINS = (TEAM_STORE, TRIP_COPY, BUNDLE)


def origin_words(stored: str) -> Message | str:
    """``stored`` as a message of the catalogue when one of ``ORIGINS`` wrote it."""
    return recognised(stored, ORIGINS)


__all__ = ["BUNDLE", "ORIGINS", "TEAM_STORE", "TRIP_COPY", "origin_words"]
