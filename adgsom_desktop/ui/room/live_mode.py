"""Live mode: a focused, keyboard-first screen to capture a meeting as it happens.

The current agenda item is always in view and moves with a key; a note gets its
time when typing starts, a speaker from a few letters in any script, a kind and
an observed stance by shortcut; Enter hands the note to the store's operation
runner and frees the box for the next one; the note is on disk when it shows
as saved ("Saved 10:42" under the box, and in the item's list).  Our points
to make, the speaking timer, the observed stances and the outcomes of the item
sit beside the capture box.

The window shows and forwards; ``live_presenter.LivePresenter`` (no Qt) holds
the items, the draft's meta and the newest notes and makes every write.  The
capture box's widgets are ``live_capture.CaptureBox``; the side panels
``live_panels``; handing a note over and the runner's answers ``live_saving``.

A note the store refuses (full disk, read-only medium, store busy) comes back
into an empty capture box, framed in red, with "Not saved: <reason>" under it;
Enter tries again, and so does a backoff timer while the text is left as it
was.  If the next note is being typed already, the refused one is kept and
tried again by the timer (closing asks before losing it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import NoteKind, Stance
from ...services.changes import Change, ChangeKind
from ...services.outbox import HeldOffline
from ...services.records import NoteRec
from ..common.labels import label_tr
from ..common.runner import runner_for
from ..common.save_state import SaveState, SaveStateLabel, confirm_leaving
from ..negotiation.live_text import LiveText
from ..team.keep import read_or_last
from .live_capture import KIND_KEYS, STANCE_KEYS, CaptureBox
from .live_correct import NoteCorrection
from .live_item import ItemPanels
from .live_layout import KEY_HELP, build, build_actions
from .live_mandate import MandatePanel
from .live_panels import OutcomesPanel, PointsPanel, StancesPanel, TimerPanel
from .live_presenter import RECENT_NOTES, LivePresenter, PendingNote
from .live_saving import NoteSaving
from .live_search import LiveSearch
from .room_common import SubmitTextEdit, hhmm, utcnow, zone
from .speaker_field import SpeakerField
from .speakers_queue import attach as attach_speakers_queue

__all__ = ["KEY_HELP", "KIND_KEYS", "RECENT_NOTES", "STANCE_KEYS", "LiveWindow"]


class LiveWindow(LiveText, QWidget):
    """The live mode window: the item header, the capture box, the item's panels, the keys.

    The paragraph under negotiation, when the item has an outcome document, is
    ``negotiation.live_text.LiveText`` (its panel sits under the capture box).
    """

    closed = Signal()

    # Built by ``live_layout.build``.
    header: QLabel
    clock: QLabel
    item_label: QLabel
    item_sub: QLabel
    jump: QLineEdit
    capture: CaptureBox
    text: SubmitTextEdit
    speaker: SpeakerField
    hint: QLabel
    recent: QListWidget
    save_label: SaveStateLabel
    time_label: QLabel
    mandate: MandatePanel
    points: PointsPanel
    timer: TimerPanel
    stances: StancesPanel
    outcomes: OutcomesPanel
    side_layout: QVBoxLayout
    side_split: QSplitter  # the mandate above the other side panels (``live_layout``)
    split: QSplitter  # the room (left) and what we want (right)
    side_extra: QVBoxLayout  # more side panels go here (``add_side_panel``)

    def __init__(
        self,
        services: Any,
        meeting_id: int,
        item_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("liveWindow")
        self.services = services
        self.runner = runner_for(services)
        self.presenter = LivePresenter(services, self.runner, self, meeting_id, item_id, self.tr)
        self.meeting = self.presenter.meeting
        self.tz = zone(services.events.event(self.meeting.event_id).timezone)
        self._disposing = False
        self.saving = NoteSaving(self)  # Enter, and what the runner answers
        self.state = SaveState(self, retry=self.saving.retry)
        self.setWindowTitle(self.tr("Live: %s") % self.meeting.label)
        self.panels = ItemPanels(self)
        self.correction = NoteCorrection(self)
        self.searching = LiveSearch(self)
        build(self)
        build_actions(self)
        self.correction.install()
        self.speakers_queue = attach_speakers_queue(self)  # the list of speakers (#23)
        self.set_kind(NoteKind.INTERVENTION)
        self.set_stance(None)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._on_tick()
        self._keep_kept_notes()
        self.show_item(self.presenter.index)
        self.panels.warn_if_stale_timer()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._font_changed)
        self.text.setFocus()

    def _keep_kept_notes(self) -> None:
        """Notes of this item kept on this computer show in its list, marked (#16)."""
        outbox = self.runner.outbox
        if outbox is None:
            return
        meeting_id = self.meeting.id

        def kept() -> Any:
            item = self.current_item
            return outbox.kept_notes(meeting_id, item.id if item is not None else None)

        self.capture.kept_source = kept
        self.runner.offline_changed.connect(self.capture.refill_recent)
        # Read now: the correction and action dialogs offer them while the server is away.
        delegations = self.services.delegations.delegations
        read_or_last(self.services, "delegations", delegations, [])

    # -- the presenter's state ----------------------------------------------------------
    @property
    def origin(self) -> str:
        return self.presenter.origin

    @property
    def items(self) -> list[Any]:
        return self.presenter.items

    @property
    def index(self) -> int:
        return self.presenter.index

    @property
    def current_item(self) -> Any:
        return self.presenter.current_item

    @property
    def draft_started(self) -> Any:
        return self.presenter.draft_started

    @property
    def kind(self) -> NoteKind:
        return self.presenter.kind

    @property
    def stance(self) -> Stance | None:
        return self.presenter.stance

    @property
    def last_note(self) -> NoteRec | None:
        return self.presenter.last_note

    # -- the draft ----------------------------------------------------------------------
    def set_kind(self, kind: NoteKind) -> None:
        self.presenter.kind = kind
        self.capture.show_kind(kind)

    def set_stance(self, stance: Stance | None) -> None:
        self.presenter.stance = stance
        self.capture.show_stance(stance)

    def _on_text_changed(self) -> None:
        has_text = bool(self.text.toPlainText().strip())
        if not has_text:
            self.saving.text_cleared()
        self.presenter.text_changed(has_text, utcnow())
        self._show_time()

    def _show_time(self) -> None:
        self.time_label.setText(hhmm(self.presenter.draft_started or utcnow(), self.tz))

    def _on_speaker_return(self) -> None:
        if not self.speaker.popup_visible():
            self.text.setFocus()

    def _hint(self, text: str, ok: bool = False) -> None:
        self.capture.say(text, ok)

    def save_note(self, as_action: bool = False) -> PendingNote | None:
        """Enter (Ctrl+Enter: as an action item): ``live_saving.NoteSaving.save``."""
        return self.saving.save(as_action)

    def _reset_draft(self) -> None:
        self.text.clear()
        self.speaker.reset()
        self.presenter.reset_draft()
        self.set_kind(NoteKind.INTERVENTION)
        self.set_stance(None)
        self.speaker.setFocus()

    # The runner's answers (``live_presenter.Listener``): ``live_saving.NoteSaving``.
    def note_saved(self, pending: PendingNote, note: NoteRec) -> None:
        self.saving.saved(pending, note)

    def note_held(self, pending: PendingNote, held: HeldOffline) -> None:
        self.saving.held(pending, held)

    def note_refused(self, pending: PendingNote, error: BaseException) -> None:
        self.saving.refused_note(pending, error)

    def action_from_last(self) -> None:
        hint = self.presenter.action_from_last()
        if hint is not None:
            self._hint(hint.text)

    def _show_recent_note(self, note: NoteRec) -> bool:
        """A note written outside the runner's answer (a bracket lifted or kept): into the
        recent list from its record; False when the list had to be read again."""
        shown = self.presenter.show_note(note)
        if not shown:
            self.presenter.load_recent()
        self.capture.fill_recent(self.presenter.recent_notes, self.tz)
        return shown

    def said(self, text: str, ok: bool) -> None:
        self._hint(text, ok)

    # -- the current item ---------------------------------------------------------------
    def show_item(self, index: int) -> None:
        if not self.items:
            self.item_label.setText(
                self.tr("This meeting has no agenda yet: notes go to the meeting.")
            )
            self.item_sub.setText("")
            self.panels.load()
            self._text_item(None)
            return
        self.presenter.index = max(0, min(len(self.items) - 1, index))
        item = self.current_item
        self.item_label.setText(f"{item.number}  {item.title}")
        sub = [
            self.tr("Item %d of %d") % (self.index + 1, len(self.items)),
            label_tr(item.purpose.label),
        ]
        if item.lead:
            sub.append(self.tr("Lead: %s") % item.lead)
        if item.est_minutes:
            sub.append(self.tr("%d min") % item.est_minutes)
        self.item_sub.setText(" · ".join(sub))
        self._fit_item_label()
        self.panels.load()
        self._text_item(item.id)

    def _font_changed(self, _font: Any) -> None:
        QTimer.singleShot(0, self, self._fit_item_label)

    def _fit_item_label(self) -> None:
        """A long title wraps onto more lines: give the label their height."""
        layout = self.layout()
        spare = 24
        if layout is not None:
            margins = layout.contentsMargins()
            spare = margins.left() + margins.right()
        # The window's width (the label spans it), not the label's: that one may not be
        # laid out yet.
        width = max(200, self.width() - spare)
        self.item_label.setMinimumHeight(self.item_label.heightForWidth(width))

    def step(self, delta: int) -> None:
        if self.items:
            self.move_to(self.index + delta)

    def move_to(self, index: int) -> None:
        moved = self.presenter.go_to(index)
        self.show_item(self.presenter.index)
        if moved:
            self.presenter.follow_with_timer()

    def jump_to(self, text: str) -> bool:
        """Go to the item numbered ``text`` ("4.1"), else the first whose title holds it."""
        index = self.presenter.find(text)
        if index is None:
            return False
        self.move_to(index)
        return True

    # -- the side panels (``live_item.ItemPanels``) ---------------------------------------
    def timer_changed(self) -> None:
        self.panels.timer_changed()

    def points_changed(self, item_id: int) -> None:
        self.panels.points_changed(item_id)

    def toggle_point(self, number: int) -> None:
        self.panels.toggle_point(number)

    def toggle_timer(self) -> None:
        self.panels.toggle_timer()

    def record_outcome(self) -> None:
        self.panels.record_outcome()

    def add_side_panel(self, widget: QWidget, stretch: int = 0) -> None:
        """Add a panel to the side column, under the outcomes (e.g. a speakers' queue)."""
        self.side_extra.addWidget(widget, stretch)
        widget.show()

    def exec_dialog(self, dlg: QDialog) -> bool:
        """Run a modal dialog (tests replace this to drive it); then live mode has the
        keyboard again (``take_keys_back``)."""
        focused = QApplication.focusWidget()
        try:
            return dlg.exec() == QDialog.DialogCode.Accepted
        finally:
            self.take_keys_back(focused)

    def take_keys_back(self, focused: QWidget | None = None) -> None:
        """After a dialog of its own: live mode is the active window again, the focus where
        it was (else in the capture box).  Without a window manager that gives it back
        (Xvfb, kiosk sessions, some focus-stealing rules) no window was active after the
        outcome dialog and F12 pressed next reached nothing: the mandate stayed on screen
        (review s30 F12 follow-up)."""
        if not self.isVisible():
            return
        self.raise_()
        self.activateWindow()
        try:
            target = focused if focused is not None and self.isAncestorOf(focused) else None
        except RuntimeError:  # deleted meanwhile
            target = None
        (target or self.text).setFocus()

    # -- the window -----------------------------------------------------------------------
    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_item_label)  # once the layout gave its width

    def _on_tick(self) -> None:
        self.clock.setText(hhmm(utcnow(), self.tz))
        if self.presenter.draft_started is None:
            self._show_time()
        self.timer.refresh()

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # -- store events -------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        self._text_change(change)
        item = self.current_item
        if change.concerns(ChangeKind.AGENDA) and change.meeting_id in (None, self.meeting.id):
            self.presenter.reload_items()
            self.show_item(self.presenter.index)
            return
        if item is None or self.presenter.mine(change):
            return  # our own writes: shown from what the runner answered
        if self.presenter.concerns_item(change, ChangeKind.POSITIONS):
            self.points.set_points(self.presenter.points())
            self.mandate.set_mandate(self.presenter.mandate())
        if self.presenter.concerns_item(change, ChangeKind.STANCES):
            self.stances.set_stances(self.presenter.stances())
        if self.presenter.concerns_item(change, ChangeKind.NOTES):
            if not self.presenter.notes_changed(change):
                self.presenter.load_recent()  # a note hidden or moved: read the newest again
            self.capture.fill_recent(self.presenter.recent_notes, self.tz)
        if change.concerns(ChangeKind.OUTCOMES) and change.item_id == item.id:
            self.outcomes.set_outcomes(self.presenter.outcomes())
        if change.concerns(ChangeKind.SPEAKING) and change.meeting_id in (None, self.meeting.id):
            self.timer_changed()

    def flush(self) -> None:
        """Before the store closes: a typed note is handed over, never dropped."""
        self.saving.flush()

    def dispose(self) -> None:
        """The store is closing (the main window asked already): close without saving."""
        self._disposing = True
        self.state.discard()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._disposing:
            self.flush()
            self.runner.wait()  # closing waits for the runner: what shows as saved is saved
            if not confirm_leaving(
                self,
                self.tr("Close live mode and lose the note?"),
                self.tr("Close and lose it"),
            ):
                event.ignore()
                return
        # Closed for good (saved, nothing to save, or the user agreed to lose it): no timer
        # of this window may fire any more, not even while it waits to be deleted.
        self._tick.stop()
        self.searching.close()
        self.saving.refused = ""
        self.state.discard()
        self.closed.emit()
        super().closeEvent(event)
