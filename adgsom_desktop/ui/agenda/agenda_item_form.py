"""The form under the agenda tree: title, number, purpose, lead, time, documents, ADM tags.

It only shows and collects values (``set_values`` / ``values``) and says when
the user changed something (``edited``); the builder saves (autosave), records
the undo step and shows whether the item is saved (its ``SaveStateLabel``).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.enums import Purpose
from ...domain.text import MAX_TITLE
from ...services.agenda_records import ItemFields
from ...services.records import DelegationRec, DocumentRef
from ..common import a11y
from ..common.fit import long_choices
from ..common.labels import label_tr
from ..common.markup_edit import MarkupEdit
from ..common.text_entry import LineEdit


class ItemForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaItemForm")
        self._loading = False

        # One-line fields check a paste against what the store takes (ui/common/text_entry.py).
        self.title = LineEdit(parent=self, limit=MAX_TITLE)
        self.title.setObjectName("itemTitle")
        self.title.setPlaceholderText(self.tr("Title of the agenda item (required)"))
        self.fix_number = QCheckBox(self.tr("Fix the number by hand:"), self)
        self.fix_number.setObjectName("itemFixNumber")
        self.number = LineEdit(parent=self, limit=32)
        self.number.setObjectName("itemNumber")
        self.number.setPlaceholderText(self.tr("e.g. 2bis"))
        self.number.setEnabled(False)
        self.fix_number.toggled.connect(self.number.setEnabled)
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("itemPurpose")
        for p in Purpose:
            self.purpose.addItem(label_tr(p.label), p)
        self.lead = QComboBox(self)
        self.lead.setObjectName("itemLead")
        self.lead_text = LineEdit(parent=self, limit=300)
        self.lead_text.setObjectName("itemLeadText")
        a11y.name(
            self.lead_text,
            self.tr("Lead, in words"),
            self.tr("Who leads the item when it is not one delegation, e.g. ASEC with Japan"),
        )
        self.lead_text.setPlaceholderText(self.tr("or in words, e.g. ASEC with Japan"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("itemMinutes")
        self.minutes.setRange(0, 1440)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(self.tr("not set"))
        self.minutes.setSuffix(self.tr(" min"))
        self.tags = LineEdit(parent=self, limit=MAX_TITLE)
        self.tags.setObjectName("itemTags")
        self.tags.setPlaceholderText(self.tr("ADM tags, e.g. DO3, EA 3.2"))
        self._tag_model = QStringListModel(self)
        completer = QCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.description = MarkupEdit(self, min_lines=2, max_height=160)
        self.description.setObjectName("itemDescription")
        self.description.setPlaceholderText(self.tr("Notes on the item (optional)"))

        self.docs = QTableWidget(0, 2, self)
        self.docs.setObjectName("itemDocuments")
        self.docs.setHorizontalHeaderLabels([self.tr("Document symbol"), self.tr("Title")])
        self.docs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.docs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.docs.setColumnWidth(0, 190)
        self.docs.verticalHeader().setVisible(False)
        self.docs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.docs.setMaximumHeight(120)
        self.add_doc = QPushButton(self.tr("Add document"), self)
        self.add_doc.setObjectName("itemAddDocument")
        self.remove_doc = QPushButton(self.tr("Remove"), self)
        self.add_doc.clicked.connect(self._add_document)
        self.remove_doc.clicked.connect(self._remove_document)

        number_row = QHBoxLayout()
        number_row.addWidget(self.fix_number)
        number_row.addWidget(self.number, 1)
        lead_row = QHBoxLayout()
        lead_row.addWidget(self.lead)
        lead_row.addWidget(self.lead_text, 1)
        left = QFormLayout()
        left.addRow(self.tr("&Title"), self.title)
        left.addRow(self.tr("Number"), number_row)
        left.addRow(self.tr("&Purpose"), self.purpose)
        left.addRow(self.tr("Lead"), lead_row)
        left.addRow(self.tr("Estimated &time"), self.minutes)
        left.addRow(self.tr("ADM ta&gs"), self.tags)
        doc_buttons = QHBoxLayout()
        doc_buttons.addWidget(self.add_doc)
        doc_buttons.addWidget(self.remove_doc)
        doc_buttons.addStretch(1)
        right = QFormLayout()
        right.addRow(self.tr("Reference documents"), self.docs)
        right.addRow("", doc_buttons)
        right.addRow(self.tr("Notes"), self.description)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # Down the left column, then down the right one (Notes was made before the table).
        a11y.chain(self.tags, self.docs, self.add_doc, self.remove_doc, self.description)

        for w in (self.title, self.number, self.lead_text, self.tags):
            w.textEdited.connect(self._changed)
        self.fix_number.toggled.connect(self._changed)
        self.purpose.currentIndexChanged.connect(self._changed)
        self.lead.currentIndexChanged.connect(self._changed)
        self.minutes.valueChanged.connect(self._changed)
        self.description.edited.connect(self._changed)
        self.docs.itemChanged.connect(self._changed)

    def set_choices(self, delegations: list[DelegationRec], tags: list[tuple[str, str]]) -> None:
        self._loading = True
        current = self.lead.currentData()
        self.lead.clear()
        self.lead.addItem(self.tr("— no lead —"), "")
        for d in delegations:
            self.lead.addItem(f"{d.code} · {d.name}", d.code)
        self.lead.setCurrentIndex(max(0, self.lead.findData(current)))
        long_choices(self.lead, 12)  # the words beside it keep their room
        self._tag_model.setStringList([code for code, _t in tags])
        self._loading = False

    def set_values(self, fields: ItemFields, tags: tuple[str, ...], number: str) -> None:
        """Show an item (a field being typed in keeps its cursor when its text is unchanged)."""
        self._loading = True
        try:
            _set(self.title, fields.title)
            self.fix_number.setChecked(bool(fields.fixed_number))
            _set(self.number, fields.fixed_number or number)
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(fields.purpose)))
            self.lead.setCurrentIndex(max(0, self.lead.findData(fields.lead_code)))
            _set(self.lead_text, fields.lead_text)
            if self.minutes.value() != (fields.est_minutes or 0):
                self.minutes.setValue(fields.est_minutes or 0)
            self.description.set_markup(fields.description)
            if normalised(self.tags.text()) != ", ".join(tags):
                self.tags.setText(", ".join(tags))
            if self._documents() != list(fields.documents):
                self.docs.setRowCount(0)
                for doc in fields.documents:
                    self._append_doc(doc.symbol, doc.title)
        finally:
            self._loading = False

    def _documents(self) -> list[DocumentRef]:
        docs = []
        for row in range(self.docs.rowCount()):
            symbol = self.docs.item(row, 0)
            title = self.docs.item(row, 1)
            docs.append(DocumentRef(symbol.text() if symbol else "", title.text() if title else ""))
        return docs

    def values(self) -> ItemFields:
        docs = []
        for row in range(self.docs.rowCount()):
            symbol = self.docs.item(row, 0)
            title = self.docs.item(row, 1)
            docs.append(DocumentRef(symbol.text() if symbol else "", title.text() if title else ""))
        return ItemFields(
            title=self.title.text(),
            purpose=Purpose(self.purpose.currentData()),  # Qt hands StrEnums back as str
            lead_code=self.lead.currentData() or "",
            lead_text=self.lead_text.text(),
            est_minutes=self.minutes.value() or None,
            description=self.description.markup(),
            fixed_number=self.number.text() if self.fix_number.isChecked() else "",
            documents=tuple(docs),
        )

    def tag_text(self) -> str:
        return self.tags.text()

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _append_doc(self, symbol: str, title: str) -> None:
        row = self.docs.rowCount()
        self.docs.insertRow(row)
        self.docs.setItem(row, 0, QTableWidgetItem(symbol))
        self.docs.setItem(row, 1, QTableWidgetItem(title))

    def _add_document(self) -> None:
        self._loading = True
        self._append_doc("", "")
        self._loading = False
        row = self.docs.rowCount() - 1
        self.docs.setCurrentCell(row, 0)
        cell = self.docs.item(row, 0)
        if cell is not None:
            self.docs.editItem(cell)

    def _remove_document(self) -> None:
        row = self.docs.currentRow()
        if row >= 0:
            self.docs.removeRow(row)
            self._changed()


def _set(edit: QLineEdit, text: str) -> None:
    """Show ``text`` from its start (a long one is cut at the end, not the start: never
    ": Nam)"), in full in the tooltip."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)
    edit.setToolTip(text if edit.fontMetrics().horizontalAdvance(text) > edit.width() - 12 else "")


def normalised(text: str) -> str:
    return ", ".join(t.strip().upper() for t in text.split(",") if t.strip())
