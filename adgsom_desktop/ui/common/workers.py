"""Run slow work off the GUI thread; results, errors and progress come back by signal.

A job gets a ``Progress`` handle: it reports ``(done, total, message)`` and
checks ``cancelled`` between steps.  Each job opens its own Session through
the services it calls (sessions are never shared across threads).
"""

from __future__ import annotations

import logging
import threading
import traceback
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
    """Lives on the GUI thread; its signals arrive there (queued).

    It holds the work (``work``, a closure that may hold widgets) until the work has ended,
    and lets it go in ``_mark_ended``, on the GUI thread: the thread that ran it never
    drops the last reference to it, so no widget is ever destroyed off the GUI thread
    (a pool thread freeing a closed dialog was a crash with no Python frame)."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(self.progressed.emit)
        self.running = True
        self.work: Callable[[Progress], Any] | None = None
        self.ended.connect(self._mark_ended)

    def _mark_ended(self) -> None:
        self.running = False
        self.work = None  # on the GUI thread (see the class)

    def cancel(self) -> None:
        self.progress.cancel()


def _outcome(job: Job) -> tuple[str, Any]:
    """Run the job's work; its outcome. The work is referred to only through ``job`` once
    this returns (an error's traceback keeps no frame's locals)."""
    work = job.work
    assert work is not None
    try:
        return "done", work(job.progress)
    except Cancelled:
        return "cancelled", None
    except BaseException as exc:
        work = None  # this frame stays in the traceback: let the work go
        traceback.clear_frames(exc.__traceback__)
        if not isinstance(exc, Exception):
            log.exception("job aborted")
        return "failed", exc


def _run(job: Job, *, committed: bool = False) -> None:
    """Run ``job.work(job.progress)`` and answer through the job's signals (never raises).
    ``committed``: a write whose work finished is reported done even if the cancel came
    after its last step (it is on disk); a read that finished after a cancel is cancelled."""
    try:
        kind, value = _outcome(job)
        if kind == "cancelled":
            job.cancelled.emit()
        elif kind == "failed":
            job.failed.emit(value)
        elif job.progress.cancelled and not committed:
            job.cancelled.emit()
        else:
            job.succeeded.emit(value)
        del value
    finally:
        job.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        _run(self._job)


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
    job.work = fn
    _live_jobs.add(job)
    job.ended.connect(lambda: _live_jobs.discard(job))
    if start is not None:
        start(lambda: _run(job, committed=True))
    else:
        (pool or QThreadPool.globalInstance()).start(_Runnable(job))
    return job


def wait_for_jobs(timeout_ms: int = 10_000) -> bool:
    """Block until every background job has finished (used on quit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
