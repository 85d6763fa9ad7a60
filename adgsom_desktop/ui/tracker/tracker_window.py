"""View > Cooperation tracker: the projects with their filters, the timeline, the coverage
matrix and what is due before the next meeting.

The rows are read on a worker and kept in a plain list; filtering runs over that list
(``services.project_queries.filter_rows``: no query per keystroke).  Writes go through
the services; the store's change notices reload what concerns the tracker.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Involvement, ProjectStatus
from ...services.changes import Change, ChangeKind
from ...services.project_queries import filter_rows
from ...services.project_records import ElementRec, ProjectFilter, ProjectRow
from ..common import a11y
from ..common.errors import show_error
from ..common.labels import label_tr
from ..common.workers import run_job
from .coverage_view import CoverageView
from .due_view import DueView
from .project_panel import ProjectPanel
from .table_model import ProjectTableModel
from .timeline_view import TimelineView

if TYPE_CHECKING:
    from ...services.container import Services

LIVE = frozenset({ProjectStatus.APPROVED, ProjectStatus.ONGOING, ProjectStatus.EXTENDED})


class TrackerWindow(QWidget):
    loaded = Signal()  # rows shown (tests, benchmark)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        wait: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trackerWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Cooperation tracker"))
        self.services = services
        self.today = today or date.today()
        self.all_rows: list[ProjectRow] = []
        self.elements: list[ElementRec] = []
        self._job: Any = None
        self._timeline_stale = True

        # -- actions
        self.btn_new = QPushButton(self.tr("&New project…"), self)
        self.btn_new.setObjectName("trackerNew")
        self.btn_import = QPushButton(self.tr("&Import matrix…"), self)
        self.btn_import.setObjectName("trackerImport")
        self.btn_report = QPushButton(self.tr("&Report to capital…"), self)
        self.btn_report.setObjectName("trackerReport")
        self.btn_frameworks = QPushButton(self.tr("&Frameworks…"), self)
        self.btn_frameworks.setObjectName("trackerFrameworks")
        bar = QHBoxLayout()
        for b in (self.btn_new, self.btn_import, self.btn_report, self.btn_frameworks):
            bar.addWidget(b)
        bar.addStretch(1)
        self.count = QLabel(self)
        self.count.setObjectName("trackerCount")
        bar.addWidget(self.count)

        # -- filters
        self.partner = QComboBox(self)
        self.partner.setObjectName("filterPartner")
        self.partner.setMinimumContentsLength(14)
        self.partner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status = QComboBox(self)
        self.status.setObjectName("filterStatus")
        self.status.addItem(self.tr("Any status"), frozenset())
        self.status.addItem(self.tr("Live (approved, ongoing, extended)"), LIVE)
        for st in ProjectStatus:
            self.status.addItem(label_tr(st.label), frozenset({st}))
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("filterOutcome")
        self.outcome.setMinimumContentsLength(18)
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.involvement = QComboBox(self)
        self.involvement.setObjectName("filterInvolvement")
        self.involvement.addItem(self.tr("Any involvement"), None)
        for inv in Involvement:
            self.involvement.addItem(self.tr("Ours: %s") % label_tr(inv.label), inv)
        self.due = QCheckBox(self.tr("Due soon"), self)
        self.due.setObjectName("filterDue")
        self.due.setToolTip(self.tr("An open milestone or the end falls before the next meeting"))
        self.search = QLineEdit(self)
        self.search.setObjectName("filterSearch")
        a11y.name(
            self.search,
            self.tr("Search projects"),
            self.tr("Shows only the projects whose title, partner or tag holds the text typed"),
        )
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search code, title, partner, funder…"))
        filters = QHBoxLayout()
        for combo in (self.status, self.involvement):  # long in Thai or Vietnamese
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        for w in (self.partner, self.status, self.outcome, self.involvement, self.due):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.apply_filter)
        self._panel_id: int | None = None
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(40)  # after the list's first paint
        self._panel_timer.timeout.connect(self._fill_panel)
        for combo in (self.partner, self.status, self.outcome, self.involvement):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.due.toggled.connect(lambda _on: self.apply_filter())
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        # -- projects: table and the selected project
        self.model = ProjectTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("trackerTable")
        a11y.name(self.table, self.tr("Projects"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 90), (1, 300), (2, 60), (3, 80), (4, 110), (5, 86), (6, 86)):
            header.resizeSection(col, width)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._show_selected(cur.row())
        )
        self.panel = ProjectPanel(services, self)
        self.table.doubleClicked.connect(lambda _i: self.panel.edit())
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        # The other views are built when their tab is first opened (the list comes first).
        self._timeline: TimelineView | None = None
        self._coverage: CoverageView | None = None
        self._due: DueView | None = None
        self.pages = {name: QWidget(self) for name in ("timeline", "coverage", "due")}
        for page in self.pages.values():
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("trackerTabs")
        self.tabs.addTab(split, self.tr("Projects"))
        self.tabs.addTab(self.pages["timeline"], self.tr("Timeline"))
        self.tabs.addTab(self.pages["coverage"], self.tr("Coverage"))
        self.tabs.addTab(self.pages["due"], self.tr("Due before the next meeting"))
        self.tabs.currentChanged.connect(self._tab_changed)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addLayout(filters)
        lay.addWidget(self.tabs, 1)
        a11y.order(self, self.tabs)  # the tabs, then the page under them

        self.btn_new.clicked.connect(self.panel.new)
        self.btn_import.clicked.connect(self.import_matrix)
        self.btn_report.clicked.connect(self.write_report)
        self.btn_frameworks.clicked.connect(self.edit_frameworks)
        why = self.panel.refused()  # a trip copy: read-only, the reason told
        for b in (self.btn_new, self.btn_import):
            b.setEnabled(not why)
            b.setToolTip(why)
        self.panel.saved.connect(self.select_project)
        self.reload(wait=wait)

    # -- the views behind the tabs ----------------------------------------------------------
    def _put(self, name: str, view: QWidget) -> None:
        layout = self.pages[name].layout()
        assert layout is not None
        layout.addWidget(view)
        view.show()  # a child added to a widget already shown is not shown by itself

    @property
    def timeline(self) -> TimelineView:
        if self._timeline is None:
            self._timeline = TimelineView(self)
            self._timeline.canvas.project_clicked.connect(self.select_project)
            self._put("timeline", self._timeline)
        return self._timeline

    @property
    def coverage(self) -> CoverageView:
        if self._coverage is None:
            self._coverage = CoverageView(self)
            self._coverage.framework_changed.connect(lambda _c: self.load_coverage())
            self._coverage.cell_chosen.connect(self._coverage_cell)
            self._put("coverage", self._coverage)
        return self._coverage

    @property
    def due_view(self) -> DueView:
        if self._due is None:
            self._due = DueView(self)
            self._due.project_chosen.connect(self.select_project)
            self._put("due", self._due)
        return self._due

    def open_tab(self, name: str) -> None:
        """Show a tab by name: "projects", "timeline", "coverage" or "due"."""
        self.tabs.setCurrentIndex(("projects", "timeline", "coverage", "due").index(name))

    # -- loading --------------------------------------------------------------------------
    def reload(self, *, wait: bool = False) -> None:
        """Read the rows (and the framework elements for the filter) on a worker."""
        services = self.services

        def read(
            _progress: Any,
        ) -> tuple[list[ProjectRow], list[ElementRec], list[tuple[str, str]]]:
            return (
                services.projects.rows(),
                services.frameworks.elements(),
                services.projects.partners(),
            )

        if wait:
            self._loaded(read(None))
            return
        self._job = run_job(read, on_success=self._loaded, on_error=lambda e: show_error(self, e))

    def _loaded(self, result: Any) -> None:
        self._job = None
        rows, elements, partners = result
        self.all_rows, self.elements = rows, elements
        self._fill_choices(partners)
        self.apply_filter()
        self._timeline_stale = True
        self._tab_changed(self.tabs.currentIndex())
        self.loaded.emit()

    def _fill_choices(self, partners: list[tuple[str, str]]) -> None:
        keep_p, keep_o = self.partner.currentData(), self.outcome.currentData()
        for combo in (self.partner, self.outcome):
            combo.blockSignals(True)
            combo.clear()
        self.partner.addItem(self.tr("Any partner"), "")
        for code, name in partners:
            self.partner.addItem(f"{code} – {name}", code)
        self.outcome.addItem(self.tr("Any outcome"), "")
        for e in self.elements:
            if e.kind.is_outcome:
                self.outcome.addItem(f"{e.label}  {e.title}", e.label)
        self.partner.setCurrentIndex(max(0, self.partner.findData(keep_p)))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(keep_o)))
        for combo in (self.partner, self.outcome):
            combo.blockSignals(False)

    def current_filter(self) -> ProjectFilter:
        due_until = None
        if self.due.isChecked():
            nxt = self.services.projects.next_meeting(self.today)
            due_until = nxt[2] if nxt else self.today + timedelta(days=90)
        return ProjectFilter(
            partner=self.partner.currentData() or "",
            status=self.status.currentData() or frozenset(),
            outcome=self.outcome.currentData() or "",
            involvement=self.involvement.currentData(),
            due_before=due_until,
            text=self.search.text(),
        )

    def apply_filter(self) -> None:
        current = self.selected_id()
        flt = self.current_filter()
        rows = (
            self.all_rows
            if flt == ProjectFilter()
            else filter_rows(self.all_rows, flt, self.elements)
        )
        self.model.set_rows(rows)
        self.count.setText(self.tr("%d of %d projects") % (len(rows), len(self.all_rows)))
        self._timeline_stale = True
        if self.tabs.currentWidget() is self.pages["timeline"]:
            self.load_timeline()
        if current is not None and self.model.row_of(current) >= 0:
            self.select_project(current)
        elif rows:
            self.table.selectRow(0)
        else:
            self._panel_id = None
            self._panel_timer.start()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.pages["timeline"] and self._timeline_stale:
            self.load_timeline()
        elif widget is self.pages["coverage"]:
            self.load_coverage()
        elif widget is self.pages["due"]:
            self.due_view.set_due(self.services.projects.due(self.today))

    def load_timeline(self) -> None:
        rows = self.model.rows()
        self.timeline.set_rows(self.services.projects.timeline(rows), self.today)
        self.timeline.canvas.selected = self.selected_id()
        self._timeline_stale = False

    def load_coverage(self) -> None:
        masterplans = [
            (f.code, f.title)
            for f in self.services.frameworks.frameworks()
            if f.kind.value == "masterplan"
        ]
        current = self.coverage.framework.currentData() or "ADM2030"
        self.coverage.set_frameworks(masterplans, current)
        try:
            self.coverage.set_coverage(
                self.services.projects.coverage(self.coverage.framework.currentData() or current)
            )
        except Exception as exc:  # a framework deleted meanwhile
            show_error(self, exc)

    # -- selection ------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row).id if row >= 0 and row < self.model.rowCount() else None

    def select_project(self, project_id: int) -> None:
        row = self.model.row_of(project_id)
        if row < 0:  # filtered out: show everything
            for combo in (self.partner, self.status, self.outcome, self.involvement):
                combo.setCurrentIndex(0)
            self.due.setChecked(False)
            self.search.clear()
            row = self.model.row_of(project_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_selected(row)

    def _show_selected(self, row: int) -> None:
        """The panel follows the table's current row, filled after the table is painted
        (a project read in full is a few queries: the list comes first)."""
        if 0 <= row < self.model.rowCount():
            self._panel_id = self.model.row_at(row).id
            if self._timeline is not None:
                self._timeline.canvas.selected = self._panel_id
            self._panel_timer.start()

    def _fill_panel(self) -> None:
        self.panel.show_project(self._panel_id)

    def _coverage_cell(self, outcome: str, partner: str) -> None:
        self.status.setCurrentIndex(0)
        self.partner.setCurrentIndex(max(0, self.partner.findData(partner)))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(outcome)))
        self.tabs.setCurrentIndex(0)

    # -- actions --------------------------------------------------------------------------
    def import_matrix(self) -> None:
        from .import_dialog import ImportDialog

        if self.panel.said_refused():
            return
        dlg = ImportDialog(self.services, self)
        dlg.exec()

    def write_report(self) -> None:
        from .report_action import write_report

        write_report(self)

    def edit_frameworks(self) -> None:
        from .frameworks_dialog import FrameworksDialog

        FrameworksDialog(self.services, self).exec()

    def on_change(self, change: Change) -> None:
        if change.concerns(ChangeKind.PROJECTS, ChangeKind.FRAMEWORKS):
            self.reload()
