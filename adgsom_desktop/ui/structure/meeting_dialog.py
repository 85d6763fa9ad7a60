"""Create or edit a meeting of an event: kind, partner, series and number, titles,
day(s), local times, venue, chair, format and notes.

For a new meeting the dialog proposes the series from the kind ("ADGSOM",
"ADGSOM+JP"), the number from the previous meeting of that series (after the
6th ADGSOM comes the 7th) and the formal titles, until the user types their own.
It warns (without refusing) when the day is outside the event, when the number
is already taken in the series, and when the meeting overlaps another one.

The values, the suggested number, the warnings and the refusals are Qt-free, in
``meeting_values``; this module shows them.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DelegationKind, MeetingFormat, MeetingKind
from ...domain.meeting_naming import series_choices, suggest_titles
from ...domain.places import utc_offset
from ...services.records import DelegationRec, EventRec, MeetingRec
from ..common import a11y
from ..common.labels import label_tr
from ..common.markup_edit import MarkupEdit
from ..common.record_dialog import RecordDialog
from ..common.theme import tone
from .date_fields import OptionalDate, OptionalTime
from .event_dialog import host_label
from .meeting_values import (
    PARTNER_KINDS,
    MeetingValues,
    event_label,
    meeting_problem,
    meeting_warnings,
    suggested_number,
)
from .programme_editor import ProgrammeEditor

__all__ = ["PARTNER_KINDS", "MeetingDialog", "MeetingValues", "event_label"]


class MeetingDialog(RecordDialog):
    def __init__(
        self,
        initial: MeetingValues,
        events: list[EventRec],
        delegations: list[DelegationRec],
        meetings: list[MeetingRec] | None = None,
        parent: QWidget | None = None,
        *,
        meeting_id: int | None = None,
    ) -> None:
        super().__init__("meeting", parent)
        new = meeting_id is None
        self.setWindowTitle(self.tr("New meeting") if new else self.tr("Meeting details"))
        self.meeting_id = meeting_id
        self._events = {e.id: e for e in events}
        self._delegations = {d.code: d for d in delegations}
        self._others = [m for m in meetings or [] if m.id != meeting_id]
        # Suggestions stop where the user typed (and never change an existing meeting).
        self._touched: set[str] = set() if new else {"series", "number", "title", "short"}
        self._setting = False

        self.event_box = QComboBox(self)
        self.event_box.setObjectName("meetingEvent")
        for e in events:
            self.event_box.addItem(event_label(e), e.id)
        self.event_box.setCurrentIndex(max(0, self.event_box.findData(initial.event_id)))

        self.kind = QComboBox(self)
        self.kind.setObjectName("meetingKind")
        for k in MeetingKind:
            self.kind.addItem(label_tr(k.label), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(initial.kind)))

        self.partner = QComboBox(self)
        self.partner.setObjectName("meetingPartner")
        self.partner.addItem(self.tr("(choose the partner)"), "")
        order = (
            DelegationKind.DIALOGUE_PARTNER,
            DelegationKind.INTERNATIONAL_ORG,
            DelegationKind.SECRETARIAT,
            DelegationKind.OBSERVER,
            DelegationKind.OTHER,
            DelegationKind.MEMBER_STATE,
        )
        for d in sorted(delegations, key=lambda d: order.index(d.kind)):
            self.partner.addItem(host_label(d), d.code)
        self.partner.setCurrentIndex(max(0, self.partner.findData(initial.partner_code)))

        self.series = QComboBox(self)
        self.series.setObjectName("meetingSeries")
        self.series.setEditable(True)
        self.series.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.series.setMinimumContentsLength(14)
        known_series = sorted({m.series for m in self._others if m.series})
        self.series.addItems(known_series)
        self.series.setCurrentText(initial.series)
        self.number = QSpinBox(self)
        self.number.setObjectName("meetingNumber")
        a11y.name(
            self.number,
            self.tr("Meeting number"),
            self.tr("The meeting's number in its series, e.g. 6 for the 6th ADGSOM"),
        )
        self.number.setRange(0, 999)
        self.number.setSpecialValueText("—")
        self.number.setValue(initial.sequence_no or 0)
        self.series_hint = QLabel(self)
        self.series_hint.setObjectName("meetingSeriesHint")
        tone(self.series_hint, "muted")
        series_row = QHBoxLayout()
        series_row.addWidget(self.series)
        series_row.addWidget(QLabel(self.tr("No."), self))
        series_row.addWidget(self.number)
        series_row.addWidget(self.series_hint, 1)

        self.title = QLineEdit(initial.title, self)
        self.title.setObjectName("meetingTitle")
        self.title.setMaxLength(300)
        self.short_title = QLineEdit(initial.short_title, self)
        self.short_title.setObjectName("meetingShortTitle")
        self.short_title.setMaxLength(100)
        self.short_title.setPlaceholderText(self.tr("shown in lists, e.g. 6th ADGSOM"))

        self.day = OptionalDate("", self)
        self.day.setObjectName("meetingDate")
        self.day.known.setToolTip(self.tr("Untick while the day is not yet known"))
        self.until = OptionalDate(self.tr("until"), self)
        self.until.setObjectName("meetingEndDate")
        self.until.known.setToolTip(self.tr("Tick for a meeting over several days"))
        event = self._events.get(initial.event_id)
        fallback = event.start_date if event else None
        self.day.set_value(initial.date, fallback)
        self.until.set_value(initial.end_date, initial.date or fallback)
        day_row = QHBoxLayout()
        day_row.addWidget(self.day, 1)
        day_row.addWidget(self.until, 1)

        self.start = OptionalTime(self.tr("from"), self)
        self.start.setObjectName("meetingStart")
        self.end = OptionalTime(self.tr("to"), self)
        self.end.setObjectName("meetingEnd")
        for field, label in (
            (self.day, self.tr("Day")),
            (self.until, self.tr("Until")),
            (self.start, self.tr("From")),
            (self.end, self.tr("To")),
        ):
            field.set_name(label)
        self.start.set_value(initial.start_time, time(9, 0))
        self.end.set_value(initial.end_time, time(17, 30))
        self.zone_hint = QLabel(self)
        self.zone_hint.setObjectName("meetingZoneHint")
        tone(self.zone_hint, "muted")
        time_row = QHBoxLayout()
        time_row.addWidget(self.start)
        time_row.addWidget(self.end)
        time_row.addWidget(self.zone_hint, 1)

        self.venue = QLineEdit(initial.venue, self)
        self.venue.setObjectName("meetingVenue")
        self.venue.setMaxLength(300)
        self.chair = QLineEdit(initial.chair, self)
        self.chair.setObjectName("meetingChair")
        self.chair.setMaxLength(300)
        for edit, values in (
            (self.venue, {m.venue for m in self._others if m.venue}),
            (self.chair, {m.chair for m in self._others if m.chair}),
        ):
            completer = QCompleter(sorted(values), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        self.format = QComboBox(self)
        self.format.setObjectName("meetingFormat")
        for f in MeetingFormat:
            self.format.addItem(label_tr(f.label), f)
        self.format.setCurrentIndex(max(0, self.format.findData(initial.format)))
        self.notes = MarkupEdit(
            self,
            min_lines=4,
            placeholder=self.tr(
                "Day 2, side events, seating (1 + 3), who attends for us, dress code"
            ),
        )
        self.notes.setObjectName("meetingNotes")
        self.notes.set_markup(initial.notes)
        self._initial_notes = initial.notes  # handed back as stored unless edited
        self._notes_edited = False
        self.notes.edited.connect(lambda: setattr(self, "_notes_edited", True))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("Event:"), self.event_box)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Partner:"), self.partner)
        self.form.addRow(self.tr("Series:"), series_row)
        self.form.addRow(self.tr("Title:"), self.title)
        self.form.addRow(self.tr("Short title:"), self.short_title)
        self.form.addRow(self.tr("Day:"), day_row)
        self.form.addRow(self.tr("Time:"), time_row)
        self.form.addRow(self.tr("Venue:"), self.venue)
        self.form.addRow(self.tr("Chair:"), self.chair)
        self.form.addRow(self.tr("Format:"), self.format)
        self.form.addRow(self.tr("Notes:"), self.notes)

        self.warning = QLabel(self)
        self.warning.setObjectName("meetingWarning")
        tone(self.warning, "warning")
        self.warning.setWordWrap(True)
        buttons = self.button_box(self.tr("Create meeting") if new else self.tr("Save"))

        self.programme = ProgrammeEditor(self)
        self.programme.set_days(initial.date, initial.end_date)
        self.programme.set_entries(initial.programme or ())
        details = QWidget(self)
        dl = QVBoxLayout(details)
        dl.addLayout(self.form)
        dl.addStretch(1)  # room left by the hidden partner row goes here, not between rows
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.programme, self.tr("Programme"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        a11y.order(self, self.tabs, buttons)  # the tabs, each page, then OK and Cancel

        self.event_box.currentIndexChanged.connect(self._event_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.partner.currentIndexChanged.connect(lambda _i: self._suggest())
        series_line = self.series.lineEdit()
        assert series_line is not None
        series_line.textEdited.connect(lambda _t: self._touch("series"))
        self.series.activated.connect(lambda _i: self._touch("series"))
        self.series.currentTextChanged.connect(lambda _t: self._series_changed())
        self.number.valueChanged.connect(self._number_changed)
        self.title.textEdited.connect(lambda _t: self._touch("title"))
        self.short_title.textEdited.connect(lambda _t: self._touch("short"))
        for w in (self.day, self.until, self.start, self.end):
            w.changed.connect(self._check)
        self.day.changed.connect(self._day_changed)
        for w in (self.day, self.until):
            w.changed.connect(lambda: self.programme.set_days(self.day.value(), self.until.value()))
        self._kind_changed()
        self._event_changed()
        self.resize(820, self.sizeHint().height())

    # -- suggestions -------------------------------------------------------------------------
    def _touch(self, name: str) -> None:
        if not self._setting:
            self._touched.add(name)
            self._suggest()

    def _number_changed(self, _value: int) -> None:
        self._touch("number")
        self._check()

    def _series_changed(self) -> None:
        if not self._setting:
            self._suggest()

    def _kind_changed(self, *_args: object) -> None:
        kind = self.current_kind()
        self.form.setRowVisible(2, kind in PARTNER_KINDS)
        self._suggest()

    def _event_changed(self, *_args: object) -> None:
        event = self.current_event()
        if event is not None and self.day.value() is None and event.start_date:
            self.day.set_value(None, event.start_date)
        self._zone_hint()
        self._suggest()

    def _zone_hint(self) -> None:
        event = self.current_event()
        zone = event.timezone if event else ""
        city = event.city if event and event.city else ""
        if zone:
            where = f"{city} · " if city else ""
            self.zone_hint.setText(
                self.tr("local time: %s%s, %s") % (where, zone, utc_offset(zone, self.day.value()))
            )
        else:
            self.zone_hint.setText(self.tr("local time (the event has no time zone)"))

    def _day_changed(self) -> None:
        day, until = self.day.value(), self.until.value()
        if day is not None and (until is None or until < day):
            self._setting = True
            self.until.set_value(day if until is not None else None, day)
            self._setting = False
        self._zone_hint()
        self._suggest()

    def _suggest(self) -> None:
        if self._setting:
            return
        self._setting = True
        try:
            kind = self.current_kind()
            code = str(self.partner.currentData() or "")
            if "series" not in self._touched:
                choices = series_choices(kind, code)
                self.series.setCurrentText(choices[0] if choices else "")
            series = self.series.currentText().strip()
            if "number" not in self._touched:
                self.number.setValue(self._suggested_number(series) or 0)
            partner = self._delegations.get(code)
            title, short = suggest_titles(
                kind, self.number.value() or None, partner.name if partner else "", series
            )
            if "title" not in self._touched:
                self.title.setText(title)
            if "short" not in self._touched:
                self.short_title.setText(short)
        finally:
            self._setting = False
        self._check()

    def _suggested_number(self, series: str) -> int | None:
        return suggested_number(series, self.current_event(), self.day.value(), self._others)

    # -- warnings ----------------------------------------------------------------------------
    def warnings(self) -> list[str]:
        """What looks wrong but may be right (shown, never refused)."""
        return meeting_warnings(self.values(), self.current_event(), self._others, self.tr)

    def _check(self) -> None:
        if self._setting:
            return
        v = self.values()
        previous = [
            m
            for m in self._others
            if v.series and m.series.casefold() == v.series.casefold() and m.sequence_no
        ]
        if previous and not self.number.value():
            self.series_hint.setText("")
        elif previous:
            last = max(previous, key=lambda m: (m.date or date.min, m.sequence_no or 0))
            self.series_hint.setText(
                self.tr("last in the store: %s (%s)")
                % (last.short_title or last.title, last.days or self.tr("undated"))
            )
        elif v.series:
            self.series_hint.setText(self.tr("first %s meeting in this store") % v.series)
        else:
            self.series_hint.setText(
                self.tr("a series links the same meeting across years (carry-over)")
            )
        self.warning.setText("\n".join(self.warnings()))
        self.warning.setVisible(bool(self.warning.text()))

    # -- values ------------------------------------------------------------------------------
    def current_kind(self) -> MeetingKind:
        return MeetingKind(self.kind.currentData())

    def current_event(self) -> EventRec | None:
        data = self.event_box.currentData()
        return self._events.get(int(data)) if data is not None else None

    def values(self) -> MeetingValues:
        kind = self.current_kind()
        data = self.event_box.currentData()
        return MeetingValues(
            event_id=int(data) if data is not None else 0,
            kind=kind,
            title=self.title.text().strip(),
            short_title=self.short_title.text().strip(),
            series=self.series.currentText().strip(),
            sequence_no=self.number.value() or None,
            partner_code=str(self.partner.currentData() or "") if kind in PARTNER_KINDS else "",
            date=self.day.value(),
            end_date=self.until.value() if self.day.value() else None,
            start_time=self.start.value(),
            end_time=self.end.value(),
            venue=self.venue.text().strip(),
            chair=self.chair.text().strip(),
            format=MeetingFormat(self.format.currentData()),
            notes=self.notes.markup() if self._notes_edited else self._initial_notes,
            programme=self.programme.values(),
        )

    def show_problem(self, message: str, field: str = "") -> None:
        self.tabs.setCurrentIndex(1 if field == "programme" else 0)
        super().show_problem(message, field)

    def problem_in(self, v: MeetingValues) -> tuple[str, str] | None:
        return meeting_problem(v, set(self._events), self.programme.problem(), self.tr)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "event": self.event_box,
            "kind": self.kind,
            "partner": self.partner,
            "title": self.title,
            "short_title": self.short_title,
            "series": self.series,
            "sequence_no": self.number,
            "date": self.day,
            "end_date": self.until,
            "start_time": self.start,
            "end_time": self.end,
            "venue": self.venue,
            "chair": self.chair,
            "notes": self.notes,
            "programme": self.programme,
        }
