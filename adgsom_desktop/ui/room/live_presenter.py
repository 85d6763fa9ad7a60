"""Live mode's presenter: the meeting's items, the note being typed, saving notes.

No Qt here (an import-linter contract says so): ``LiveWindow`` shows what this
holds and forwards keys.  It owns the current item (moving, jumping by number),
the draft's meta (kind, stance, when typing started, the unknown speaker said
once), the newest notes of the item, and every write live mode makes, each
handed to the operation runner:

- **A note** (``submit_note``): checked first (empty, unknown speaker, a stance
  without a speaker or an item: a ``Hint``, nothing written), then handed to the
  runner as one transaction (with its action item for Ctrl+Enter).  The box is
  free for the next note at once; the note is **acknowledged when the runner has
  committed it** (``listener.note_saved``: "Saved 10:42"), and a refused one
  comes back (``listener.note_refused``) with its text, to the box or kept.
  On a team store whose server cannot be reached, the runner keeps it on this
  computer instead (``outbox.HeldOffline``, to ``listener.note_held``): written,
  once, when the server is back.
- **Points, the speaking timer** (``live_side.LiveSide``, the side panels' reads and
  writes), **action from the last note**: one operation each; the panel shows what the
  store answered.
- **Changes**: its own echo is ignored; other notes of the item are patched into
  the recent list from their records (no list read).
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from uuid import uuid4

from ...domain.enums import NoteKind, Stance
from ...errors import AppError
from ...services.changes import Change, ChangeKind, new_origin
from ...services.outbox import HeldOffline, note_add
from ...services.outbox_writes import give_action
from ...services.records import AgendaItemRec, NewNote, NoteRec
from ...services.runner import Runner, Ticket
from .live_side import LiveSide, SideListener
from .mandate import Mandate, mandate_of

if TYPE_CHECKING:
    from ...services.container import Services

RECENT_NOTES = 12
_ids = itertools.count(1)


@dataclass(frozen=True)
class Hint:
    """Nothing was written: say this under the box (the draft stays as typed)."""

    text: str
    focus: str = "text"  # where the keyboard goes: "text" or "speaker"


@dataclass(frozen=True)
class ActionChoice:
    """Ctrl+Enter's prompt: who owns the action item and by when (None: no one / no date)."""

    owner_delegation_id: int | None
    due_date: date | None = None


def parse_due(text: str, today: date) -> date | None:
    """A due date as typed in the room: "2026-02-15", "15 Feb", "15 Feb 2026", "15/2",
    "+14" (days from today) or "+2w" (weeks); empty is no date. ValueError if unclear."""
    t = " ".join(text.strip().lower().split())
    if not t:
        return None
    if t.startswith("+"):
        unit = 7 if t.endswith("w") else 1
        number = t[1:].rstrip("wd").strip()
        if number.isdigit():
            return today + timedelta(days=int(number) * unit)
        raise ValueError(text)
    with contextlib.suppress(ValueError):
        return date.fromisoformat(t)
    for fmt in ("%d %b %Y", "%d %B %Y", "%d/%m/%Y"):
        with contextlib.suppress(ValueError):
            return datetime.strptime(t, fmt).date()
    for fmt in ("%d %b", "%d %B", "%d/%m"):
        with contextlib.suppress(ValueError):
            day = datetime.strptime(f"{t} {today.year}", f"{fmt} %Y").date()
            return day if day >= today else day.replace(year=today.year + 1)
    raise ValueError(text)


@dataclass(frozen=True)
class PendingNote:
    """A note handed to the runner, not acknowledged yet (or refused)."""

    key: int
    meeting_id: int
    text: str  # as typed (the box's text)
    stored_text: str  # as written ("[Name] ..." for an unknown speaker)
    item_id: int | None
    delegation_id: int | None
    person_id: int | None
    kind: NoteKind
    stance: Stance | None
    taken_at: datetime
    as_action: bool = False
    speaker_text: str = ""
    candidate: Any = field(default=None, compare=False)  # who spoke, as resolved
    action: ActionChoice | None = None  # Ctrl+Enter: the owner and due date asked for
    ticket: Ticket[Any] | None = field(default=None, compare=False)
    uuid: str = field(default_factory=lambda: uuid4().hex)  # the note's, however often sent

    def note(self) -> NewNote:
        """The note as written (and as held offline)."""
        return NewNote(
            self.meeting_id,
            self.stored_text,
            item_id=self.item_id,
            speaker_delegation_id=self.delegation_id,
            speaker_person_id=self.person_id,
            kind=self.kind,
            observed_stance=self.stance,
            taken_at=self.taken_at,
            as_action=self.as_action,
        )


class Listener(SideListener, Protocol):
    """What ``LiveWindow`` does when the runner answers (on the GUI thread)."""

    def note_saved(self, pending: PendingNote, note: NoteRec) -> None: ...

    def note_refused(self, pending: PendingNote, error: BaseException) -> None: ...

    def note_held(self, pending: PendingNote, held: HeldOffline) -> None: ...


class LivePresenter(LiveSide):
    listener: Listener

    def __init__(
        self,
        services: Services,
        runner: Runner,
        listener: Listener,
        meeting_id: int,
        item_id: int | None = None,
        tr: Callable[[str], str] = lambda s: s,
    ) -> None:
        self.services = services
        self.runner = runner
        self.listener = listener
        self.tr = tr
        self.origin = new_origin("live-mode")
        self.meeting = services.events.meeting(meeting_id)
        self.items: list[AgendaItemRec] = services.agenda.items(meeting_id)
        self.index = 0
        if item_id is not None:
            self.index = next((n for n, i in enumerate(self.items) if i.id == item_id), 0)
        self.kind = NoteKind.INTERVENTION
        self.stance: Stance | None = None
        self.draft_started: datetime | None = None
        self.unknown_speaker_ok = ""
        self.last_note: NoteRec | None = None
        self.recent_notes: list[NoteRec] = []
        self.pending: dict[int, PendingNote] = {}
        self.timer_running = services.live.running(meeting_id) is not None

    # -- the current item ---------------------------------------------------------------
    @property
    def current_item(self) -> AgendaItemRec | None:
        return self.items[self.index] if self.items else None

    def mandate(self) -> Mandate | None:
        """The current item's mandate (objective, stance, ladder, defensive Q&A)."""
        item = self.current_item
        return None if item is None else mandate_of(self.services.positions.get(item.id))

    def go_to(self, index: int) -> bool:
        """Make item ``index`` current; True if it changed.  A running speaking timer
        follows (its stretch on the old item closes, one on the new opens)."""
        if not self.items:
            return False
        old = self.current_item
        self.index = max(0, min(len(self.items) - 1, index))
        new = self.current_item
        return not (old is None or new is None or old.id == new.id)

    def follow_with_timer(self) -> None:
        """After a move: a running speaking timer follows to the new item."""
        item = self.current_item
        if self.timer_running and item is not None:
            meeting_id, item_id, live = self.meeting.id, item.id, self.services.live
            self.runner.submit(
                lambda: live.switch_item(meeting_id, item_id),
                origin=self.origin,
                done=lambda _r: self.listener.timer_changed(),
                failed=lambda e: self.listener.said(str(e), False),
                label="timer",
            )

    def find(self, text: str) -> int | None:
        """The index of the item numbered ``text`` ("4.1"), else of the first whose title
        holds it; None if none."""
        wanted = text.strip().rstrip(".")
        if not wanted:
            return None
        for n, item in enumerate(self.items):
            if item.number.rstrip(".") == wanted:
                return n
        needle = wanted.casefold()
        for n, item in enumerate(self.items):
            if needle in item.title.casefold():
                return n
        return None

    def reload_items(self) -> None:
        """The agenda changed: read it again, staying on the same item if it is still there."""
        current = self.current_item
        self.items = self.services.agenda.items(self.meeting.id)
        if current is not None:
            self.index = next(
                (n for n, i in enumerate(self.items) if i.id == current.id),
                min(self.index, max(0, len(self.items) - 1)),
            )

    # -- the draft ----------------------------------------------------------------------
    def text_changed(self, has_text: bool, now: datetime) -> None:
        """The note's time is when typing started."""
        if has_text and self.draft_started is None:
            self.draft_started = now
        elif not has_text:
            self.draft_started = None

    def reset_draft(self) -> None:
        self.kind = NoteKind.INTERVENTION
        self.stance = None
        self.unknown_speaker_ok = ""
        self.draft_started = None

    def submit_note(
        self,
        text: str,
        speaker_text: str,
        candidate: Any,
        now: datetime,
        as_action: bool = False,
        action: ActionChoice | None = None,
    ) -> Hint | PendingNote:
        """Enter: check the draft, then hand it to the runner (or say why not: a ``Hint``,
        or the ``ValidationError`` of a text the store never takes)."""
        typed = text
        text = text.strip()
        if not text:
            return Hint(self.tr("Type what was said first: an empty note is not saved."))
        speaker_text = speaker_text.strip()
        stored = text
        if speaker_text and candidate is None:
            if self.unknown_speaker_ok != speaker_text:
                self.unknown_speaker_ok = speaker_text
                return Hint(
                    self.tr(
                        "No delegation or person matches “%s”. Correct it, or press Enter "
                        "again to save the note with that name in its text."
                    )
                    % speaker_text
                )
            stored = f"[{speaker_text}] {text}"
        item = self.current_item
        self.services.notes.check(stored)  # what the store never takes is said at once
        if self.stance is not None and (candidate is None or item is None):
            return Hint(
                self.tr("A stance needs a speaker and an agenda item: choose who spoke, or Alt+0."),
                focus="speaker",
            )
        pending = PendingNote(
            key=next(_ids),
            meeting_id=self.meeting.id,
            text=typed,
            stored_text=stored,
            item_id=item.id if item else None,
            delegation_id=candidate.delegation.id if candidate else None,
            person_id=candidate.person.id if candidate and candidate.person else None,
            kind=NoteKind.ACTION if as_action else self.kind,
            stance=self.stance,
            taken_at=self.draft_started or now,
            as_action=as_action,
            speaker_text=speaker_text,
            candidate=candidate,
        )
        if as_action and action is not None and action != ActionChoice(pending.delegation_id):
            # Not what the note gives anyway (the speaker, no date): one more write after it.
            pending = replace(pending, action=action)
        return self.write(pending)

    def write(self, pending: PendingNote) -> PendingNote:
        """Hand a note to the runner (again, for a refused one)."""
        notes = self.services.notes
        new = pending.note()

        def add() -> NoteRec:
            note = notes.add(**new.arguments())
            choice = pending.action
            if choice is not None:  # the owner and due date asked for, in the same operation
                # The note is saved: a refused owner or date must not send it back to the box
                # (it would be saved twice); the action item keeps the speaker as its owner.
                with contextlib.suppress(AppError):
                    self._apply_choice(note, choice)
            return note

        def done(note: NoteRec) -> None:
            self.pending.pop(pending.key, None)
            self.last_note = note
            self.show_note(note)
            self.listener.note_saved(pending, note)

        def failed(error: BaseException) -> None:
            self.pending.pop(pending.key, None)
            if isinstance(error, HeldOffline):
                self.listener.note_held(pending, error)
            else:
                self.listener.note_refused(pending, error)

        choice = pending.action  # an owner or due date asked for: kept with the note
        hold = note_add(
            new,
            key=pending.uuid,
            action=None if choice is None else (choice.owner_delegation_id, choice.due_date),
        )
        ticket = self.runner.submit(
            add, origin=self.origin, done=done, failed=failed, label="note", hold=hold
        )
        sent = replace(pending, ticket=ticket)
        self.pending[pending.key] = sent
        return sent

    def _apply_choice(self, note: NoteRec, choice: ActionChoice) -> None:
        """Give the action item a note made its owner and due date (on the runner)."""
        give_action(self.services, note.id, choice.owner_delegation_id, choice.due_date)

    # -- correcting a note (Up, F2) -----------------------------------------------------
    def note_for_correction(self, note_id: int | None) -> NoteRec | None:
        """The listed note to correct: ``note_id``, else the newest one of the item."""
        if note_id is None:
            return self.recent_notes[-1] if self.recent_notes else None
        return next((n for n in self.recent_notes if n.id == note_id), None)

    def correction(self, note: NoteRec, values: Any) -> Callable[[], NoteRec]:
        """The write of a corrected note, for the runner (its old text stays in its
        history); ``values`` are the note dialog's."""
        notes = self.services.notes
        person = (
            note.speaker_person_id
            if values.speaker_delegation_id == note.speaker_delegation_id
            else None
        )

        def write() -> NoteRec:
            return notes.edit(
                note.id,
                text=values.text,
                kind=values.kind,
                item_id=values.item_id,
                speaker_delegation_id=values.speaker_delegation_id,
                speaker_person_id=person,
                observed_stance=values.observed_stance,
            )

        return write

    # -- the item's newest notes --------------------------------------------------------
    def load_recent(self) -> list[NoteRec]:
        """The item's newest notes, read once (when the item is shown)."""
        item = self.current_item
        self.recent_notes = self.services.notes.latest(
            self.meeting.id, item.id if item else None, RECENT_NOTES
        )
        return self.recent_notes

    def show_note(self, note: NoteRec) -> bool:
        """Put a saved or changed note into the list from its record (no read); False when
        the list must be read again (a listed note moved away, an older note arrived)."""
        item = self.current_item
        ours = note.meeting_id == self.meeting.id and note.item_id == (item.id if item else None)
        listed = any(n.id == note.id for n in self.recent_notes)
        if not ours:
            return not listed
        if listed:
            self.recent_notes = [note if n.id == note.id else n for n in self.recent_notes]
        elif not self.recent_notes or (note.taken_at, note.id) >= (
            self.recent_notes[-1].taken_at,
            self.recent_notes[-1].id,
        ):
            self.recent_notes = [*self.recent_notes, note][-RECENT_NOTES:]
        else:
            return False
        return True

    # -- other writes -------------------------------------------------------------------
    def action_from_last(self) -> Hint | None:
        note = self.last_note
        if note is None:
            return Hint(self.tr("Save a note first: Ctrl+T makes an action item of the last note."))
        actions = self.services.actions
        self.runner.submit(
            lambda: actions.create_from_note(note.id),
            origin=self.origin,
            done=lambda act: self.listener.said(
                self.tr("Action item created: %s") % act.text[:80], True
            ),
            failed=lambda e: self.listener.said(str(e), False),
            label="action",
        )
        return None

    # -- store events -------------------------------------------------------------------
    def mine(self, change: Change) -> bool:
        return change.made_by(self.origin)

    def notes_changed(self, change: Change) -> bool:
        """Patch the recent list from a change of another origin; False: read it again."""
        notes = [r for r in change.records if isinstance(r, NoteRec)]
        return bool(notes) and all(self.show_note(n) for n in notes)

    def concerns_item(self, change: Change, *kinds: ChangeKind) -> bool:
        item = self.current_item
        return item is not None and change.concerns(*kinds) and change.item_id in (None, item.id)
