"""Live mode's side panels, read and written for its presenter: the current item's points
to make (ticked as delivered), the stances observed, the outcomes, and the speaking timer
with the meeting's totals.

No Qt here (an import-linter contract says so). ``LivePresenter`` (``live_presenter``) is
the capture (the note being typed, its writes, the item's newest notes); it is a
``LiveSide`` for what the panels beside the box show and do, each write one operation on
the runner, the panel showing what the store answered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ...domain.enums import OutcomeVerb
from ...services.records import AgendaItemRec, MeetingRec
from ...services.room_records import LivePoint, ObservedStance, OutcomeRec, SpeakingTotals
from ...services.runner import Runner

if TYPE_CHECKING:
    from ...services.container import Services


@dataclass(frozen=True)
class Panels:
    """The current item's panels: our points to make, the stances observed, the outcomes."""

    points: tuple[LivePoint, ...]
    stances: tuple[ObservedStance, ...]
    outcomes: tuple[OutcomeRec, ...]


class SideListener(Protocol):
    """What ``LiveWindow`` does when the runner answers a panel's write."""

    def points_changed(self, item_id: int) -> None: ...

    def timer_changed(self) -> None: ...

    def said(self, text: str, ok: bool) -> None: ...


class LiveSide:
    """The panels' reads and writes; the presenter sets what they need."""

    services: Services
    runner: Runner
    listener: SideListener
    origin: str
    meeting: MeetingRec
    # The speaking timer as the writes handed over will leave it (keys may come faster
    # than the store answers: F9 then Alt+Down moves the running stretch).
    timer_running: bool

    @property
    def current_item(self) -> AgendaItemRec | None:
        raise NotImplementedError

    def panels(self) -> Panels:
        """What the panels beside the box show for the current item, read from the store
        (nothing without an item)."""
        item = self.current_item
        if item is None:
            return Panels((), (), ())
        live = self.services.live
        return Panels(
            tuple(live.points(item.id)),
            tuple(live.stances(item.id)),
            tuple(self.services.outcomes.for_item(item.id)),
        )

    def points(self) -> list[LivePoint]:
        item = self.current_item
        return [] if item is None else self.services.live.points(item.id)

    def stances(self) -> list[ObservedStance]:
        item = self.current_item
        return [] if item is None else self.services.live.stances(item.id)

    def outcomes(self) -> list[OutcomeRec]:
        item = self.current_item
        return [] if item is None else self.services.outcomes.for_item(item.id)

    def totals(self) -> SpeakingTotals:
        """The meeting's speaking totals (the timer panel)."""
        return self.services.live.totals(self.meeting.id)

    def outcome_write(self, verb: OutcomeVerb | str, text: str) -> Callable[[], OutcomeRec]:
        """The write of an outcome on the current item, for the runner (the dialog hands
        it over and stays open when it is refused)."""
        item = self.current_item
        if item is None:  # the view says so before asking: an outcome needs an item
            raise ValueError("no current item")
        outcomes, item_id = self.services.outcomes, item.id
        return lambda: outcomes.add(item_id, verb, text)

    # -- writes --------------------------------------------------------------------------
    def toggle_point(self, point_id: int, delivered: bool) -> None:
        item = self.current_item
        live = self.services.live
        item_id = item.id if item else None

        def done(_r: object) -> None:
            if item_id is not None:
                self.listener.points_changed(item_id)

        self.runner.submit(
            lambda: live.set_delivered(point_id, delivered),
            origin=self.origin,
            done=done,
            failed=lambda e: self.listener.said(str(e), False),
            label="point",
        )

    def toggle_timer(self) -> None:
        item = self.current_item
        live, meeting_id = self.services.live, self.meeting.id
        item_id = item.id if item else None
        running = self.timer_running
        self.timer_running = not running

        def write() -> object:
            if running:
                return live.stop_speaking(meeting_id)
            return live.start_speaking(meeting_id, item_id)

        def failed(error: BaseException) -> None:
            self.timer_running = self.services.live.running(meeting_id) is not None
            self.listener.timer_changed()
            self.listener.said(str(error), False)

        self.runner.submit(
            write,
            origin=self.origin,
            done=lambda _r: self.listener.timer_changed(),
            failed=failed,
            label="timer",
        )
