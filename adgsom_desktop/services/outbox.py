"""Writes held while the team store's server cannot be reached (#16 item 2).

When the connection to the team store's server drops, a note the user adds or
corrects is not lost: the GUI's operation runner (``services.runner.OpRunner``)
hands it here instead of reporting a failure.  The outbox keeps such writes in the
order they were made, in a file of their own under the user's profile (never
world-readable: it holds negotiating text), so they survive quitting the app; it
replays them, in order, when the server answers again (and when the store is next
opened).

Only writes that can be described as data are held: a ``HeldWrite`` names what to do
(``note.add``, ``note.edit``) and its arguments, never a Python function.

Exactly once.  A write whose commit was sent but whose answer never came (the
connection dropped during COMMIT) may or may not be in the store.  Replaying must not
apply it twice:

- ``note.add`` carries the new note's UUID (its key); the note is written with it.
  A note with that UUID already in the store is refused by the unique index on
  ``note.uuid`` (the transaction rolls back, nothing of it is written); the replay then
  finds it by its UUID and counts it as written.
- ``note.edit`` carries the note's version it was made on (``base_version``).  The
  edit is written only if the note is still at that version.  If it moved on, and
  its history holds version ``base_version + 1`` with this very text, the edit is
  already in (ours landed): done.  Otherwise someone else changed the note meanwhile:
  a ``HeldConflict`` (both texts), shown to the user as the team store shows a
  brief's conflict; the held edit is kept until the user resolves it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import uuid as _uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.enums import NoteKind, Stance
from ..errors import CONNECTION_LOST, UNREACHABLE, AppError, ConflictError, write_failure

if TYPE_CHECKING:
    from .container import Services
    from .records import NoteRec

log = logging.getLogger(__name__)

FORMAT = 1
# The replay rewrites the file after this many writes (and at its end): a crash in
# between replays those again, which writes nothing twice (the checks above).
SAVE_EVERY = 25
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
    key: str | None = None,
) -> HeldWrite:
    """The held form of ``NoteService.add`` (the note's UUID is ``key``)."""
    args = {
        "meeting_id": meeting_id,
        "text": text,
        "item_id": item_id,
        "speaker_delegation_id": speaker_delegation_id,
        "speaker_person_id": speaker_person_id,
        "kind": kind.value,
        "observed_stance": observed_stance.value if observed_stance else None,
        "taken_at": taken_at.isoformat() if taken_at else None,
        "as_action": as_action,
    }
    return HeldWrite(NOTE_ADD, args, key or _uuid.uuid4().hex, label="note")


def note_edit(note: NoteRec, **values: Any) -> HeldWrite:
    """The held form of ``NoteService.edit`` of ``note`` (made on its version)."""
    args = {
        "note_id": note.id,
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


def outbox_path(locator_display: str) -> Path:
    """The outbox file of a team store (by its address without a password)."""
    import hashlib  # not before the first paint (tests/test_startup_imports.py)

    from ..paths import data_dir

    name = hashlib.sha256(locator_display.encode()).hexdigest()[:24]
    return data_dir() / "outbox" / f"{name}.json"


class Outbox:
    """The held writes of one team store on this computer, in order, kept in a file."""

    def __init__(self, path: Path, services: Services | None = None, store: str = "") -> None:
        self.path = path
        self.services = services
        self.store = store
        self._lock = threading.RLock()
        self._pending: list[HeldWrite] = []
        self._conflicts: list[HeldConflict] = []
        self._load()

    @classmethod
    def for_services(cls, services: Services) -> Outbox:
        display = services.locator.display
        return cls(outbox_path(display), services, display)

    # -- what it holds ----------------------------------------------------------------
    @property
    def count(self) -> int:
        """Writes not in the store yet: held, and conflicts not resolved."""
        with self._lock:
            return len(self._pending) + len(self._conflicts)

    @property
    def held(self) -> int:
        with self._lock:
            return len(self._pending)

    def pending(self) -> tuple[HeldWrite, ...]:
        with self._lock:
            return tuple(self._pending)

    def conflicts(self) -> tuple[HeldConflict, ...]:
        with self._lock:
            return tuple(self._conflicts)

    def hold(self, write: HeldWrite) -> int:
        """Keep ``write`` after the others (on disk before this returns); how many wait."""
        with self._lock:
            if not write.held_at:
                write = HeldWrite(
                    write.kind, write.args, write.key, datetime.now(UTC).isoformat(), write.label
                )
            if all(w.key != write.key for w in self._pending):
                self._pending.append(write)
            self._save()
            return len(self._pending)

    def resolved(self, conflict: HeldConflict) -> None:
        """The user settled ``conflict`` (wrote a merged text, or kept theirs)."""
        with self._lock:
            self._conflicts = [c for c in self._conflicts if c.write.key != conflict.write.key]
            self._save()

    # -- writing them ------------------------------------------------------------------
    def apply(self, write: HeldWrite) -> Any:
        """Write ``write`` to the store once (see the module's notes); raises as the
        service does, ``NoteConflict`` for an edit the note moved past."""
        services = self.services
        if services is None:
            raise RuntimeError("no store to write to")
        a = write.args
        notes = services.notes
        if write.kind == NOTE_ADD:
            try:  # one already in (its commit went through) is refused by the unique index
                return notes.add(
                    int(a["meeting_id"]),
                    str(a["text"]),
                    item_id=a.get("item_id"),
                    speaker_delegation_id=a.get("speaker_delegation_id"),
                    speaker_person_id=a.get("speaker_person_id"),
                    kind=NoteKind(a["kind"]),
                    observed_stance=Stance(a["observed_stance"])
                    if a.get("observed_stance")
                    else None,
                    taken_at=datetime.fromisoformat(a["taken_at"]) if a.get("taken_at") else None,
                    as_action=bool(a.get("as_action")),
                    uuid=write.key,
                )
            except Exception:
                found = notes.with_uuid(write.key)  # in the store: ours, written once
                if found is not None:
                    return found
                raise
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
                    observed_stance=Stance(a["observed_stance"])
                    if a.get("observed_stance")
                    else None,
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
        raise ValueError(f"unknown held write {write.kind!r}")

    def replay(self) -> Replayed:
        """Write every held write, in order, until one cannot reach the server (the rest
        wait for the next try).  An edit that meets a newer version is set aside as a
        conflict; a write the store refuses for good (its meeting was deleted) too."""
        written: list[HeldWrite] = []
        results: list[Any] = []
        conflicts: list[HeldConflict] = []
        stopped = ""
        while True:
            with self._lock:
                if not self._pending:
                    break
                write = self._pending[0]
            try:
                result = self.apply(write)
            except Exception as exc:
                if unreachable(exc):
                    stopped = write_failure(exc) or str(exc)
                    break
                conflict = self._conflict(write, exc)
                if conflict is None:
                    raise
                conflicts.append(conflict)
                with self._lock:
                    self._pending.pop(0)
                    self._conflicts.append(conflict)
                    self._save()
                continue
            written.append(write)
            results.append(result)
            with self._lock:
                self._pending.pop(0)
                if len(written) % SAVE_EVERY == 0 or not self._pending:
                    self._save()
        with self._lock:
            self._save()  # what was written is out of the file (the rest stays)
        return Replayed(tuple(written), tuple(results), tuple(conflicts), self.count, stopped)

    def _conflict(self, write: HeldWrite, exc: BaseException) -> HeldConflict | None:
        mine = str(write.args.get("text", ""))
        if isinstance(exc, NoteConflict):
            return HeldConflict(write, str(exc), mine, exc.theirs, exc.actual)
        if isinstance(exc, AppError):  # refused for good: kept, with why, for the user
            return HeldConflict(write, str(exc), mine, "", 0)
        return None

    # -- the file ----------------------------------------------------------------------
    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        try:
            data = json.loads(raw.decode("utf-8"))
            self._pending = [HeldWrite.from_json(w) for w in data.get("pending", [])]
            self._conflicts = [HeldConflict.from_json(c) for c in data.get("conflicts", [])]
        except (ValueError, KeyError, TypeError) as exc:
            # Never thrown away: set aside under another name, said in the log.
            aside = self.path.with_suffix(f".unreadable-{os.getpid()}")
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
            log.error("the outbox %s could not be read (%s): kept as %s", self.path, exc, aside)

    def _save(self) -> None:
        """Write the whole outbox (a new file, fsync'd, renamed over the old one); only
        the user can read it (0600 in a 0700 folder).  Empty: the file is removed."""
        folder = self.path.parent
        if not self._pending and not self._conflicts:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
        data = {
            "format": FORMAT,
            "store": self.store,
            "pending": [w.as_json() for w in self._pending],
            "conflicts": [c.as_json() for c in self._conflicts],
        }
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        tmp = self.path.with_suffix(f".tmp-{os.getpid()}-{threading.get_ident()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)
        if hasattr(os, "O_DIRECTORY"):
            dfd = os.open(folder, os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
