"""What Take offline and Bring back share (#17): the work started on the store's runner with
a progress bar and Cancel, and its outcome said; one helper instead of two copies.

A dialog subclasses ``_Running``, builds its widgets, calls ``_build_progress`` and
lays out ``step``, ``bar`` and ``outcome``; it starts the work with ``_launch(button,
*values)`` and defines ``_done``, ``_failed`` and ``_cancelled`` (the last two say why with
``_stopped``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton

from ..common.theme import tone

# start(*values, on_progress, on_success, on_error, on_cancel) -> a Job (cancel())
Starter = Callable[..., Any]

BOX_STYLE = "padding:8px; border-radius:4px;"


class _Running(QDialog):
    """What both dialogs share: a progress bar, Cancel while running, the outcome; the
    work started (``_launch``) and, failed or cancelled, stopped (``_stopped``)."""

    btn_cancel: QPushButton
    _start: Starter
    # each dialog's own: the work done, failed (``_stopped`` says why) or cancelled
    _done: Callable[[Any], None]
    _failed: Callable[[BaseException], None]
    _cancelled: Callable[[], None]

    def _build_progress(self) -> None:
        self.bar = QProgressBar(self)
        self.bar.setObjectName("tripProgress")
        self.bar.setVisible(False)
        self.step = QLabel("", self)
        self.step.setObjectName("tripStep")
        self.step.setWordWrap(True)
        self.outcome = QLabel("", self)
        self.outcome.setObjectName("tripOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setVisible(False)
        self.job: Any = None

    def _running(self, on: bool) -> None:
        self.bar.setVisible(on)
        self.btn_cancel.setText(self.tr("Cancel") if on else self.tr("Close"))
        if on:
            self.step.setVisible(True)  # hidden once done (an empty line under the tables)
            self.bar.setRange(0, 0)
            self.outcome.setVisible(False)

    def _progressed(self, done: int, total: int, what: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self.step.setText(what)

    def _say(self, text: str, good: bool) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(BOX_STYLE)
        tone(self.outcome, "ok-banner" if good else "error-banner")
        self.outcome.setVisible(True)

    def _cancel_or_close(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.step.setText(self.tr("Cancelling at the next step…"))
            self.btn_cancel.setEnabled(False)
            return
        self.reject()

    def reject(self) -> None:  # Escape or the window's close: never while the work runs
        if self.job is not None and self.job.running:
            self._cancel_or_close()
            return
        super().reject()

    def _ended(self) -> None:
        self._running(False)
        self.btn_cancel.setEnabled(True)
        self.job = None

    def _launch(self, button: QPushButton, *values: Any) -> None:
        """Start the work (``start`` with these values): progress shown, Cancel offered."""
        button.setEnabled(False)
        self._running(True)
        self.step.setText(self.tr("Starting…"))
        self.job = self._start(
            *values,
            on_progress=self._progressed,
            on_success=self._done,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )

    def _stopped(self, button: QPushButton, text: str) -> None:
        """The work failed or was cancelled: ``text`` said, and it may be tried again."""
        self._ended()
        button.setEnabled(True)
        self.step.setText("")
        self._say(text, False)
