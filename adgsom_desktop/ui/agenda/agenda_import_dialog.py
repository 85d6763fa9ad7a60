"""Import a provisional agenda as circulated (pasted text, a .txt, a .docx or a PDF),
with a preview of everything that will be written.

Nothing is written until the user presses Import.  The preview shows each row
(number, title, time slot, purpose, lead, documents; programme rows such as the
coffee break in italics, apart from the items), lets the user leave rows out,
indent or outdent them, turn a row into a programme entry or back, and keep or
drop the printed numbers.  Into a meeting that has an agenda, the user chooses
to update it as revised (each row says which stored item it updates; the items
no longer on the agenda are listed to delete or keep) or to add after it.  The
header's title, venue and dates are compared with the meeting, with one button
to take them over.  Files are read off the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ProgrammeKind
from ...errors import AppError
from ...paths import data_dir
from ...services.agenda_annotations import programme_kind
from ...services.agenda_import import with_numbers
from ...services.agenda_records import AddedItems, ImportedItem, ImportMode, ImportPreview
from ...services.agenda_revision import RevisionPlan, unrelated_message
from ..common import a11y, file_dialogs, theme
from ..common.errors import show_error
from ..common.labels import label_tr
from ..common.workers import run_job
from .agenda_import_preview import DroppedPanel, HeaderPanel, PreviewTree

if TYPE_CHECKING:
    from ...services.container import Services


class AgendaImportDialog(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaImportDialog")
        self.setWindowTitle(self.tr("Import a provisional agenda"))
        self.services = services
        self.meeting = services.events.meeting(meeting_id)
        self.has_agenda = services.agenda.count(meeting_id) > 0
        self.preview: ImportPreview | None = None
        self.rows: list[ImportedItem] = []
        self.plan: RevisionPlan | None = None
        self.result_items: AddedItems | None = None
        self._job: Any = None
        self._error = ""
        self._meeting_note = ""

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("importText")
        a11y.name(
            self.text,
            self.tr("Agenda text"),
            self.tr("Paste the agenda as circulated, one item a line"),
        )
        self.text.setPlaceholderText(
            self.tr(
                "Paste the agenda here, one item per line:\n\n1. Opening of the Meeting\n"
                "2. Adoption of the Agenda\n3. ASEAN Digital Masterplan\n    3.1 Draft ADM "
                "2026-2030 (for endorsement)\n\n…or open a Word, PDF or text file."
            )
        )
        self.open_button = QPushButton(self.tr("Open a file (.docx, .pdf, .txt)…"), self)
        self.open_button.setObjectName("importOpenFile")
        self.open_button.clicked.connect(self.choose_file)
        self._parse_timer = QTimer(self)
        self._parse_timer.setSingleShot(True)
        self._parse_timer.setInterval(400)
        self._parse_timer.timeout.connect(self.read_text)
        self.text.textChanged.connect(self._parse_timer.start)

        self.tree = PreviewTree(self)
        self.tree.checked.connect(self._on_checked)
        self.indent_button = QPushButton(self.tr("Indent →"), self)
        self.outdent_button = QPushButton(self.tr("← Outdent"), self)
        self.indent_button.clicked.connect(lambda: self.shift_level(1))
        self.outdent_button.clicked.connect(lambda: self.shift_level(-1))
        self.programme_button = QPushButton(self.tr("Item ↔ programme"), self)
        self.programme_button.setObjectName("importToggleProgramme")
        self.programme_button.setToolTip(
            self.tr("Make the chosen row a programme entry (a break, lunch) or an item again")
        )
        self.programme_button.clicked.connect(self.toggle_programme)
        self.keep_numbers = QCheckBox(self.tr("Keep the numbers as circulated"), self)
        self.keep_numbers.setObjectName("importKeepNumbers")
        self.keep_numbers.setChecked(True)
        self.keep_numbers.setToolTip(
            self.tr(
                "Numbers that the structure would not give (e.g. 4(a), 2bis) are fixed by hand."
            )
        )
        self.update_mode = QRadioButton(self.tr("Update the agenda as revised"), self)
        self.update_mode.setObjectName("importModeUpdate")
        self.update_mode.setToolTip(
            self.tr(
                "Items are matched by title, then by number: their briefs, notes and stances "
                "stay with them; new items are added."
            )
        )
        self.append_mode = QRadioButton(self.tr("Add after the items there"), self)
        self.append_mode.setObjectName("importModeAppend")
        modes = QButtonGroup(self)
        modes.addButton(self.update_mode)
        modes.addButton(self.append_mode)
        self.update_mode.setChecked(True)
        self.update_mode.toggled.connect(lambda _on: self._refresh())
        self.header_panel = HeaderPanel(self.update_meeting, self)
        self.dropped_panel = DroppedPanel(self)
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        widest = self.tr("Update: %s items, %s new") % (999, 999)
        self.import_button.setMinimumWidth(
            self.import_button.fontMetrics().horizontalAdvance(widest) + 32
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.resize(1093, 614)
        self._refresh()

    def _lay_out(self) -> None:
        source = QWidget(self)
        sl = QVBoxLayout(source)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.open_button)
        sl.addWidget(self.text)
        preview = QWidget(self)
        pl = QVBoxLayout(preview)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(QLabel(self.tr("Preview (nothing is written until you press Import):"), self))
        pl.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.outdent_button)
        row.addWidget(self.indent_button)
        row.addWidget(self.programme_button)
        row.addStretch(1)
        row.addWidget(self.keep_numbers)
        pl.addLayout(row)
        panels = QHBoxLayout()
        panels.addWidget(self.header_panel, 1)
        panels.addWidget(self.dropped_panel, 1)
        pl.addLayout(panels)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(source)
        splitter.addWidget(preview)
        splitter.setSizes([220, 870])
        top = QHBoxLayout()
        into = self.tr("Into: <b>%s</b>") % self.meeting.label
        if not self.has_agenda:
            into += self.tr(" (no agenda yet)")
        top.addWidget(QLabel(into, self))
        top.addStretch(1)
        top.addWidget(self.update_mode)
        top.addWidget(self.append_mode)
        self.update_mode.setVisible(self.has_agenda)
        self.append_mode.setVisible(self.has_agenda)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        a11y.order(  # as they are seen: the mode on top, the text, then the preview
            self,
            self.update_mode,
            self.append_mode,
            self.open_button,
            self.text,
            self.tree,
            self.outdent_button,
            self.indent_button,
            self.programme_button,
            self.keep_numbers,
            self.header_panel,
            self.dropped_panel,
            self.buttons,
        )

    # -- reading --------------------------------------------------------------------------
    def read_text(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self.set_preview(None)
            return
        try:
            self.set_preview(self.services.agenda_import.from_text(text))
        except AppError as exc:
            self.set_preview(None, str(exc))

    def choose_file(self) -> None:
        path = file_dialogs.ask_agenda_file(
            self, Path.home() if Path.home().exists() else data_dir()
        )
        if path is not None:
            self.read_file(path)

    def read_file(self, path: Path) -> None:
        """Read a .docx, PDF or text file off the GUI thread; the preview appears when done."""
        importer = self.services.agenda_import
        self.status.setText(self.tr("Reading %s…") % path.name)
        self.open_button.setEnabled(False)
        self.import_button.setEnabled(False)

        def done(preview: ImportPreview) -> None:
            self._job = None
            self.open_button.setEnabled(True)
            self.text.blockSignals(True)
            self.text.setPlainText("")
            self.text.blockSignals(False)
            self.set_preview(preview)

        def failed(exc: BaseException) -> None:
            self._job = None
            self.open_button.setEnabled(True)
            message = str(exc) if isinstance(exc, AppError) else None
            if message is None:
                show_error(self, exc)
                message = self.tr("The file could not be read.")
            self.set_preview(None, message)

        self._job = run_job(lambda _p: importer.from_file(path), on_success=done, on_error=failed)

    def set_preview(self, preview: ImportPreview | None, error: str = "") -> None:
        self.preview = preview
        self.rows = list(preview.items) if preview else []
        self._error = error
        self._meeting_note = ""
        self._refresh()

    # -- preview --------------------------------------------------------------------------
    def mode(self) -> ImportMode:
        if self.has_agenda and self.append_mode.isChecked():
            return ImportMode.APPEND
        return ImportMode.UPDATE

    def _refresh(self) -> None:
        revising = self.has_agenda and self.mode() is ImportMode.UPDATE and bool(self.rows)
        self.plan = (
            self.services.agenda_imports.plan(self.meeting.id, self.rows) if revising else None
        )
        unrelated = unrelated_message(self.plan, self.rows) if self.plan is not None else None
        self.tree.show_rows(self.rows, self.plan)
        # Text that is no agenda of this meeting drops nothing: it is refused (F10).
        dropped = self.plan.dropped if self.plan is not None and unrelated is None else ()
        self.dropped_panel.show_items(dropped)
        header = self.preview.header if self.preview else None
        if header is not None:
            diffs = self.services.agenda_imports.header_differences(self.meeting.id, header)
            self.header_panel.show_header(header, diffs, self._meeting_note)
        else:
            self.header_panel.setVisible(False)
        items = sum(1 for r in self.rows if r.include and r.programme is None)
        entries = sum(1 for r in self.rows if r.include and r.programme is not None)
        self.import_button.setEnabled(items + entries > 0 and unrelated is None)
        self.import_button.setText(self._button_text(items, entries))
        lines = []
        if self._error:
            lines.append(theme.current().span("error", self._error))
        if unrelated is not None:
            lines.append(theme.current().span("error", str(unrelated)))
        if self.preview is not None:
            lines.append(
                self.tr("Read from %s: %s items, %s programme entries.")
                % (self.preview.source, items, entries)
            )
            lines.extend(self.preview.warnings)
        self.status.setText("<br>".join(lines))

    def _button_text(self, items: int, entries: int) -> str:
        if not items and not entries:
            return self.tr("Import")
        if self.plan is not None:
            return self.tr("Update: %s items, %s new") % (self.plan.matched, self.plan.new)
        if entries and not items:
            return self.tr("Import %s programme entries") % entries
        return self.tr("Import %s items") % items

    def _on_checked(self, n: int, include: bool) -> None:
        self.rows[n] = replace(self.rows[n], include=include)
        QTimer.singleShot(0, self._refresh)

    def shift_level(self, step: int) -> None:
        n = self.tree.current_row()
        if n is None or self.rows[n].programme is not None:
            return
        prev = [r.level for r in self.rows[:n] if r.programme is None]
        prev_level = prev[-1] if prev else -1
        level = max(0, min(self.rows[n].level + step, prev_level + 1))
        delta = level - self.rows[n].level
        self.rows[n] = replace(self.rows[n], level=level)
        # Its sub-items move with it.
        for k in range(n + 1, len(self.rows)):
            if self.rows[k].programme is not None:
                continue
            if self.rows[k].level <= level - delta:
                break
            self.rows[k] = replace(self.rows[k], level=max(0, self.rows[k].level + delta))
        self._refresh()
        self.tree.select_row(n)

    def toggle_programme(self) -> None:
        n = self.tree.current_row()
        if n is None:
            return
        row = self.rows[n]
        if row.programme is None:
            kind = programme_kind(row.title) or ProgrammeKind.OTHER
            self.rows[n] = replace(row, programme=kind, level=0, number="", fixed_number="")
        else:
            above = [r.level for r in self.rows[:n] if r.programme is None]
            self.rows[n] = replace(row, programme=None, level=above[-1] if above else 0)
        self._refresh()
        self.tree.select_row(n)

    # -- writing --------------------------------------------------------------------------
    def update_meeting(self) -> None:
        if self.preview is None:
            return
        try:
            changed = self.services.agenda_imports.update_meeting(
                self.meeting.id, self.preview.header
            )
        except AppError as exc:
            show_error(self, exc)
            return
        self.meeting = self.services.events.meeting(self.meeting.id)
        self._meeting_note = self.tr("Updated: %s.") % ", ".join(
            label_tr(d.label).lower() for d in changed
        )
        self._refresh()

    def do_import(self) -> None:
        if self.preview is None:
            return
        keep = self.keep_numbers.isChecked()
        preview = with_numbers(replace(self.preview, items=tuple(self.rows)), keep)
        try:
            self.result_items = self.services.agenda.import_items(
                self.meeting.id,
                preview,
                mode=self.mode(),
                delete_ids=self.dropped_panel.delete_ids() if self.plan else (),
            )
        except AppError as exc:
            show_error(self, exc)
            return
        self.accept()

    def done(self, result: int) -> None:  # closing while a file is read: stop waiting for it
        if self._job is not None:
            self._job.cancel()
        super().done(result)
