"""Held writes described as data (#16): what the outbox keeps, and how each is written.

A ``HeldWrite`` names what to do and its arguments (JSON), never a Python function:

- ``note.add``: a note (its UUID is the write's key); with ``action`` an action item
  made of it gets that owner and due date (Ctrl+Enter in live mode), in the same write;
- ``note.edit``: a correction of a note, made on its version ``base_version`` (the
  notes dialog, live mode's correction dialog);
- ``brief.save``: the position editor's autosave of a brief (``outbox_briefs``).

``apply_write`` writes one exactly once (see ``outbox``'s notes), ``coalesce`` folds
a later correction of a note into one still held for it (one write, made on the
version the first was made on: correcting twice offline is not a conflict with
oneself).
"""

from __future__ import annotations

import contextlib
import uuid as _uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..domain.enums import NoteKind, Stance
from ..errors import CONNECTION_LOST, UNREACHABLE, AppError, ConflictError, write_failure
from .outbox_briefs import BRIEF_SAVE, apply_brief, brief_args, fold
from .records import NewNote

if TYPE_CHECKING:
    from .container import Services
    from .records import NoteRec

NOTE_ADD = "note.add"
NOTE_EDIT = "note.edit"


def unreachable(exc: BaseException) -> bool:
    """Did this write fail because the server could not be reached (or went away)?"""
    return write_failure(exc) in (UNREACHABLE, CONNECTION_LOST)


@dataclass(frozen=True)
class HeldWrite:
    """One write, described as data (JSON): what, on which record, with which values."""

    kind: str
    args: Mapping[str, Any]
    key: str = field(default_factory=lambda: _uuid.uuid4().hex)  # a new note's UUID
    held_at: str = ""
    label: str = ""

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "args": dict(self.args)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> HeldWrite:
        return cls(
            str(data["kind"]),
            dict(data["args"]),
            str(data["key"]),
            str(data.get("held_at", "")),
            str(data.get("label", "")),
        )


@dataclass(frozen=True)
class HeldConflict:
    """A held edit the server no longer takes as it is: the note changed meanwhile (or
    was removed).  Both texts, for the user to choose; the held write until then."""

    write: HeldWrite
    reason: str
    mine: str
    theirs: str
    theirs_version: int

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "write": self.write.as_json()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> HeldConflict:
        return cls(
            HeldWrite.from_json(data["write"]),
            str(data["reason"]),
            str(data["mine"]),
            str(data["theirs"]),
            int(data["theirs_version"]),
        )


class HeldOffline(Exception):
    """Not a failure: the write is kept on this computer, written when the server is back."""

    def __init__(self, write: HeldWrite, pending: int) -> None:
        super().__init__(f"kept offline ({pending} unsaved)")
        self.write = write
        self.pending = pending


class NoteConflict(ConflictError):
    """A note edit made on a version the note is no longer at."""

    def __init__(self, note_id: int, expected: int, actual: int, theirs: str) -> None:
        super().__init__(
            "Note {note_id} was changed by someone else meanwhile (version {actual}, "
            "the edit was made on version {expected}).",
            note_id=note_id,
            actual=actual,
            expected=expected,
        )
        self.note_id, self.expected, self.actual, self.theirs = note_id, expected, actual, theirs


@dataclass(frozen=True)
class Replayed:
    """What one replay did: written in order, conflicts set aside, how many still wait."""

    written: tuple[HeldWrite, ...] = ()
    results: tuple[Any, ...] = ()
    conflicts: tuple[HeldConflict, ...] = ()
    left: int = 0
    stopped: str = ""  # why it stopped early (the server is still away), in words


def note_add(
    note: NewNote, *, key: str | None = None, action: tuple[int | None, date | None] | None = None
) -> HeldWrite:
    """The held form of ``NoteService.add`` of ``note`` (the note's UUID is ``key``);
    ``action``: the owner delegation and due date its action item gets (None: as the
    note gives it)."""
    args = note.as_json()
    if action is not None:
        owner, due = action
        args["action"] = {
            "owner_delegation_id": owner,
            "due_date": due.isoformat() if due else None,
        }
    return HeldWrite(NOTE_ADD, args, key or _uuid.uuid4().hex, label="note")


def note_edit(note: NoteRec, **values: Any) -> HeldWrite:
    """The held form of ``NoteService.edit`` of ``note`` (made on its version)."""
    args = {
        "note_id": note.id,
        "meeting_id": note.meeting_id,
        "base_version": note.version_no,
        "text": values["text"],
        "kind": NoteKind(values.get("kind", note.kind)).value,
        "item_id": values.get("item_id", note.item_id),
        "speaker_delegation_id": values.get("speaker_delegation_id", note.speaker_delegation_id),
        "speaker_person_id": values.get("speaker_person_id", note.speaker_person_id),
        "observed_stance": _value(values.get("observed_stance", note.observed_stance)),
    }
    return HeldWrite(NOTE_EDIT, args, label="note correction")


def _value(stance: Any) -> str | None:
    return None if stance is None else Stance(stance).value


def apply_write(services: Services, write: HeldWrite) -> Any:
    """Write ``write`` to the store once (see ``outbox``'s notes); raises as the service
    does, ``NoteConflict`` for an edit the note moved past."""
    a = write.args
    notes = services.notes
    if write.kind == NOTE_ADD:
        try:  # one already in (its commit went through) is refused by the unique index
            note = notes.add(**NewNote.from_json(a).arguments(), uuid=write.key)
        except Exception:
            found = notes.with_uuid(write.key)  # in the store: ours, written once
            if found is not None:
                return _with_action(services, write, found)
            raise
        return _with_action(services, write, note)
    if write.kind == NOTE_EDIT:
        base = int(a["base_version"])
        try:
            return notes.edit(
                int(a["note_id"]),
                text=str(a["text"]),
                kind=NoteKind(a["kind"]),
                item_id=a.get("item_id"),
                speaker_delegation_id=a.get("speaker_delegation_id"),
                speaker_person_id=a.get("speaker_person_id"),
                observed_stance=Stance(a["observed_stance"]) if a.get("observed_stance") else None,
                expected_version=base,
            )
        except NoteConflict:
            mine = notes.check(str(a["text"]))
            landed = any(
                v.version_no == base + 1 and text == mine
                for v, text in notes.versions(int(a["note_id"]))
            )
            if landed:
                return notes.note(int(a["note_id"]))
            raise
    if write.kind == BRIEF_SAVE:
        return apply_brief(services, write)
    raise ValueError(f"unknown held write {write.kind!r}")


def give_action(
    services: Services, note_id: int, owner_delegation_id: int | None, due: date | None
) -> None:
    """Give the action item a note made its owner and due date (once is enough: doing it
    again changes nothing)."""
    actions = services.actions
    act = actions.create_from_note(note_id)  # the one the note made (not a second one)
    same_owner = owner_delegation_id == act.owner_delegation_id
    if same_owner and due == act.due_date:
        return
    actions.update(
        act.id,
        text=act.text,
        owner_person_id=act.owner_person_id if same_owner else None,
        owner_delegation_id=owner_delegation_id,
        owner_agency=act.owner_agency if same_owner else "",
        due_date=due,
        status=act.status,
        item_id=act.item_id,
    )


def _with_action(services: Services, write: HeldWrite, note: NoteRec) -> NoteRec:
    choice = write.args.get("action")
    if choice:
        due = choice.get("due_date")
        # The note is saved: a refused owner or date must not undo it (as in live mode).
        with contextlib.suppress(AppError):
            give_action(
                services,
                note.id,
                choice.get("owner_delegation_id"),
                date.fromisoformat(due) if due else None,
            )
    return note


def coalesce(earlier: HeldWrite, later: HeldWrite) -> HeldWrite | None:
    """``later`` folded into ``earlier`` when both change the same record and ``earlier``
    is still held (None: they stay two writes).  A correction of a note held for
    correction keeps the first one's base version and key, and takes the later values;
    a correction of a note still held for adding changes what will be added."""
    if later.kind == BRIEF_SAVE and earlier.kind == BRIEF_SAVE:
        args = fold(dict(earlier.args), dict(later.args))
        return (
            None
            if args is None
            else HeldWrite(BRIEF_SAVE, args, earlier.key, earlier.held_at, earlier.label)
        )
    if later.kind != NOTE_EDIT:
        return None
    note_id = later.args.get("note_id")
    if earlier.kind == NOTE_EDIT and earlier.args.get("note_id") == note_id:
        args = {**later.args, "base_version": earlier.args["base_version"]}
        return HeldWrite(NOTE_EDIT, args, earlier.key, earlier.held_at, earlier.label)
    return None


ALL_ITEMS = -1  # ``kept_notes``: every item of the meeting (and none)


@dataclass(frozen=True)
class KeptNote:
    """A note, or a note's correction, kept on this computer: not in the store yet."""

    key: str
    note_id: int | None  # the corrected note; None: a new note
    meeting_id: int
    item_id: int | None
    text: str
    kind: NoteKind
    speaker_delegation_id: int | None
    taken_at: datetime | None
    held_at: str

    @property
    def correction(self) -> bool:
        return self.note_id is not None


def kept_notes(
    writes: tuple[HeldWrite, ...], meeting_id: int, item_id: int | None = ALL_ITEMS
) -> tuple[KeptNote, ...]:
    """The held notes and corrections of a meeting (of one item, or ``ALL_ITEMS``), in
    the order they were made."""
    kept: list[KeptNote] = []
    for w in writes:
        a = w.args
        if w.kind not in (NOTE_ADD, NOTE_EDIT) or a.get("meeting_id") != meeting_id:
            continue
        if item_id != ALL_ITEMS and a.get("item_id") != item_id:
            continue
        taken = a.get("taken_at")
        kept.append(
            KeptNote(
                w.key,
                int(a["note_id"]) if w.kind == NOTE_EDIT else None,
                meeting_id,
                a.get("item_id"),
                str(a.get("text", "")),
                NoteKind(a["kind"]),
                a.get("speaker_delegation_id"),
                datetime.fromisoformat(taken) if taken else None,
                w.held_at,
            )
        )
    return tuple(kept)


def brief_save(
    item_id: int,
    content: Any,
    *,
    tags: tuple[str, ...] | None,
    expected_version: int,
    amend_version: int | None = None,
    reopen: bool = False,
) -> HeldWrite:
    """The held form of ``PositionService.save_brief`` (the editor's autosave)."""
    args = brief_args(
        item_id,
        content,
        tags=tags,
        expected_version=expected_version,
        amend_version=amend_version,
        reopen=reopen,
    )
    return HeldWrite(BRIEF_SAVE, args, label="brief")
