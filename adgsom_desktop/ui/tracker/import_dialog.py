"""Import a Secretariat matrix: choose the file, check the column mapping, preview, import.

Reading and comparing run on a worker (a 20,000-row workbook takes a while); nothing
is written until Import.  Changing a column's field previews again.  After the import
the table lists what changed, field by field.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.project_import_service import FIELDS, ImportPreview, ImportResult
from ..common import a11y
from ..common.errors import message_for
from ..common.labels import label_tr
from ..common.theme import tone
from ..common.workers import run_job

if TYPE_CHECKING:
    from ...services.container import Services

MATRIX_FILTER = QT_TRANSLATE_NOOP(
    "Labels",
    "Matrices (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)",
)


def ask_matrix_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import a project matrix"),
        str(start),
        label_tr(MATRIX_FILTER),
    )
    return Path(name) if name else None


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixImportDialog")
        self.setWindowTitle(self.tr("Import a project matrix"))
        self.resize(900, 600)
        self.services = services
        self.path: Path | None = None
        self.data = b""
        self.preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self.job: Any = None

        self.file = QLineEdit(self)
        a11y.name(self.file, self.tr("File to import"))
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(
            self.tr("An .xlsx workbook or a .csv file from the Secretariat")
        )
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.setObjectName("matrixChoose")
        choose.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.file, 1)
        top.addWidget(choose)

        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("matrixMapping")
        a11y.name(
            self.mapping,
            self.tr("Columns of the file"),
            self.tr("Which field each column of the file fills"),
        )
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.rows = QTableWidget(0, 4, self)
        self.rows.setObjectName("matrixRows")
        a11y.name(self.rows, self.tr("Rows to import"))
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Code"), self.tr("What happens"), self.tr("Title / changes")]
        )
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().hide()
        self.rows.setWordWrap(True)
        split = QSplitter(self)
        split.addWidget(self.mapping)
        split.addWidget(self.rows)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 520])
        self.summary = QLabel(self)
        self.summary.setObjectName("matrixSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.btn_import = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.btn_import.setObjectName("matrixImport")
        self.btn_import.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.summary)
        lay.addWidget(buttons)

    # -- reading ------------------------------------------------------------------------
    def choose(self) -> None:
        path = ask_matrix_file(self, Path.home())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        try:
            self.data = path.read_bytes()
        except OSError as exc:
            self._failed(exc)
            return
        self.path = path
        self.file.setText(str(path))
        self.run_preview(None)

    def mapping_now(self) -> tuple[str, ...]:
        combos = [self.mapping.cellWidget(r, 1) for r in range(self.mapping.rowCount())]
        return tuple((c.currentData() if isinstance(c, QComboBox) else "") or "" for c in combos)

    def run_preview(self, mapping: tuple[str, ...] | None) -> None:
        if self.path is None:
            return
        name, data, service = self.path.name, self.data, self.services.project_import
        self.btn_import.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading %s…") % name)
        self.job = run_job(
            lambda _p: service.preview(name, data, mapping=mapping),
            on_success=self._previewed,
            on_error=self._failed,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.job = None
        self.preview = preview
        self._fill_mapping(preview)
        self.rows.setRowCount(0)
        for r in preview.rows:
            changes = "; ".join(
                f"{FIELDS.get(f, f)}: {old or '-'} → {new or '-'}" for f, old, new in r.changes
            )
            what = {
                "new": self.tr("new"),
                "update": self.tr("changes"),
                "unchanged": self.tr("unchanged"),
            }[r.action]
            self._add_row(
                [str(r.row_no), r.code, what, r.title if r.action != "update" else changes]
            )
        self.summary.setText(
            self.tr("%d new, %d changed, %d unchanged. Nothing is written until Import.")
            % (preview.new, preview.updated, preview.unchanged)
        )
        self.btn_import.setEnabled(preview.new + preview.updated > 0)

    def _fill_mapping(self, preview: ImportPreview) -> None:
        self.mapping.setRowCount(0)
        for header, field in zip(preview.headers, preview.mapping, strict=True):
            n = self.mapping.rowCount()
            self.mapping.insertRow(n)
            self.mapping.setItem(n, 0, QTableWidgetItem(header or self.tr("(no header)")))
            combo = QComboBox(self.mapping)
            combo.addItem(self.tr("(ignored)"), "")
            for key, label in FIELDS.items():
                combo.addItem(label_tr(label), key)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(lambda _i: self.run_preview(self.mapping_now()))
            self.mapping.setCellWidget(n, 1, combo)

    def _add_row(self, values: list[str]) -> None:
        n = self.rows.rowCount()
        self.rows.insertRow(n)
        for c, v in enumerate(values):
            self.rows.setItem(n, c, QTableWidgetItem(v))

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.preview = None
        self.btn_import.setEnabled(False)
        tone(self.summary, "error")
        self.summary.setText(message_for(exc))

    # -- writing ------------------------------------------------------------------------
    def do_import(self) -> None:
        if self.preview is None:
            return
        preview, service = self.preview, self.services.project_import
        self.btn_import.setEnabled(False)
        self.summary.setText(self.tr("Backing up the store, then importing…"))
        self.job = run_job(
            lambda _p: service.import_(preview), on_success=self._imported, on_error=self._failed
        )

    def _imported(self, result: ImportResult) -> None:
        self.job = None
        self.outcome = result
        self.preview = None
        self.rows.setRowCount(0)
        for code, f, old, new in result.changes:
            self._add_row(
                ["", code, self.tr("changed"), f"{FIELDS.get(f, f)}: {old or '-'} → {new or '-'}"]
            )
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr(
                "Imported: %d new, %d changed, %d unchanged. The changes are listed above and kept with the import."
            )
            % (result.created, result.updated, result.unchanged)
        )
