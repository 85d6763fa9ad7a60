"""The coverage matrix: a framework's outcomes × partners, how many projects serve each.

Empty cells are shaded; an outcome no project serves at all is marked as a gap (shaded
darker, and said in words: colour is never the only sign).  Double-clicking a cell asks
the window to show those projects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.project_records import Coverage
from ..common import a11y, theme

Index = QModelIndex | QPersistentModelIndex


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cov: Coverage | None = None

    def set_coverage(self, cov: Coverage | None) -> None:
        self.beginResetModel()
        self.cov = cov
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.cov is None else len(self.cov.outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.cov is None else len(self.cov.partners) + 2

    def cell(self, index: Index) -> tuple[int, str] | None:
        """(outcome id, partner code) of a count cell; None for the outcome and total columns."""
        if self.cov is None or not 1 <= index.column() <= len(self.cov.partners):
            return None
        return self.cov.outcomes[index.row()].id, self.cov.partners[index.column() - 1][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.cov is None or not index.isValid():
            return None
        o = self.cov.outcomes[index.row()]
        total = self.cov.total(o.id)
        col = index.column()
        last = len(self.cov.partners) + 1
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{o.code}  {o.title}" + (
                    self.tr("  — gap: no project") if total == 0 else ""
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{o.label}: {o.title}"
        elif col == last:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(total)
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
        else:
            c = self.cov.cell(o.id, self.cov.partners[col - 1][0])
            if role == Qt.ItemDataRole.DisplayRole:
                return str(c.count) if c.count else "–"
            if role == Qt.ItemDataRole.ToolTipRole:
                name = self.cov.partners[col - 1][1]
                return (
                    (self.tr("%s: %d project(s) with %s") % (o.label, c.count, name))
                    if c.count
                    else (self.tr("%s: no project with %s") % (o.label, name))
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if total == 0:
                return QBrush(theme.qcolor("coverage.gap.bg"))
            if 0 < col < last and not self.cov.cell(o.id, self.cov.partners[col - 1][0]).count:
                return QBrush(theme.qcolor("coverage.empty.bg"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.cov is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Outcome")
            if section == len(self.cov.partners) + 1:
                return self.tr("All")
            return self.cov.partners[section - 1][0] or self.tr("None")
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section <= len(self.cov.partners):
            return self.cov.partners[section - 1][1]
        return None


class CoverageView(QWidget):
    """The framework chooser, the matrix and a line naming the gaps."""

    cell_chosen = Signal(str, str)  # outcome label, partner code
    framework_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackerCoverage")
        self.framework = QComboBox(self)
        self.framework.setObjectName("coverageFramework")
        self.framework.setMinimumContentsLength(36)
        self.framework.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.framework.currentIndexChanged.connect(
            lambda _i: self.framework_changed.emit(self.framework.currentData() or "")
        )
        self.gaps = QLabel(self)
        self.gaps.setObjectName("coverageGaps")
        self.gaps.setWordWrap(True)
        self.model = CoverageModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("coverageTable")
        a11y.name(
            self.table,
            self.tr("Coverage of the ADM"),
            self.tr("Which ADM outcomes and actions the projects serve"),
        )
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Framework"), self))
        top.addWidget(self.framework)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.gaps)
        lay.addWidget(self.table, 1)

    def set_frameworks(self, frameworks: list[tuple[str, str]], current: str) -> None:
        self.framework.blockSignals(True)
        self.framework.clear()
        for code, title in frameworks:
            self.framework.addItem(title, code)
        self.framework.setCurrentIndex(max(0, self.framework.findData(current)))
        self.framework.blockSignals(False)

    def set_coverage(self, cov: Coverage) -> None:
        self.model.set_coverage(cov)
        gaps = [o.code for o in cov.gaps]
        self.gaps.setText(
            self.tr("Outcomes with no project (gaps to raise): %s") % ", ".join(gaps)
            if gaps
            else self.tr("Every outcome has at least one project.")
        )

    def _chosen(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        if cell is None or self.model.cov is None:
            return
        outcome = next(o for o in self.model.cov.outcomes if o.id == cell[0])
        self.cell_chosen.emit(outcome.label, cell[1])
