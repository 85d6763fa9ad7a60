"""The distribution register: which copy of which pack went to whom, when, with its hash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...reports.pack_model import RegisterData, RegisterRow, reference_label
from ..common import a11y
from ..common.labels import label_tr

COLUMNS = (
    QT_TRANSLATE_NOOP("Labels", "Document"),
    QT_TRANSLATE_NOOP("Labels", "Copy"),
    QT_TRANSLATE_NOOP("Labels", "Recipient"),
    QT_TRANSLATE_NOOP("Labels", "Audience"),
    QT_TRANSLATE_NOOP("Labels", "Classification"),
    QT_TRANSLATE_NOOP("Labels", "Issued"),
    QT_TRANSLATE_NOOP("Labels", "By"),
    QT_TRANSLATE_NOOP("Labels", "File"),
    QT_TRANSLATE_NOOP("Labels", "SHA-256"),
)

Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    """A table model over register rows (filled by its view; it never queries)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []

    def set_rows(self, rows: tuple[RegisterRow, ...] | list[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, n: int) -> RegisterRow:
        return self._rows[n]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return label_tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            ref = reference_label(r.reference, r.addendum_no)
            values = (
                ref if r.document == "Briefing pack" else f"{label_tr(r.document)}: {ref}",
                f"{r.copy_no} of {r.copies_total}",
                r.recipient or "-",
                r.audience,
                r.classification,
                r.issued_at,
                r.issued_by,
                r.file_name,
                r.sha256 if role == Qt.ItemDataRole.ToolTipRole else r.sha256[:16] + "…",
            )
            return values[index.column()]
        return None


class RegisterDialog(QDialog):
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, initial: RegisterData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Distribution register"))
        self.resize(1100, 520)
        self.heading = QLabel(self)
        self.heading.setObjectName("registerHeading")
        self.model = RegisterModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        a11y.name(
            self.table,
            self.tr("Pack register"),
            self.tr("Every pack printed: who received each copy"),
        )
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("registerPrint")
        self.save_button = self.buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("registerSave")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.set_data(initial)

    def set_data(self, data: RegisterData) -> None:
        self.data_ = data
        self.model.set_rows(data.rows)
        issues = len({r.issue_id for r in data.rows})
        n = len(data.rows)
        copies = self.tr("1 copy") if n == 1 else self.tr("%d copies") % n
        packs = self.tr("1 issue") if issues == 1 else self.tr("%d issues") % issues
        self.heading.setText(f"{data.title} - {copies}, {packs}")
        self.table.resizeColumnsToContents()
        for col, width in ((2, 220), (7, 260)):
            if self.table.columnWidth(col) > width:
                self.table.setColumnWidth(col, width)
        self.print_button.setEnabled(True)

    def values(self) -> RegisterData:
        return self.data_
