"""The GUI's operation runner: one per open store (``services.runner.OpRunner`` + Qt).

Every write the GUI makes goes through it (``runner_for(services).submit``): one
thread runs them in order; their callbacks come back on the GUI thread by a
queued signal.  ``call`` runs one operation and waits for it with the window
still painting (input held back, a progress box after 400 ms) for the few
callers that need the answer before going on (an undo step, a dialog's OK).
Closing the store, locking and quitting wait for the runner (``settle``).

A team store's runner has an outbox (``services.outbox``): a note written while the
server cannot be reached is kept there (on disk) and the runner tries again on a
backoff timer (``RETRY_MS``), replaying the held writes in order on its own thread;
``offline_changed(count)`` tells the status bar how many are waiting, and
``conflicts_found`` hands over held edits the server no longer takes as they are,
``merged_found`` the held brief saves merged three-way with a save made meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...services.runner import OpRunner, Ticket

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.outbox import HeldConflict, HeldWrite, Outbox, Replayed

log = logging.getLogger(__name__)
T = TypeVar("T")
SHOW_AFTER_MS = 400
RETRY_MS = (1_000, 2_000, 5_000, 10_000)  # then every 10 s while writes are held


class GuiRunner(QObject):
    """An ``OpRunner`` whose callbacks run on the GUI thread."""

    _wake = Signal()
    settled = Signal()  # every operation submitted so far has run (and its callbacks)
    offline_changed = Signal(int)  # writes held on this computer (0: all in the store)
    conflicts_found = Signal(object)  # tuple[HeldConflict, ...] met by a replay
    # tuple[BriefSaved, ...]: held brief saves merged with a save made meanwhile (G1)
    merged_found = Signal(object)

    def __init__(self, parent: QObject | None = None, outbox: Outbox | None = None) -> None:
        super().__init__(parent)
        self._wake.connect(self._pump, Qt.ConnectionType.QueuedConnection)
        self.ops = OpRunner(wake=self._wake.emit)
        self.ops.outbox = outbox
        self.outbox = outbox
        self._shown = 0
        self._attempts = 0
        self._replaying = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.replay)
        if outbox is not None and outbox.count:  # left from an earlier session: at once
            self._shown = outbox.count
            self._retry.start(0)

    @property
    def held(self) -> int:
        """Writes kept on this computer, not in the store yet (held and in conflict)."""
        return 0 if self.outbox is None else self.outbox.count

    def _pump(self) -> None:
        self.ops.pump()
        self._check_held()
        if self.ops.idle:
            self.settled.emit()

    def refresh_held(self) -> None:
        """Say the held count again (a conflict was settled), and retry if writes wait."""
        self._check_held()

    def _check_held(self) -> None:
        count = self.held
        if count != self._shown:
            self._shown = count
            self.offline_changed.emit(count)
        waiting = self.outbox is not None and self.outbox.held > 0
        if waiting and not self._replaying and not self._retry.isActive():
            self._retry.start(RETRY_MS[min(self._attempts, len(RETRY_MS) - 1)])

    def replay(self) -> None:
        """Try the held writes now (on the runner's thread, after what is queued)."""
        outbox = self.outbox
        if outbox is None or self._replaying or self.ops.closed or not outbox.held:
            return
        self._replaying = True
        self._attempts += 1
        self.ops.submit(outbox.replay, done=self._replayed, failed=self._replay_failed)

    def _replayed(self, result: Replayed) -> None:
        self._replaying = False
        if not result.stopped:
            self._attempts = 0
        if result.conflicts:
            self.conflicts_found.emit(result.conflicts)
        merged = tuple(r for r in result.results if getattr(r, "merged_sections", ()))
        if merged:
            self.merged_found.emit(merged)
        self._check_held()

    def _replay_failed(self, exc: BaseException) -> None:
        self._replaying = False
        log.error("replaying the held writes failed", exc_info=exc)
        self._check_held()

    def resolved(self, conflict: HeldConflict) -> None:
        """The user settled a conflict of a held write (kept theirs, or wrote a merge)."""
        if self.outbox is not None:
            self.outbox.resolved(conflict)
        self._check_held()

    def submit(
        self,
        fn: Callable[[], T],
        *,
        origin: str = "",
        done: Callable[[T], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        after: Ticket[Any] | None = None,
        label: str = "",
        hold: HeldWrite | None = None,
    ) -> Ticket[T]:
        return self.ops.submit(
            fn, origin=origin, done=done, failed=failed, after=after, label=label, hold=hold
        )

    @property
    def idle(self) -> bool:
        return self.ops.idle

    def wait(self, timeout: float | None = 30.0) -> bool:
        """Block until every submitted operation ran and its callbacks ran (close, lock, quit)."""
        return self.ops.wait(timeout)

    def call(
        self,
        fn: Callable[[], T],
        *,
        origin: str = "",
        parent: QWidget | None = None,
        label: str = "",
        hold: HeldWrite | None = None,
    ) -> T:
        """Run ``fn`` on the runner after what is queued, and wait for it with the window
        painting; returns its result or raises its error (``HeldOffline``: ``hold`` was
        kept on this computer, the server cannot be reached)."""
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def finish(key: str, value: Any) -> None:
            outcome[key] = value
            loop.quit()

        ticket = self.ops.submit(
            fn,
            origin=origin,
            done=lambda r: finish("result", r),
            failed=lambda e: finish("error", e),
            label=label,
            hold=hold,
        )
        if not ticket.wait(0.05):  # the usual write is done by now: no loop at all
            timer = QTimer(loop)
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            timer.start(SHOW_AFTER_MS)
            if not outcome:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            timer.stop()
            if not outcome:
                box = QProgressDialog(label or self.tr("Saving…"), "", 0, 0, parent)
                box.setObjectName("busyBox")
                box.setCancelButton(None)
                box.setWindowModality(Qt.WindowModality.ApplicationModal)
                box.setMinimumWidth(420)
                box.show()
                if not outcome:
                    loop.exec()
                box.hide()
                box.deleteLater()
        if not outcome:
            self.ops.pump()  # finished before the loop ran: deliver now (in order)
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")  # type: ignore[return-value]

    def close(self) -> bool:
        self._retry.stop()
        return self.ops.close()


_runners: dict[int, tuple[Any, GuiRunner]] = {}


def runner_for(services: Services) -> GuiRunner:
    """The runner of an open store (created on first use, closed by ``release``)."""
    runner = _of(services)
    if runner is None:
        outbox = None
        if services.locator.is_server:  # a file store has no outbox (nor loads it: #13)
            from ...services.outbox import Outbox

            outbox = Outbox.for_services(services)
        runner = GuiRunner(outbox=outbox)
        _runners[id(services)] = (services, runner)
        services.before_close(lambda: release(services))
    return runner


def _of(services: Services) -> GuiRunner | None:
    """The runner of this very store (an id reused by a later store is not it)."""
    found = _runners.get(id(services))
    return found[1] if found is not None and found[0] is services else None


def settle(services: Services | None, timeout: float = 30.0) -> bool:
    """Wait until every write of the store's runner is committed (and acknowledged)."""
    runner = None if services is None else _of(services)
    return True if runner is None else runner.wait(timeout)


def release(services: Services | None) -> None:
    """The store is closing: wait for its writes, stop its runner."""
    runner = None if services is None else _of(services)
    if runner is not None:
        del _runners[id(services)]
        if not runner.close():
            log.error("the write runner did not finish in time")
        runner.deleteLater()


def release_all() -> None:
    """Stop every runner (tests, quit)."""
    for services, _runner in list(_runners.values()):
        release(services)
