"""How a trip copy's two stores merge (``trip_service``): the options of each direction.

The same delegation's stores: an approval given on either side stands.  Bring back's
report is read on the laptop, both parts (review s34 S6): the first direction's (into the
team store) calls the team store so and the laptop "this trip copy" and "you".  A brief
merged on Bring back says so in words true in both stores (review s34 S7).
"""

from __future__ import annotations

from dataclasses import replace

from ..i18n.messages import QT_TRANSLATE_NOOP, Message
from .sync.importer import MergeOptions
from .sync_service import trusting

TEAM_STORE = QT_TRANSLATE_NOOP("Errors", "the team store")  # a report's other side
THIS_TRIP_COPY = QT_TRANSLATE_NOOP("Errors", "this trip copy")  # the laptop, read there


def options(origin: str, actor: str, words: Message | None = None) -> MergeOptions:
    """A trip's merge from ``origin`` (what is stored: a version's comment, a conflict's
    origin), by ``actor``; ``words``: the other side as the report names it."""
    return MergeOptions(
        origin,
        actor or "trip",
        trusting,
        events=True,
        approvals_by_key=False,
        origin_words=words or Message(TEAM_STORE),
    )


def _merged(trip_origin: str) -> str:
    return f"merged when {trip_origin} was brought back"


def into_team(origin: str, actor: str) -> MergeOptions:
    """Bring back's first direction, the trip copy (``origin``) into the team store."""
    return replace(
        options(origin, actor, Message(THIS_TRIP_COPY)),
        sender_reads=True,
        here_words=Message(TEAM_STORE),
        merged_words=_merged(origin),
    )


def into_trip(trip_origin: str, actor: str) -> MergeOptions:
    """Bring back's second direction, the team store into the trip copy."""
    return replace(options("the team store", actor), merged_words=_merged(trip_origin))
