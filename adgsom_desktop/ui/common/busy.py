"""Run one action on a worker and wait for it, with the window still painting.

Deleting a meeting that holds 50,000 notes (or putting it back) takes seconds:
the work runs on a pool thread (``workers.run_job``) while a local event loop
keeps the GUI alive; a modal progress box appears if it lasts more than
``SHOW_AFTER_MS`` and can cancel it (the service checks between steps and rolls
back: nothing is half done).  Callers that must return a result synchronously
(an undo command) use this instead of a callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from .workers import Cancelled, Progress, run_job

SHOW_AFTER_MS = 400


def run_blocking(
    parent: QWidget | None, label: str, fn: Callable[[Progress], Any], cancellable: bool = True
) -> Any:
    """``fn(progress)`` on a worker; returns its result or raises its exception.

    Raises ``workers.Cancelled`` if the user cancelled.  Input is held back
    (not lost) while the work is short; after ``SHOW_AFTER_MS`` a modal
    progress box shows instead, with a Cancel button.
    """
    outcome: dict[str, Any] = {}
    box: QProgressDialog | None = None
    loop = QEventLoop()

    def progressed(done: int, total: int, message: str) -> None:
        if box is not None:
            box.setMaximum(max(total, 0))
            box.setValue(min(done, total) if total else 0)
            if message:
                box.setLabelText(message)

    job = run_job(
        fn,
        on_success=lambda result: outcome.setdefault("result", result),
        on_error=lambda exc: outcome.setdefault("error", exc),
        on_cancel=lambda: outcome.setdefault("error", Cancelled()),
        on_progress=progressed,
    )
    job.ended.connect(loop.quit)
    if job.running:
        timer = QTimer(loop)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(SHOW_AFTER_MS)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        timer.stop()
    if job.running:
        box = QProgressDialog(label, QCoreApplication.translate("Busy", "Cancel"), 0, 0, parent)
        box.setObjectName("busyBox")
        box.setMinimumWidth(420)
        box.setWindowTitle(label)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setAutoClose(False)
        box.setAutoReset(False)
        if cancellable:
            box.canceled.connect(job.cancel)
        else:
            box.setCancelButton(None)
        box.show()
        loop.exec()
        box.hide()
        box.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
