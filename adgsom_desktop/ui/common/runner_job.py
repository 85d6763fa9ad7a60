"""A long write on the store's operation runner, with progress and cancel.

Writes of the GUI go through the store's runner (``runner.runner_for``), one at a time
and in order.  A long one (taking an event offline, bringing a trip copy back) also
needs what ``workers.run_job`` gives a read: a ``Progress`` handle whose reports come
back to the GUI thread and whose ``cancel`` is raised inside the work at its next step.
``run_on_runner`` gives both: the work runs in the runner's thread after what is queued
(never beside another write), and answers through a ``workers.Job``'s signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .runner import runner_for
from .workers import Cancelled, Job, Progress, _live_jobs

if TYPE_CHECKING:
    from ...services.container import Services

log = logging.getLogger(__name__)


def run_on_runner(
    services: Services,
    fn: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    origin: str = "",
    label: str = "",
) -> Job:
    """Queue ``fn(progress)`` on the store's runner; keep the returned Job to cancel it."""
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

    def op() -> None:  # the runner's thread; never raises (the Job answers)
        try:
            result = fn(job.progress)
        except Cancelled:
            job.cancelled.emit()
        except BaseException as exc:
            if not isinstance(exc, Exception):
                log.exception("operation aborted")
            job.failed.emit(exc)
        else:
            job.succeeded.emit(result)
        finally:
            job.ended.emit()

    runner_for(services).submit(op, origin=origin, label=label)
    return job
