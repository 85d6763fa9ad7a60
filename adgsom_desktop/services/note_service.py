"""Session notes: taken in the room, durable the moment they are saved, with history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import (
    Table,
    bindparam,
    insert,
    select,
)
from sqlalchemy.orm import Session

from ..domain import text as text_rules
from ..domain.base import utcnow
from ..domain.enums import NoteKind, Stance
from ..domain.models import AgendaItem, Delegation, Meeting, Note, NoteVersion, Person, StanceRecord
from ..domain.text import clean_text, line_breaks_as_newlines
from ..errors import NotFoundError, ValidationError
from . import note_listing
from .action_service import action_change, action_from_note
from .changes import Change, ChangeKind
from .context import ServiceContext
from .mapping import note_rec
from .note_listing import filtered, listing, records
from .records import NoteRec, VersionRec
from .room_records import NoteCursor, NoteFilter, NotePage
from .row_locks import locked

MAX_NOTE = text_rules.MAX_NOTE


def _snapshot(n: Note) -> dict[str, Any]:
    return {
        "item_id": n.item_id,
        "taken_at": n.taken_at.isoformat(),
        "speaker_delegation_id": n.speaker_delegation_id,
        "speaker_person_id": n.speaker_person_id,
        "kind": n.kind.value,
        "text": n.text,
        "observed_stance": n.observed_stance.value if n.observed_stance else None,
    }


# Built once: constructing a statement costs more than running it (hot path: every save).
_INSERT_VERSION = insert(cast(Table, NoteVersion.__table__))
_REC_NAMES = (
    select(Delegation.code, Person.full_name, AgendaItem.number)
    .select_from(Note)
    .outerjoin(Delegation, Delegation.id == Note.speaker_delegation_id)
    .outerjoin(Person, Person.id == Note.speaker_person_id)
    .outerjoin(AgendaItem, AgendaItem.id == Note.item_id)
    .where(Note.id == bindparam("note_id"))
)


_NOTES = cast(Table, Note.__table__)
# A note edit's hot path, in Core (docs/performance.md: the ORM costs three times the statements): the
# note read and locked with the names its record shows, then one UPDATE.
_LOCK_NOTE = (
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
_UPDATE_NOTE = (
    _NOTES.update()
    .where(_NOTES.c.id == bindparam("note_id"))
    .values(
        text=bindparam("text"),
        kind=bindparam("kind"),
        item_id=bindparam("item_id"),
        speaker_delegation_id=bindparam("speaker_delegation_id"),
        speaker_person_id=bindparam("speaker_person_id"),
        observed_stance=bindparam("observed_stance"),
        version_no=bindparam("version_no"),
        updated_at=bindparam("updated_at"),
    )
)


def _write_version(session: Session, n: Note) -> None:
    """Store the note's current state as its version ``n.version_no`` (Core: one INSERT)."""
    session.connection().execute(
        _INSERT_VERSION,
        {
            "note_id": n.id,
            "version_no": n.version_no,
            "saved_at": utcnow(),
            "snapshot": _snapshot(n),
        },
    )


def _rec(session: Session, n: Note) -> NoteRec:
    """The note as a record, with its speaker's code and name and its item's number."""
    code = name = number = None
    if n.speaker_delegation_id or n.speaker_person_id or n.item_id:
        code, name, number = session.connection().execute(_REC_NAMES, {"note_id": n.id}).one()
    return note_rec(n, code or "", name or "", number or "")


def record_observed_stance(
    session: Session, item_id: int, delegation_id: int, stance: Stance, note: str, at: datetime
) -> None:
    locked(session, AgendaItem, item_id)  # one stance row per item and delegation
    row = session.scalar(
        select(StanceRecord).where(
            StanceRecord.item_id == item_id, StanceRecord.delegation_id == delegation_id
        )
    )
    if row is None:
        row = StanceRecord(item_id=item_id, delegation_id=delegation_id)
        session.add(row)
    row.observed = stance
    row.observed_note = note[:500]
    row.observed_at = at


class NoteService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @staticmethod
    def check(text: str) -> str:
        """The checks a note's text passes before any write (no store needed): the room
        hears at once what the store would refuse (too long, empty)."""
        text = clean_text(line_breaks_as_newlines(text), "Note", max_len=MAX_NOTE).strip()
        if not text:
            raise ValidationError("The note is empty: type what was said before saving.", "text")
        return text

    def _validate(
        self,
        s: Session,
        meeting_id: int,
        item_id: int | None,
        delegation_id: int | None,
        person_id: int | None,
        text: str,
        unchanged: Any = None,
    ) -> str:
        """Clean the text and check the references (those ``unchanged`` holds are known good)."""
        # Word's manual line breaks (\v) and page breaks (\f) are line breaks, not
        # characters to refuse a note for: a note typed or pasted in the room is never lost.
        text = self.check(text)
        if unchanged is None and s.get(Meeting, meeting_id) is None:
            raise NotFoundError(f"Meeting {meeting_id} no longer exists.")
        if item_id is not None and (unchanged is None or item_id != unchanged.item_id):
            item_meeting = s.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
            if item_meeting != meeting_id:
                raise ValidationError("The agenda item is not on this meeting's agenda.", "item")
        if (
            delegation_id is not None
            and (unchanged is None or delegation_id != unchanged.speaker_delegation_id)
            and s.get(Delegation, delegation_id) is None
        ):
            raise ValidationError("The speaker's delegation does not exist.", "speaker")
        if person_id is not None and (
            unchanged is None
            or person_id != unchanged.speaker_person_id
            or delegation_id != unchanged.speaker_delegation_id
        ):
            person = s.get(Person, person_id)
            if person is None:
                raise ValidationError("The speaker does not exist.", "speaker")
            if delegation_id is not None and person.delegation_id != delegation_id:
                raise ValidationError("The speaker is not in that delegation.", "speaker")
        return text

    def add(
        self,
        meeting_id: int,
        text: str,
        *,
        item_id: int | None = None,
        speaker_delegation_id: int | None = None,
        speaker_person_id: int | None = None,
        kind: NoteKind = NoteKind.INTERVENTION,
        observed_stance: Stance | None = None,
        taken_at: datetime | None = None,
        as_action: bool = False,
        also: Callable[[Session, Note], list[Change]] | None = None,
    ) -> NoteRec:
        """Save a note; it is on disk (fsync'd) when this returns.

        ``as_action`` (Ctrl+Enter in the room): the note and its action item are
        one transaction, so a note is never saved without the action asked for.
        ``also``: more writes of the same user action (a bracket lifted in the room),
        made in the same transaction once the note has its id; returns their changes.
        """
        with self._ctx.write() as s:
            text = self._validate(
                s, meeting_id, item_id, speaker_delegation_id, speaker_person_id, text
            )
            if speaker_person_id is not None and speaker_delegation_id is None:
                speaker_delegation_id = s.get_one(Person, speaker_person_id).delegation_id
            n = Note(
                meeting_id=meeting_id,
                item_id=item_id,
                taken_at=taken_at or utcnow(),
                speaker_delegation_id=speaker_delegation_id,
                speaker_person_id=speaker_person_id,
                kind=kind,
                text=text,
                observed_stance=observed_stance,
                version_no=1,
            )
            s.add(n)
            s.flush()
            _write_version(s, n)
            changes = []
            if observed_stance and item_id and speaker_delegation_id:
                record_observed_stance(
                    s, item_id, speaker_delegation_id, observed_stance, text, n.taken_at
                )
                changes.append(Change(ChangeKind.STANCES, meeting_id=meeting_id, item_id=item_id))
            self._ctx.audit(s, "create", "note", n.id)
            rec = _rec(s, n)
            if as_action:
                action, _created = action_from_note(s, self._ctx, n)
                changes.append(action_change(action))
            if also is not None:
                changes.extend(also(s, n))
        note_change = Change(
            ChangeKind.NOTES,
            frozenset({rec.id}),
            meeting_id=meeting_id,
            item_id=item_id,
            records=(rec,),
        )
        self._ctx.publish(note_change, *changes)
        return rec

    def edit(
        self,
        note_id: int,
        *,
        text: str,
        kind: NoteKind,
        item_id: int | None,
        speaker_delegation_id: int | None,
        speaker_person_id: int | None = None,
        observed_stance: Stance | None = None,
    ) -> NoteRec:
        """Change a note; the previous text stays in its history.

        The note is locked while it is read (two editors of one note write their
        versions in turn) and written with prebuilt Core statements: one read, one
        UPDATE, one history INSERT (and the audit's), nothing read back.
        """
        with self._ctx.write() as s:
            conn = s.connection()
            row = conn.execute(_LOCK_NOTE, {"note_id": note_id}).one_or_none()
            if row is None or row.deleted_at is not None:
                raise NotFoundError(f"Note {note_id} no longer exists.")
            text = self._validate(
                s, row.meeting_id, item_id, speaker_delegation_id, speaker_person_id, text, row
            )
            n = SimpleNamespace(
                id=note_id,
                meeting_id=row.meeting_id,
                item_id=item_id,
                taken_at=row.taken_at,
                speaker_delegation_id=speaker_delegation_id,
                speaker_person_id=speaker_person_id,
                kind=kind,
                text=text,
                observed_stance=observed_stance,
                version_no=row.version_no + 1,
            )
            conn.execute(
                _UPDATE_NOTE,
                {
                    "note_id": note_id,
                    "text": text,
                    "kind": kind,
                    "item_id": item_id,
                    "speaker_delegation_id": speaker_delegation_id,
                    "speaker_person_id": speaker_person_id,
                    "observed_stance": observed_stance,
                    "version_no": n.version_no,
                    "updated_at": utcnow(),
                },
            )
            _write_version(s, n)  # type: ignore[arg-type]
            if observed_stance and item_id and speaker_delegation_id:
                record_observed_stance(
                    s, item_id, speaker_delegation_id, observed_stance, text, row.taken_at
                )
            self._ctx.audit(s, "edit", "note", note_id, f"v{n.version_no}")
            same_names = (item_id, speaker_delegation_id, speaker_person_id) == (
                row.item_id,
                row.speaker_delegation_id,
                row.speaker_person_id,
            )
            if same_names:
                rec = note_rec(n, row.code or "", row.full_name or "", row.number or "")  # type: ignore[arg-type]
            else:
                rec = _rec(s, n)  # type: ignore[arg-type]
        self._ctx.publish(
            Change(
                ChangeKind.NOTES,
                frozenset({note_id}),
                meeting_id=rec.meeting_id,
                item_id=item_id,
                records=(rec,),
            ),
            Change(ChangeKind.STANCES, meeting_id=rec.meeting_id, item_id=item_id),
        )
        return rec

    def delete(self, note_id: int) -> None:
        """Hide a note (kept in the store with its history; gone from lists and search)."""
        with self._ctx.write() as s:
            n = s.get(Note, note_id)
            if n is None or n.deleted_at is not None:
                raise NotFoundError(f"Note {note_id} no longer exists.")
            n.deleted_at = utcnow()
            meeting_id = n.meeting_id
            self._ctx.audit(s, "delete", "note", n.id)
        self._ctx.publish(Change(ChangeKind.NOTES, frozenset({note_id}), meeting_id=meeting_id))

    def notes(self, meeting_id: int, item_id: int | None = None) -> list[NoteRec]:
        """A meeting's notes, oldest first (all of them: prefer ``page`` for lists)."""
        with self._ctx.read() as s:
            stmt = filtered(listing(), NoteFilter(meeting_id, item_id=item_id))
            return records(s, stmt.order_by(Note.taken_at, Note.id))

    def latest(self, meeting_id: int, item_id: int | None = None, limit: int = 12) -> list[NoteRec]:
        """The newest ``limit`` notes of a meeting (or of one item), oldest first."""
        with self._ctx.read() as s:
            stmt = filtered(listing(), NoteFilter(meeting_id, item_id=item_id))
            rows = records(s, stmt.order_by(Note.taken_at.desc(), Note.id.desc()).limit(limit))
        return rows[::-1]

    def note(self, note_id: int) -> NoteRec:
        with self._ctx.read() as s:
            rows = records(s, listing().where(Note.id == note_id, Note.deleted_at.is_(None)))
            if not rows:
                raise NotFoundError(f"Note {note_id} no longer exists.")
            return rows[0]

    def page(
        self,
        flt: NoteFilter,
        after: NoteCursor | None = None,
        limit: int = 500,
        *,
        count: bool = True,
    ) -> NotePage:
        """One page of a meeting's notes, filtered by item, speaker and kind, in the
        filter's order (oldest first unless sorted otherwise; ties keep time order).

        Keyset paging (``after`` the last row of the previous page): a page costs
        the same at the end of 1,000,000 notes as at the start (``note_listing``).
        The first page counts the list (unless ``count`` is False: the same list in
        another order); the next ones do not (``total`` None).
        """
        with self._ctx.read() as s:
            return note_listing.page(s, flt, after, limit, count=count)

    def speakers(self, meeting_id: int) -> list[tuple[int, str]]:
        """(delegation id, code) of every delegation with a note at this meeting."""
        with self._ctx.read() as s:
            return note_listing.speakers(s, meeting_id)

    def versions(self, note_id: int) -> list[tuple[VersionRec, str]]:
        """(version, text) for every saved state of a note, oldest first."""
        with self._ctx.read() as s:
            rows = s.scalars(
                select(NoteVersion)
                .where(NoteVersion.note_id == note_id)
                .order_by(NoteVersion.version_no)
            )
            return [
                (VersionRec(v.version_no, v.saved_at), str(v.snapshot.get("text", "")))
                for v in rows
            ]
