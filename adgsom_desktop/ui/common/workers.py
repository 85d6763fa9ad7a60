"""Run slow work off the GUI thread; results, errors and progress come back by signal.

A job gets a ``Progress`` handle: it reports ``(done, total, message)`` and
checks ``cancelled`` between steps.  Each job opens its own Session through
the services it calls (sessions are never shared across threads).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class Progress:
    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Job(QObject):
    """Lives on the GUI thread; its signals arrive there (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(self.progressed.emit)
        self.running = True
        self.ended.connect(self._mark_ended)

    def _mark_ended(self) -> None:
        self.running = False

    def cancel(self) -> None:
        self.progress.cancel()


def _run(job: Job, fn: Callable[[Progress], Any], *, committed: bool = False) -> None:
    """Run ``fn(job.progress)`` and answer through the job's signals (never raises).
    ``committed``: a write whose work finished is reported done even if the cancel came
    after its last step (it is on disk); a read that finished after a cancel is cancelled."""
    try:
        result = fn(job.progress)
    except Cancelled:
        job.cancelled.emit()
    except BaseException as exc:
        if not isinstance(exc, Exception):
            log.exception("job aborted")
        job.failed.emit(exc)
    else:
        if job.progress.cancelled and not committed:
            job.cancelled.emit()
        else:
            job.succeeded.emit(result)
    finally:
        job.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        _run(self._job, self._fn)


_live_jobs: set[Job] = set()


def run_job(
    fn: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    start: Callable[[Callable[[], None]], object] | None = None,
) -> Job:
    """Start ``fn(progress)`` on a pool thread. Keep the returned Job to cancel it.

    ``start``: hands the work to something else to run (the store's write runner:
    ``runner_job.run_on_runner``); it is then a write, reported done once finished."""
    job = Job()
    if on_success:
        job.succeeded.connect(on_success)
    if on_error:
        job.failed.connect(on_error)
    if on_progress:
        job.progressed.connect(on_progress)
    if on_cancel:
        job.cancelled.connect(on_cancel)
    _live_jobs.add(job)
    job.ended.connect(lambda: _live_jobs.discard(job))
    if start is not None:
        start(lambda: _run(job, fn, committed=True))
    else:
        (pool or QThreadPool.globalInstance()).start(_Runnable(job, fn))
    return job


def wait_for_jobs(timeout_ms: int = 10_000) -> bool:
    """Block until every background job has finished (used on quit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
