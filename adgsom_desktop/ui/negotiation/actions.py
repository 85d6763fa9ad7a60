"""What the Texts tab does beyond showing: import a revision, propose and edit our
amendments, export them as tracked changes, print the compilation table.

``TextsActions`` is a part of ``view.TextsView`` (the view owns the widgets and the
presenter). Files are written off the GUI thread (``run_job``); dialogs open through
``exec_dialog`` and file choices through ``ask_save_docx`` / ``file_dialogs``, which
tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from ...errors import AppError
from ...paths import data_dir
from ..common import confirm, file_dialogs
from ..common.errors import show_error, show_message
from ..common.workers import run_job
from .amendment_dialog import AmendmentDialog, AmendmentValues, state_labels

if TYPE_CHECKING:
    from .presenter import TextsPresenter

    _Base = QWidget
else:
    _Base = object


def ask_save_docx(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TextsActions", "Export with our changes"),
        str(start),
        QCoreApplication.translate("TextsActions", "Word documents (*.docx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


def exec_dialog(dialog: QDialog) -> int:
    return dialog.exec()


class TextsActions(_Base):
    # Set by TextsView.
    services: Any
    presenter: TextsPresenter
    _job: Any

    # -- a trip copy ----------------------------------------------------------------------------
    def refused(self) -> str:
        """Why the texts are not changed here ("" when they are: ``read_only``)."""
        from ..common.read_only import read_only_reason

        return read_only_reason(self.services, "texts")

    def said_refused(self) -> bool:
        """A key pressed for a change refused here: the refusal said, nothing done."""
        from ..common.read_only import refusal

        said = refusal(self.services, "texts")
        if said:
            show_message(self, said)
        return bool(said)

    # -- import -------------------------------------------------------------------------------
    def import_revision(self) -> None:
        from .import_dialog import ImportTextDialog

        p = self.presenter
        if p.meeting_id is None or self.said_refused():
            return
        dialog = ImportTextDialog(
            self.services, p.meeting_id, p.document.id if p.document else None, parent=self
        )
        if exec_dialog(dialog) and dialog.imported is not None:
            p.show_meeting(p.meeting_id, dialog.imported.document_id)

    # -- our amendments --------------------------------------------------------------------------
    def _items(self) -> list[tuple[int, str]]:
        p = self.presenter
        if p.meeting_id is None:
            return []
        return [(i.id, i.label) for i in self.services.agenda.items(p.meeting_id)]

    def _red_line(self, item_id: int) -> str:
        from ...domain.markup import to_plain

        try:
            pos = self.services.positions.get(item_id)
        except AppError:
            return ""
        return to_plain(pos.content.red_line).strip() if pos is not None else ""

    def propose(self) -> None:
        p = self.presenter
        para = p.selected
        if para is None or not para.negotiated or not p.is_current or self.said_refused():
            return
        default_item = p.document.item_id if p.document else None
        dialog = AmendmentDialog(
            para.label,
            para.text,
            AmendmentValues(text=para.text, item_id=default_item),
            self._items(),
            red_line_of=self._red_line,
            parent=self,
        )
        services = self.services

        def save(v: AmendmentValues) -> Any:
            rec = services.amendments.propose(
                para.id, v.text, rationale=v.rationale, item_id=v.item_id,
                new_paragraph=v.new_paragraph, state=v.state,
            )  # fmt: skip
            if v.note:
                rec = services.amendments.set_state(rec.id, v.state, v.note)
            return rec

        dialog.saver = save
        if exec_dialog(dialog):
            p.reload()

    def _choose_ours(self) -> Any:
        p = self.presenter
        if p.selected is None:
            return None
        ours = p.amendments_on(p.selected.id)
        if len(ours) <= 1:
            return ours[0] if ours else None
        labels = state_labels()
        names = [f"{n}. {labels[a.state]}: {a.our_text[:70]}" for n, a in enumerate(ours, 1)]
        name, ok = QInputDialog.getItem(
            self, self.tr("Which amendment?"), self.tr("Ours"), names, 0, False
        )
        return ours[names.index(name)] if ok else None

    def edit_ours(self) -> None:
        if self.said_refused():
            return
        a = self._choose_ours()
        if a is None:
            return
        dialog = AmendmentDialog(
            a.label,
            a.current_text,
            AmendmentValues(
                text=a.our_text if not a.new_paragraph else a.proposed_text,
                rationale=a.rationale,
                item_id=a.item_id,
                state=a.state,
                note=a.state_note,
                new_paragraph=a.new_paragraph,
            ),
            self._items(),
            red_line_of=self._red_line,
            editing=True,
            parent=self,
        )
        services = self.services

        def save(v: AmendmentValues) -> Any:
            rec = a
            if v.text != (a.our_text if not a.new_paragraph else a.proposed_text) or (
                v.rationale != a.rationale or v.item_id != a.item_id
            ):
                rec = services.amendments.edit(
                    a.id, v.text, rationale=v.rationale, item_id=v.item_id
                )
            if v.state is not a.state or v.note != a.state_note:
                rec = services.amendments.set_state(a.id, v.state, v.note)
            return rec

        dialog.saver = save
        if exec_dialog(dialog):
            self.presenter.reload()

    def delete_ours(self) -> None:
        if self.said_refused():
            return
        a = self._choose_ours()
        if a is None or not confirm.ask(
            self,
            self.tr("Delete our amendment"),
            self.tr("Delete our amendment to %s? (To keep a record of it, set it to withdrawn.)")
            % a.label,
            self.tr("Delete"),
        ):
            return
        try:
            self.services.amendments.delete(a.id)
        except AppError as exc:
            show_error(self, exc)
            return
        self.presenter.reload()

    # -- files ----------------------------------------------------------------------------------
    def export_docx(self) -> None:
        p = self.presenter
        if p.document is None or self._job is not None:
            return
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in p.document.title)[:60]
        target = ask_save_docx(self, data_dir() / f"{safe} - our amendments.docx")
        if target is None:
            return
        services, doc_id = self.services, p.document.id

        def done(result: Any) -> None:
            self._job = None
            lines = [
                self.tr("Wrote %s: %s of our amendments as tracked changes by our delegation.")
                % (result.path, result.amendments)
            ]
            lines += [self.tr("Left out: %s") % why for why in result.skipped]
            show_message(self, "\n".join(lines), self.tr("Export"), warning=bool(result.skipped))

        self._job = run_job(
            lambda _p: services.text_exports.export_docx(doc_id, target),
            on_success=done,
            on_error=self._failed,
        )

    def compilation_table(self) -> None:
        p = self.presenter
        if not p.documents or self._job is not None:
            return
        target = file_dialogs.ask_save_pdf(
            self, data_dir() / "compilation of our amendments.pdf", self.tr("Compilation table")
        )
        if target is None:
            return
        services, ids = self.services, [d.id for d in p.documents]

        def done(result: Any) -> None:
            self._job = None
            path, pages = result
            show_message(
                self,
                self.tr("Wrote %s (%s pages).") % (path, pages),
                self.tr("Compilation table"),
                warning=False,
            )

        self._job = run_job(
            lambda _p: services.text_exports.write_compilation(ids, target),
            on_success=done,
            on_error=self._failed,
        )

    def document_for_ministers(self) -> None:
        """The SOM's outcomes marked for the Ministers, as a document of the Ministers'
        meeting (its next revision when it exists): one entry per decision they take."""
        p = self.presenter
        if p.meeting_id is None or self._job is not None:
            return
        services, meeting = self.services, p.meeting_id

        def done(result: Any) -> None:
            self._job = None
            doc_id, label = result
            show_message(
                self,
                self.tr(
                    "The recommendations are %s of document %s on the Ministers' meeting "
                    "(its Texts tab)."
                )
                % (label, doc_id),
                self.tr("For the Ministers"),
                warning=False,
            )

        self._job = run_job(
            lambda _p: services.ministers.to_document(meeting),
            on_success=done,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        show_error(self, exc)
