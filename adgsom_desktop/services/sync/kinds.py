"""The kinds of record that travel, and how each one's columns become its content.

A record's content (``canon``) is what two stores compare: plain JSON values, links to
other records as their UUIDs, delegations by code, dates and times in ISO form.
Columns that say nothing about the record itself are left out (ids, when a row was
last touched, numbers the app computes from the structure, a point's delivered tick).
An outcome's place among its item's outcomes does travel (``outcome_order``).

A ``Spec`` names a table's fields; ``place`` (an item's parent and order), ``position``
(a brief: its sections, status and approval) and the extras of an item (fixed number,
documents, tags) are read and written by hand (``canon.py``, ``writers.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar, cast

from sqlalchemy import Table

from ...domain.models import (
    ActionItem,
    AgendaItem,
    Event,
    Meeting,
    MeetingDocument,
    MeetingMember,
    Note,
    Outcome,
    Person,
    PersonInterest,
    ProgrammeEntry,
    SpeakingInterval,
    StanceRecord,
)
from .revs import hash_text


class Kind(StrEnum):
    EVENT = "event"
    MEETING = "meeting"
    PERSON = "person"
    ITEM = "item"
    PLACE = "place"  # an item's parent and order among its siblings
    POSITION = "position"
    STANCE = "stance"
    OUTCOME = "outcome"
    PROGRAMME = "programme"
    NOTE = "note"
    ACTION = "action"
    MEMBER = "member"  # one of our members going to the meeting (the week at a glance)
    DOCUMENT = "document"  # a document attached to the meeting (its file travels apart)
    INTEREST = "interest"  # a counterpart's interest in an item (interest_kind.py)
    DELIVERED = "delivered"  # a point to make ticked in the room (delivered_kind.py)
    SPEAKING = "speaking"  # a stretch of our speaking time (speaking_kind.py)


class Part(StrEnum):
    """What a bundle may carry of a meeting (its event and itself always go)."""

    AGENDA = "agenda"  # items, their order, the programme, who of us goes, documents
    BRIEFS = "briefs"
    STANCES = "stances"
    NOTES = "notes"
    OUTCOMES = "outcomes"
    ACTIONS = "actions"


@dataclass(frozen=True)
class KindInfo:
    """What the merge engine needs to know of a kind, beside its columns (``SPECS``)."""

    words: tuple[str, str]  # how a user names one, and several
    part: Part | None = None  # what a bundle carries it in (None: it always goes)
    container: str = ""  # its field naming the record it lives in (deleted with it)


# One row per kind, in the order records are written: a record after those it links to.
KINDS: dict[Kind, KindInfo] = {
    Kind.EVENT: KindInfo(("event", "events")),
    Kind.MEETING: KindInfo(("meeting", "meetings"), container="event"),
    Kind.PERSON: KindInfo(("person", "people")),
    Kind.ITEM: KindInfo(("agenda item", "agenda items"), Part.AGENDA, "meeting"),
    Kind.PLACE: KindInfo(("item's place", "items' places"), Part.AGENDA),
    Kind.PROGRAMME: KindInfo(("programme entry", "programme entries"), Part.AGENDA, "meeting"),
    Kind.MEMBER: KindInfo(("member going", "members going"), Part.AGENDA, "meeting"),
    Kind.DOCUMENT: KindInfo(("document", "documents"), Part.AGENDA, "meeting"),
    Kind.POSITION: KindInfo(("brief", "briefs"), Part.BRIEFS, "item"),
    Kind.STANCE: KindInfo(("stance", "stances"), Part.STANCES, "item"),
    Kind.DELIVERED: KindInfo(("point delivered", "points delivered"), Part.BRIEFS, "item"),
    Kind.INTEREST: KindInfo(
        ("counterpart's interest", "counterparts' interests"), Part.BRIEFS, "item"
    ),
    Kind.NOTE: KindInfo(("note", "notes"), Part.NOTES, "meeting"),
    Kind.SPEAKING: KindInfo(
        ("stretch of our speaking", "stretches of our speaking"), Part.NOTES, "meeting"
    ),
    Kind.OUTCOME: KindInfo(("outcome", "outcomes"), Part.OUTCOMES, "item"),
    Kind.ACTION: KindInfo(("action item", "action items"), Part.ACTIONS),
}

WRITE_ORDER = tuple(KINDS)
PART_KINDS: dict[Part, tuple[Kind, ...]] = {
    part: tuple(kind for kind, info in KINDS.items() if info.part is part) for part in Part
}
# The record a record lives in: deleting that one deletes this one (ON DELETE CASCADE).
CONTAINER_FIELD: dict[Kind, str] = {k: i.container for k, i in KINDS.items() if i.container}
KIND_WORDS: dict[Kind, tuple[str, str]] = {k: i.words for k, i in KINDS.items()}

PEOPLE_SCOPE = "people"


def derived_key(uuid: str, what: str) -> str:
    """The key of a record that is one per item (its brief, its place, a delegation's
    stance): two stores that create it independently name it alike."""
    return hash_text(f"{uuid}/{what}")


def place_key(item_uuid: str) -> str:
    return derived_key(item_uuid, "place")


def position_key(item_uuid: str) -> str:
    return derived_key(item_uuid, "position")


def stance_key(item_uuid: str, code: str) -> str:
    return derived_key(item_uuid, f"stance/{code}")


def member_key(meeting_uuid: str, person_uuid: str) -> str:
    return derived_key(meeting_uuid, f"member/{person_uuid}")


def interest_key(item_uuid: str, person_uuid: str) -> str:
    return derived_key(item_uuid, f"interest/{person_uuid}")


def document_key(meeting_uuid: str, sha256: str) -> str:
    """A meeting's document is named by its file: the same file attached on two sides is
    one record; a replaced file is another."""
    return derived_key(meeting_uuid, f"document/{sha256}")


class Conv(StrEnum):
    PLAIN = "plain"
    ENUM = "enum"
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    CODE = "code"  # a delegation id <-> its code
    EVENT = "event"
    MEETING = "meeting"
    ITEM = "item"
    PERSON = "person"
    NOTE = "note"


LINKS = (Conv.EVENT, Conv.MEETING, Conv.ITEM, Conv.PERSON, Conv.NOTE)


@dataclass(frozen=True)
class Field:
    name: str
    column: str
    conv: Conv = Conv.PLAIN


@dataclass(frozen=True)
class Spec:
    kind: Kind
    model: type
    fields: tuple[Field, ...]

    @property
    def table(self) -> Table:
        return cast(Table, self.model.__table__)  # type: ignore[attr-defined]

    def links(self) -> Iterator[Field]:
        return (f for f in self.fields if f.conv in LINKS)


def _f(name: str, column: str | None = None, conv: Conv = Conv.PLAIN) -> Field:
    return Field(name, column or name, conv)


SPECS: dict[Kind, Spec] = {
    Kind.EVENT: Spec(
        Kind.EVENT,
        Event,
        (
            _f("title"),
            _f("short_title"),
            _f("city"),
            _f("country"),
            _f("host", "host_delegation_id", Conv.CODE),
            _f("start_date", conv=Conv.DATE),
            _f("end_date", conv=Conv.DATE),
            _f("timezone"),
            _f("steering_brief"),
            _f("logistics"),
        ),
    ),
    Kind.MEETING: Spec(
        Kind.MEETING,
        Meeting,
        (
            _f("event", "event_id", Conv.EVENT),
            _f("kind", conv=Conv.ENUM),
            _f("title"),
            _f("series"),
            _f("sequence_no"),
            _f("partner", "partner_delegation_id", Conv.CODE),
            _f("short_title"),
            _f("date", conv=Conv.DATE),
            _f("end_date", conv=Conv.DATE),
            _f("start_time", conv=Conv.TIME),
            _f("end_time", conv=Conv.TIME),
            _f("venue"),
            _f("chair"),
            _f("format", conv=Conv.ENUM),
            _f("ord"),
            _f("notes"),
        ),
    ),
    Kind.PERSON: Spec(
        Kind.PERSON,
        Person,
        (
            _f("delegation", "delegation_id", Conv.CODE),
            _f("full_name"),
            _f("local_name"),
            _f("honorific"),
            _f("title"),
            _f("agency"),
            _f("role", conv=Conv.ENUM),
            _f("email"),
            _f("phone"),
            _f("bio"),
            _f("last_met", conv=Conv.DATE),
            _f("last_met_where"),
            _f("last_said"),
            _f("ord"),
        ),
    ),
    Kind.ITEM: Spec(
        Kind.ITEM,
        AgendaItem,
        (
            _f("meeting", "meeting_id", Conv.MEETING),
            _f("title"),
            _f("purpose", conv=Conv.ENUM),
            _f("lead", "lead_delegation_id", Conv.CODE),
            _f("lead_text"),
            _f("est_minutes"),
            _f("day", conv=Conv.DATE),
            _f("start_time", conv=Conv.TIME),
            _f("end_time", conv=Conv.TIME),
            _f("description"),
            _f("source", "source_item_id", Conv.ITEM),
        ),
    ),
    Kind.NOTE: Spec(
        Kind.NOTE,
        Note,
        (
            _f("meeting", "meeting_id", Conv.MEETING),
            _f("item", "item_id", Conv.ITEM),
            _f("taken_at", conv=Conv.DATETIME),
            _f("speaker", "speaker_delegation_id", Conv.CODE),
            _f("person", "speaker_person_id", Conv.PERSON),
            _f("kind", conv=Conv.ENUM),
            _f("text"),
            _f("observed", "observed_stance", Conv.ENUM),
        ),
    ),
    Kind.STANCE: Spec(
        Kind.STANCE,
        StanceRecord,
        (
            _f("item", "item_id", Conv.ITEM),
            _f("delegation", "delegation_id", Conv.CODE),
            _f("expected", conv=Conv.ENUM),
            _f("expected_note"),
            _f("observed", conv=Conv.ENUM),
            _f("observed_note"),
            _f("observed_at", conv=Conv.DATETIME),
        ),
    ),
    Kind.OUTCOME: Spec(
        Kind.OUTCOME,
        Outcome,
        (
            _f("item", "item_id", Conv.ITEM),
            _f("verb", conv=Conv.ENUM),
            _f("text"),
            _f("recorded_at", conv=Conv.DATETIME),
            _f("note", "note_id", Conv.NOTE),
            _f("for_ministers"),
            _f("ministers_action", conv=Conv.ENUM),
            _f("ministers_text"),
            _f("ministers_item", "ministers_item_id", Conv.ITEM),
            _f("ord"),  # its place among the item's outcomes (``outcome_order``)
        ),
    ),
    Kind.PROGRAMME: Spec(
        Kind.PROGRAMME,
        ProgrammeEntry,
        (
            _f("meeting", "meeting_id", Conv.MEETING),
            _f("day", conv=Conv.DATE),
            _f("start_time", conv=Conv.TIME),
            _f("end_time", conv=Conv.TIME),
            _f("label"),
            _f("kind", conv=Conv.ENUM),
            _f("ord"),
        ),
    ),
    Kind.MEMBER: Spec(
        Kind.MEMBER,
        MeetingMember,
        (
            _f("meeting", "meeting_id", Conv.MEETING),
            _f("person", "person_id", Conv.PERSON),
        ),
    ),
    Kind.DOCUMENT: Spec(
        Kind.DOCUMENT,
        MeetingDocument,
        (
            _f("meeting", "meeting_id", Conv.MEETING),
            _f("item", "item_id", Conv.ITEM),
            _f("symbol"),
            _f("title"),
            _f("file_name"),
            _f("kind"),
            _f("size"),
            _f("sha256"),
            _f("pages"),
        ),
    ),
    Kind.INTEREST: Spec(
        Kind.INTEREST,
        PersonInterest,
        (
            _f("item", "item_id", Conv.ITEM),
            _f("person", "person_id", Conv.PERSON),
            _f("note"),
        ),
    ),
    Kind.SPEAKING: Spec(
        Kind.SPEAKING,
        SpeakingInterval,
        (
            _f("meeting", "meeting_id", Conv.MEETING),
            _f("item", "item_id", Conv.ITEM),
            _f("started_at", conv=Conv.DATETIME),
            _f("ended_at", conv=Conv.DATETIME),
        ),
    ),
    Kind.ACTION: Spec(
        Kind.ACTION,
        ActionItem,
        (
            _f("text"),
            _f("owner_person", "owner_person_id", Conv.PERSON),
            _f("owner_delegation", "owner_delegation_id", Conv.CODE),
            _f("owner_agency"),
            _f("due_date", conv=Conv.DATE),
            _f("status", conv=Conv.ENUM),
            _f("meeting", "meeting_id", Conv.MEETING),
            _f("item", "item_id", Conv.ITEM),
            _f("note", "note_id", Conv.NOTE),
            _f("closed_at", conv=Conv.DATETIME),
        ),
    ),
}


T = TypeVar("T")


def chunks(values: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def plain(value: Any) -> Any:
    """An enum member as its stored value; anything else as it is."""
    return value.value if isinstance(value, StrEnum) else value
