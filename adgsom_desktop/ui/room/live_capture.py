"""Live mode's capture box: the note being typed, who spoke, its kind and stance.

A note gets its time when typing starts, a speaker from a few letters in any
script, a kind and an observed stance by shortcut; Enter saves (the note is on
disk when the service returns).  A note the store refuses stays in the box,
framed in red, with "Not saved: <reason>" under it; Enter tries again, and so
does a backoff timer while the text is left as it was (``_refused``).

``LiveCapture`` is a part of ``live_mode.LiveWindow`` (it holds no state of its
own: the window builds it and owns its widgets).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import NoteKind, Stance
from ...domain.text import MAX_NOTE
from ...errors import AppError
from ...services.changes import acting_as
from ...services.records import NoteRec
from ..common.save_state import SaveState, SaveStateLabel
from ..common.text_entry import removed_note
from .room_common import SubmitTextEdit, hhmm, kind_labels, stance_labels, utcnow
from .speaker_field import SpeakerField

if TYPE_CHECKING:
    from .live_panels import StancesPanel

    _Base = QWidget
else:
    _Base = object

KIND_KEYS = (
    NoteKind.INTERVENTION,
    NoteKind.PROPOSAL,
    NoteKind.DECISION,
    NoteKind.ACTION,
    NoteKind.REMARK,
)
STANCE_KEYS = {
    "S": Stance.SUPPORT,
    "A": Stance.SUPPORT_WITH_AMENDMENTS,
    "N": Stance.NEUTRAL,
    "R": Stance.RESERVE,
    "O": Stance.OPPOSE,
}
RECENT_NOTES = 12


class LiveCapture(_Base):
    """The capture box of ``LiveWindow``: its widgets, the draft and saving it."""

    # Set by LiveWindow.
    origin: str
    recent_notes: list[NoteRec]
    services: Any
    meeting: Any
    tz: Any
    kind: NoteKind
    stance: Stance | None
    draft_started: Any
    last_note: NoteRec | None
    _unknown_speaker_ok: str
    _refused: str
    state: SaveState
    stances: StancesPanel
    current_item: Any

    def _build_capture(self) -> QWidget:
        """The capture box (time, speaker, kind, stance, text, hint, notes on the item)."""
        self.time_label = QLabel(self)
        self.time_label.setObjectName("liveNoteTime")
        self.time_label.setStyleSheet("font-weight: bold;")
        self.time_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00") + 12)
        self.speaker = SpeakerField(self.services, self)
        self.speaker.returnPressed.connect(self._on_speaker_return)
        self.speaker_resolved = QLabel(self)
        self.speaker_resolved.setObjectName("liveSpeakerResolved")
        self.speaker.resolved_changed.connect(self._show_resolved)

        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        kinds_row = QHBoxLayout()
        for n, kind in enumerate(KIND_KEYS, 1):
            self._key_button(
                f"{n} {kind_labels()[kind]}",
                f"liveKind_{kind.value}",
                partial(self.set_kind, kind),
                self.kind_group,
                n,
                kinds_row,
            )
        kinds_row.addStretch(1)
        self.stance_group = QButtonGroup(self)
        self.stance_group.setExclusive(True)
        stance_row = QHBoxLayout()
        self._key_button(
            self.tr("0 No stance"),
            "",
            partial(self.set_stance, None),
            self.stance_group,
            0,
            stance_row,
        )
        for n, (key, stance) in enumerate(STANCE_KEYS.items(), 1):
            self._key_button(
                f"{key} {stance_labels()[stance]}",
                f"liveStance_{stance.value}",
                partial(self.set_stance, stance),
                self.stance_group,
                n,
                stance_row,
            )
        stance_row.addStretch(1)

        self.text = SubmitTextEdit(self, max_len=MAX_NOTE)
        self.text.setObjectName("liveText")
        self.text.on_refused = self._hint  # a paste too long for a note: said under the box
        self.text.setPlaceholderText(self.tr("What was said. Enter saves."))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text.submitted.connect(self.save_note)
        self.text.submitted_with_control.connect(lambda: self.save_note(as_action=True))
        self.text.textChanged.connect(self._on_text_changed)
        self.text.paste_cleaned.connect(lambda n: self._hint(removed_note(n), ok=True))
        self.hint = QLabel(self)
        self.hint.setObjectName("liveHint")
        self.hint.setWordWrap(True)
        self.save_label = SaveStateLabel(self.state, self)
        self.save_label.setObjectName("liveSaveState")
        self.state.changed.connect(self._frame_text)
        self.recent = QListWidget(self)
        self.recent.setObjectName("liveRecent")
        self.recent.setWordWrap(True)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        capture = QWidget(self)
        cl = QVBoxLayout(capture)
        cl.setContentsMargins(0, 0, 0, 0)
        who = QHBoxLayout()
        who.addWidget(self.time_label)
        who.addWidget(self.speaker, 2)
        who.addWidget(self.speaker_resolved, 3)
        cl.addLayout(who)
        cl.addLayout(kinds_row)
        cl.addLayout(stance_row)
        cl.addWidget(self.text)
        cl.addWidget(self.save_label)
        cl.addWidget(self.hint)
        recent_title = QLabel(self.tr("Notes on this item"), self)
        recent_title.setStyleSheet("font-weight: bold; color: #123a7a;")
        cl.addWidget(recent_title)
        cl.addWidget(self.recent, 1)
        return capture

    def _key_button(
        self,
        text: str,
        name: str,
        slot: Callable[[], Any],
        group: QButtonGroup,
        bid: int,
        row: QHBoxLayout,
    ) -> None:
        """A kind or stance button (its key is on its face; it never takes the focus)."""
        b = QPushButton(text, self)
        b.setCheckable(True)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if name:
            b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        group.addButton(b, bid)
        row.addWidget(b)

    def set_kind(self, kind: NoteKind) -> None:
        self.kind = kind
        self.kind_group.button(KIND_KEYS.index(kind) + 1).setChecked(True)

    def set_stance(self, stance: Stance | None) -> None:
        self.stance = stance
        bid = 0 if stance is None else list(STANCE_KEYS.values()).index(stance) + 1
        self.stance_group.button(bid).setChecked(True)

    def _on_text_changed(self) -> None:
        has_text = bool(self.text.toPlainText().strip())
        if not has_text and (self.state.failed or self._refused):
            # The refused note was cleared: nothing is left to save, so no warning, no red
            # frame, no "lose it?" question on closing.
            self._refused = ""
            self.state.discard()
        if has_text and self.draft_started is None:
            self.draft_started = utcnow()
        elif not has_text:
            self.draft_started = None
        self._show_time()

    def _show_time(self) -> None:
        when = self.draft_started or utcnow()
        self.time_label.setText(hhmm(when, self.tz))

    def _show_resolved(self, candidate: Any) -> None:
        if candidate is not None:
            self.speaker_resolved.setText(f"→ {candidate.label}")
            self.speaker_resolved.setStyleSheet("color: #1f6f43;")
        elif self.speaker.text().strip():
            self.speaker_resolved.setText(self.tr("→ no delegation matches"))
            self.speaker_resolved.setStyleSheet("color: #a12b2b;")
        else:
            self.speaker_resolved.setText("")

    def _on_speaker_return(self) -> None:
        if not self.speaker.popup_visible():
            self.text.setFocus()

    def _hint(self, text: str, ok: bool = False) -> None:
        self.hint.setStyleSheet("color: %s;" % ("#1f6f43" if ok else "#a12b2b"))
        self.hint.setText(text)

    def save_note(self, as_action: bool = False) -> NoteRec | None:
        """Enter: save the draft. On any problem the draft stays as typed, with a hint."""
        text = self.text.toPlainText().strip()
        if not text:
            self._hint(self.tr("Type what was said first: an empty note is not saved."))
            self.text.setFocus()
            return None
        speaker_text = self.speaker.text().strip()
        candidate = self.speaker.resolved()
        if speaker_text and candidate is None:
            if self._unknown_speaker_ok != speaker_text:
                self._unknown_speaker_ok = speaker_text
                self._hint(
                    self.tr(
                        "No delegation or person matches “%s”. Correct it, or press Enter "
                        "again to save the note with that name in its text."
                    )
                    % speaker_text
                )
                return None
            text = f"[{speaker_text}] {text}"
        if self.stance is not None and (candidate is None or self.current_item is None):
            self._hint(
                self.tr("A stance needs a speaker and an agenda item: choose who spoke, or Alt+0.")
            )
            self.speaker.setFocus()
            return None
        item = self.current_item
        kind = NoteKind.ACTION if as_action else self.kind
        try:
            with acting_as(self.origin):
                note = self.services.notes.add(
                    self.meeting.id,
                    text,
                    item_id=item.id if item else None,
                    speaker_delegation_id=candidate.delegation.id if candidate else None,
                    speaker_person_id=(
                        candidate.person.id if candidate and candidate.person else None
                    ),
                    kind=kind,
                    observed_stance=self.stance,
                    taken_at=self.draft_started or utcnow(),
                    as_action=as_action,
                )
        except Exception as exc:  # full disk, bad text...: the draft stays, marked, with why
            self._refused = self.text.toPlainText()
            self.state.mark_failed(exc)
            self.hint.setText("")
            self.text.setFocus()
            return None
        self._refused = ""
        self.state.mark_clean()
        self.last_note = note
        done = self.tr("Saved %s.") % hhmm(note.taken_at, self.tz)
        if as_action:
            done += " " + self.tr("Action item created.")
        self._reset_draft()
        self._hint(done, ok=True)
        self._show_recent_note(note)  # the saved record: no list read again
        if note.observed_stance and item is not None:
            self.stances.set_stances(self.services.live.stances(item.id))
        return note

    def _retry_note(self) -> None:
        """The backoff timer: save the refused note again if it is still as it was.

        The keyboard focus stays where it is (the user may be typing elsewhere, or
        unlocking the app)."""
        if not self._refused or self.text.toPlainText() != self._refused:
            return
        focused = QApplication.focusWidget()
        self.save_note()
        if focused is not None and QApplication.focusWidget() is not focused:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile
                focused.setFocus()

    def _frame_text(self) -> None:
        self.text.setStyleSheet(
            "QPlainTextEdit { border: 2px solid #b00020; }" if self.state.failed else ""
        )

    def _reset_draft(self) -> None:
        self.text.clear()
        self.speaker.reset()
        self.set_kind(NoteKind.INTERVENTION)
        self.set_stance(None)
        self._unknown_speaker_ok = ""
        self.draft_started = None
        self.speaker.setFocus()

    def action_from_last(self) -> None:
        if self.last_note is None:
            self._hint(self.tr("Save a note first: Ctrl+T makes an action item of the last note."))
            return
        try:
            act = self.services.actions.create_from_note(self.last_note.id)
        except AppError as exc:
            self._hint(str(exc))
            return
        self._hint(self.tr("Action item created: %s") % act.text[:80], ok=True)

    def _load_recent(self) -> None:
        """The item's newest notes, read once (when the item is shown)."""
        item = self.current_item
        self.recent_notes = self.services.notes.latest(
            self.meeting.id, item.id if item else None, RECENT_NOTES
        )
        self._fill_recent()

    def _show_recent_note(self, note: NoteRec) -> bool:
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
        self._fill_recent()
        return True

    def _fill_recent(self) -> None:
        self.recent.clear()
        labels = kind_labels()
        for n in self.recent_notes:
            who = n.speaker_code or "—"
            stance = f" [{n.observed_stance.short}]" if n.observed_stance else ""
            self.recent.addItem(
                f"{hhmm(n.taken_at, self.tz)}  {who}  {labels[n.kind]}{stance}: {n.text}"
            )
        self.recent.scrollToBottom()
