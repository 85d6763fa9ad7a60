"""Records of the list of speakers (plain frozen dataclasses, no SQLAlchemy)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TurnState(StrEnum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    DONE = "done"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class SpeakerEntry:
    """One delegation's request for the floor at a meeting."""

    id: int
    meeting_id: int
    delegation_id: int
    code: str
    name: str
    ours: bool
    item_id: int | None
    requested_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    withdrawn_at: datetime | None

    @property
    def state(self) -> TurnState:
        if self.withdrawn_at is not None:
            return TurnState.WITHDRAWN
        if self.started_at is None:
            return TurnState.WAITING
        return TurnState.SPEAKING if self.ended_at is None else TurnState.DONE

    def seconds(self, now: datetime) -> float:
        """How long this delegation had (or has had so far) the floor."""
        if self.started_at is None:
            return 0.0
        return max(0.0, ((self.ended_at or now) - self.started_at).total_seconds())


@dataclass(frozen=True)
class SpeakerList:
    """A meeting's list of speakers as of ``now``: who speaks, who waits in order, who spoke."""

    meeting_id: int
    now: datetime
    speaking: SpeakerEntry | None
    waiting: tuple[SpeakerEntry, ...]
    done: tuple[SpeakerEntry, ...]  # in the order they spoke

    def position(self, delegation_id: int) -> int | None:
        """1 for the next to speak; None when not waiting."""
        for n, e in enumerate(self.waiting, 1):
            if e.delegation_id == delegation_id:
                return n
        return None

    def per_delegation(self) -> dict[str, float]:
        """Seconds each delegation had the floor at this meeting (the speaker included)."""
        entries = [*self.done, *([self.speaking] if self.speaking else [])]
        return floor_seconds(entries, self.now)


def floor_seconds(entries: Iterable[SpeakerEntry], now: datetime) -> dict[str, float]:
    """Seconds per delegation code, in the order they first spoke."""
    out: dict[str, float] = {}
    for e in entries:
        if e.started_at is not None:
            out[e.code] = out.get(e.code, 0.0) + e.seconds(now)
    return out
