"""The GUI's operation runner: one per open store (``services.runner.OpRunner`` + Qt).

Every write the GUI makes goes through it (``runner_for(services).submit``): one
thread runs them in order; their callbacks come back on the GUI thread by a
queued signal.  ``call`` runs one operation and waits for it with the window
still painting (input held back, a progress box after 400 ms) for the few
callers that need the answer before going on (an undo step, a dialog's OK).
Closing the store, locking and quitting wait for the runner (``settle``).
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

log = logging.getLogger(__name__)
T = TypeVar("T")
SHOW_AFTER_MS = 400


class GuiRunner(QObject):
    """An ``OpRunner`` whose callbacks run on the GUI thread."""

    _wake = Signal()
    settled = Signal()  # every operation submitted so far has run (and its callbacks)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wake.connect(self._pump, Qt.ConnectionType.QueuedConnection)
        self.ops = OpRunner(wake=self._wake.emit)

    def _pump(self) -> None:
        self.ops.pump()
        if self.ops.idle:
            self.settled.emit()

    def submit(
        self,
        fn: Callable[[], T],
        *,
        origin: str = "",
        done: Callable[[T], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        after: Ticket[Any] | None = None,
        label: str = "",
    ) -> Ticket[T]:
        return self.ops.submit(
            fn, origin=origin, done=done, failed=failed, after=after, label=label
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
    ) -> T:
        """Run ``fn`` on the runner after what is queued, and wait for it with the window
        painting; returns its result or raises its error."""
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
        return self.ops.close()


_runners: dict[int, tuple[Any, GuiRunner]] = {}


def runner_for(services: Services) -> GuiRunner:
    """The runner of an open store (created on first use, closed by ``release``)."""
    runner = _of(services)
    if runner is None:
        runner = GuiRunner()
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
