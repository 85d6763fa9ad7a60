"""Report to capital from the tracker: choose where, then render and write on a worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..common import file_dialogs
from ..common.errors import show_error, show_message
from ..common.translation import current_language
from ..common.workers import run_job


def write_report(window: Any) -> None:
    target = file_dialogs.ask_save_pdf(
        window, Path.home() / "Cooperation tracker.pdf", window.tr("Tracker report to capital")
    )
    if target is None:
        return
    reports, today = window.services.project_reports, window.today
    window.btn_report.setEnabled(False)

    def done(result: Any) -> None:
        window.btn_report.setEnabled(True)
        path, pages, _digest = result
        show_message(
            window,
            window.tr("%d page(s) written to %s") % (pages, path),
            window.tr("Tracker report"),
            warning=False,
        )

    def failed(exc: BaseException) -> None:
        window.btn_report.setEnabled(True)
        show_error(window, exc)

    language = current_language()  # printed in the interface's language (CLI: --language)
    window.report_job = run_job(
        lambda _p: reports.write(target, today=today, language=language),
        on_success=done,
        on_error=failed,
    )
