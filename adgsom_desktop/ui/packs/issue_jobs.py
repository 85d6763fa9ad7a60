"""Issuing from a dialog: one build at a time, off the GUI thread, with progress and cancel.

``run`` starts a job for a dialog that has ``set_busy``, ``set_progress`` and a
status (the pack builder, the report dialog, the Word brief export); ``save``
asks where, issues every copy through the service and says what was issued;
``print_`` asks for a printer and sends the copies to it.  The services write
the files atomically and enter every copy in the distribution register.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..common import errors, file_dialogs
from ..common.workers import run_job


def documents_dir() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


class IssueJobs:
    """The running build (one at a time across the pack and report dialogs)."""

    def __init__(self) -> None:
        self.job: Any = None

    def run(self, dialog: Any, fn: Any, done: Any, message: str) -> None:
        if self.job is not None and self.job.running:
            errors.show_message(dialog, dialog.tr("A build is already running."))
            return
        dialog.set_busy(True, message)

        def finished(result: Any) -> None:
            self.job = None
            dialog.set_busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self.job = None
            dialog.set_busy(False, dialog.tr("Nothing was issued."))
            errors.show_error(dialog, exc)

        def cancelled() -> None:
            self.job = None
            dialog.set_busy(False, dialog.tr("Cancelled: nothing was written or registered."))

        self.job = run_job(
            fn,
            on_success=finished,
            on_error=failed,
            on_progress=dialog.set_progress,
            on_cancel=cancelled,
        )

    def save(
        self, dialog: Any, issue: Any, name: str, titles: Any, after: Any, word: bool = False
    ) -> None:
        """Ask where, issue every copy (files and register) off the GUI thread, say so."""
        ask = file_dialogs.ask_save_docx if word else file_dialogs.ask_save_pdf
        path = ask(dialog, documents_dir() / name, titles[0])
        if path is None:
            return

        def work(p: Any) -> Any:
            result = issue(path, p)
            first = result.files[0].path
            shown = first is not None and first.suffix.lower() == ".pdf"
            return result, first.read_bytes() if shown else b""

        def done(value: Any) -> None:
            result, data = value
            if data:
                dialog.show_pdf(data, dialog.tr("issued: %s") % result.reference)
            files = "\n".join(str(p) for p in result.paths)
            dialog.status.setText(dialog.tr("Issued %s") % result.reference)
            dialog.bar.show_saved(result.paths)
            after()
            errors.show_message(
                dialog,
                dialog.tr("%1: %2 issued and recorded in the distribution register.\n\n%3")
                .replace("%1", result.reference)
                .replace("%2", _copies(dialog, len(result.files)))
                .replace("%3", files),
                titles[1],
                warning=False,
            )

        building = (
            dialog.tr("Writing the Word copies…") if word else dialog.tr("Building the copies…")
        )
        self.run(dialog, work, done, building)

    def print_(self, dialog: Any, issue: Any, titles: Any, after: Any) -> None:
        """Ask for a printer, issue every copy to it (and the register), say so."""
        from . import pdf_printing

        printer = pdf_printing.ask_printer(dialog, titles[0])
        if printer is None:
            return
        name = pdf_printing.printer_name(printer)

        def work(p: Any) -> Any:
            result = issue(name, p)
            unique = list(dict.fromkeys(f.data for f in result.files))
            pages = pdf_printing.print_pdfs(printer, unique, p.report)
            return result, pages

        def done(value: Any) -> None:
            result, pages = value
            after()
            dialog.status.setText(dialog.tr("Printed %s") % result.reference)
            errors.show_message(
                dialog,
                dialog.tr("%1: %2 (%3) sent to %4 and recorded in the register.")
                .replace("%1", result.reference)
                .replace("%2", _copies(dialog, len(result.files)))
                .replace(
                    "%3",
                    dialog.tr("1 page")
                    if pages == 1
                    else dialog.tr("%1 pages").replace("%1", f"{pages:,}"),
                )
                .replace("%4", name),
                titles[1],
                warning=False,
            )

        self.run(dialog, work, done, dialog.tr("Building the copies for printing…"))

    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()


def _copies(widget: Any, n: int) -> str:
    """ "1 copy", "3 copies" (English source strings; a translation adds its own forms)."""
    return widget.tr("1 copy") if n == 1 else widget.tr("%1 copies").replace("%1", f"{n:,}")
