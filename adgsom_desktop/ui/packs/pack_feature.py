"""Briefing packs, meeting reports, a brief as Word and the distribution register in the
app's File menu.

Every build runs off the GUI thread (``issue_jobs``) with progress and cancel;
files are written by the services (atomically) and every issued copy is
recorded in the distribution register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from ..common import errors, file_dialogs
from ..common.labels import label_tr
from ..common.workers import run_job
from .issue_jobs import IssueJobs, documents_dir
from .selection import current_event, current_item, current_meeting

if TYPE_CHECKING:
    from .brief_word_dialog import BriefWordDialog
    from .pack_dialog import PackDialog
    from .register_view import RegisterDialog
    from .report_dialog import ReportDialog

# The dialogs, QtPdf and QtPrintSupport are imported when first used, not before the
# window's first paint.


def _file_name(text: str) -> str:
    from ...services.pack_service import slug

    return slug(text) or "pack"


class PackFeature:
    """Installs File > Briefing pack…, Report…, Export brief as Word…, Distribution register…"""

    def __init__(self) -> None:
        self.window: Any = None
        self.jobs = IssueJobs()
        self.dialogs: list[Any] = []

    @property
    def job(self) -> Any:
        return self.jobs.job

    # -- installation ----------------------------------------------------------------
    def install(self, window: Any) -> None:
        self.window = window
        menu = window.menu("file")
        before = next((a for a in menu.actions() if a.objectName() == "actSettings"), None)

        def action(text: str, slot: Any, name: str, shortcut: Any = None) -> QAction:
            act = QAction(text, window)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            window.add_store_action(act)
            return act

        self.act_pack = action(
            window.tr("Briefing &pack…"), self.open_pack, "actPack", QKeySequence("Ctrl+P")
        )
        self.act_capital = action(
            window.tr("Report to &capital…"), lambda: self.open_report("capital"), "actCapital"
        )
        self.act_outcomes = action(
            window.tr("&Outcome summary…"), lambda: self.open_report("outcomes"), "actOutcomes"
        )
        self.act_brief_word = action(
            window.tr("Export brief as &Word…"), self.open_brief_word, "actBriefWord"
        )
        self.act_register = action(
            window.tr("Distribution &register…"), self.open_register, "actRegister"
        )
        acts = [
            self.act_pack,
            self.act_capital,
            self.act_outcomes,
            self.act_brief_word,
            self.act_register,
        ]
        if before is not None:
            for a in acts:
                menu.insertAction(before, a)
            menu.insertSeparator(before)
        else:
            menu.addSeparator()
            menu.addActions(acts)
        window.store_closed.connect(self.close_all)
        window.before_store_close.connect(self.cancel)

    @property
    def services(self) -> Any:
        return self.window.services if self.window is not None else None

    # -- helpers ----------------------------------------------------------------------
    def cancel(self) -> None:
        self.jobs.cancel()

    def close_all(self) -> None:
        self.cancel()
        for d in list(self.dialogs):
            d.close()
        self.dialogs.clear()

    # -- briefing pack ----------------------------------------------------------------
    def open_pack(self) -> PackDialog | None:
        svc = self.services
        if svc is None:
            return None
        event_id = current_event(self.window)
        if event_id is None:
            errors.show_message(self.window, self.window.tr("Add an event before building a pack."))
            return None
        from .pack_dialog import PackDialog

        events = [(e.id, e.title) for e in svc.events.events()]
        dialog = PackDialog(svc.packs.choices(event_id), self.window, events)
        dialog.event_changed.connect(lambda eid: dialog.set_choices(svc.packs.choices(eid)))
        dialog.preview_requested.connect(lambda r: self.preview_pack(dialog, r))
        dialog.save_requested.connect(lambda r: self.save_pack(dialog, r))
        dialog.print_requested.connect(lambda r: self.print_pack(dialog, r))
        dialog.cancel_requested.connect(self.cancel)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: Any) -> None:
        self.cancel()
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def _refresh_issues(self, dialog: PackDialog) -> None:
        if self.services is not None:
            choices = self.services.packs.choices(dialog.choices.event_id)
            dialog.set_issues(choices.issues, choices.next_reference)

    def preview_pack(self, dialog: PackDialog, request: Any) -> None:
        svc = self.services
        self.jobs.run(
            dialog,
            lambda p: svc.packs.preview(request, on_progress=p.report),
            lambda data: self._previewed(dialog, request, data),
            dialog.tr("Building the preview…"),
        )

    @staticmethod
    def _previewed(dialog: PackDialog, request: Any, data: bytes) -> None:
        dialog.show_pdf(data, dialog.tr("preview of copy 1, not issued"))
        dialog.previewed = request

    def save_pack(self, dialog: PackDialog, request: Any) -> None:
        svc = self.services
        name = _file_name(request.reference or dialog.choices.next_reference) + ".pdf"
        self.jobs.save(
            dialog,
            lambda path, p: svc.packs.issue(request, path, on_progress=p.report),
            name,
            (dialog.tr("Save the pack as PDF"), dialog.tr("Pack issued")),
            lambda: self._pack_saved(dialog, request),
        )

    def _pack_saved(self, dialog: PackDialog, request: Any) -> None:
        """The register refreshed, and why the copies were built again (not the preview)."""
        from .save_note import rebuild_note

        self._refresh_issues(dialog)
        note = rebuild_note(dialog.previewed, request, label_tr)
        dialog.status.setText(dialog.status.text() + ". " + note)
        dialog.status.setToolTip(note)

    def print_pack(self, dialog: PackDialog, request: Any) -> None:
        svc = self.services
        self.jobs.print_(
            dialog,
            lambda name, p: svc.packs.issue(request, None, on_progress=p.report, printer=name),
            (dialog.tr("Print the pack"), dialog.tr("Pack printed")),
            lambda: self._refresh_issues(dialog),
        )

    # -- reports ------------------------------------------------------------------------
    def open_report(self, kind: str) -> ReportDialog | None:
        svc = self.services
        if svc is None:
            return None
        meetings = tuple(
            (m.id, f"{m.label} ({m.days})" if m.days else m.label) for m in svc.events.meetings()
        )
        if not meetings:
            errors.show_message(self.window, self.window.tr("Add a meeting first."))
            return None
        from .report_dialog import ReportChoices, ReportDialog

        settings = svc.settings.get()
        dialog = ReportDialog(
            ReportChoices(
                meetings,
                current_meeting(self.window),
                kind,
                settings.classifications,
                settings.default_classification,
                settings.audience_minimums,
                tuple(
                    f"{m.honorific} {m.full_name}".strip() for m in svc.delegations.our_members()
                ),
            ),
            self.window,
        )
        dialog.preview_requested.connect(lambda r: self.preview_report(dialog, r))
        dialog.save_requested.connect(lambda r: self.save_report(dialog, r))
        dialog.print_requested.connect(lambda r: self.print_report(dialog, r))
        dialog.cancel_requested.connect(self.cancel)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def preview_report(self, dialog: ReportDialog, request: Any) -> None:
        svc = self.services
        self.jobs.run(
            dialog,
            lambda p: svc.reports.render(request, on_progress=p.report)[0],
            lambda data: dialog.show_pdf(data, dialog.tr("preview")),
            dialog.tr("Building the report…"),
        )

    def save_report(self, dialog: ReportDialog, request: Any) -> None:
        svc = self.services
        word = request.format == "docx"
        self.jobs.save(
            dialog,
            lambda path, p: svc.reports.issue(request, path, on_progress=p.report),
            f"{request.kind}-report." + ("docx" if word else "pdf"),
            (
                dialog.tr("Save the report as Word") if word else dialog.tr("Save the report"),
                dialog.tr("Report issued"),
            ),
            lambda: None,
            word=word,
        )

    # -- one item's brief as Word (the service of ``brief export``) -------------------------
    def open_brief_word(self) -> BriefWordDialog | None:
        svc = self.services
        if svc is None:
            return None
        item_id = current_item(self.window)
        if item_id is None:
            errors.show_message(
                self.window,
                self.window.tr(
                    "Select an agenda item (or its meeting) first: its brief is exported."
                ),
            )
            return None
        from .brief_word_dialog import BriefWordDialog

        dialog = BriefWordDialog(svc.packs.brief_choices(item_id), self.window)
        dialog.save_requested.connect(lambda r: self.save_brief_word(dialog, r))
        dialog.cancel_requested.connect(self.cancel)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def save_brief_word(self, dialog: BriefWordDialog, request: Any) -> None:
        svc = self.services
        self.jobs.save(
            dialog,
            lambda path, p: svc.packs.export_brief(
                request.item_id,
                request.audience,
                path,
                classification=request.classification,
                recipients=request.recipients,
                copies=request.copies,
                issuer_id=request.issuer_id,
                language=request.language,
                buddhist_era=request.buddhist_era,
                on_progress=p.report,
            ),
            _file_name(f"brief {dialog.item_label()} {request.audience.value}") + ".docx",
            (dialog.tr("Save the brief as Word"), dialog.tr("Brief issued")),
            lambda: None,
            word=True,
        )

    def print_report(self, dialog: ReportDialog, request: Any) -> None:
        svc = self.services
        self.jobs.print_(
            dialog,
            lambda name, p: svc.reports.issue(request, None, on_progress=p.report, printer=name),
            (dialog.tr("Print the report"), dialog.tr("Report printed")),
            lambda: None,
        )

    # -- the register -------------------------------------------------------------------
    def open_register(self) -> RegisterDialog | None:
        svc = self.services
        if svc is None:
            return None
        from .register_view import RegisterDialog

        dialog = RegisterDialog(svc.packs.register(), self.window)
        dialog.save_requested.connect(lambda: self.save_register(dialog))
        dialog.print_requested.connect(lambda: self.print_register(dialog))
        self.window.changed.connect(lambda change: self._refresh_register(dialog, change))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _refresh_register(self, dialog: RegisterDialog, change: Any) -> None:
        from ...services.changes import ChangeKind

        if (
            dialog in self.dialogs
            and self.services is not None
            and change.concerns(ChangeKind.PACKS)
        ):
            dialog.set_data(self.services.packs.register())

    def _register_job(self, dialog: RegisterDialog, fn: Any, message: str) -> None:
        """Register PDFs are small, but a pack build may hold the PDF lock: off the GUI thread."""
        dialog.print_button.setEnabled(False)
        dialog.save_button.setEnabled(False)

        def finish() -> None:
            dialog.print_button.setEnabled(True)
            dialog.save_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            finish()
            errors.show_error(dialog, exc)

        def done(_result: Any) -> None:
            finish()
            dialog.heading.setToolTip(message)

        run_job(fn, on_success=done, on_error=failed)

    def save_register(self, dialog: RegisterDialog) -> None:
        path = file_dialogs.ask_save_pdf(
            dialog, documents_dir() / "distribution-register.pdf", dialog.tr("Save the register")
        )
        if path is None:
            return
        svc = self.services
        self._register_job(dialog, lambda _p: svc.packs.register_pdf(path), str(path))

    def print_register(self, dialog: RegisterDialog) -> None:
        from . import pdf_printing

        printer = pdf_printing.ask_printer(dialog, dialog.tr("Print the register"))
        if printer is None:
            return
        svc = self.services
        name = pdf_printing.printer_name(printer)

        def work(_p: Any) -> int:
            pdf = svc.packs.register_pdf(None, printer=name)
            return pdf_printing.print_pdfs(printer, [pdf])

        self._register_job(dialog, work, name)
