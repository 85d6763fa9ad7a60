"""What changed: services publish these after a commit; views subscribe (Anki's OpChanges).

A ``Change`` names the kind of record, the ids it touched, where they sit
(event, meeting, item), **who asked** (``origin``) and, where the service has
them at hand, the changed records themselves (``records``).  So:

- the view that made a change applies the record it got back and skips the
  notice of its own change (``change.origin == my origin``): no reload of its
  own echo;
- other views patch the rows concerned from ``records`` (or re-read those ids
  alone) instead of rebuilding.

The origin is whoever runs the write: the operation runner sets it around each
operation (``acting_as``), and ``ServiceContext.publish`` stamps it on every
change the operation publishes.  Origins are unique strings (a process-wide
random prefix and a counter), so a change feed from another process (the team
store's ``NOTIFY``) can carry them too; ``records`` stay in this process (a
feed carries ids, and the receiver re-reads them).
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class ChangeKind(StrEnum):
    STORE = "store"  # opened, closed, restored: everything
    SETTINGS = "settings"
    DELEGATIONS = "delegations"
    PEOPLE = "people"
    EVENTS = "events"
    MEETINGS = "meetings"
    AGENDA = "agenda"
    PROGRAMME = "programme"  # a meeting's programme entries (breaks, lunch, photo)
    DOCUMENTS = "documents"  # the meeting's documents attached to the store
    POSITIONS = "positions"
    STANCES = "stances"
    NOTES = "notes"
    ACTIONS = "actions"
    OUTCOMES = "outcomes"
    TEXTS = "texts"  # outcome documents, revisions, paragraph status, our amendments
    SPEAKING = "speaking"
    PACKS = "packs"
    FRAMEWORKS = "frameworks"
    PROJECTS = "projects"
    AUDIT = "audit"
    PRESENCE = "presence"  # who shows which brief (a team store's members; nothing stored)


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    ids: frozenset[int] = field(default_factory=frozenset)  # ids of the changed records
    meeting_id: int | None = None
    event_id: int | None = None
    item_id: int | None = None
    origin: str = ""  # who asked for it ("" unknown: another process, a CLI, a test)
    actor: str = ""  # the person whose action it was (a team store's member), "" unknown
    # The changed records as the write left them (frozen dataclasses), when the service
    # had them at hand; empty means "re-read ``ids``".
    # Never in the repr: a change in a log line must not carry a brief's or a note's text.
    records: tuple[Any, ...] = field(default=(), compare=False, repr=False)

    def concerns(self, *kinds: ChangeKind) -> bool:
        return self.kind is ChangeKind.STORE or self.kind in kinds

    def made_by(self, origin: str) -> bool:
        """True when ``origin`` asked for this change (its own echo)."""
        return bool(origin) and self.origin == origin


# -- origins ------------------------------------------------------------------------------
_PROCESS = os.urandom(6).hex()  # (not uuid: it imports platform, before the first paint)
_counter = itertools.count(1)
_acting: ContextVar[str] = ContextVar("adgsom_change_origin", default="")


def new_origin(name: str = "") -> str:
    """A unique origin for one view or presenter ("<process>:<n>:<name>")."""
    return f"{_PROCESS}:{next(_counter)}:{name}"


def to_payload(change: Change, sender: str) -> str:
    """A change as the team store's feed carries it: kind, ids (at most 200), where, who
    asked (the view's origin and the member's name), and the ``sender`` (the open store's session: it skips its own notices)."""
    import json

    return json.dumps(
        {
            "s": sender,
            "k": change.kind.value,
            "i": sorted(change.ids)[:200],
            "m": change.meeting_id,
            "e": change.event_id,
            "t": change.item_id,
            "o": change.origin or f"{_PROCESS}:0:",
            "a": change.actor[:120],
        },
        separators=(",", ":"),
    )


def from_payload(payload: str) -> tuple[str, Change] | None:
    """(sender, change) of a feed payload (no records: the receiver re-reads the ids)."""
    import json

    try:
        data = json.loads(payload)
        return str(data.get("s", "")), Change(
            ChangeKind(data["k"]),
            frozenset(int(i) for i in data.get("i", ())),
            meeting_id=data.get("m"),
            event_id=data.get("e"),
            item_id=data.get("t"),
            origin=str(data.get("o", "")),
            actor=str(data.get("a", "")),
        )
    except (ValueError, KeyError, TypeError):
        log.warning("a change notice could not be read: %.80s", payload)
        return None


def current_origin() -> str:
    return _acting.get()


@contextmanager
def acting_as(origin: str) -> Iterator[None]:
    """Changes published inside this block carry ``origin`` (the runner sets it per op)."""
    token = _acting.set(origin)
    try:
        yield
    finally:
        _acting.reset(token)


def stamped(change: Change) -> Change:
    """``change`` with the acting origin, unless it names one already."""
    origin = _acting.get()
    return replace(change, origin=origin) if origin and not change.origin else change


Listener = Callable[[Change], None]


class ChangeBus:
    """Plain observer list. The GUI wraps it in a Qt signal (``ui.shell.change_relay``)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken view must not undo a committed action
                log.exception(  # what changed, by kind and ids: never the records' text
                    "change listener failed for %s %s", change.kind, sorted(change.ids)[:20]
                )
