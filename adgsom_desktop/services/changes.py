"""What changed: services publish these after a commit; views subscribe (Anki's OpChanges)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

log = logging.getLogger(__name__)


class ChangeKind(StrEnum):
    STORE = "store"  # opened, closed, restored: everything
    SETTINGS = "settings"
    DELEGATIONS = "delegations"
    PEOPLE = "people"
    EVENTS = "events"
    MEETINGS = "meetings"
    AGENDA = "agenda"
    POSITIONS = "positions"
    STANCES = "stances"
    NOTES = "notes"
    ACTIONS = "actions"
    OUTCOMES = "outcomes"
    TEXTS = "texts"  # outcome documents, revisions, paragraph status, our amendments
    SPEAKING = "speaking"
    PACKS = "packs"
    AUDIT = "audit"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    ids: frozenset[int] = field(default_factory=frozenset)  # ids of the changed records
    meeting_id: int | None = None
    event_id: int | None = None
    item_id: int | None = None

    def concerns(self, *kinds: ChangeKind) -> bool:
        return self.kind is ChangeKind.STORE or self.kind in kinds


Listener = Callable[[Change], None]


class ChangeBus:
    """Plain observer list. The GUI wraps it in a Qt signal (``ui.change_relay``)."""

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
                log.exception("change listener failed for %s", change)
