"""Live mode: a focused, keyboard-first screen to capture a meeting as it happens.

The current agenda item is always in view and moves with a key; a note gets its
time when typing starts, a speaker from a few letters in any script, a kind and
an observed stance by shortcut; Enter saves (the note is on disk when the
service returns). Our points to make, the speaking timer, the observed stances
and the outcomes of the item sit beside the capture area.

A note the store refuses (full disk, read-only medium, store busy) stays in the
capture box, framed in red, with "Not saved: <reason>" under it; Enter tries
again, and so does a backoff timer while the text is left as it was.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import NoteKind, Stance
from ..domain.text import MAX_NOTE
from ..errors import AppError
from ..services.records import NoteRec
from .errors import show_error
from .live_panels import OutcomesPanel, PointsPanel, StancesPanel, TimerPanel
from .room_common import (
    SubmitTextEdit,
    add_shortcuts,
    hhmm,
    kind_labels,
    stance_labels,
    utcnow,
    zone,
)
from .room_dialogs import OutcomeDialog, OutcomeValues
from .save_state import SaveState, SaveStateLabel, confirm_leaving
from .speaker_field import SpeakerField
from .text_entry import removed_note

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

KEY_HELP = (
    "Enter save · Shift+Enter new line · Ctrl+Enter save as action item · Ctrl+1…5 kind · "
    "Alt+S/A/N/R/O stance (Alt+0 none) · Alt+1…9 tick point · F9 speaking timer · "
    "Alt+↓/↑ next/previous item · Ctrl+G go to item · Ctrl+R outcome · Ctrl+T action from "
    "last note · Ctrl+K search · F11 full screen · Ctrl+W close"
)


class LiveWindow(QWidget):
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
            b = QPushButton(f"{n} {kind_labels()[kind]}", self)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setObjectName(f"liveKind_{kind.value}")
            b.clicked.connect(lambda _c=False, k=kind: self.set_kind(k))
            self.kind_group.addButton(b, n)
            kinds_row.addWidget(b)
        kinds_row.addStretch(1)
        self.stance_group = QButtonGroup(self)
        self.stance_group.setExclusive(True)
        stance_row = QHBoxLayout()
        none = QPushButton(self.tr("0 No stance"), self)
        none.setCheckable(True)
        none.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        none.clicked.connect(lambda: self.set_stance(None))
        self.stance_group.addButton(none, 0)
        stance_row.addWidget(none)
        for n, (key, stance) in enumerate(STANCE_KEYS.items(), 1):
            b = QPushButton(f"{key} {stance_labels()[stance]}", self)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setObjectName(f"liveStance_{stance.value}")
            b.clicked.connect(lambda _c=False, s=stance: self.set_stance(s))
            self.stance_group.addButton(b, n)
            stance_row.addWidget(b)
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
        split.addWidget(capture)
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

    # -- the current item ---------------------------------------------------------------
    @property
    def current_item(self) -> Any:
        return self.items[self.index] if self.items else None

    def show_item(self, index: int) -> None:
        if not self.items:
            self.item_label.setText(
                self.tr("This meeting has no agenda yet: notes go to the meeting.")
            )
            self.item_sub.setText("")
            self._load_item_panels()
            return
        self.index = max(0, min(len(self.items) - 1, index))
        item = self.items[self.index]
        self.item_label.setText(f"{item.number}  {item.title}")
        sub = [self.tr("Item %d of %d") % (self.index + 1, len(self.items)), item.purpose.label]
        if item.lead:
            sub.append(self.tr("Lead: %s") % item.lead)
        if item.est_minutes:
            sub.append(self.tr("%d min") % item.est_minutes)
        self.item_sub.setText(" · ".join(sub))
        self._fit_item_label()
        self._load_item_panels()

    def _fit_item_label(self) -> None:
        """A long title wraps onto more lines: give the label their height."""
        width = max(200, self.item_label.width())
        self.item_label.setMinimumHeight(self.item_label.heightForWidth(width))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_item_label()

    def step(self, delta: int) -> None:
        if self.items:
            self.move_to(self.index + delta)

    def move_to(self, index: int) -> None:
        old = self.current_item
        self.show_item(index)
        new = self.current_item
        if old is not None and new is not None and old.id != new.id and self.timer.running():
            try:
                self.services.live.switch_item(self.meeting.id, new.id)
            except AppError as exc:
                show_error(self, exc)
            self._load_timer()

    def jump_to(self, text: str) -> bool:
        """Go to the item numbered ``text`` ("4.1"), else the first whose title holds it."""
        wanted = text.strip().rstrip(".")
        if not wanted:
            return False
        for n, item in enumerate(self.items):
            if item.number.rstrip(".") == wanted:
                self.move_to(n)
                return True
        needle = wanted.casefold()
        for n, item in enumerate(self.items):
            if needle in item.title.casefold():
                self.move_to(n)
                return True
        return False

    def _focus_jump(self) -> None:
        self.jump.setFocus()
        self.jump.selectAll()

    def _on_jump(self) -> None:
        if self.jump_to(self.jump.text()):
            self.jump.clear()
            self.hint.setText("")
            self.text.setFocus()
        else:
            self._hint(self.tr("No item numbered “%s” on this agenda.") % self.jump.text().strip())
            self.jump.selectAll()  # typing replaces it; Esc empties it

    def _cancel_jump(self) -> None:
        self.jump.clear()
        self.text.setFocus()

    def _leave_jump_if_unfocused(self) -> None:
        if not self.jump.hasFocus():
            self.jump.clear()

    def _load_item_panels(self) -> None:
        item = self.current_item
        try:
            if item is None:
                self.points.set_points([])
                self.stances.set_stances([])
                self.outcomes.set_outcomes([])
            else:
                self.points.set_points(self.services.live.points(item.id))
                self.stances.set_stances(self.services.live.stances(item.id))
                self.outcomes.set_outcomes(self.services.outcomes.for_item(item.id))
            self._load_recent()
            self._load_timer()
        except AppError as exc:
            show_error(self, exc)

    def _load_recent(self) -> None:
        item = self.current_item
        notes = self.services.notes.notes(self.meeting.id, item_id=item.id if item else None)
        self.recent.clear()
        labels = kind_labels()
        for n in notes[-RECENT_NOTES:]:
            who = n.speaker_code or "—"
            stance = f" [{n.observed_stance.short}]" if n.observed_stance else ""
            self.recent.addItem(
                f"{hhmm(n.taken_at, self.tz)}  {who}  {labels[n.kind]}{stance}: {n.text}"
            )
        self.recent.scrollToBottom()

    def _load_timer(self) -> None:
        item = self.current_item
        self.timer.set_totals(self.services.live.totals(self.meeting.id), item.id if item else None)

    # -- capture ------------------------------------------------------------------------
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
            note = self.services.notes.add(
                self.meeting.id,
                text,
                item_id=item.id if item else None,
                speaker_delegation_id=candidate.delegation.id if candidate else None,
                speaker_person_id=candidate.person.id if candidate and candidate.person else None,
                kind=kind,
                observed_stance=self.stance,
                taken_at=self.draft_started or utcnow(),
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
        if kind is NoteKind.ACTION:
            try:
                self.services.actions.create_from_note(note.id)
                done += " " + self.tr("Action item created.")
            except AppError as exc:
                done += " " + str(exc)
        self._reset_draft()
        self._hint(done, ok=True)
        self._load_recent()
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

    # -- points, timer, outcomes --------------------------------------------------------
    def toggle_point(self, number: int) -> None:
        points = self.points.points
        if not 1 <= number <= len(points):
            self._hint(self.tr("There is no point %d on this item.") % number)
            return
        p = points[number - 1]
        try:
            self.services.live.set_delivered(p.id, not p.delivered)
        except AppError as exc:
            self._hint(str(exc))
        item = self.current_item
        if item is not None:
            self.points.set_points(self.services.live.points(item.id))

    def toggle_timer(self) -> None:
        item = self.current_item
        try:
            if self.timer.running():
                self.services.live.stop_speaking(self.meeting.id)
            else:
                self.services.live.start_speaking(self.meeting.id, item.id if item else None)
        except AppError as exc:
            show_error(self, exc)
        self._load_timer()

    def record_outcome(self) -> None:
        item = self.current_item
        if item is None:
            self._hint(self.tr("Outcomes belong to an agenda item: this meeting has none."))
            return
        draft = self.text.toPlainText().strip()
        outcomes = self.services.outcomes
        dlg = OutcomeDialog(OutcomeValues(text=draft), self, item.label)
        dlg.saver = lambda v: outcomes.add(item.id, v.verb, v.text)  # a failure keeps it open
        if not self.exec_dialog(dlg) or dlg.saved is None:
            return
        v = dlg.values()
        if draft and draft == v.text:
            self.text.clear()
        self.outcomes.set_outcomes(self.services.outcomes.for_item(item.id))
        self._hint(self.tr("Outcome recorded."), ok=True)

    def exec_dialog(self, dlg: QDialog) -> bool:
        """Run a modal dialog (tests replace this to drive it)."""
        return dlg.exec() == QDialog.DialogCode.Accepted

    def _warn_if_stale_timer(self) -> None:
        t = self.timer.totals
        if t is not None and t.running is not None:
            started = hhmm(t.running.started_at, self.tz)
            self._hint(
                self.tr("The speaking timer has been running since %s (F9 stops it).") % started,
                ok=True,
            )

    def _on_tick(self) -> None:
        self.clock.setText(hhmm(utcnow(), self.tz))
        if self.draft_started is None:
            self._show_time()
        self.timer.refresh()

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    # -- store events -------------------------------------------------------------------
    def on_change(self, change: Any) -> None:
        from ..services.changes import ChangeKind

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
        if change.concerns(ChangeKind.STANCES, ChangeKind.NOTES) and change.item_id in (
            None,
            item.id,
        ):
            self.stances.set_stances(self.services.live.stances(item.id))
            self._load_recent()
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
    from ..domain.markup import escape_html

    return escape_html(text)
