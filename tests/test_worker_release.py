"""A job's work is let go on the GUI thread (``ui/common/workers.py``).

The work given to ``run_job`` is a closure that often holds the dialog that started it
(``lambda p: self._svc(...)``). When the pool thread dropped the last reference to it, a
dialog already closed was destroyed off the GUI thread: a worker process of the test
suite died now and then in the bundle dialogs' tests with a segmentation fault in a
thread with no Python frame. Here the closure holds a QObject whose destruction records
its thread: it must be the GUI thread, for work that succeeds, fails or is cancelled, on
the pool and on a thread of its own (the write runner's path, ``start=``)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject

from adgsom_desktop.ui.common.workers import Cancelled, Progress, run_job

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")


class _Held(QObject):
    """Stands for a widget held by the work's closure only."""


def _work_holding(outcome: str, died_in: list[int]) -> Callable[[Progress], Any]:
    held = _Held()
    held.destroyed.connect(lambda *_: died_in.append(threading.get_ident()))

    def work(progress: Progress) -> Any:
        assert held is not None  # the closure holds it
        if outcome == "failed":
            raise ValueError("the disk is full")
        if outcome == "cancelled":
            raise Cancelled()
        return 42

    return work


def _own_thread(run: Callable[[], None]) -> object:
    t = threading.Thread(target=run)
    t.start()
    return t


@pytest.mark.parametrize("outcome", ["done", "failed", "cancelled"])
@pytest.mark.parametrize("where", ["pool", "own thread"])
def test_the_work_is_let_go_on_the_gui_thread(qtbot: Any, outcome: str, where: str) -> None:
    died_in: list[int] = []
    answers: list[str] = []
    job = run_job(
        _work_holding(outcome, died_in),
        on_success=lambda r: answers.append(f"done {r}"),
        on_error=lambda e: answers.append(f"failed {e}"),
        on_cancel=lambda: answers.append("cancelled"),
        start=_own_thread if where == "own thread" else None,
    )
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    qtbot.waitUntil(lambda: bool(died_in), timeout=10_000)
    assert died_in == [threading.get_ident()], "the work's closure died off the GUI thread"
    expected = {"done": "done 42", "failed": "failed the disk is full", "cancelled": "cancelled"}
    assert answers == [expected[outcome]]
