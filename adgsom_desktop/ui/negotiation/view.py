"""The Texts tab of a meeting: its outcome documents, paragraph by paragraph.

Above: the document and revision shown, and the status counts (always visible).
Left: the paragraphs (number, status, what changed since the previous revision,
brackets, ours). Right: the paragraph with its brackets and other delegations'
tracked proposals, its word-level differences with the previous revision, and our
amendments with their reason, item, red line and state. The state lives in
``TextsPresenter``; this widget shows it and forwards the user's actions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import MeetingKind, ParagraphStatus
from ...errors import AppError
from ...services.changes import Change
from ..common import a11y, theme
from ..common.errors import show_error
from ..common.fit import long_choices
from ..common.labels import label_tr
from ..common.theme import tone
from ..room.room_common import add_shortcuts
from .actions import TextsActions
from .paragraph_model import (
    COL_TEXT,
    PARAGRAPH_ROLE,
    ParagraphModel,
    change_words,
    status_labels,
)
from .presenter import STATUS_KEYS, Filter, TextsPresenter
from .render import amendment_html, diff_html, esc, paragraph_html

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Labels", "Brackets"),
    QT_TRANSLATE_NOOP("Labels", "Proposals in tracked changes"),
    QT_TRANSLATE_NOOP("Labels", "Our amendments"),
)


def _words() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "to_table": t("Texts", "To table"),
        "tabled": t("Texts", "Tabled"),
        "accepted": t("Texts", "Accepted"),
        "accepted_with_changes": t("Texts", "Accepted with changes"),
        "rejected": t("Texts", "Rejected"),
        "withdrawn": t("Texts", "Withdrawn"),
        "written_on": t("Texts", "written on"),
        "conflict": t("Texts", "The words we amend are no longer there: redo this amendment."),
        "taken_in": t("Texts", "This revision already says what we proposed."),
        "reason": t("Texts", "Reason:"),
        "item": t("Texts", "Item:"),
        "note": t("Texts", "Note:"),
        "red_line": t("Texts", "Red line:"),
    }


class TextsView(TextsActions, QWidget):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textsView")
        self.services = services
        self.presenter = TextsPresenter(services)
        self.presenter.on_reloaded = self._show
        self._words = _words()
        theme.watch(self, self._show_detail)
        self._status_labels = status_labels()
        self._job: Any = None

        self.document = QComboBox(self)
        long_choices(self.document, 24)
        self.document.setObjectName("textsDocument")
        self.document.activated.connect(self._document_chosen)
        self.revision = QComboBox(self)
        long_choices(self.revision, 10)
        self.revision.setObjectName("textsRevision")
        self.revision.activated.connect(self._revision_chosen)
        # a trip copy: the texts are read here, changed in the team store (trip_carry)
        self.read_only = QLabel(self)
        self.read_only.setObjectName("textsReadOnly")
        self.read_only.setWordWrap(True)
        tone(self.read_only, "muted")
        a11y.name(self.read_only, self.tr("Why the texts cannot be changed here"))
        self.counts = QLabel(self)
        self.counts.setObjectName("textsCounts")
        self.counts.setStyleSheet("font-weight: bold;")
        tone(self.counts, "heading")
        self.import_button = import_button = QPushButton(self.tr("Import revision…"), self)
        import_button.setObjectName("textsImport")
        import_button.clicked.connect(self.import_revision)
        self.export_button = QPushButton(self.tr("Export with our changes…"), self)
        self.export_button.setObjectName("textsExport")
        self.export_button.clicked.connect(self.export_docx)
        self.table_button = QPushButton(self.tr("Compilation table…"), self)
        self.table_button.setObjectName("textsCompilation")
        self.table_button.clicked.connect(self.compilation_table)
        self.ministers_button = QPushButton(self.tr("For the Ministers…"), self)
        self.ministers_button.setObjectName("textsForMinisters")
        self.ministers_button.setToolTip(
            self.tr(
                "The outcomes marked for the Ministers' consideration, as a document of the "
                "Ministers' meeting: one entry per decision they take"
            )
        )
        self.ministers_button.clicked.connect(self.document_for_ministers)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("textsStatusFilter")
        self.status_filter.addItem(self.tr("All paragraphs"), None)
        for status, label in self._status_labels.items():
            self.status_filter.addItem(label, status.value)
        self.ours_only = QCheckBox(self.tr("With our amendments"), self)
        self.ours_only.setObjectName("textsOursOnly")
        self.changed_only = QCheckBox(self.tr("Changed since the previous revision"), self)
        self.changed_only.setObjectName("textsChangedOnly")
        for w in (self.status_filter,):
            w.currentIndexChanged.connect(self._filter_changed)
        self.ours_only.toggled.connect(self._filter_changed)
        self.changed_only.toggled.connect(self._filter_changed)

        self.model = ParagraphModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("textsParagraphs")
        a11y.name(
            self.table,
            self.tr("Paragraphs of the text"),
            self.tr("Each paragraph of the text under negotiation, with its state"),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("textsDetail")
        a11y.name(
            self.detail,
            self.tr("Paragraph history"),
            self.tr("The chosen paragraph, its amendments and who proposed them"),
        )
        self.detail.setOpenLinks(False)
        self.empty = QLabel(self)
        self.empty.setObjectName("textsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(
            self.tr(
                "No outcome document yet. Import the draft the Secretariat circulated "
                "(a Word file or pasted text) with Import revision…"
            )
        )

        self.status_buttons: dict[ParagraphStatus, QPushButton] = {}
        # the five states in rows of three: the paragraphs keep their room beside them on
        # a laptop screen (in one row they took all but ~70 px: review s33 R12)
        buttons = QGridLayout()
        for n, (status, key) in enumerate(STATUS_KEYS):
            b = QPushButton(f"{self._status_labels[status]} ({key})", self)
            b.setObjectName(f"textsStatus_{status.value}")
            b.clicked.connect(lambda _c=False, s=status: self.mark(s))
            self.status_buttons[status] = b
            buttons.addWidget(b, n // 3, n % 3)
        self.propose_button = QPushButton(self.tr("Propose amendment… (Ins)"), self)
        self.propose_button.setObjectName("textsPropose")
        self.propose_button.clicked.connect(self.propose)
        self.edit_button = QPushButton(self.tr("Edit ours… (F2)"), self)
        self.edit_button.setObjectName("textsEditOurs")
        self.edit_button.clicked.connect(self.edit_ours)
        amend = QHBoxLayout()
        amend.addWidget(self.propose_button)
        amend.addWidget(self.edit_button)
        amend.addStretch(1)

        # Three short rows rather than two long ones: the tab fits a laptop screen.
        top = QHBoxLayout()
        top.addWidget(self.document, 3)
        top.addWidget(self.revision, 1)
        top.addWidget(import_button)
        actions = QHBoxLayout()
        actions.addWidget(self.counts, 1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.table_button)
        actions.addWidget(self.ministers_button)
        self.counts.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.ours_only)
        filters.addWidget(self.changed_only)
        filters.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(buttons)
        right_layout.addLayout(amend)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.table)
        self.split.addWidget(right)
        self.split.setChildrenCollapsible(False)
        self.table.setMinimumWidth(240)  # number, state, change and the text's start
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.split, 1)
        labels = status_labels()
        keys = [
            (
                f"textsKey_{s.value}",
                [k],
                lambda _c=False, s=s: self.mark(s),
                self.tr("Mark the chosen paragraph: %s") % labels[s],
            )
            for s, k in STATUS_KEYS
        ]
        add_shortcuts(
            self,
            [
                *keys,
                (
                    "textsProposeKey",
                    ["Ins"],
                    self.propose,
                    self.tr("Propose our amendment to the chosen paragraph"),
                ),
                ("textsEditKey", ["F2"], self.edit_ours, self.tr("Edit our amendment")),
                (
                    "textsDeleteOurs",
                    ["Ctrl+Del"],
                    self.delete_ours,
                    self.tr("Delete our amendment"),
                ),
            ],
        )
        self._show()

    # -- the detail area's protocol -----------------------------------------------------------
    def show_record(self, record_id: int) -> None:
        try:
            self.presenter.show_meeting(record_id)
            kind = self.services.events.meeting(record_id).kind
        except AppError as exc:
            self.detail.setPlainText(str(exc))
            return
        self.ministers_button.setVisible(kind is MeetingKind.SOM)

    def on_change(self, change: Change) -> None:
        if self.presenter.meeting_id is not None and self.presenter.concerns(change):
            self.presenter.reload()

    def flush(self) -> None:
        """Nothing typed here waits to be saved (dialogs save on OK)."""

    # -- showing ---------------------------------------------------------------------------------
    def _show(self) -> None:
        p = self.presenter
        has_docs = bool(p.documents)
        why = self.refused()
        self.read_only.setText(why)
        self.read_only.setVisible(bool(why))
        self.import_button.setEnabled(not why)
        self.import_button.setToolTip(why)
        self.empty.setVisible(not has_docs)
        self.split.setVisible(has_docs)
        for w in (self.document, self.revision, self.export_button, self.table_button):
            w.setEnabled(has_docs)
        self.document.blockSignals(True)
        self.document.clear()
        for d in p.documents:
            self.document.addItem(f"{d.title} ({label_tr(d.kind.label).lower()})", d.id)
        if p.document is not None:
            self.document.setCurrentIndex(self.document.findData(p.document.id))
        self.document.blockSignals(False)
        self.revision.blockSignals(True)
        self.revision.clear()
        for r in p.document.revisions if p.document else ():
            self.revision.addItem(r.label, r.id)
        if p.revision is not None:
            self.revision.setCurrentIndex(self.revision.findData(p.revision.id))
        self.revision.blockSignals(False)
        self._show_counts()
        self.model.set_rows(p.paragraphs)
        if p.selected is not None:
            row = self.model.row_of(p.selected.id)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_detail()

    def _show_counts(self) -> None:
        p = self.presenter
        if p.revision is None:
            self.counts.setText("")
            return
        ours = len([a for a in p.amendments if a.state.live])
        text = self.tr("%s: %s") % (p.revision.label, p.counts.text)
        if ours:
            text += " · " + self.tr("%s of ours to table or tabled") % ours
        self.counts.setText(text)

    def _show_detail(self) -> None:
        p = self.presenter
        para = p.selected
        why = self.refused()  # a trip copy: off, the reason told
        negotiable = para is not None and para.negotiated and not why
        for b in (*self.status_buttons.values(), self.propose_button, self.edit_button):
            b.setToolTip(why)
        for b in self.status_buttons.values():
            b.setEnabled(negotiable)
        self.propose_button.setEnabled(negotiable and p.is_current)
        self.edit_button.setEnabled(bool(para and p.amendments_on(para.id)) and not why)
        if para is None:
            self.detail.setHtml("")
            return
        head = f"<h3>{esc(para.label)}"
        if para.negotiated:
            head += f" · {esc(self._status_labels[para.status])}"
        head += "</h3>"
        parts = [head]
        if para.status_note:
            parts.append(f"<p><i>{esc(para.status_note)}</i></p>")
        parts.append(f"<p>{paragraph_html(para)}</p>")
        if para.brackets:
            parts.append(f"<h4>{esc(self.tr('Brackets'))}</h4><ul>")
            parts += [f"<li>{esc(b.summary)}</li>" for b in para.brackets]
            parts.append("</ul>")
        if para.proposals:
            parts.append(f"<h4>{esc(self.tr('Proposals in tracked changes'))}</h4><ul>")
            parts += [f"<li>{esc(pr.summary)}</li>" for pr in para.proposals]
            parts.append("</ul>")
        d = p.diff()
        if d is not None:
            since = self.tr("Since %s") % p.previous_label
            unchanged = QCoreApplication.translate("Texts", "unchanged")
            what = change_words(para) or unchanged
            if not d.changed and what != unchanged:
                what += ", " + self.tr("same words")
            parts.append(f"<h4>{esc(since)}: {esc(what)}</h4>")
            if d.changed:
                parts.append(f"<p>{diff_html(d.segments)}</p>")
        ours = p.amendments_on(para.id)
        if ours:
            parts.append(f"<h4>{esc(self.tr('Our amendments'))}</h4>")
            parts += [amendment_html(a, self._words) + "<hr/>" for a in ours]
        self.detail.setHtml("".join(parts))

    # -- user actions (selection and filters) ---------------------------------------------------
    def _document_chosen(self, index: int) -> None:
        self.presenter.select_document(self.document.itemData(index))

    def _revision_chosen(self, index: int) -> None:
        self.presenter.select_revision(self.revision.itemData(index))

    def _filter_changed(self, *_args: object) -> None:
        status = self.status_filter.currentData()
        self.presenter.set_filter(
            Filter(
                status=ParagraphStatus(status) if status else None,
                ours_only=self.ours_only.isChecked(),
                changed_only=self.changed_only.isChecked(),
            )
        )

    def _row_changed(self, current: Any, _previous: Any) -> None:
        rec = (
            self.model.data(self.model.index(current.row(), 0), PARAGRAPH_ROLE)
            if current.isValid()
            else None
        )
        if rec is not None and (
            self.presenter.selected is None or rec.id != self.presenter.selected.id
        ):
            self.presenter.select(rec.id)
            self._show_detail()

    def mark(self, status: ParagraphStatus) -> None:
        if self.said_refused():
            return
        try:
            rec = self.presenter.set_status(status)
        except AppError as exc:
            show_error(self, exc)
            return
        if rec is not None:
            self.model.update_row(rec)
            self._show_counts()
            self._show_detail()
