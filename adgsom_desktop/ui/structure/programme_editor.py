"""The programme of a meeting, edited with its details: breaks, lunch, the group photo,
bilateral slots (day, from, to, what, kind).  Values in (``set_entries``), values out
(``values()``); the meeting dialog saves them with the meeting."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ProgrammeKind
from ...services.agenda_annotations import programme_kind
from ...services.programme_records import ProgrammeEntryValues
from ..common import a11y
from ..common.labels import label_tr
from ..common.theme import tone

_CLOCK = re.compile(r"^\s*(\d{1,2})[:.h]?(\d{2})\s*$")
DAY, START, END, LABEL, KIND = range(5)


def _clock(text: str) -> time | str | None:
    """A typed time: None when empty, the time, or "" when it is no time."""
    if not text.strip():
        return None
    m = _CLOCK.match(text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return ""
    return time(int(m.group(1)), int(m.group(2)))


class ProgrammeEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeEditor")
        self._days: list[date] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("programmeTable")
        a11y.name(
            self.table,
            self.tr("Programme"),
            self.tr("The sessions of the meeting, one a row"),
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("From"), self.tr("To"), self.tr("What"), self.tr("Kind")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for col, width in ((DAY, 130), (START, 70), (END, 70), (KIND, 120)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("Add entry"), self)
        self.add_button.setObjectName("programmeAdd")
        self.add_button.clicked.connect(lambda: self.add_row(ProgrammeEntryValues("")))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("programmeRemove")
        self.remove_button.clicked.connect(self.remove_current)
        hint = QLabel(
            self.tr(
                "Breaks, lunch, the group photo, bilateral slots: local time (24 h, e.g. 10:30). "
                "An agenda import fills this in; the pack's programme page prints it."
            ),
            self,
        )
        hint.setWordWrap(True)
        tone(hint, "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- values in ----------------------------------------------------------------------------
    def set_days(self, first: date | None, last: date | None) -> None:
        """The days a row may name (the meeting's, from its details)."""
        days: list[date] = []
        if first is not None:
            end = last if last is not None and last >= first else first
            while first <= end and len(days) < 31:
                days.append(first)
                first += timedelta(days=1)
        self._days = days
        for row in range(self.table.rowCount()):
            box = self._day_box(row)
            self._fill_days(box, self._day(row))

    def set_entries(self, entries: tuple[ProgrammeEntryValues, ...]) -> None:
        self.table.setRowCount(0)
        for e in entries:
            self.add_row(e, focus=False)

    def add_row(self, e: ProgrammeEntryValues, *, focus: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        day = QComboBox(self.table)
        self._fill_days(day, e.day)
        self.table.setCellWidget(row, DAY, day)
        for col, value in ((START, e.start_time), (END, e.end_time)):
            edit = QLineEdit(f"{value:%H:%M}" if value else "", self.table)
            edit.setPlaceholderText("--:--")
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            self.table.setCellWidget(row, col, edit)
        label = QLineEdit(e.label, self.table)
        label.setMaxLength(300)
        label.setPlaceholderText(self.tr("e.g. Coffee break"))
        self.table.setCellWidget(row, LABEL, label)
        kind = QComboBox(self.table)
        for k in ProgrammeKind:
            kind.addItem(label_tr(k.label), k)
        kind.setCurrentIndex(max(0, kind.findData(e.kind)))
        self.table.setCellWidget(row, KIND, kind)

        def guess(text: str, box: QComboBox = kind) -> None:  # "Lunch" -> Meal, until chosen
            found = programme_kind(text)
            if found is not None and ProgrammeKind(box.currentData()) is ProgrammeKind.OTHER:
                box.setCurrentIndex(box.findData(found))
            self.changed.emit()

        label.textEdited.connect(guess)
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        day.currentIndexChanged.connect(lambda _i: self.changed.emit())
        if focus:
            self.table.setCurrentCell(row, LABEL)
            label.setFocus()
            self.changed.emit()

    def _fill_days(self, box: QComboBox, current: date | None) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("first day") if self._days else "—", None)
        days = list(self._days)
        if current is not None and current not in days:
            days.append(current)
        for d in days:
            box.addItem(f"{d:%a %d %b}", d.isoformat())  # a string: Qt would make a QDate
        box.setCurrentIndex(max(0, box.findData(current.isoformat())) if current else 0)
        box.blockSignals(False)

    def _day(self, row: int) -> date | None:
        data = self._day_box(row).currentData()
        return date.fromisoformat(data) if data else None

    def _day_box(self, row: int) -> QComboBox:
        box = self.table.cellWidget(row, DAY)
        assert isinstance(box, QComboBox)
        return box

    def _text(self, row: int, col: int) -> str:
        edit = self.table.cellWidget(row, col)
        assert isinstance(edit, QLineEdit)
        return edit.text()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0 and self.table.rowCount():
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    # -- values out ---------------------------------------------------------------------------
    def problem(self) -> str:
        """What keeps the programme from being saved ("" when nothing)."""
        for row in range(self.table.rowCount()):
            start, end = _clock(self._text(row, START)), _clock(self._text(row, END))
            label = self._text(row, LABEL).strip()
            where = label or self.tr("row %s") % (row + 1)
            if start == "" or end == "":
                return self.tr("Programme, %s: write times as 10:30.") % where
            if not label:
                return self.tr("Programme, row %s: say what it is (e.g. Coffee break).") % (row + 1)
            if end is not None and start is None:
                return self.tr("Programme, %s: give the start time as well.") % where
            if start and end and end <= start:  # type: ignore[operator]
                return self.tr("Programme, %s: it cannot end before it starts.") % where
        return ""

    def values(self) -> tuple[ProgrammeEntryValues, ...]:
        """The entries as typed, in time order (rows with a problem are left as they are)."""
        out = []
        for row in range(self.table.rowCount()):
            start, end = _clock(self._text(row, START)), _clock(self._text(row, END))
            kind = self.table.cellWidget(row, KIND)
            assert isinstance(kind, QComboBox)
            out.append(
                ProgrammeEntryValues(
                    self._text(row, LABEL).strip(),
                    ProgrammeKind(kind.currentData()),
                    start if isinstance(start, time) else None,
                    end if isinstance(end, time) else None,
                    self._day(row),
                )
            )
        return tuple(sorted(out, key=lambda e: (e.day or date.min, e.start_time or time.max)))
