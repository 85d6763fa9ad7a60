"""Records changed on both sides: the open conflicts, each settled side by side or later.

A conflict keeps both versions; ours stays current until the user settles it.  *Side
by side…* shows ours and theirs per section with a word diff (the shared
``ConflictDialog``): keep ours, take theirs, or merge by hand.  The word diff of a
long section takes a moment, so it is computed on a worker (``run_job``) while a busy
bar runs and the list stays usable; closing the dialog meanwhile drops it.  Closing
leaves the rest for later: they stay listed here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.timeutil import to_local
from ...services.brief_conflict import ConflictView, Resolution
from ...services.sync.origins import origin_shown, superseded
from ...services.sync_service import ConflictRec
from ..common import a11y
from ..common.conflict_dialog import ConflictDialog
from ..common.dates import date_time
from ..common.errors import message_for
from ..common.labels import label_tr
from ..common.workers import run_job

Index = QModelIndex | QPersistentModelIndex


class ConflictsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "What"),
        QT_TRANSLATE_NOOP("Labels", "Record"),
        QT_TRANSLATE_NOOP("Labels", "Their version from"),
        QT_TRANSLATE_NOOP("Labels", "Found"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRec] = []
        self._older: dict[int, ConflictRec] = {}  # a newer conflict -> the older one

    def set_rows(self, rows: list[ConflictRec]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._older = superseded(self._rows)
        self.endResetModel()

    def at(self, row: int) -> ConflictRec | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label_tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.at(index.row()) if index.isValid() else None
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # a tip: whole
        if c is None or role not in shown:
            return None
        return (
            label_tr(c.what),
            c.label,
            # stored in English, shown translated; a newer one on a record says so
            str(origin_shown(c, self._older.get(c.id))),
            date_time(to_local(c.found_at)),  # "7 ธ.ค. 2026 10:40" in Thai
        )[index.column()]


class ConflictsDialog(QDialog):
    def __init__(
        self,
        load: Callable[[], list[ConflictRec]],
        view: Callable[[int], ConflictView],
        resolve: Callable[[int, Resolution], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleConflictsDialog")
        self.setWindowTitle(self.tr("Changed on both sides"))
        self._load, self._view, self._resolve = load, view, resolve
        self.job: Any = None  # the resolve being saved
        self.comparing: Any = None  # the side-by-side view being computed (a Job)
        self.side_by_side: ConflictDialog | None = None  # the one open (tests look at it)

        intro = QLabel(
            self.tr(
                "These records were changed here and elsewhere since the two copies last met. "
                "Nothing was overwritten: ours stays until you choose, and both versions stay "
                "in the history. Settle them now or later."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("bundleConflicts")
        a11y.name(
            self.table,
            self.tr("Conflicts"),
            self.tr("Records changed both here and in the bundle"),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (1, 2):  # the record and where theirs came from, each wrapped whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 110)
        self.table.setWordWrap(True)  # a newer conflict's origin names the older one, whole
        header.sectionResized.connect(lambda *_a: QTimer.singleShot(0, self._fit_rows))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.status = QLabel(self)
        self.status.setObjectName("bundleConflictsStatus")
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)  # no total: a running bar while the diff is computed
        self.busy.setObjectName("bundleConflictsBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        a11y.name(self.busy, self.tr("Comparing"), self.tr("Comparing the two versions"))
        self.busy.hide()

        buttons = QDialogButtonBox(self)
        self.btn_open = buttons.addButton(
            self.tr("Side by side…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.btn_open.setObjectName("bundleConflictOpen")
        self.btn_open.clicked.connect(self.open_selected)
        later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("bundleConflictsLater")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.refresh()

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped texts, once the columns have their widths (as
        drawn: a Thai line is taller than the table's font says)."""
        self.table.resizeRowsToContents()
        fm, flags = self.table.fontMetrics(), int(Qt.TextFlag.TextWordWrap)
        for row in range(self.model.rowCount()):
            need = max(
                fm.boundingRect(
                    QRect(0, 0, self.table.columnWidth(col) - 8, 10_000),
                    flags,
                    str(self.model.index(row, col).data() or ""),
                ).height()
                for col in (1, 2)
            )
            if need + 6 > self.table.rowHeight(row):
                self.table.setRowHeight(row, need + 6)

    def refresh(self) -> None:
        rows = self._load()
        self.model.set_rows(rows)
        self.btn_open.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self.status.setText(
            self.tr("%n conflict(s) open.", "", len(rows))
            if rows
            else self.tr("No open conflicts.")
        )

    def open_selected(self) -> None:
        """Compute the side-by-side view off the GUI thread, then show it."""
        rows = self.table.selectionModel().selectedRows()
        c = self.model.at(rows[0].row()) if rows else None
        if c is None or self.comparing is not None:
            return
        self.btn_open.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Comparing the two versions of %s…") % c.label)
        conflict_id, view = c.id, self._view
        self.comparing = run_job(
            lambda _p: view(conflict_id),
            on_success=lambda v: self._compared(c, v),
            on_error=self._compare_failed,
            on_cancel=self._compare_ended,
        )

    def _compare_ended(self) -> None:
        self.comparing = None
        self.busy.hide()
        self.btn_open.setEnabled(self.model.rowCount() > 0)

    def _compare_failed(self, exc: BaseException) -> None:  # settled elsewhere meanwhile
        self._compare_ended()
        self.refresh()
        self.status.setText(message_for(exc))

    def _compared(self, c: ConflictRec, view: ConflictView) -> None:
        self._compare_ended()
        if not self.isVisible():  # closed while comparing
            return
        self.status.setText(self.tr("%n conflict(s) open.", "", self.model.rowCount()))
        dlg = ConflictDialog(view, self)
        dlg.setWindowTitle(self.tr("Changed on both sides: %s") % c.label)
        self.side_by_side = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            self.side_by_side = None
            return
        self.side_by_side = None
        self.settle(c.id, dlg.resolution())

    def done(self, result: int) -> None:
        if self.comparing is not None:
            self.comparing.cancel()  # its answer is dropped
        super().done(result)

    def settle(self, conflict_id: int, resolution: Resolution | None) -> None:
        if resolution is None:
            return
        self.status.setText(self.tr("Saving…"))
        self.job = run_job(
            lambda _p: self._resolve(conflict_id, resolution),
            on_success=lambda _r: self.refresh(),
            on_error=lambda e: self.status.setText(message_for(e)),
        )
