"""Live mode: a focused, keyboard-first screen to capture a meeting as it happens.

The current agenda item is always in view and moves with a key; a note gets its
time when typing starts, a speaker from a few letters in any script, a kind and
an observed stance by shortcut; Enter saves (the note is on disk when the
service returns). Our points to make, the speaking timer, the observed stances
and the outcomes of the item sit beside the capture area.

This module is the window and its wiring (layout, keys, store events, closing);
the capture box is ``live_capture.py``, the current item and its panels
``live_item.py``.

A note the store refuses (full disk, read-only medium, store busy) stays in the
capture box, framed in red, with "Not saved: <reason>" under it; Enter tries
again, and so does a backoff timer while the text is left as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import NoteKind, Stance
from ...services.changes import new_origin
from ...services.records import NoteRec
from ..common.save_state import SaveState, confirm_leaving
from ..negotiation.live_text import TEXT_KEY_HELP, LiveText
from .live_capture import KIND_KEYS, RECENT_NOTES, STANCE_KEYS, LiveCapture
from .live_item import LiveItem
from .live_panels import OutcomesPanel, PointsPanel, StancesPanel, TimerPanel
from .room_common import add_shortcuts, hhmm, utcnow, zone

__all__ = ["KEY_HELP", "KIND_KEYS", "RECENT_NOTES", "STANCE_KEYS", "LiveWindow"]

KEY_HELP = (
    "Enter save · Shift+Enter new line · Ctrl+Enter save as action item · Ctrl+1…5 kind · "
    "Alt+S/A/N/R/O stance (Alt+0 none) · Alt+1…9 tick point · F9 speaking timer · "
    "Alt+↓/↑ next/previous item · Ctrl+G go to item · Ctrl+R outcome · Ctrl+T action from "
    "last note · Ctrl+K search · F11 full screen · Ctrl+W close · " + TEXT_KEY_HELP
)


class LiveWindow(LiveCapture, LiveItem, LiveText, QWidget):
    """The live mode window: the item header, the capture box, the item's panels, the keys.

    The capture box is ``live_capture.LiveCapture``; the current item, moving between
    items and the item's panels are ``live_item.LiveItem``; the paragraph under
    negotiation, when the item has an outcome document, ``negotiation.live_text.LiveText``.
    """

    search_requested = Signal()
    closed = Signal()

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
        self.meeting = services.events.meeting(meeting_id)
        self.tz = zone(services.events.event(self.meeting.event_id).timezone)
        self.items = services.agenda.items(meeting_id)
        self.index = 0
        if item_id is not None:
            self.index = next((n for n, i in enumerate(self.items) if i.id == item_id), 0)
        self.kind = NoteKind.INTERVENTION
        self.stance: Stance | None = None
        self.draft_started: Any = None
        self.last_note: NoteRec | None = None
        self.recent_notes: list[NoteRec] = []
        self.origin = new_origin("live-mode")
        self._unknown_speaker_ok = ""
        self._refused = ""  # the text of the note the store refused (retried while unchanged)
        self._disposing = False
        self.state = SaveState(self, retry=self._retry_note)
        self.setWindowTitle(self.tr("Live: %s") % self.meeting.label)
        self._build()
        self._build_actions()
        self.set_kind(NoteKind.INTERVENTION)
        self.set_stance(None)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._on_tick()
        self.show_item(self.index)
        self._warn_if_stale_timer()
        self.text.setFocus()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        m = self.meeting
        self.header = QLabel(self)
        self.header.setObjectName("liveMeeting")
        sub = " · ".join(x for x in (m.days, m.venue) if x)
        self.header.setText(
            f"<b>{_esc(m.title)}</b> <span style='color:#5a6270'>{_esc(sub)}</span>"
        )
        self.clock = QLabel(self)
        self.clock.setObjectName("liveClock")
        self.clock.setStyleSheet("padding-left: 8px;")
        self.clock.setFont(_scaled(self.font(), 1.25))
        self.item_label = QLabel(self)
        self.item_label.setObjectName("liveItem")
        self.item_label.setWordWrap(True)
        self.item_label.setStyleSheet("color: #123a7a; padding: 2px 0;")
        self.item_label.setFont(_scaled(self.font(), 1.45))
        self.item_sub = QLabel(self)
        self.item_sub.setObjectName("liveItemSub")
        self.item_sub.setStyleSheet("color: #5a6270;")
        self.jump = QLineEdit(self)
        self.jump.setObjectName("liveJump")
        self.jump.setPlaceholderText(self.tr("Go to item (Ctrl+G): 4.1"))
        self.jump.setMaximumWidth(220)
        self.jump.returnPressed.connect(self._on_jump)
        # The jump box is transient: Esc or leaving it empties it (a failed number stays
        # selected while the box has the focus, to be typed over).
        self.jump.editingFinished.connect(self._leave_jump_if_unfocused)
        add_shortcuts(
            self.jump,
            [("liveJumpCancel", ["Esc"], self._cancel_jump)],
            Qt.ShortcutContext.WidgetShortcut,
        )

        capture = self._build_capture()
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(capture)
        left.addWidget(self._build_text_panel())
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 1)
        left.setSizes([300, 300])

        self.points = PointsPanel(self)
        self.timer = TimerPanel(self)
        self.stances = StancesPanel(self)
        self.outcomes = OutcomesPanel(self)
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.points, 3)
        sl.addWidget(self.timer)
        sl.addWidget(self.stances)
        sl.addWidget(self.outcomes)
        sl.addStretch(1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 460])

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.jump)
        top.addWidget(self.clock)
        keys = QLabel(self.tr(KEY_HELP), self)
        keys.setObjectName("liveKeys")
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #5a6270; font-size: 8.5pt;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.item_label)
        layout.addWidget(self.item_sub)
        layout.addWidget(split, 1)
        layout.addWidget(keys)
        self.resize(1200, 760)

    def _act(self, name: str, keys: list[str], slot: Any) -> QAction:
        return add_shortcuts(self, [(name, keys, slot)], Qt.ShortcutContext.WindowShortcut)[0]

    def _build_actions(self) -> None:
        self._act("liveNext", ["Alt+Down", "Ctrl+PgDown"], lambda: self.step(1))
        self._act("livePrevious", ["Alt+Up", "Ctrl+PgUp"], lambda: self.step(-1))
        self._act("liveGoTo", ["Ctrl+G"], self._focus_jump)
        for n, kind in enumerate(KIND_KEYS, 1):
            self._act(f"liveKindKey{n}", [f"Ctrl+{n}"], lambda _c=False, k=kind: self.set_kind(k))
        for key, stance in STANCE_KEYS.items():
            self._act(
                f"liveStanceKey{key}", [f"Alt+{key}"], lambda _c=False, s=stance: self.set_stance(s)
            )
        self._act("liveStanceKey0", ["Alt+0"], lambda: self.set_stance(None))
        for n in range(1, 10):
            self._act(f"livePoint{n}", [f"Alt+{n}"], lambda _c=False, i=n: self.toggle_point(i))
        self._act("liveTimerKey", ["F9"], self.toggle_timer)
        self._act("liveOutcome", ["Ctrl+R"], self.record_outcome)
        self._act("liveActionFromLast", ["Ctrl+T"], self.action_from_last)
        self._act("liveSearch", ["Ctrl+K", "Ctrl+F"], self.search_requested.emit)
        self._act("liveFullScreen", ["F11"], self._toggle_full_screen)
        self._act("liveClose", ["Ctrl+W"], self.close)
        self._text_actions(self._act)

    # -- the window -----------------------------------------------------------------------
    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_item_label()

    def _on_tick(self) -> None:
        self.clock.setText(hhmm(utcnow(), self.tz))
        if self.draft_started is None:
            self._show_time()
        self.timer.refresh()

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # -- store events -------------------------------------------------------------------
    def on_change(self, change: Any) -> None:
        from ...services.changes import ChangeKind

        self._text_change(change)
        item = self.current_item
        if change.concerns(ChangeKind.AGENDA) and change.meeting_id in (None, self.meeting.id):
            current = item.id if item else None
            self.items = self.services.agenda.items(self.meeting.id)
            index = next((n for n, i in enumerate(self.items) if i.id == current), self.index)
            self.show_item(index)
            return
        if item is None:
            return
        if change.concerns(ChangeKind.POSITIONS) and change.item_id in (None, item.id):
            self.points.set_points(self.services.live.points(item.id))
        if change.made_by(self.origin):
            return  # our own note: the capture box showed it already
        if change.concerns(ChangeKind.STANCES) and change.item_id in (None, item.id):
            self.stances.set_stances(self.services.live.stances(item.id))
        if change.concerns(ChangeKind.NOTES) and change.item_id in (None, item.id):
            notes = [r for r in change.records if isinstance(r, NoteRec)]
            if not notes or not all(self._show_recent_note(n) for n in notes):
                self._load_recent()  # a note hidden or moved: read the newest again
        if change.concerns(ChangeKind.OUTCOMES) and change.item_id == item.id:
            self.outcomes.set_outcomes(self.services.outcomes.for_item(item.id))

    def flush(self) -> None:
        """Before the store closes: a typed note is saved, never dropped."""
        if self.text.toPlainText().strip():
            self._unknown_speaker_ok = self.speaker.text().strip()
            if self.save_note() is None and not self.state.failed and self.stance is not None:
                self.set_stance(None)
                self.save_note()

    def dispose(self) -> None:
        """The store is closing (the main window asked already): close without saving."""
        self._disposing = True
        self.state.discard()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._disposing:
            self.flush()
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
        self._refused = ""
        self.state.discard()
        self.closed.emit()
        super().closeEvent(event)


def _scaled(font: QFont, factor: float) -> QFont:
    out = QFont(font)
    out.setPointSizeF(font.pointSizeF() * factor)
    out.setBold(True)
    return out


def _esc(text: str) -> str:
    from ...domain.markup import escape_html

    return escape_html(text)
