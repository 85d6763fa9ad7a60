"""Live mode: handing a note to the store and what comes back (saved, kept, refused).

Enter hands the draft to the store's operation runner (``LivePresenter.submit_note``)
and frees the box for the next note; the runner answers on the GUI thread:

- **saved**: "Saved 10:42" under the box, and the note in the item's list;
- **kept** on this computer (a team store whose server cannot be reached): said under
  the box, written when the server is back;
- **refused** (full disk, read-only medium, store busy): the note comes back into an
  empty capture box, framed in red, with "Not saved: <reason>" under it; Enter tries
  again, and so does a backoff timer while the text is left as it was.  If the next
  note is being typed already, the refused one is kept aside and tried again by the
  timer (closing asks before losing it).

``NoteSaving`` works for one ``LiveWindow`` (composed, like ``live_item.ItemPanels``);
its texts keep the window's translation context.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from ...domain.enums import NoteKind
from ...errors import AppError
from ...services.outbox import HeldOffline
from ...services.records import NoteRec
from .live_presenter import Hint, PendingNote
from .room_common import hhmm, utcnow

if TYPE_CHECKING:
    from .live_mode import LiveWindow


class NoteSaving(QObject):
    def __init__(self, window: LiveWindow) -> None:
        super().__init__(window)
        self.w = window
        self.refused = ""  # the text of the note the store refused (retried while unchanged)

    def text_cleared(self) -> None:
        """The box was emptied: a refused note in it has nothing left to save, so no
        warning, no red frame, no "lose it?" question on closing."""
        if self.w.state.failed or self.refused:
            self.refused = ""
            self.w.state.discard()

    def save(self, as_action: bool = False) -> PendingNote | None:
        """Enter: hand the draft to the runner, or say why not (the draft stays as typed).

        Ctrl+Enter asks first who owns the action item and by when (Enter takes the
        speaker and no date; Esc goes back to the note, unsaved)."""
        w = self.w
        choice = None
        if as_action and w.text.toPlainText().strip():
            choice = w.correction.ask_action(w.speaker.resolved())
            if choice is None:
                w._hint(
                    QCoreApplication.translate(
                        "LiveWindow", "Not saved yet: the note is still in the box."
                    )
                )
                w.text.setFocus()
                return None
        try:
            outcome = w.presenter.submit_note(
                w.text.toPlainText(),
                w.speaker.text(),
                w.speaker.resolved(),
                utcnow(),
                as_action,
                choice,
            )
        except AppError as exc:  # a text the store never takes: it stays, marked, with why
            self.refused = w.text.toPlainText()
            w.state.mark_failed(exc)
            w.hint.setText("")
            w.text.setFocus()
            return None
        if isinstance(outcome, Hint):
            w._hint(outcome.text)
            (w.speaker if outcome.focus == "speaker" else w.text).setFocus()
            return None
        self.refused = ""
        if w.state.failed:
            w.state.discard()  # the refused note is on its way again
        w.state.mark_saving()
        w._reset_draft()
        w._hint(QCoreApplication.translate("LiveWindow", "Saving…"), ok=True)
        return outcome

    def saved(self, pending: PendingNote, note: NoteRec) -> None:
        """The runner committed the note: it shows as saved (and in the item's list)."""
        w = self.w
        w.state.discard(pending.key)
        if not w.presenter.pending and not w.state.failed:
            w.state.mark_clean()
        done = QCoreApplication.translate("LiveWindow", "Saved %s.") % hhmm(note.taken_at, w.tz)
        if pending.as_action:
            done += " " + QCoreApplication.translate("LiveWindow", "Action item created.")
        w._hint(done, ok=True)
        w.capture.fill_recent(w.presenter.recent_notes, w.tz)
        item = w.current_item
        if note.observed_stance and item is not None and note.item_id == item.id:
            w.stances.set_stances(w.presenter.stances())

    def held(self, pending: PendingNote, held: HeldOffline) -> None:
        """The server cannot be reached: the note is kept on this computer (the status bar
        counts it) and written when the server is back; the box stays free."""
        w = self.w
        w.state.discard(pending.key)
        if not w.presenter.pending and not w.state.failed:
            w.state.mark_clean()
        w._hint(
            QCoreApplication.translate(
                "LiveWindow",
                "Offline: kept on this computer (%s unsaved); written when the server is back.",
            )
            % held.pending
        )
        w.capture.refill_recent()

    def refused_note(self, pending: PendingNote, error: BaseException) -> None:
        """The store refused the note: back into the box if it is empty, else kept."""
        w = self.w
        if w.text.toPlainText().strip() or w._disposing:
            w.state.stash(pending.key, pending, lambda: w.presenter.write(pending).ticket, error)
            return
        w.text.setPlainText(pending.text)
        w.presenter.draft_started = pending.taken_at
        w.presenter.unknown_speaker_ok = pending.speaker_text
        w.speaker.setText(pending.speaker_text)
        if pending.candidate is not None:
            w.speaker.set_speaker(pending.candidate)
        w.set_kind(NoteKind.INTERVENTION if pending.as_action else pending.kind)
        w.set_stance(pending.stance)
        self.refused = w.text.toPlainText()
        w.state.mark_failed(error)
        w.hint.setText("")
        w.text.setFocus()

    def retry(self) -> None:
        """The backoff timer: notes kept aside go again; the one in the box if unchanged.

        The keyboard focus stays where it is (the user may be typing elsewhere, or
        unlocking the app)."""
        w = self.w
        w.state.save_stashed()
        if not self.refused or w.text.toPlainText() != self.refused:
            return
        focused = QApplication.focusWidget()
        w.save_note()
        if focused is not None and QApplication.focusWidget() is not focused:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile
                focused.setFocus()

    def flush(self) -> None:
        """Before the store closes: a typed note is handed over, never dropped."""
        w = self.w
        if w.text.toPlainText().strip():
            w.presenter.unknown_speaker_ok = w.speaker.text().strip()
            if w.save_note() is None and not w.state.failed and w.stance is not None:
                w.set_stance(None)
                w.save_note()
