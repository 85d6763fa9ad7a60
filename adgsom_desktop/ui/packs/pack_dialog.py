"""The pack builder: choose meetings, items, sections, audience, marking and copies; preview.

The dialog only shows and collects: ``values()`` gives the ``PackRequest``;
the buttons emit ``preview_requested``, ``save_requested`` and
``print_requested`` for the pack feature to run (off the GUI thread), which
reports back through ``set_progress``, ``show_pdf`` and ``set_busy``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Audience
from ...i18n import LANGUAGE_NAMES
from ...reports.audiences import PACK, sections_for
from ...reports.pack_model import ALL_SECTIONS, SECTION_LABELS, Section
from ...services.pack_records import (
    MAX_NOTES_PER_ITEM,
    NOTES_PER_ITEM,
    PackChoices,
    PackRequest,
)
from ..common import a11y, dates
from ..common.fit import fit_to_screen, scrolling
from ..common.labels import label_tr
from .annex_box import AnnexBox
from .audience_box import AudienceBox, MarkingFollower, at_least
from .build_bar import BuildBar
from .pdf_preview import PdfPreview
from .recipients_box import RecipientsBox

ID_ROLE = Qt.ItemDataRole.UserRole


class PackDialog(QDialog):
    preview_requested = Signal(object)  # PackRequest
    save_requested = Signal(object)
    print_requested = Signal(object)
    cancel_requested = Signal()
    event_changed = Signal(int)

    def __init__(
        self,
        initial: PackChoices,
        parent: QWidget | None = None,
        events: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packDialog")
        self.setWindowTitle(self.tr("Briefing pack"))
        fit_to_screen(self, 1240, 820)
        self.choices = initial
        self.previewed: PackRequest | None = None  # what the shown preview was built from

        # -- left: what goes in ------------------------------------------------------
        self.event_choice = QComboBox(self)
        self.event_choice.setObjectName("packEvent")
        for event_id, title in events or [(initial.event_id, initial.event_title)]:
            self.event_choice.addItem(title, event_id)
        self.event_choice.currentIndexChanged.connect(
            lambda _i: self.event_changed.emit(int(self.event_choice.currentData()))
        )

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("packItems")
        a11y.name(
            self.tree,
            self.tr("Meetings and items in the pack"),
            self.tr("A ticked meeting is in the pack; a ticked item gets a brief"),
        )
        self.tree.setHeaderLabels(
            [self.tr("Meetings in the pack, items briefed"), self.tr("Position")]
        )
        self.tree.setColumnWidth(0, 380)
        self.tree.setMinimumHeight(160)
        self.tree.setToolTip(
            self.tr(
                "A ticked meeting is in the pack (programme, agenda); a ticked item gets a brief."
            )
        )
        self.tree.itemChanged.connect(self._item_changed)
        self.only_positions = QPushButton(self.tr("Items with content"), self)
        self.only_positions.setObjectName("packDefaultItems")
        self.only_positions.setToolTip(
            self.tr("Brief the items with a position, stances, notes or outcomes (the default)")
        )
        self.only_positions.clicked.connect(self._select_default_items)
        self.all_items = QPushButton(self.tr("All items"), self)
        self.all_items.setObjectName("packAllItems")
        self.all_items.clicked.connect(lambda: self._check_all(True))
        self.no_items = QPushButton(self.tr("No briefs"), self)
        self.no_items.setObjectName("packNoItems")
        self.no_items.clicked.connect(lambda: self._check_all(False))

        self.sections: dict[Section, QCheckBox] = {}
        sections_box = QGroupBox(self.tr("Sections"), self)
        grid = QGridLayout(sections_box)
        grid.setVerticalSpacing(2)
        for n, section in enumerate(ALL_SECTIONS):
            box = QCheckBox(label_tr(SECTION_LABELS[section]), sections_box)
            box.setObjectName(f"section_{section.value}")
            box.setChecked(True)
            self.sections[section] = box
            grid.addWidget(box, n % 5, n // 5)

        self.audience = AudienceBox(PACK, self)
        self.audience.changed.connect(self._audience_changed)

        self.classification = QComboBox(self)
        self.classification.setObjectName("packClassification")
        self.marking = MarkingFollower(self.classification)
        # who issues it: a member of our delegation (remembered for this store once chosen)
        self.issued_by = QComboBox(self)
        self.issued_by.setObjectName("packIssuedBy")
        self.issued_by.setToolTip(
            self.tr("Named on the cover and as the PDF's author; remembered for this store.")
        )
        self.reference = QLineEdit(self)
        self.reference.setObjectName("packReference")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("packTitle")
        self.addendum = QComboBox(self)
        self.addendum.setObjectName("packAddendum")
        self.addendum.currentIndexChanged.connect(self._addendum_changed)

        self.who = RecipientsBox("pack", self)
        self.recipients = self.who.recipients
        self.add_delegation = self.who.add_delegation
        self.copies = self.who.copies
        self.watermark = self.who.watermark
        self.one_file = self.who.one_file

        form = QFormLayout()
        form.addRow(self.tr("Event"), self.event_choice)
        form.addRow(self.tr("Issue"), self.addendum)
        form.addRow(self.tr("For"), self.audience)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Brief reference"), self.reference)
        self.language = QComboBox(self)
        self.language.setObjectName("packLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setToolTip(
            self.tr("The pack's headings, labels and dates; what you wrote stays as written")
        )
        self.buddhist_era = QCheckBox(self.tr("Years in the Buddhist Era (พ.ศ.)"), self)
        self.buddhist_era.setObjectName("packBuddhistEra")
        self.buddhist_era.setEnabled(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.buddhist_era.setEnabled(self.language.currentData() == "th")
        )
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(self.buddhist_era, 1)
        form.addRow(self.tr("Printed in"), language_row)
        a11y.name(
            self.language,
            self.tr("Printed in"),
            self.tr("The pack's headings, labels and dates; what you wrote stays as written"),
        )
        marking_row = QHBoxLayout()
        marking_row.addWidget(self.classification, 1)
        issued_label = QLabel(self.tr("Issued by"), self)
        issued_label.setBuddy(self.issued_by)
        marking_row.addWidget(issued_label)
        marking_row.addWidget(self.issued_by, 1)
        form.addRow(self.tr("Classification"), marking_row)
        form.addRow(self.tr("Recipients"), self.who)

        items_row = QHBoxLayout()
        items_row.addWidget(self.only_positions)
        items_row.addWidget(self.all_items)
        items_row.addWidget(self.no_items)
        items_row.addStretch(1)
        # past notes per item: the last N print in each brief, the earlier ones are counted
        self.notes_per_item = QSpinBox(self)
        self.notes_per_item.setObjectName("packNotesPerItem")
        self.notes_per_item.setRange(0, MAX_NOTES_PER_ITEM)
        self.notes_per_item.setValue(NOTES_PER_ITEM)
        self.notes_per_item.setSpecialValueText(self.tr("none"))
        self.notes_per_item.setToolTip(
            self.tr(
                "Each brief prints the last notes taken on its item, up to this number, "
                "and says how many earlier ones it leaves out."
            )
        )
        notes_label = QLabel(self.tr("Past notes per item"), self)
        notes_label.setBuddy(self.notes_per_item)
        items_row.addWidget(notes_label)
        items_row.addWidget(self.notes_per_item)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(items_row)
        left_layout.addWidget(sections_box)
        self.annex_box = AnnexBox(self)
        left_layout.addWidget(self.annex_box)
        annexes = self.sections[Section.ANNEXES]
        annexes.toggled.connect(self.annex_box.setEnabled)
        self.annex_box.setEnabled(annexes.isChecked())

        # -- right: preview ----------------------------------------------------------
        self.preview = PdfPreview(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scrolling(left, splitter))  # scrolls on a small screen
        splitter.addWidget(self.preview)
        splitter.setSizes([520, 720])

        # -- bottom: progress and actions --------------------------------------------
        self.bar = BuildBar("pack", self)
        self.status = self.bar.status
        self.progress = self.bar.progress
        self.cancel_button = self.bar.cancel_button
        self.preview_button = self.bar.preview_button
        self.save_button = self.bar.save_button
        self.print_button = self.bar.print_button
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.bar.close_button.clicked.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self._emit(self.preview_requested))
        self.save_button.clicked.connect(lambda: self._emit(self.save_requested))
        self.print_button.clicked.connect(lambda: self._emit(self.print_requested))

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.bar)
        a11y.order(
            self,
            self.event_choice,
            self.addendum,
            self.audience,
            self.title_edit,
            self.reference,
            self.language,
            self.buddhist_era,
            self.classification,
            self.issued_by,
            self.who,
            self.tree,
            self.only_positions,
            self.all_items,
            self.no_items,
            self.notes_per_item,
            sections_box,
            self.annex_box,
            self.preview,
            self.bar,
        )
        self.set_choices(initial)

    # -- filling -------------------------------------------------------------------------
    def set_choices(self, choices: PackChoices) -> None:
        self.choices = choices
        self.annex_box.set_documents(choices.documents)
        index = self.event_choice.findData(choices.event_id)
        if index >= 0 and index != self.event_choice.currentIndex():
            self.event_choice.blockSignals(True)
            self.event_choice.setCurrentIndex(index)
            self.event_choice.blockSignals(False)
        self.tree.blockSignals(True)
        self.tree.clear()
        for m in choices.meetings:
            when = dates.days(m.first, m.last) or m.days  # in the interface's language
            top = QTreeWidgetItem([f"{m.label}  ({when})" if when else m.label, ""])
            top.setData(0, ID_ROLE, ("meeting", m.id))
            # the meeting's own tick (in the pack or not) is independent of its items'
            # ticks (which get a brief): a meeting with no briefed item keeps its
            # programme entry and agenda
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(top)
            for i in m.items:
                label = f"{'   ' * i.depth}{i.number} {i.title}".rstrip()
                status = self.tr("v%d") % i.position_version if i.has_position else ""
                child = QTreeWidgetItem([label, status])
                child.setData(0, ID_ROLE, ("item", i.id))
                child.setToolTip(0, f"{i.number} {i.title}")
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(
                    0, Qt.CheckState.Checked if i.briefed_by_default else Qt.CheckState.Unchecked
                )
                top.addChild(child)
            top.setExpanded(len(choices.meetings) <= 3)
        self.tree.blockSignals(False)
        self.classification.clear()
        self.classification.addItems(list(choices.classifications))
        self.classification.setCurrentText(choices.default_classification)
        self.marking.picked = ""
        self.issued_by.clear()
        self.issued_by.addItem(self.tr("(nobody named)"), None)
        for person_id, name in choices.issuers:
            self.issued_by.addItem(name, person_id)
        self.issued_by.setCurrentIndex(max(0, self.issued_by.findData(choices.issuer_id)))
        self.reference.setText(choices.next_reference)
        self.title_edit.setText(label_tr(self.audience.audience().default_title))
        self.audience.set_minimums(dict(choices.minimums))
        self.who.suggested = choices.suggested_recipients
        self.set_issues(choices.issues, choices.next_reference)
        self.preview.clear()

    def set_issues(self, issues: Any, next_reference: str) -> None:
        """The packs of this event already issued (for an addendum), after an issue too."""
        from dataclasses import replace

        self.choices = replace(self.choices, issues=tuple(issues), next_reference=next_reference)
        self.addendum.blockSignals(True)
        self.addendum.clear()
        self.addendum.addItem(self.tr("New pack"), None)
        for issue in issues:
            self.addendum.addItem(self.tr("Addendum to %s") % issue.label, issue.id)
        self.addendum.blockSignals(False)
        self._addendum_changed(0)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if item.parent() is None:  # a meeting: its items can be briefed only if it is in
            included = item.checkState(0) != Qt.CheckState.Unchecked
            self.tree.blockSignals(True)
            for child in self._kids(item):
                child.setDisabled(not included)
            self.tree.blockSignals(False)
        self.preview.clear(self.tr("The choice changed: Preview again to see the pack."))

    def _tops(self) -> list[QTreeWidgetItem]:
        tops = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [t for t in tops if t is not None]

    @staticmethod
    def _kids(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        kids = (top.child(k) for k in range(top.childCount()))
        return [c for c in kids if c is not None]

    def _children(self) -> list[QTreeWidgetItem]:
        return [c for top in self._tops() for c in self._kids(top)]

    def _select_default_items(self) -> None:
        has = {i.id for m in self.choices.meetings for i in m.items if i.briefed_by_default}
        for child in self._children():
            _kind, item_id = child.data(0, ID_ROLE)
            child.setCheckState(
                0, Qt.CheckState.Checked if item_id in has else Qt.CheckState.Unchecked
            )

    def _check_all(self, on: bool) -> None:
        """Brief every item (meetings ticked too), or none (meetings stay as they are)."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for top in self._tops():
            if on:
                top.setCheckState(0, state)
            for child in self._kids(top):
                child.setCheckState(0, state)

    def _addendum_changed(self, _index: int) -> None:
        is_addendum = self.addendum.currentData() is not None
        buttons = (self.only_positions, self.all_items, self.no_items)
        for w in (self.tree, *buttons, self.audience):
            w.setEnabled(not is_addendum)
        base = next((i for i in self.choices.issues if i.id == self.addendum.currentData()), None)
        if base is not None:  # an addendum keeps its pack's audience
            self.audience.set_audience(base.audience)
        self._audience_changed(self.audience.audience())
        if is_addendum:
            self.reference.setText("")
            self.reference.setPlaceholderText(self.tr("(the pack's reference/Add.N)"))
            # an addendum is marked as its pack (or higher: the service refuses lower)
            if base is not None and base.classification:
                if self.classification.findText(base.classification) < 0:
                    self.classification.addItem(base.classification)
                self.classification.setCurrentText(base.classification)
        else:
            self.reference.setText(self.choices.next_reference)
            self._raise_to_minimum()

    def _audience_changed(self, audience: Audience) -> None:
        """Sections the audience may not have are off (a choice only narrows it); the title
        and the classification follow the audience unless the user changed them."""
        allowed = set(sections_for(audience))
        is_addendum = self.addendum.currentData() is not None
        for section, box in self.sections.items():
            box.setEnabled(section in allowed and not is_addendum)
            box.setChecked(section in allowed)
            box.setToolTip(
                ""
                if section in allowed
                else self.tr("Not in a pack for %1").replace("%1", label_tr(audience.label))
            )
        if self.title_edit.text().strip() in {a.default_title for a in Audience} | {""}:
            self.title_edit.setText(label_tr(audience.default_title))
        self._raise_to_minimum()
        self.preview.clear(self.tr("The choice changed: Preview again to see the pack."))

    def _raise_to_minimum(self) -> None:
        """The audience's default marking unless the user picked one, never below its
        minimum (the service refuses lower); an addendum keeps its pack's (or higher)."""
        minimum = self.choices.minimum(self.audience.audience())
        if self.addendum.currentData() is not None:
            current = self.classification.currentText()
            self.classification.setCurrentText(
                at_least(self.choices.classifications, current, minimum)
            )
        else:
            self.marking.apply(self.choices.default_classification, minimum)

    # -- values ---------------------------------------------------------------------------
    def values(self) -> PackRequest:
        meetings: list[int] = []
        items: list[int] = []
        all_checked = True
        for top in self._tops():
            _k, meeting_id = top.data(0, ID_ROLE)
            chosen = [
                c.data(0, ID_ROLE)[1]
                for c in self._kids(top)
                if c.checkState(0) == Qt.CheckState.Checked
            ]
            if top.checkState(0) != Qt.CheckState.Unchecked:
                meetings.append(meeting_id)
                items += chosen
            else:
                all_checked = False
        return PackRequest(
            event_id=int(self.event_choice.currentData() or self.choices.event_id),
            meeting_ids=tuple(meetings) if not all_checked else (),
            item_ids=tuple(items),
            sections=tuple(s for s, box in self.sections.items() if box.isChecked()),
            audience=self.audience.audience(),
            classification=self.classification.currentText(),
            reference=self.reference.text().strip(),
            title=self.title_edit.text().strip(),
            recipients=tuple(self.who.names()),
            copies=self.copies.value(),
            watermark=self.who.watermarked(),
            one_file=self.one_file.isChecked(),
            addendum_to=self.addendum.currentData(),
            notes_per_item=self.notes_per_item.value(),
            issuer_id=self.issued_by.currentData(),
            language=str(self.language.currentData() or ""),
            buddhist_era=self.buddhist_era.isEnabled() and self.buddhist_era.isChecked(),
            annex_document_ids=self._annexes(),
        )

    def _annexes(self) -> tuple[int, ...]:
        box = self.sections[Section.ANNEXES]
        return self.annex_box.chosen() if box.isChecked() and box.isEnabled() else ()

    def _emit(self, signal: Any) -> None:
        request = self.values()
        if not request.meeting_ids and not self.tree.topLevelItemCount():
            self.status.setText(self.tr("This event has no meetings yet."))
            return
        if request.addendum_to is None and not any(
            t.checkState(0) != Qt.CheckState.Unchecked for t in self._tops()
        ):
            self.status.setText(self.tr("Tick at least one meeting for the pack."))
            return
        signal.emit(request)

    # -- feedback from the feature -----------------------------------------------------
    def set_busy(self, busy: bool, message: str = "") -> None:
        self.bar.set_busy(busy, message)

    def set_progress(self, done: int, total: int, message: str) -> None:
        self.bar.set_progress(done, total, message)

    def show_pdf(self, data: bytes, note: str = "") -> None:
        self.preview.show_pdf(data, note)
