"""Session notes: taken in the room, durable the moment they are saved, with history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import SimpleNamespace
from typing import cast

from sqlalchemy import (
    Table,
    insert,
    select,
)
from sqlalchemy.orm import Session

from ..domain import text as text_rules
from ..domain.base import utcnow
from ..domain.enums import NoteKind, Stance
from ..domain.models import AgendaItem, Note, NoteVersion, Person, StanceRecord
from ..domain.text import clean_text, line_breaks_as_newlines
from ..errors import NotFoundError, ValidationError
from . import note_listing, note_writes
from .action_service import action_change, action_from_note
from .changes import Change, ChangeKind, current_origin
from .context import ServiceContext
from .mapping import note_rec
from .note_listing import filtered, listing, records
from .outbox import NoteConflict
from .records import NoteRec, VersionRec
from .room_records import NoteCursor, NoteFilter, NotePage
from .row_locks import locked

MAX_NOTE = text_rules.MAX_NOTE


# Built once: constructing a statement costs more than running it (hot path: every save).
_INSERT_VERSION = insert(cast(Table, NoteVersion.__table__))


def _write_version(session: Session, n: Note) -> None:
    """Store the note's current state as its version ``n.version_no`` (Core: one INSERT)."""
    session.connection().execute(
        _INSERT_VERSION,
        {
            "note_id": n.id,
            "version_no": n.version_no,
            "saved_at": utcnow(),
            "snapshot": note_writes.snapshot(n),
        },
    )


def _rec(session: Session, n: Note) -> NoteRec:
    """The note as a record, with its speaker's code and name and its item's number."""
    code = name = number = None
    if n.speaker_delegation_id or n.speaker_person_id or n.item_id:
        code, name, number = (
            session.connection().execute(note_writes.NAMES.stmt, {"note_id": n.id}).one()
        )
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
    ) -> str:
        """Clean the text and check the references."""
        # Word's manual line breaks (\v) and page breaks (\f) are line breaks, not
        # characters to refuse a note for: a note typed or pasted in the room is never lost.
        text = self.check(text)
        conn = s.connection()
        note_writes.check_refs(
            lambda p, values: conn.execute(p.stmt, values).first(),
            meeting_id,
            item_id,
            delegation_id,
            person_id,
        )
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
        uuid: str | None = None,
    ) -> NoteRec:
        """Save a note; it is on disk (fsync'd) when this returns.

        ``as_action`` (Ctrl+Enter in the room): the note and its action item are
        one transaction, so a note is never saved without the action asked for.
        ``also``: more writes of the same user action (a bracket lifted in the room),
        made in the same transaction once the note has its id; returns their changes.
        ``uuid``: the new note's identity, chosen by the caller (a write held offline
        and replayed: ``with_uuid`` tells whether it is already in).
        """
        if not as_action and also is None:  # the room's Enter: the hot path (``note_writes``)
            return self._add_plain(
                meeting_id,
                text,
                item_id,
                speaker_delegation_id,
                speaker_person_id,
                kind,
                observed_stance,
                taken_at,
                uuid,
            )
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
            if uuid is not None:
                n.uuid = uuid
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
            self._publish_note(rec, *changes)
        return rec

    def _add_plain(
        self,
        meeting_id: int,
        text: str,
        item_id: int | None,
        delegation_id: int | None,
        person_id: int | None,
        kind: NoteKind,
        observed_stance: Stance | None,
        taken_at: datetime | None,
        uuid: str | None = None,
    ) -> NoteRec:
        """``add`` of one note and nothing else, on the DB-API connection: the same checks,
        rows, audit entry and changes as the ORM path."""
        text = self.check(text)
        with self._ctx.write_driver() as tx:
            person_delegation = note_writes.check_refs(
                tx.first, meeting_id, item_id, delegation_id, person_id
            )
            if person_id is not None and delegation_id is None:
                delegation_id = person_delegation
            n = SimpleNamespace(
                id=0,
                meeting_id=meeting_id,
                item_id=item_id,
                taken_at=taken_at or utcnow(),
                speaker_delegation_id=delegation_id,
                speaker_person_id=person_id,
                kind=kind,
                text=text,
                observed_stance=observed_stance,
                version_no=1,
                uuid=uuid,
            )
            note_writes.write_new(tx, n)
            changes = []
            if observed_stance and item_id and delegation_id:
                note_writes.observe_stance(
                    tx, item_id, delegation_id, observed_stance, text, n.taken_at
                )
                changes.append(Change(ChangeKind.STANCES, meeting_id=meeting_id, item_id=item_id))
            self._ctx.audit(tx, "create", "note", n.id)
            code = name = number = None
            if item_id or delegation_id or person_id:
                code, name, number = tx.first(note_writes.NAMES, {"note_id": n.id})
            rec = note_rec(n, code or "", name or "", number or "")  # type: ignore[arg-type]
            self._publish_note(rec, *changes)
        return rec

    def _publish_note(self, rec: NoteRec, *more: Change) -> None:
        """The note ``rec`` was written (with its record, so the views patch their row
        instead of reading it back), then ``more`` changes of the same write.  Made with
        the origin and actor already named (the hot path: no copy of the change to stamp
        it)."""
        self._ctx.publish(
            Change(
                ChangeKind.NOTES,
                frozenset({rec.id}),
                meeting_id=rec.meeting_id,
                item_id=rec.item_id,
                origin=current_origin(),
                records=(rec,),
                actor=self._ctx.actor,
            ),
            *more,
        )

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
        expected_version: int | None = None,
    ) -> NoteRec:
        """Change a note; the previous text stays in its history.

        ``expected_version``: the version the edit was made on; a note that moved on
        meanwhile (someone else's edit) is not changed: ``outbox.NoteConflict``.

        The hot write of the room: prebuilt statements on the DB-API connection
        (``note_writes``): the note read under its lock, one UPDATE, one history
        INSERT (and the audit's), nothing read back unless the speaker or item changed.
        """
        text = self.check(text)
        with self._ctx.write_driver() as tx:
            row = tx.first(note_writes.LOCK_NOTE, {"note_id": note_id})
            if row is None or row.deleted_at is not None:
                raise NotFoundError("Note {note_id} no longer exists.", note_id=note_id)
            if expected_version is not None and row.version_no != expected_version:
                raise NoteConflict(note_id, expected_version, row.version_no, row.text)
            note_writes.check_refs(
                tx.first, row.meeting_id, item_id, speaker_delegation_id, speaker_person_id, row
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
            note_writes.write_edit(tx, n)
            if observed_stance and item_id and speaker_delegation_id:
                note_writes.observe_stance(
                    tx, item_id, speaker_delegation_id, observed_stance, text, row.taken_at
                )
            self._ctx.audit(tx, "edit", "note", note_id, f"v{n.version_no}")
            if (item_id, speaker_delegation_id, speaker_person_id) == (
                row.item_id,
                row.speaker_delegation_id,
                row.speaker_person_id,
            ):
                names = (row.code, row.full_name, row.number)
            else:
                names = tx.first(note_writes.NAMES, {"note_id": note_id})
            code, name, number = names
            rec = note_rec(n, code or "", name or "", number or "")  # type: ignore[arg-type]
            stances = Change(
                ChangeKind.STANCES,
                meeting_id=rec.meeting_id,
                item_id=item_id,
                origin=current_origin(),
                actor=self._ctx.actor,
            )
            self._publish_note(rec, stances)
        return rec

    def delete(self, note_id: int) -> None:
        """Hide a note (kept in the store with its history; gone from lists and search)."""
        with self._ctx.write() as s:
            n = s.get(Note, note_id)
            if n is None or n.deleted_at is not None:
                raise NotFoundError("Note {note_id} no longer exists.", note_id=note_id)
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
                raise NotFoundError("Note {note_id} no longer exists.", note_id=note_id)
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

    def with_uuid(self, uuid: str) -> NoteRec | None:
        """The note of this identity, if it is in the store (deleted or not)."""
        with self._ctx.read() as s:
            found = s.scalar(select(Note.id).where(Note.uuid == uuid))
        return None if found is None else self.note(int(found))

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
