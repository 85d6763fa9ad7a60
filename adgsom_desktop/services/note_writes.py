"""A note's hot writes, on the DB-API connection (``storage.driver_sql``).

A note edit in the room is the app's most frequent write: its statements are Core,
built once here and compiled once per dialect (``Prepared``), and run in one
``ServiceContext.write_driver`` transaction, so no statement passes SQLAlchemy's
execute layer (``docs/performance.md``, *One note edit*).  The effects are those of
the ORM path: the note's row and version number, its history version, the observed
stance on the stance map, the audit entry, the full-text index (the store's own
triggers), each value stored as SQLAlchemy stores it.

The reference checks are shared with ``NoteService.add`` (ORM session): ``check_refs``
takes a function that runs one of the prepared reads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select

from ..domain.base import new_uuid, utcnow
from ..domain.enums import Stance
from ..domain.models import AgendaItem, Delegation, Meeting, Note, NoteVersion, Person, StanceRecord
from ..errors import NotFoundError, ValidationError
from ..storage.driver_sql import DriverTx, Prepared

Fetch = Callable[[Prepared, dict[str, Any]], Any]  # runs a prepared read: its first row

_NOTES = cast(Table, Note.__table__)
_VERSIONS = cast(Table, NoteVersion.__table__)
_STANCES = cast(Table, StanceRecord.__table__)
# What a note's author sets (the rest is the store's: id, uuid, meeting, time, versions).
_FIELDS = (
    "item_id",
    "speaker_delegation_id",
    "speaker_person_id",
    "kind",
    "text",
    "observed_stance",
)


def _bound(*names: str) -> dict[str, Any]:
    """Each column ``name`` set from the parameter of the same name."""
    return {name: bindparam(name) for name in names}


def _fields(n: Any) -> dict[str, Any]:
    """The values of ``_FIELDS`` in the note ``n``."""
    return {
        "item_id": n.item_id,
        "speaker_delegation_id": n.speaker_delegation_id,
        "speaker_person_id": n.speaker_person_id,
        "kind": n.kind,
        "text": n.text,
        "observed_stance": n.observed_stance,
    }


# The note, locked while it is read (two editors of one note write their versions in
# turn), with the names its record shows.
LOCK_NOTE = Prepared(
    select(
        _NOTES.c.id,
        _NOTES.c.meeting_id,
        _NOTES.c.item_id,
        _NOTES.c.taken_at,
        _NOTES.c.speaker_delegation_id,
        _NOTES.c.speaker_person_id,
        _NOTES.c.kind,
        _NOTES.c.text,
        _NOTES.c.observed_stance,
        _NOTES.c.version_no,
        _NOTES.c.deleted_at,
        Delegation.code,
        Person.full_name,
        AgendaItem.number,
    )
    .select_from(_NOTES)
    .outerjoin(Delegation, Delegation.id == _NOTES.c.speaker_delegation_id)
    .outerjoin(Person, Person.id == _NOTES.c.speaker_person_id)
    .outerjoin(AgendaItem, AgendaItem.id == _NOTES.c.item_id)
    .where(_NOTES.c.id == bindparam("note_id"))
    .with_for_update(of=_NOTES)
)
UPDATE_NOTE = Prepared(
    _NOTES.update()
    .where(_NOTES.c.id == bindparam("note_id"))
    .values(_bound(*_FIELDS, "version_no", "updated_at"))
)
INSERT_VERSION = Prepared(
    insert(_VERSIONS).values(
        note_id=bindparam("note_id"),
        version_no=bindparam("version_no"),
        saved_at=bindparam("saved_at"),
        snapshot=bindparam("snapshot"),
    )
)
INSERT_NOTE = Prepared(
    insert(_NOTES)
    .values(
        {
            **_bound("uuid", "meeting_id", "taken_at", *_FIELDS),
            "version_no": 1,
            "created_at": bindparam("now"),
            "updated_at": bindparam("now"),
        }
    )
    .returning(_NOTES.c.id)
)
NAMES = Prepared(
    select(Delegation.code, Person.full_name, AgendaItem.number)
    .select_from(_NOTES)
    .outerjoin(Delegation, Delegation.id == _NOTES.c.speaker_delegation_id)
    .outerjoin(Person, Person.id == _NOTES.c.speaker_person_id)
    .outerjoin(AgendaItem, AgendaItem.id == _NOTES.c.item_id)
    .where(_NOTES.c.id == bindparam("note_id"))
)
_MEETING = Prepared(select(Meeting.id).where(Meeting.id == bindparam("id")))
_ITEM_MEETING = Prepared(select(AgendaItem.meeting_id).where(AgendaItem.id == bindparam("id")))
_DELEGATION = Prepared(select(Delegation.id).where(Delegation.id == bindparam("id")))
_PERSON = Prepared(select(Person.delegation_id).where(Person.id == bindparam("id")))
# The observed stance (``note_service.record_observed_stance``): the item locked, then
# the stance row of (item, delegation) changed, or added.
_LOCK_ITEM = Prepared(
    select(AgendaItem.id).where(AgendaItem.id == bindparam("item_id")).with_for_update()
)
_STANCE_SET = Prepared(
    _STANCES.update()
    .where(
        _STANCES.c.item_id == bindparam("item_id"),
        _STANCES.c.delegation_id == bindparam("delegation_id"),
    )
    .values(
        observed=bindparam("observed"),
        observed_note=bindparam("observed_note"),
        observed_at=bindparam("observed_at"),
        updated_at=bindparam("now"),
    )
)
_STANCE_ADD = Prepared(
    insert(_STANCES).values(
        item_id=bindparam("item_id"),
        delegation_id=bindparam("delegation_id"),
        expected=Stance.UNKNOWN,
        expected_note="",
        observed=bindparam("observed"),
        observed_note=bindparam("observed_note"),
        observed_at=bindparam("observed_at"),
        created_at=bindparam("now"),
        updated_at=bindparam("now"),
    )
)


def snapshot(n: Any) -> dict[str, Any]:
    """A note's state as its history version keeps it."""
    return {
        "item_id": n.item_id,
        "taken_at": n.taken_at.isoformat(),
        "speaker_delegation_id": n.speaker_delegation_id,
        "speaker_person_id": n.speaker_person_id,
        "kind": n.kind.value,
        "text": n.text,
        "observed_stance": n.observed_stance.value if n.observed_stance else None,
    }


def check_refs(
    fetch: Fetch,
    meeting_id: int,
    item_id: int | None,
    delegation_id: int | None,
    person_id: int | None,
    unchanged: Any = None,
) -> int | None:
    """The note's meeting, item and speaker exist and belong together (those
    ``unchanged`` holds are known good and not read again).  Returns the speaker's
    delegation when the person was read (None otherwise)."""
    if unchanged is None and fetch(_MEETING, {"id": meeting_id}) is None:
        raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
    if item_id is not None and (unchanged is None or item_id != unchanged.item_id):
        row = fetch(_ITEM_MEETING, {"id": item_id})
        if row is None or row[0] != meeting_id:
            raise ValidationError("The agenda item is not on this meeting's agenda.", "item")
    if (
        delegation_id is not None
        and (unchanged is None or delegation_id != unchanged.speaker_delegation_id)
        and fetch(_DELEGATION, {"id": delegation_id}) is None
    ):
        raise ValidationError("The speaker's delegation does not exist.", "speaker")
    if person_id is not None and (
        unchanged is None
        or person_id != unchanged.speaker_person_id
        or delegation_id != unchanged.speaker_delegation_id
    ):
        person = fetch(_PERSON, {"id": person_id})
        if person is None:
            raise ValidationError("The speaker does not exist.", "speaker")
        if delegation_id is not None and person[0] != delegation_id:
            raise ValidationError("The speaker is not in that delegation.", "speaker")
        return int(person[0])
    return None


def write_new(tx: DriverTx, n: Any) -> int:
    """A new note ``n`` (version 1) and its first history version; returns its id."""
    now = utcnow()
    row = tx.first(
        INSERT_NOTE,
        {
            **_fields(n),
            "uuid": getattr(n, "uuid", None) or new_uuid(),
            "meeting_id": n.meeting_id,
            "taken_at": n.taken_at,
            "now": now,
        },
    )
    n.id = int(row.id)
    tx.execute(
        INSERT_VERSION,
        {"note_id": n.id, "version_no": 1, "saved_at": now, "snapshot": snapshot(n)},
    )
    return int(n.id)


def write_edit(tx: DriverTx, n: Any) -> None:
    """The note's new state ``n`` (its row and its history version ``n.version_no``)."""
    now = utcnow()
    tx.execute(
        UPDATE_NOTE,
        {**_fields(n), "note_id": n.id, "version_no": n.version_no, "updated_at": now},
    )
    tx.execute(
        INSERT_VERSION,
        {"note_id": n.id, "version_no": n.version_no, "saved_at": now, "snapshot": snapshot(n)},
    )


def observe_stance(
    tx: DriverTx, item_id: int, delegation_id: int, stance: Stance, note: str, at: datetime
) -> None:
    """The stance map's row of (item, delegation) says what the note observed."""
    tx.first(_LOCK_ITEM, {"item_id": item_id})  # one stance row per item and delegation
    values = {
        "item_id": item_id,
        "delegation_id": delegation_id,
        "observed": stance,
        "observed_note": note[:500],
        "observed_at": at,
        "now": utcnow(),
    }
    if tx.execute(_STANCE_SET, values) == 0:
        tx.execute(_STANCE_ADD, values)
