"""A long write on the store's operation runner, with progress and cancel.

Writes of the GUI go through the store's runner (``runner.runner_for``), one at a time
and in order.  A long one (taking an event offline, bringing a trip copy back) also
needs what ``workers.run_job`` gives a read: a ``Progress`` handle whose reports come
back to the GUI thread and whose ``cancel`` is raised inside the work at its next step.
``run_on_runner`` gives both: the work runs in the runner's thread after what is queued
(never beside another write), and answers through a ``workers.Job``'s signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .runner import runner_for
from .workers import Job, Progress, run_job

if TYPE_CHECKING:
    from ...services.container import Services


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
    return run_job(
        fn,
        on_success=on_success,
        on_error=on_error,
        on_progress=on_progress,
        on_cancel=on_cancel,
        start=lambda work: runner_for(services).submit(work, origin=origin, label=label),
    )
