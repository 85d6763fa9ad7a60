"""Report to capital from the tracker: choose the language it prints in (remembered on
this computer) and where, then render and write on a worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..common import file_dialogs
from ..common.errors import show_error, show_message
from ..common.workers import run_job
from .report_dialog import DOCUMENT, TrackerReportDialog


def _preferences(window: Any) -> Any:
    """The main window's preferences (None: a tracker window opened on its own)."""
    return getattr(window.parentWidget(), "preferences", None)


def write_report(window: Any) -> None:
    prefs = _preferences(window)
    dialog = TrackerReportDialog(prefs.print_language(DOCUMENT) if prefs else None, window)
    if dialog.exec() != TrackerReportDialog.DialogCode.Accepted:
        return
    language, buddhist_era = dialog.values()
    if prefs is not None:
        prefs.set_print_language(DOCUMENT, language, buddhist_era)
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

    window.report_job = run_job(
        lambda _p: reports.write(target, today=today, language=language, buddhist_era=buddhist_era),
        on_success=done,
        on_error=failed,
    )
