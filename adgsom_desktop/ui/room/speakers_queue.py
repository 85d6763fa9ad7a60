"""The chair's list of speakers in live mode (issue #23 item 1, after OpenSlides).

A panel of the live window's side column: who has the floor (and for how long),
the delegations waiting in order, a field to add the one that asks for the floor
(F3: a code or a few letters of a name, in any script), Next (F4) to give the floor
to the first waiting, Withdraw (Del in the list) and End turn.  The delegation
given the floor becomes the speaker of the next note (the capture box's speaker;
a note being typed keeps its own, the new one follows once it is handed over).
Our own turns run our speaking timer (``SpeakerService``); every delegation's time
on the floor is shown under the list.

Self-contained: ``attach(window)`` builds it, adds it to the window and its keys;
writes go through the window's operation runner; it hears changes (another laptop
of a team store) through its own relay on the services' bus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from ...services.changes import Change, ChangeKind, new_origin
from ...services.room_records import format_duration
from ...services.speaker_match import SpeakerCandidate
from ...services.speaker_records import SpeakerEntry, SpeakerList
from ..common import a11y, theme
from ..common.theme import tone
from ..shell.change_relay import ChangeRelay
from .live_keys import live_key_text
from .room_common import add_shortcuts, utcnow
from .speaker_field import SpeakerField

if TYPE_CHECKING:
    from .live_mode import LiveWindow

NEXT_KEYS = ["F4"]
ASK_KEYS = ["F3"]
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class SpeakersQueue(QFrame):
    def __init__(self, window: LiveWindow) -> None:
        super().__init__(window)
        self.setObjectName("liveSpeakers")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.w = window
        self.services = window.services
        self.meeting_id = window.meeting.id
        self.origin = new_origin("speakers")
        self.queue: SpeakerList | None = None
        self._taken = utcnow()
        self._for_note: SpeakerEntry | None = None  # the speaker of the note after the typed one
        theme.watch(self, self._show_now)

        title = QLabel(self.tr("Speakers (F3, F4)"), self)
        title.setToolTip(
            self.tr("List of speakers. F3: add the delegation that asks for the floor · F4: next")
        )
        title.setStyleSheet("font-weight: bold;")
        tone(title, "heading")
        self.ask = SpeakerField(self.services, self)
        self.ask.setObjectName("liveSpeakersAsk")
        a11y.name(
            self.ask,
            self.tr("Delegation asking for the floor"),
            self.tr("A code or a few letters; Enter adds it to the list of speakers"),
        )
        self.ask.setToolTip(
            self.tr("The delegation that asks for the floor: a code or a few letters")
        )
        self.ask.setPlaceholderText(self.tr("VN, viet, ไทย…"))
        self.ask.returnPressed.connect(self._on_ask_return)
        self.add_button = self._button(self.tr("Add"), "liveSpeakersAdd", self.add)
        self.add_button.setToolTip(self.tr("Add the delegation typed to the list (Enter)"))
        self.next_button = self._button(self.tr("Next"), "liveSpeakersNext", self.next)
        self.next_button.setToolTip(
            self.tr("F4: the first waiting has the floor and is the speaker of the next note")
        )
        self.withdraw_button = self._button(
            self.tr("Withdraw"), "liveSpeakersWithdraw", self.withdraw
        )
        self.withdraw_button.setToolTip(self.tr("Take the chosen delegation off the list (Del)"))
        self.end_button = self._button(self.tr("End turn"), "liveSpeakersEnd", self.end_turn)
        self.end_button.setToolTip(self.tr("The speaker has finished; nobody is called yet"))
        # One list: who has the floor (red), then who waits in order, then every
        # delegation's time on the floor (grey).  A small screen squeezes the list, not the
        # window: its rows show as far as the side column leaves room.
        self.list = QListWidget(self)
        self.list.setObjectName("liveSpeakersList")
        a11y.name(
            self.list,
            self.tr("List of speakers"),
            self.tr("In the order they asked for the floor; F4 gives the floor to the next"),
        )
        rows = self.list.fontMetrics().height() + 4
        self.list.setMinimumHeight(4)
        self.list.setMaximumHeight(rows * 5 + 6)
        self.now = QListWidgetItem()  # who has the floor, as the list's first row
        self.floor = QListWidgetItem()  # time on the floor, as its last row

        row = QHBoxLayout()
        row.addWidget(title)
        row.addWidget(self.ask, 1)
        for b in (self.add_button, self.next_button, self.withdraw_button, self.end_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        add_shortcuts(
            self.list,
            [("liveSpeakersWithdrawKey", ["Del"], self.withdraw)],
            Qt.ShortcutContext.WidgetShortcut,
        )
        # Esc leaves the field (a refused name with it) and goes back to the note.
        add_shortcuts(
            self.ask,
            [("liveSpeakersAskCancel", ["Esc"], self._cancel_ask)],
            Qt.ShortcutContext.WidgetShortcut,
        )
        window.text.textChanged.connect(self._after_note)
        self._relay = ChangeRelay(self.services.bus, self)
        self._relay.changed.connect(self.on_change)
        window.closed.connect(self._relay.detach)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_now)
        self._tick.start()
        self.reload()

    def _button(self, text: str, name: str, slot: Any) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.setObjectName(name)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the capture box keeps the keyboard
        b.clicked.connect(slot)
        return b

    # -- what the store holds -------------------------------------------------------------
    def reload(self) -> None:
        self.show_queue(self.services.speakers.queue(self.meeting_id))

    def show_queue(self, queue: SpeakerList) -> None:
        self.queue, self._taken = queue, utcnow()
        chosen = self.list.currentItem()
        chosen_id = chosen.data(ENTRY_ROLE) if chosen is not None else None
        while self.list.count():  # the first and last rows are kept, not deleted
            self.list.takeItem(0)
        self.now = QListWidgetItem()
        self.now.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(self.now)
        for n, e in enumerate(queue.waiting, 1):
            item = QListWidgetItem(f"{n}.  {self._name(e)}")
            item.setData(ENTRY_ROLE, e.id)
            if e.ours:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if e.id == chosen_id:
                self.list.setCurrentItem(item)
        self.floor = QListWidgetItem()
        self.floor.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(self.floor)
        self.next_button.setEnabled(bool(queue.waiting) or queue.speaking is not None)
        self.withdraw_button.setEnabled(bool(queue.waiting))
        self.end_button.setEnabled(queue.speaking is not None)
        self._show_now()

    def _name(self, e: SpeakerEntry) -> str:
        ours = " " + self.tr("(us)") if e.ours else ""
        return f"{e.code} · {e.name}{ours}"

    def _show_now(self) -> None:
        q = self.queue
        if q is None:
            return
        later = q.now + (utcnow() - self._taken)
        font = self.now.font()
        if q.speaking is not None:
            clock = format_duration(q.speaking.seconds(later))
            self.now.setText(f"● {self._name(q.speaking)}  {clock}")
            self.now.setForeground(theme.qcolor("error"))
            font.setBold(True)
        else:
            waiting = self.tr("nobody waiting") if not q.waiting else ""
            text = self.tr("Nobody has the floor")
            self.now.setText(f"{text}; {waiting}." if waiting else f"{text}.")
            self.now.setForeground(theme.qcolor("muted"))
            font.setBold(False)
        self.now.setFont(font)
        floor = {**q.per_delegation()}
        if q.speaking is not None:
            floor[q.speaking.code] = (
                floor.get(q.speaking.code, 0.0) + (later - q.now).total_seconds()
            )
        parts = [f"{code} {format_duration(s)}" for code, s in floor.items()]
        self.floor.setText(self.tr("On the floor: %s") % " · ".join(parts) if parts else "")
        self.floor.setForeground(theme.qcolor("muted"))
        self.floor.setHidden(not parts)

    def on_change(self, change: Change) -> None:
        if change.concerns(ChangeKind.SPEAKING, ChangeKind.DELEGATIONS) and (
            change.meeting_id in (None, self.meeting_id)
        ):
            self.reload()

    # -- the keys and buttons --------------------------------------------------------------
    def focus_ask(self) -> None:
        self.ask.setFocus()
        self.ask.selectAll()

    def _cancel_ask(self) -> None:
        self.ask.reset()
        self.say("")
        self.w.text.setFocus()

    def _on_ask_return(self) -> None:
        if not self.ask.popup_visible():
            self.add()

    def add(self) -> None:
        """The delegation typed asks for the floor (at the end of the list)."""
        candidate = self.ask.resolved()
        who: int | str = candidate.delegation.id if candidate is not None else self.ask.text()
        item = self.w.current_item
        item_id = item.id if item is not None else None
        speakers, meeting_id = self.services.speakers, self.meeting_id

        def done(entry: SpeakerEntry) -> None:
            self.ask.reset()
            self.say(self.tr("%s asked for the floor.") % entry.code, ok=True)
            self.reload()
            self.w.text.setFocus()

        self._write(lambda: speakers.request(meeting_id, who, item_id=item_id), done)

    def next(self) -> None:
        """F4: the first delegation waiting has the floor (on the current item) and
        becomes the speaker of the next note."""
        item = self.w.current_item
        item_id = item.id if item is not None else None
        speakers, meeting_id = self.services.speakers, self.meeting_id

        def done(entry: SpeakerEntry | None) -> None:
            self.reload()
            self._timer_follows()
            if entry is None:
                self.say(self.tr("Turn ended; nobody else is waiting."), ok=True)
                return
            self.say(self.tr("%s has the floor.") % entry.code, ok=True)
            self._for_note = entry
            if not self.w.text.toPlainText().strip():
                self._speaker_for_note(force=True)

        self._write(lambda: speakers.next_speaker(meeting_id, item_id), done)

    def withdraw(self) -> None:
        chosen = self.list.currentItem()
        entry_id = chosen.data(ENTRY_ROLE) if chosen is not None else None
        if entry_id is None:
            self.say(self.tr("Choose the delegation to take off the list first."))
            return
        speakers = self.services.speakers

        def done(entry: SpeakerEntry) -> None:
            self.say(self.tr("%s is off the list.") % entry.code, ok=True)
            self.reload()

        self._write(lambda: speakers.withdraw(entry_id), done)

    def end_turn(self) -> None:
        speakers, meeting_id = self.services.speakers, self.meeting_id

        def done(entry: SpeakerEntry | None) -> None:
            self.reload()
            self._timer_follows()
            if entry is not None:
                self.say(self.tr("%s's turn ended.") % entry.code, ok=True)

        self._write(lambda: speakers.end_turn(meeting_id), done)

    def _write(self, fn: Any, done: Any) -> None:
        self.w.runner.submit(
            fn, origin=self.origin, done=done, failed=self._refused, label="speakers"
        )

    def _refused(self, error: BaseException) -> None:
        self.say(str(error))
        self.reload()

    def say(self, text: str, ok: bool = False) -> None:
        """Under the capture box, where live mode says everything (green: done; red: why
        nothing changed)."""
        self.w.said(text, ok)

    # -- the live window ----------------------------------------------------------------
    def _timer_follows(self) -> None:
        """Our turn started or ended our speaking timer: the window's timer shows it."""
        self.w.presenter.timer_running = self.services.live.running(self.meeting_id) is not None
        self.w.timer_changed()

    def _after_note(self) -> None:
        """The typed note was handed over (the box emptied): the new speaker follows."""
        if self._for_note is not None and not self.w.text.toPlainText().strip():
            QTimer.singleShot(0, self._speaker_for_note)

    def _speaker_for_note(self, force: bool = False) -> None:
        """The delegation given the floor into the capture box's speaker (after a typed
        note, only if the box's speaker was emptied with it)."""
        entry, self._for_note = self._for_note, None
        if entry is None or (self.w.speaker.text().strip() and not force):
            return
        found = self.services.delegations.delegations()
        d = next((x for x in found if x.id == entry.delegation_id), None)
        if d is not None:
            self.w.speaker.set_speaker(SpeakerCandidate(d, None, 100))


def attach(window: LiveWindow) -> SpeakersQueue:
    """Build the list of speakers into ``window``: its panel and its keys (F3, F4)."""
    queue = SpeakersQueue(window)
    add_shortcuts(
        window,
        [
            ("liveNextSpeaker", NEXT_KEYS, queue.next, live_key_text("liveNextSpeaker")),
            ("liveAskFloor", ASK_KEYS, queue.focus_ask, live_key_text("liveAskFloor")),
        ],
        Qt.ShortcutContext.WindowShortcut,
    )
    side = window.timer.parentWidget()
    layout = side.layout() if side is not None else None
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(layout.indexOf(window.timer), queue)
    else:  # pragma: no cover - the side column is a box layout
        raise RuntimeError("live mode's side column is not a box layout")
    return queue


__all__ = ["ASK_KEYS", "NEXT_KEYS", "SpeakersQueue", "attach"]
