"""Writes held while the team store's server cannot be reached (#16 item 2).

When the connection to the team store's server drops, a note the user adds or
corrects is not lost: the GUI's operation runner (``services.runner.OpRunner``)
hands it here instead of reporting a failure.  The outbox keeps such writes in the
order they were made, in a file of their own under the user's profile, encrypted
with a key derived from the member's sign-in password (``outbox_file``: it holds
negotiating text), so they survive quitting the app and a crash; it replays them,
in order, when the server answers again (and when the store is next opened).  A
sign-in without a password keeps them in memory only (never a plaintext file).
A file that cannot be opened (another password, changed, cut short) is set aside
under another name, never deleted, and ``problem`` says why.

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
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import AppError, write_failure
from .brief_conflict import BriefConflict
from .outbox_briefs import BRIEF_SAVE
from .outbox_file import DAMAGED, OutboxUnreadable, Sealer, is_sealed
from .outbox_writes import (
    ALL_ITEMS,
    NOTE_ADD,
    NOTE_EDIT,
    HeldConflict,
    HeldOffline,
    HeldWrite,
    KeptNote,
    NoteConflict,
    Replayed,
    apply_write,
    brief_save,
    coalesce,
    kept_notes,
    note_add,
    note_edit,
    unreachable,
)

if TYPE_CHECKING:
    from .container import Services

log = logging.getLogger(__name__)

FORMAT = 2  # 1: the plaintext JSON file of the first offline version (read, then sealed)
NO_PASSWORD = "no-password"  # ``Outbox.problem``: a file left by a sign-in with a password
# The replay rewrites the file after this many writes (and at its end): a crash in
# between replays those again, which writes nothing twice (the checks above).
SAVE_EVERY = 25


def outbox_path(locator_display: str) -> Path:
    """The outbox file of a team store (by its address without a password)."""
    import hashlib  # not before the first paint (tests/test_startup_imports.py)

    from ..paths import data_dir

    name = hashlib.sha256(locator_display.encode()).hexdigest()[:24]
    return data_dir() / "outbox" / f"{name}.outbox"


class Outbox:
    """The held writes of one team store on this computer, in order, kept in a file
    sealed with ``secret`` (the sign-in password); without one, in memory only."""

    def __init__(
        self,
        path: Path,
        services: Services | None = None,
        store: str = "",
        secret: bytes | None = None,
    ) -> None:
        self.path = path
        self.services = services
        self.store = store
        self._sealer = Sealer(secret) if secret else None
        self._lock = threading.RLock()
        self._pending: list[HeldWrite] = []
        self._conflicts: list[HeldConflict] = []
        self.problem = ""  # why a file left from before was not read (outbox_file reasons)
        self.aside: Path | None = None  # where that file was kept instead
        self._load()

    @classmethod
    def for_services(cls, services: Services) -> Outbox:
        display = services.locator.display
        secret_of = getattr(services.ctx.backend, "sign_in_secret", None)
        secret = secret_of() if secret_of is not None else None
        return cls(outbox_path(display), services, display, secret)

    @property
    def memory_only(self) -> bool:
        """No password to seal a file with: held writes live only while the app runs."""
        return self._sealer is None

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

    def kept_notes(self, meeting_id: int, item_id: int | None = ALL_ITEMS) -> tuple[KeptNote, ...]:
        """Notes and corrections of ``meeting_id`` (one item's, or all) still held."""
        return kept_notes(self.pending(), meeting_id, item_id)

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
            before = list(self._pending)
            if all(w.key != write.key for w in self._pending):
                self._fold_in(write)
            try:
                self._save()  # on disk before anyone counts it as kept
            except BaseException:
                self._pending = before
                raise
            return len(self._pending)

    def _fold_in(self, write: HeldWrite) -> None:
        """Append ``write``, or fold it into a held write of the same record (a second
        correction of a note corrected offline: one write, no conflict with oneself)."""
        for n in range(len(self._pending) - 1, -1, -1):
            folded = coalesce(self._pending[n], write)
            if folded is not None:
                self._pending[n] = folded
                return
        self._pending.append(write)

    def resolved(self, conflict: HeldConflict) -> None:
        """The user settled ``conflict`` (wrote a merged text, or kept theirs)."""
        with self._lock:
            self._conflicts = [c for c in self._conflicts if c.write.key != conflict.write.key]
            self._save()

    # -- writing them ------------------------------------------------------------------
    def apply(self, write: HeldWrite) -> Any:
        """Write ``write`` to the store once (see the module's notes); raises as the
        service does, ``NoteConflict`` for an edit the note moved past."""
        if self.services is None:
            raise RuntimeError("no store to write to")
        return apply_write(self.services, write)

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
        if isinstance(exc, BriefConflict):  # compared per section when shown
            return HeldConflict(write, str(exc), "", "", exc.theirs.version_no)
        if isinstance(exc, AppError):  # refused for good: kept, with why, for the user
            return HeldConflict(write, str(exc), mine, "", 0)
        return None

    # -- the file ----------------------------------------------------------------------
    def _load(self) -> None:
        source = self.path
        if not source.exists() and self.path.with_suffix(".json").exists():
            source = self.path.with_suffix(".json")  # the first offline version's name
        try:
            raw = source.read_bytes()
        except FileNotFoundError:
            return
        if self._sealer is None:  # left by a sign-in with a password: left where it is
            self.problem = NO_PASSWORD
            log.warning("the outbox %s needs a sign-in with a password to be read", self.path)
            return
        legacy = not is_sealed(raw) and raw.lstrip().startswith(b"{")
        try:
            text = raw if legacy else self._sealer.open(raw)
            data = json.loads(text.decode("utf-8"))
            pending = [HeldWrite.from_json(w) for w in data.get("pending", [])]
            conflicts = [HeldConflict.from_json(c) for c in data.get("conflicts", [])]
        except (OutboxUnreadable, ValueError, KeyError, TypeError, AttributeError) as exc:
            # Never thrown away: set aside under another name, said to the user.
            self.problem = exc.reason if isinstance(exc, OutboxUnreadable) else DAMAGED
            aside = self.path.with_suffix(f".unreadable-{os.getpid()}")
            with contextlib.suppress(OSError):
                os.replace(source, aside)
                self.aside = aside
            log.error(
                "the outbox %s could not be read (%s): kept as %s", source, self.problem, aside
            )
            return
        self._pending, self._conflicts = pending, conflicts
        if legacy:  # the plaintext file of the first offline version: sealed from now on
            self._save()
            with contextlib.suppress(FileNotFoundError):
                if source != self.path:
                    source.unlink()

    def _save(self) -> None:
        """Write the whole outbox (a new file, fsync'd, renamed over the old one); only
        the user can read it (0600 in a 0700 folder), sealed (``outbox_file``).  Empty: the
        file is removed.  Memory only (no password): nothing is written."""
        if self._sealer is None:
            return
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
        body = self._sealer.seal(json.dumps(data, ensure_ascii=False).encode("utf-8"))
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


__all__ = [
    "BRIEF_SAVE",
    "NOTE_ADD",
    "NOTE_EDIT",
    "HeldConflict",
    "HeldOffline",
    "HeldWrite",
    "KeptNote",
    "NoteConflict",
    "Outbox",
    "Replayed",
    "brief_save",
    "note_add",
    "note_edit",
    "outbox_path",
    "unreachable",
]
