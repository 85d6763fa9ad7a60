"""Create or edit an event: a meeting week in one city ("6th ADGMIN and related meetings").

The dialog takes values in and hands values out; the feature saves them and,
if the store refuses (``ValidationError``), shows the message here with
``show_problem`` and opens the dialog again with what was typed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DelegationKind
from ...domain.places import (
    CITY_ZONES,
    HOST_COUNTRIES,
    is_timezone,
    suggest_timezone,
    timezone_names,
    utc_offset,
)
from ...services.records import DelegationRec
from ...services.structure_fields import EventFields
from ..common import a11y
from ..common.fit import fit_to_screen, scrolling
from ..common.markup_edit import MarkupEdit
from ..common.record_dialog import RecordDialog
from ..common.theme import tone

# What the dialog edits: the service's value object (``put_event`` saves it).
EventValues = EventFields


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def host_label(d: DelegationRec) -> str:
    return f"{d.code} · {d.display}"


class EventDialog(RecordDialog):
    def __init__(
        self,
        initial: EventValues,
        delegations: list[DelegationRec] | None = None,
        parent: QWidget | None = None,
        *,
        new: bool = True,
    ) -> None:
        super().__init__("event", parent)
        self.setWindowTitle(self.tr("New event") if new else self.tr("Event details"))
        self._delegations = {d.code: d for d in delegations or []}
        self._tz_touched = bool(initial.timezone)
        self._country_touched = bool(initial.country)
        self._loading = True

        intro = QLabel(
            self.tr(
                "An event is a meeting week in one city, such as “6th ADGMIN and related "
                "meetings, Hà Nội”. Its meetings, steering brief and logistics go into the "
                "briefing pack."
            ),
            self,
        )
        intro.setWordWrap(True)
        tone(intro, "muted")

        self.title = QLineEdit(initial.title, self)
        self.title.setObjectName("eventTitle")
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("6th ADGMIN and related meetings"))
        self.short_title = QLineEdit(initial.short_title, self)
        self.short_title.setObjectName("eventShortTitle")
        self.short_title.setMaxLength(100)
        self.short_title.setPlaceholderText(self.tr("ADGMIN 6, Hà Nội (lists and page headers)"))

        self.host = QComboBox(self)
        self.host.setObjectName("eventHost")
        self.host.addItem(self.tr("(not set)"), "")
        ranked = sorted(
            self._delegations.values(),
            key=lambda d: d.kind is not DelegationKind.MEMBER_STATE,
        )
        for d in ranked:
            self.host.addItem(host_label(d), d.code)
        self.host.setCurrentIndex(max(0, self.host.findData(initial.host_code)))

        self.city = QLineEdit(initial.city, self)
        self.city.setObjectName("eventCity")
        self.city.setMaxLength(200)
        self.city.setPlaceholderText(self.tr("Hà Nội"))
        cities = QCompleter(sorted(CITY_ZONES), self.city)
        cities.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        cities.setFilterMode(Qt.MatchFlag.MatchContains)
        self.city.setCompleter(cities)
        self.country = QLineEdit(initial.country, self)
        self.country.setObjectName("eventCountry")
        self.country.setMaxLength(200)

        today = date.today()
        self.start = QDateEdit(self)
        self.start.setObjectName("eventStart")
        a11y.name(self.start, self.tr("First day"))
        self.end = QDateEdit(self)
        self.end.setObjectName("eventEnd")
        a11y.name(self.end, self.tr("Last day"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
        self.start.setDate(_qdate(initial.start_date or today))
        self.end.setDate(_qdate(initial.end_date or initial.start_date or today))
        self.tbc = QCheckBox(self.tr("to be confirmed"), self)
        self.tbc.setObjectName("eventDatesTbc")
        self.tbc.setChecked(not new and initial.start_date is None)
        self.tbc.toggled.connect(self._dates_known)
        self._dates_known()
        self._previous_start = self.start.date()
        self.start.dateChanged.connect(self._start_moved)
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end, 1)
        dates.addWidget(self.tbc)

        self.timezone = QComboBox(self)
        self.timezone.setObjectName("eventTimezone")
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItem("")
        self.timezone.addItems(list(timezone_names()))
        zones = QCompleter(list(timezone_names()), self.timezone)
        zones.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        zones.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(zones)
        self.timezone.setCurrentText(initial.timezone)
        self.timezone.setMinimumContentsLength(22)
        self.tz_hint = QLabel(self)
        self.tz_hint.setObjectName("eventTimezoneHint")
        tone(self.tz_hint, "muted")
        self.tz_hint.setWordWrap(True)

        self.steering_brief = MarkupEdit(
            self,
            min_lines=14,
            max_height=900,
            placeholder=self.tr(
                "Overall objectives and handling for the week: what we want to come home "
                "with, the line on sensitive items, who speaks when"
            ),
        )
        self.steering_brief.setObjectName("eventSteeringBrief")
        a11y.name(
            self.steering_brief,
            self.tr("Steering brief"),
            self.tr("The head of delegation's guidance for the whole event"),
        )
        self.steering_brief.set_markup(initial.steering_brief)
        self.logistics = MarkupEdit(
            self,
            min_lines=14,
            max_height=900,
            placeholder=self.tr(
                "Venue, hotel, transport, accreditation, delegation office, contacts"
            ),
        )
        self.logistics.setObjectName("eventLogistics")
        a11y.name(
            self.logistics,
            self.tr("Logistics"),
            self.tr("Travel, venue, hotel and contacts"),
        )
        self.logistics.set_markup(initial.logistics)
        # Text not edited is handed back exactly as stored (the editor may normalise blank lines).
        self._initial = initial
        self._edited: set[str] = set()
        self.steering_brief.edited.connect(lambda: self._edited.add("steering_brief"))
        self.logistics.edited.connect(lambda: self._edited.add("logistics"))
        texts = QTabWidget(self)
        texts.setObjectName("eventTexts")
        # A long brief scrolls inside its tab: the dialog stays within a laptop screen.
        texts.addTab(scrolling(self.steering_brief, texts), self.tr("Steering brief"))
        texts.addTab(scrolling(self.logistics, texts), self.tr("Logistics"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Short title:"), self.short_title)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("City:"), self.city)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Dates:"), dates)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.timezone)
        zone_row.addWidget(self.tz_hint, 1)
        form.addRow(self.tr("Time zone:"), zone_row)

        buttons = self.button_box(self.tr("Create event") if new else self.tr("Save"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(texts, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        a11y.order(self, texts, buttons)  # the tabs before the text under them
        fit_to_screen(self, 780, self.sizeHint().height())

        self.host.currentIndexChanged.connect(self._host_changed)
        self.city.textEdited.connect(lambda _t: self._suggest_timezone())
        self.country.textEdited.connect(self._country_edited)
        self.timezone.currentTextChanged.connect(self._timezone_changed)
        self.timezone.activated.connect(self._timezone_chosen)
        zone_line = self.timezone.lineEdit()
        assert zone_line is not None
        zone_line.textEdited.connect(self._timezone_chosen)
        self._loading = False
        if new:  # an existing event is shown as stored; suggestions follow the user's changes
            self._host_changed()
        self._timezone_changed(self.timezone.currentText())

    # -- suggestions ------------------------------------------------------------------------
    def _host_changed(self, *_args: object) -> None:
        code = str(self.host.currentData() or "")
        if not self._country_touched and not self._loading:
            d = self._delegations.get(code)
            self.country.setText(HOST_COUNTRIES.get(code, d.name if d else ""))
        self._suggest_timezone()

    def _country_edited(self, text: str) -> None:
        self._country_touched = bool(text.strip())

    def _suggest_timezone(self) -> None:
        if self._tz_touched or self._loading:
            return
        zone = suggest_timezone(str(self.host.currentData() or ""), self.city.text())
        if zone:
            self.timezone.setCurrentText(zone)

    def _timezone_chosen(self, *_args: object) -> None:
        self._tz_touched = bool(self.timezone.currentText().strip())

    def _timezone_changed(self, text: str) -> None:
        name = text.strip()
        if not name:
            self.tz_hint.setText(
                self.tr("Without a time zone, times are shown in this laptop's time.")
            )
        elif is_timezone(name):
            on = None if self.tbc.isChecked() else _pydate(self.start.date())
            self.tz_hint.setText(
                self.tr(
                    "%s. The times of the meetings and of the notes taken in the room are "
                    "shown in this zone."
                )
                % utc_offset(name, on)
            )
        else:
            self.tz_hint.setText(self.tr("Not a known time zone: choose one from the list."))

    # -- dates -------------------------------------------------------------------------------
    def _dates_known(self, *_args: object) -> None:
        known = not self.tbc.isChecked()
        self.start.setEnabled(known)
        self.end.setEnabled(known)

    def _start_moved(self, new: QDate) -> None:
        """Moving the start moves the end with it (the week keeps its length)."""
        shift = self._previous_start.daysTo(new)
        self._previous_start = new
        if shift:
            self.end.setDate(self.end.date().addDays(shift))

    # -- values ------------------------------------------------------------------------------
    def values(self) -> EventValues:
        known = not self.tbc.isChecked()
        return EventValues(
            title=self.title.text().strip(),
            short_title=self.short_title.text().strip(),
            city=self.city.text().strip(),
            country=self.country.text().strip(),
            host_code=str(self.host.currentData() or ""),
            start_date=_pydate(self.start.date()) if known else None,
            end_date=_pydate(self.end.date()) if known else None,
            timezone=self.timezone.currentText().strip(),
            steering_brief=self.steering_brief.markup()
            if "steering_brief" in self._edited
            else self._initial.steering_brief,
            logistics=self.logistics.markup()
            if "logistics" in self._edited
            else self._initial.logistics,
        )

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "title": self.title,
            "short_title": self.short_title,
            "host": self.host,
            "city": self.city,
            "country": self.country,
            "start_date": self.start,
            "end_date": self.end,
            "timezone": self.timezone,
            "steering_brief": self.steering_brief,
            "logistics": self.logistics,
        }

    def problem_in(self, v: EventValues) -> tuple[str, str] | None:
        if not v.title:
            return (
                self.tr("Give the event a title, e.g. “6th ADGMIN and related meetings”."),
                "title",
            )
        if v.start_date and v.end_date and v.end_date < v.start_date:
            return self.tr("The event cannot end before it starts."), "end_date"
        if v.start_date and v.end_date and v.end_date - v.start_date > timedelta(days=60):
            return (
                self.tr(
                    "An event of more than two months? Check the dates (one meeting "
                    "week is one event)."
                ),
                "end_date",
            )
        if v.timezone and not is_timezone(v.timezone):
            return (
                self.tr("“%s” is not a time zone: choose one from the list, e.g. Asia/Ho_Chi_Minh.")
                % v.timezone,
                "timezone",
            )
        return None
