"""A project, every field: details, milestones, focal points and documents, the next phase.

Takes a ``ProjectFields`` in and hands one out (``values()``); the caller sets ``save``
(a refusal from the store is shown here and the dialog stays open).  Reviews are kept in
their own dialog (``ProgressDialog``): each is one meeting's entry.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Involvement, MilestoneKind, ProjectStatus, Stance
from ...domain.tag_text import split_tags
from ...services.project_records import (
    DocumentIn,
    FocalPointIn,
    MilestoneIn,
    ProgressIn,
    ProjectFields,
)
from ..common import a11y
from ..common.labels import label_tr
from ..common.record_dialog import RecordDialog
from ..structure.date_fields import OptionalDate


def _parse_day(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    return date.fromisoformat(text)


class ListTable(QTableWidget):
    """A small editable table (milestones, focal points, documents) with add and remove."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def add_row(self, values: list[str]) -> None:
        n = self.rowCount()
        self.insertRow(n)
        for c, v in enumerate(values):
            self.setItem(n, c, QTableWidgetItem(v))

    def values(self) -> list[list[str]]:
        out = []
        for r in range(self.rowCount()):
            cells = [self.item(r, c) for c in range(self.columnCount())]
            row = [(cell.text() if cell is not None else "").strip() for cell in cells]
            if any(row):
                out.append(row)
        return out

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(r)


def _with_buttons(table: ListTable, blank: list[str], owner: QWidget) -> QWidget:
    box = QWidget(owner)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(table, 1)
    row = QHBoxLayout()
    add = QPushButton(owner.tr("Add"), box)
    add.clicked.connect(lambda: table.add_row(list(blank)))
    remove = QPushButton(owner.tr("Remove"), box)
    remove.clicked.connect(table.remove_selected)
    row.addWidget(add)
    row.addWidget(remove)
    a11y.chain(table, add, remove)  # each table's buttons right after it
    row.addStretch(1)
    lay.addLayout(row)
    return box


class ProjectDialog(RecordDialog):
    def __init__(
        self,
        initial: ProjectFields | None,
        partners: list[tuple[str, str]],
        member_states: list[tuple[str, str]],
        tags: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("project", parent)
        self.setWindowTitle(self.tr("Project") if initial else self.tr("New project"))
        self.resize(760, 600)
        f = initial or ProjectFields(code="", title="")
        tabs = QTabWidget(self)
        tabs.setObjectName("projectTabs")

        # -- details
        self.code = QLineEdit(f.code, self)
        self.code.setObjectName("projectCode")
        self.title_edit = QLineEdit(f.title, self)
        self.title_edit.setObjectName("projectTitle")
        self.partner = QComboBox(self)
        self.partner.setObjectName("projectPartner")
        self.partner.addItem(self.tr("(none)"), "")
        for code, name in partners:
            self.partner.addItem(f"{name} ({code})", code)
        self.partner.setCurrentIndex(max(0, self.partner.findData(f.partner_code)))
        self.funder = QLineEdit(f.funder, self)
        self.amount = QLineEdit(f.amount, self)
        self.amount.setObjectName("projectAmount")
        a11y.name(self.amount, self.tr("Amount"))
        self.currency = QLineEdit(f.currency, self)
        a11y.name(self.currency, self.tr("Currency"), self.tr("Three letters, e.g. USD"))
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("USD")  # i18n: data
        money = QHBoxLayout()
        money.addWidget(self.amount, 3)
        money.addWidget(self.currency, 1)
        self.body = QLineEdit(f.implementing_body, self)
        self.start = OptionalDate(self.tr("known"), self)
        self.start.setObjectName("projectStart")
        self.start.set_value(f.start_date)
        self.end = OptionalDate(self.tr("known"), self)
        self.end.setObjectName("projectEnd")
        self.start.set_name(self.tr("Start"))
        self.end.set_name(self.tr("End"))
        self.end.set_value(f.end_date)
        self.phase = QLineEdit(f.phase, self)
        self.status = QComboBox(self)
        self.status.setObjectName("projectStatus")
        for st in ProjectStatus:
            self.status.addItem(label_tr(st.label), st)
        self.status.setCurrentIndex(self.status.findData(f.status))
        self.involvement = QComboBox(self)
        self.involvement.setObjectName("projectInvolvement")
        for inv in Involvement:
            self.involvement.addItem(label_tr(inv.label), inv)
        self.involvement.setCurrentIndex(self.involvement.findData(f.involvement))
        self.leads = QListWidget(self)
        self.leads.setObjectName("projectLeads")
        self.leads.setFlow(QListWidget.Flow.LeftToRight)
        self.leads.setWrapping(True)
        self.leads.setFixedHeight(self.fontMetrics().height() * 2 + 16)
        for code, name in member_states:
            it = QListWidgetItem(code, self.leads)
            it.setToolTip(name)
            it.setData(Qt.ItemDataRole.UserRole, code)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if code in f.leads else Qt.CheckState.Unchecked)
        self.outcomes = QLineEdit(", ".join(f.outcomes), self)
        self.outcomes.setObjectName("projectOutcomes")
        self.outcomes.setPlaceholderText(self.tr("e.g. ADM2030 O3, ADM2025 DO3"))
        completer = QCompleter([label for label, _t in tags], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.outcomes.setCompleter(completer)
        self.description = QPlainTextEdit(f.description, self)
        self.remarks = QPlainTextEdit(f.remarks, self)
        for box in (self.description, self.remarks):
            box.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        details = QWidget(self)
        form = QFormLayout(details)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Partner"), self.partner)
        form.addRow(self.tr("Funder"), self.funder)
        form.addRow(self.tr("Amount, currency"), money)
        form.addRow(self.tr("Implementing body"), self.body)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Our involvement"), self.involvement)
        form.addRow(self.tr("Lead Member State(s)"), self.leads)
        form.addRow(self.tr("Framework outcome(s)"), self.outcomes)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Remarks"), self.remarks)
        scroll = QScrollArea(self)
        a11y.no_tab_stop(scroll)  # Tab goes through its fields
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(details)
        tabs.addTab(scroll, self.tr("Details"))

        # -- milestones
        self.milestones = ListTable(
            [
                self.tr("Milestone or deliverable"),
                self.tr("Kind"),
                self.tr("Due (YYYY-MM-DD)"),
                self.tr("Met on"),
            ],
            "projectMilestones",
            self,
        )
        for m in f.milestones:
            self.milestones.add_row(
                [m.title, m.kind.value, str(m.due_date or ""), str(m.done_date or "")]
            )
        a11y.name(self.milestones, self.tr("Milestones"))
        tabs.addTab(
            _with_buttons(self.milestones, ["", "milestone", "", ""], self), self.tr("Milestones")
        )

        # -- people and documents
        self.focal = ListTable(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Organisation"),
                self.tr("Email"),
                self.tr("Phone"),
            ],
            "projectFocal",
            self,
        )
        for p in f.focal_points:
            self.focal.add_row([p.name, p.role, p.organisation, p.email, p.phone])
        self.documents = ListTable(
            [self.tr("Title"), self.tr("Symbol"), self.tr("Date")], "projectDocuments", self
        )
        for d in f.documents:
            self.documents.add_row([d.title, d.symbol, str(d.doc_date or "")])
        a11y.name(self.focal, self.tr("Focal points"))
        a11y.name(self.documents, self.tr("Documents"))
        people = QWidget(self)
        pl = QVBoxLayout(people)
        pl.addWidget(_with_buttons(self.focal, ["", "", "", "", ""], self))
        pl.addWidget(_with_buttons(self.documents, ["", "", ""], self))
        tabs.addTab(people, self.tr("Focal points, documents"))

        # -- next phase
        self.next_phase = QPlainTextEdit(f.next_phase, self)
        self.next_phase.setObjectName("projectNextPhase")
        self.stance = QComboBox(self)
        self.stance.addItem(self.tr("(no position yet)"), None)
        for stance in Stance:
            if stance is not Stance.UNKNOWN:
                self.stance.addItem(label_tr(stance.label), stance)
        self.stance.setCurrentIndex(max(0, self.stance.findData(f.our_stance)))
        self.position = QPlainTextEdit(f.our_position, self)
        nxt = QWidget(self)
        nf = QFormLayout(nxt)
        nf.addRow(self.tr("Proposal for the next phase"), self.next_phase)
        nf.addRow(self.tr("Our stance"), self.stance)
        nf.addRow(self.tr("Our position"), self.position)
        tabs.addTab(nxt, self.tr("Next phase"))

        lay = QVBoxLayout(self)
        lay.addWidget(tabs, 1)
        lay.addWidget(self.problem)
        lay.addWidget(self.button_box(self.tr("Save")))

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "code": self.code,
            "title": self.title_edit,
            "amount": self.amount,
            "currency": self.currency,
            "tags": self.outcomes,
            "outcomes": self.outcomes,
            "dates": self.end,
            "partner": self.partner,
        }

    def problem_in(self, values: Any) -> tuple[str, str] | None:
        if values is None:
            return self._bad
        if not values.code.strip():
            return self.tr("A project needs a code."), "code"
        if not values.title.strip():
            return self.tr("A project needs a title."), "title"
        return None

    def values(self) -> ProjectFields | None:
        self._bad: tuple[str, str] = ("", "")
        try:
            milestones = tuple(
                MilestoneIn(
                    row[0],
                    _parse_day(row[2]),
                    _parse_day(row[3]),
                    MilestoneKind(row[1] or "milestone"),
                )
                for row in self.milestones.values()
            )
            documents = tuple(
                DocumentIn(r[1], r[0], _parse_day(r[2])) for r in self.documents.values()
            )
        except ValueError as exc:
            self._bad = (self.tr("A date in a list is not a date (write 2026-03-31): %s") % exc, "")
            return None
        leads = tuple(
            self.leads.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.leads.count())
            if self.leads.item(i).checkState() == Qt.CheckState.Checked
        )
        return ProjectFields(
            code=self.code.text(),
            title=self.title_edit.text(),
            partner_code=self.partner.currentData() or "",
            funder=self.funder.text(),
            amount=self.amount.text(),
            currency=self.currency.text(),
            implementing_body=self.body.text(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            phase=self.phase.text(),
            status=self.status.currentData(),
            involvement=self.involvement.currentData(),
            leads=leads,
            outcomes=tuple(split_tags(self.outcomes.text())),
            description=self.description.toPlainText(),
            remarks=self.remarks.toPlainText(),
            next_phase=self.next_phase.toPlainText(),
            our_stance=self.stance.currentData(),
            our_position=self.position.toPlainText(),
            milestones=milestones,
            focal_points=tuple(FocalPointIn(*r) for r in self.focal.values()),
            documents=documents,
        )


class ProgressDialog(RecordDialog):
    """One meeting's review of a project: what was reported and what was decided."""

    def __init__(
        self,
        initial: ProgressIn | None,
        meetings: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("progress", parent)
        self.setWindowTitle(self.tr("Progress entry"))
        self.resize(560, 420)
        e = initial or ProgressIn()
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("progressMeeting")
        self.meeting.addItem(self.tr("(a meeting not in this store: name it below)"), None)
        for mid, label in meetings:
            self.meeting.addItem(label, mid)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(e.meeting_id)))
        self.label = QLineEdit(e.meeting_label, self)
        self.label.setObjectName("progressLabel")
        self.label.setPlaceholderText(self.tr("e.g. 5th ASEAN-Japan JWG"))
        self.day = OptionalDate(self.tr("known"), self)
        self.day.set_name(self.tr("Date of the review"))
        self.day.set_value(e.review_date)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("(unchanged)"), None)
        for st in ProjectStatus:
            self.status.addItem(label_tr(st.label), st)
        self.status.setCurrentIndex(max(0, self.status.findData(e.status)))
        self.progress = QPlainTextEdit(e.progress, self)
        self.progress.setObjectName("progressText")
        self.decision = QPlainTextEdit(e.decision, self)
        self.decision.setObjectName("progressDecision")
        form = QFormLayout()
        form.addRow(self.tr("Reviewed at"), self.meeting)
        form.addRow(self.tr("Meeting's name"), self.label)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Status after the review"), self.status)
        form.addRow(self.tr("Progress reported"), self.progress)
        form.addRow(self.tr("Decision"), self.decision)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.button_box(self.tr("Save")))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"meeting": self.meeting, "decision": self.decision}

    def problem_in(self, values: Any) -> tuple[str, str] | None:
        if values.meeting_id is None and not values.meeting_label.strip():
            return self.tr("Choose the meeting that reviewed the project, or name it."), "meeting"
        return None

    def values(self) -> ProgressIn:
        return ProgressIn(
            meeting_id=self.meeting.currentData(),
            meeting_label="" if self.meeting.currentData() else self.label.text(),
            review_date=self.day.value(),
            status=self.status.currentData(),
            progress=self.progress.toPlainText(),
            decision=self.decision.toPlainText(),
        )
