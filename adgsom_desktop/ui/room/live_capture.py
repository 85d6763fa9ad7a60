"""Live mode's capture box: time, speaker, kind, stance, the note's text, what was said.

A widget that shows and forwards (``LivePresenter`` decides): its kind and
stance buttons carry their keys on their face and never take the focus; Enter
in the text submits, Ctrl+Enter submits as an action item; under the box, the
save marker (red with the reason when the store refused a note), a hint line,
and the newest notes of the item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import NoteKind, Stance
from ...domain.text import MAX_NOTE
from ...services.outbox import KeptNote
from ...services.records import NoteRec
from ..common import a11y
from ..common.save_state import SaveState, SaveStateLabel
from ..common.text_entry import removed_note
from ..common.theme import tone
from ..team.kept_notes import add_kept_rows
from .room_common import SubmitTextEdit, hhmm, kind_labels, stance_labels
from .speaker_field import SpeakerField

NOTE_ID = Qt.ItemDataRole.UserRole + 7  # a listed note's id

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


class CaptureBox(QWidget):
    """The capture box's widgets (``LiveWindow`` wires them to its presenter)."""

    kind_chosen = Signal(object)  # NoteKind
    stance_chosen = Signal(object)  # Stance | None

    def __init__(self, services: Any, state: SaveState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The item's notes kept on this computer while the server is away (#16).
        self.kept_source: Callable[[], Sequence[KeptNote]] | None = None
        self._shown: tuple[list[NoteRec], Any] = ([], None)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("liveNoteTime")
        self.time_label.setStyleSheet("font-weight: bold;")
        self.time_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00") + 12)
        self.speaker = SpeakerField(services, self)
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
                partial(self.kind_chosen.emit, kind),
                self.kind_group,
                n,
                kinds_row,
            )
            self.kind_group.button(n).setToolTip(
                self.tr("{0} (Ctrl+{1})").format(kind_labels()[kind], n)
            )
        kinds_row.addStretch(1)
        self.stance_group = QButtonGroup(self)
        self.stance_group.setExclusive(True)
        stance_row = QHBoxLayout()
        self._key_button(
            self.tr("0 None"),
            "",
            partial(self.stance_chosen.emit, None),
            self.stance_group,
            0,
            stance_row,
        )
        # Short faces (the full names in their tooltips): the row fits beside the mandate
        # at a large font size too.
        short = {Stance.SUPPORT_WITH_AMENDMENTS: self.tr("Amend")}
        for n, (key, stance) in enumerate(STANCE_KEYS.items(), 1):
            self._key_button(
                f"{key} {short.get(stance, stance_labels()[stance])}",
                f"liveStance_{stance.value}",
                partial(self.stance_chosen.emit, stance),
                self.stance_group,
                n,
                stance_row,
            )
        stance_row.addStretch(1)
        self.stance_group.button(0).setToolTip(self.tr("No stance (Alt+0)"))
        for n, (key, stance) in enumerate(STANCE_KEYS.items(), 1):
            self.stance_group.button(n).setToolTip(f"{stance_labels()[stance]} (Alt+{key})")

        self.text = SubmitTextEdit(self, max_len=MAX_NOTE)
        self.text.setObjectName("liveText")
        a11y.name(
            self.text,
            self.tr("What was said"),
            self.tr("Enter saves the note; Ctrl+Enter saves it as an action item"),
        )
        self.text.on_refused = self.say  # a paste too long for a note: said under the box
        self.text.setPlaceholderText(self.tr("What was said. Enter saves."))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text.paste_cleaned.connect(lambda n: self.say(removed_note(n), ok=True))
        self.hint = QLabel(self)
        self.hint.setObjectName("liveHint")
        self.hint.setWordWrap(True)
        self.save_label = SaveStateLabel(state, self)
        self.save_label.setObjectName("liveSaveState")
        self._state = state
        state.changed.connect(self._frame_text)
        self.recent = QListWidget(self)
        self.recent.setObjectName("liveRecent")
        self.recent.setWordWrap(True)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        cl = QVBoxLayout(self)
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
        recent_title.setStyleSheet("font-weight: bold;")
        tone(recent_title, "heading")
        cl.addWidget(recent_title)
        cl.addWidget(self.recent, 1)

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

    # -- showing --------------------------------------------------------------------------
    def show_kind(self, kind: NoteKind) -> None:
        self.kind_group.button(KIND_KEYS.index(kind) + 1).setChecked(True)

    def show_stance(self, stance: Stance | None) -> None:
        bid = 0 if stance is None else list(STANCE_KEYS.values()).index(stance) + 1
        self.stance_group.button(bid).setChecked(True)

    def say(self, text: str, ok: bool = False) -> None:
        tone(self.hint, "ok" if ok else "error")
        self.hint.setText(text)

    def fill_recent(self, notes: list[NoteRec], tz: Any) -> None:
        self._shown = (notes, tz)
        self.recent.clear()
        labels = kind_labels()
        for n in notes:
            who = n.speaker_code or "—"
            stance = f" [{n.observed_stance.short}]" if n.observed_stance else ""
            row = QListWidgetItem(
                f"{hhmm(n.taken_at, tz)}  {who}  {labels[n.kind]}{stance}: {n.text}"
            )
            row.setData(NOTE_ID, n.id)  # Up then F2 corrects it (``live_correct``)
            self.recent.addItem(row)
        if self.kept_source is not None:  # after the saved ones, marked "Unsaved"
            add_kept_rows(self.recent, self.kept_source(), tz)
        self.recent.scrollToBottom()

    def refill_recent(self, *_: Any) -> None:
        """The held writes moved (kept, or written): the list again, as last filled."""
        self.fill_recent(*self._shown)

    def _show_resolved(self, candidate: Any) -> None:
        if candidate is not None:
            self.speaker_resolved.setText(f"→ {candidate.label}")
            tone(self.speaker_resolved, "ok")
        elif self.speaker.text().strip():
            self.speaker_resolved.setText(self.tr("→ no delegation matches"))
            tone(self.speaker_resolved, "error")
        else:
            self.speaker_resolved.setText("")

    def _frame_text(self) -> None:
        tone(self.text, "error-frame" if self._state.failed else None)
