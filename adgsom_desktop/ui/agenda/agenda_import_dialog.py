"""Import a provisional agenda as circulated (pasted text, a .txt or a .docx), with a preview.

Nothing is written until the user presses Import: the preview shows each line
as an item (level, number, title, purpose, lead, time), lets them leave lines
out, indent or outdent them, and choose whether the printed numbers are kept.
A Word file is read off the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ...paths import data_dir
from ...services.agenda_import import with_numbers
from ...services.agenda_records import AddedItems, ImportedItem, ImportPreview
from ..common import file_dialogs
from ..common.errors import show_error
from ..common.workers import run_job
from .agenda_model import minutes_label

if TYPE_CHECKING:
    from ...services.container import Services

ROW = Qt.ItemDataRole.UserRole + 1


class AgendaImportDialog(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaImportDialog")
        self.setWindowTitle(self.tr("Import a provisional agenda"))
        self.services = services
        self.meeting = services.events.meeting(meeting_id)
        self.preview: ImportPreview | None = None
        self.rows: list[ImportedItem] = []
        self.result_items: AddedItems | None = None
        self._job: Any = None

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("importText")
        self.text.setPlaceholderText(
            self.tr(
                "Paste the agenda here, one item per line:\n\n1. Opening of the Meeting\n"
                "2. Adoption of the Agenda\n3. ASEAN Digital Masterplan\n    3.1 Draft ADM 2026-2030 "
                "(for endorsement)\n\n…or open a Word (.docx) or text file."
            )
        )
        self.open_button = QPushButton(self.tr("Open a file (.docx, .txt)…"), self)
        self.open_button.setObjectName("importOpenFile")
        self.open_button.clicked.connect(self.choose_file)
        self._parse_timer = QTimer(self)
        self._parse_timer.setSingleShot(True)
        self._parse_timer.setInterval(400)
        self._parse_timer.timeout.connect(self.read_text)
        self.text.textChanged.connect(self._parse_timer.start)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importPreview")
        self.tree.setHeaderLabels(
            [self.tr("No."), self.tr("Title"), self.tr("Purpose"), self.tr("Lead"), self.tr("Time")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(self._on_checked)
        self.indent_button = QPushButton(self.tr("Indent →"), self)
        self.outdent_button = QPushButton(self.tr("← Outdent"), self)
        self.indent_button.clicked.connect(lambda: self.shift_level(1))
        self.outdent_button.clicked.connect(lambda: self.shift_level(-1))
        self.keep_numbers = QCheckBox(self.tr("Keep the numbers as circulated"), self)
        self.keep_numbers.setObjectName("importKeepNumbers")
        self.keep_numbers.setChecked(True)
        self.keep_numbers.setToolTip(
            self.tr(
                "Numbers that the structure would not give (e.g. 4(a), 2bis) are fixed by hand."
            )
        )
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        source = QWidget(self)
        sl = QVBoxLayout(source)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.open_button)
        sl.addWidget(self.text)
        preview = QWidget(self)
        pl = QVBoxLayout(preview)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(QLabel(self.tr("Preview (nothing is written until you press Import):"), self))
        pl.addWidget(self.tree)
        row = QHBoxLayout()
        row.addWidget(self.outdent_button)
        row.addWidget(self.indent_button)
        row.addStretch(1)
        row.addWidget(self.keep_numbers)
        pl.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(source)
        splitter.addWidget(preview)
        splitter.setSizes([360, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Into: <b>%s</b> (after the items already there)") % self.meeting.label,
                self,
            )
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        self._refresh()

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
        """Read a .docx or text file off the GUI thread; the preview appears when done."""
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
        self._refresh()

    # -- preview --------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        stack: list[QTreeWidgetItem] = []
        for n, row in enumerate(self.rows):
            del stack[row.level :]
            holder = stack[-1] if stack else None
            node = QTreeWidgetItem(holder if holder is not None else self.tree)
            node.setText(0, row.number or "·")
            node.setText(1, row.title)
            node.setText(2, row.purpose.label if row.purpose else "")
            node.setText(3, row.lead_text)
            node.setText(4, minutes_label(row.est_minutes))
            node.setData(0, ROW, n)
            node.setCheckState(0, Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked)
            if not row.include:
                for col in range(5):
                    node.setForeground(col, self.palette().placeholderText())
            stack.append(node)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        count = sum(1 for r in self.rows if r.include)
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(
            self.tr("Import %s items") % count if count else self.tr("Import")
        )
        lines = []
        if getattr(self, "_error", ""):
            lines.append(f"<span style='color:#b00020'>{self._error}</span>")
        if self.preview is not None:
            lines.append(self.tr("Read from %s: %s items.") % (self.preview.source, len(self.rows)))
            lines.extend(self.preview.warnings)
        self.status.setText("<br>".join(lines))

    def _on_checked(self, node: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        n = int(node.data(0, ROW))
        include = node.checkState(0) == Qt.CheckState.Checked
        self.rows[n] = replace(self.rows[n], include=include)
        QTimer.singleShot(0, self._refresh)

    def shift_level(self, step: int) -> None:
        node = self.tree.currentItem()
        if node is None:
            return
        n = int(node.data(0, ROW))
        prev_level = self.rows[n - 1].level if n > 0 else -1
        level = max(0, min(self.rows[n].level + step, prev_level + 1))
        delta = level - self.rows[n].level
        self.rows[n] = replace(self.rows[n], level=level)
        # Its sub-items move with it.
        for k in range(n + 1, len(self.rows)):
            if self.rows[k].level <= level - delta:
                break
            self.rows[k] = replace(self.rows[k], level=max(0, self.rows[k].level + delta))
        self._refresh()
        for item in self.tree.findItems(
            "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        ):
            if int(item.data(0, ROW)) == n:
                self.tree.setCurrentItem(item)

    # -- writing --------------------------------------------------------------------------
    def do_import(self) -> None:
        if self.preview is None:
            return
        preview = with_numbers(
            replace(self.preview, items=tuple(self.rows)), self.keep_numbers.isChecked()
        )
        try:
            self.result_items = self.services.agenda.import_items(self.meeting.id, preview)
        except AppError as exc:
            show_error(self, exc)
            return
        self.accept()

    def done(self, result: int) -> None:  # closing while a file is read: stop waiting for it
        if self._job is not None:
            self._job.cancel()
        super().done(result)
