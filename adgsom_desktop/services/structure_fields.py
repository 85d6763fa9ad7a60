"""The editable fields of an event, a meeting and a person, as value objects.

What a dialog edits and a service saves (``EventService.put_event``, ``put_meeting``,
``DelegationService.put_person``), like the agenda's ``ItemFields``: one frozen
dataclass each, started from a record (``of``) and checked in one place
(``cleaned``: the text as the store keeps it, or a ``ValidationError`` naming the
field).  The services' keyword forms (``save_event(title=...)``, for scripts, the
demo and tests) build these and call the same method.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from ..domain.enums import MeetingFormat, MeetingKind, MemberRole
from ..domain.text import MAX_TITLE, clean_text
from ..domain.timeutil import zone
from ..errors import ValidationError

T = TypeVar("T")


def _of(cls: type[T], rec: Any, **more: Any) -> T:
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    return cls(**{n: getattr(rec, n) for n in names if n not in more}, **more)


@dataclass(frozen=True)
class EventFields:
    title: str = ""
    short_title: str = ""
    city: str = ""
    country: str = ""
    host_code: str = ""  # the host delegation's code ("" when none)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    timezone: str = ""  # an IANA name ("Asia/Ho_Chi_Minh")
    steering_brief: str = ""
    logistics: str = ""

    @classmethod
    def of(cls, rec: Any) -> EventFields:
        """The fields of an ``EventRec`` (to edit it)."""
        return _of(cls, rec)

    def cleaned(self) -> EventFields:
        text = replace(
            self,
            title=clean_text(self.title, "Title", max_len=300, required=True, single_line=True),
            short_title=clean_text(self.short_title, "Short title", max_len=100, single_line=True),
            city=clean_text(self.city, "City", max_len=200, single_line=True),
            country=clean_text(self.country, "Country", max_len=200, single_line=True),
            timezone=clean_text(self.timezone, "Time zone", max_len=64, single_line=True),
            steering_brief=clean_text(self.steering_brief, "Steering brief"),
            logistics=clean_text(self.logistics, "Logistics"),
            host_code=self.host_code.strip().upper(),
        )
        if text.start_date and text.end_date and text.end_date < text.start_date:
            raise ValidationError("The event cannot end before it starts.", "end_date")
        if text.timezone and zone(text.timezone) is None:
            raise ValidationError(
                "Unknown time zone “{text_timezone}”: use an IANA name such as Asia/Ho_Chi_Minh.",
                "timezone",
                text_timezone=text.timezone,
            )
        return text

    def columns(self) -> dict[str, Any]:
        """The ``Event`` columns these fields set (the host apart: a code, not an id)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "host_code"}


@dataclass(frozen=True)
class MeetingFields:
    event_id: int
    kind: MeetingKind = MeetingKind.SOM
    title: str = ""
    short_title: str = ""
    series: str = ""  # "ADGSOM", "ADGSOM+JP": the meeting's line across events
    sequence_no: int | None = None
    partner_code: str = ""  # a dialogue partner's code ("" when none)
    date: dt.date | None = None
    end_date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str = ""
    chair: str = ""
    format: MeetingFormat = MeetingFormat.PLENARY
    notes: str = ""

    @classmethod
    def of(cls, rec: Any) -> MeetingFields:
        """The fields of a ``MeetingRec`` (to edit it)."""
        return _of(cls, rec)

    def cleaned(self) -> MeetingFields:
        text = replace(
            self,
            title=clean_text(self.title, "Title", max_len=300, required=True, single_line=True),
            short_title=clean_text(self.short_title, "Short title", max_len=100, single_line=True),
            series=clean_text(self.series, "Series", max_len=100, single_line=True),
            venue=clean_text(self.venue, "Venue", max_len=300, single_line=True),
            chair=clean_text(self.chair, "Chair", max_len=300, single_line=True),
            notes=clean_text(self.notes, "Notes", max_len=MAX_TITLE * 10),
            partner_code=self.partner_code.strip().upper(),
        )
        if text.sequence_no is not None and not 0 < text.sequence_no < 1000:
            raise ValidationError("The meeting number must be between 1 and 999.", "sequence_no")
        if text.end_date is not None and (text.date is None or text.end_date < text.date):
            raise ValidationError("The meeting cannot end before it starts.", "end_date")
        ends_early = text.start_time and text.end_time and text.end_time < text.start_time
        if ends_early and not text.end_date:
            raise ValidationError("The meeting cannot end before it starts.", "end_time")
        return text

    def columns(self) -> dict[str, Any]:
        """The ``Meeting`` columns these fields set (the partner apart: a code, not an id)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "partner_code"}


@dataclass(frozen=True)
class PersonFields:
    delegation_id: int
    full_name: str = ""
    local_name: str = ""
    honorific: str = ""
    title: str = ""
    agency: str = ""
    role: MemberRole = MemberRole.MEMBER
    email: str = ""
    phone: str = ""
    bio: str = ""  # the personality note (markup)
    last_met: dt.date | None = None
    last_met_where: str = ""
    last_said: str = ""

    @classmethod
    def of(cls, rec: Any) -> PersonFields:
        """The fields of a ``PersonRec`` (to edit it)."""
        return _of(cls, rec)

    def cleaned(self) -> PersonFields:
        def line(value: str, what: str, limit: int) -> str:
            return clean_text(value, what, max_len=limit, single_line=True)

        return replace(
            self,
            full_name=clean_text(
                self.full_name, "Name", max_len=200, required=True, single_line=True
            ),
            local_name=line(self.local_name, "Local name", 200),
            honorific=line(self.honorific, "Honorific", 60),
            title=line(self.title, "Title", 300),
            agency=line(self.agency, "Agency", 300),
            email=line(self.email, "Email", 200),
            phone=line(self.phone, "Phone", 100),
            bio=clean_text(self.bio, "Personality note"),
            last_met_where=clean_text(self.last_met_where, "Last met at", max_len=MAX_TITLE),
            last_said=clean_text(self.last_said, "Last said"),
        )

    def columns(self) -> dict[str, Any]:
        """The ``Person`` columns these fields set."""
        return {f.name: getattr(self, f.name) for f in fields(self)}
