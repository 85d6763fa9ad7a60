"""Live mode's layout and keys (the window's widgets are built here; ``live_mode`` wires
them to the presenter)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..common import a11y, theme
from ..common.dates import days
from ..common.fonts import relative
from ..common.labels import label_tr
from ..common.theme import tone
from ..negotiation.live_text import TEXT_KEY_HELP
from .live_capture import KIND_KEYS, STANCE_KEYS, CaptureBox
from .live_keys import live_key_text, text_detail
from .live_mandate import MANDATE_KEYS, PRIVACY_KEYS, MandatePanel
from .live_panels import OutcomesPanel, PointsPanel, StancesPanel, TimerPanel
from .room_common import add_shortcuts

if TYPE_CHECKING:
    from .live_mode import LiveWindow

KEY_HELP = QT_TRANSLATE_NOOP(
    "Labels",
    "Enter save · Shift+Enter new line · Ctrl+Enter save as action item (owner, due) · "
    "Up then F2 correct a note (F2 alone: the newest) · Ctrl+1…5 kind · "
    "Ctrl+M mandate · F12 hide the mandate now · "
    "Alt+S/A/N/R/O stance (Alt+0 none) · Alt+1…9 tick point · F9 speaking timer · "
    "Alt+↓/↑ next/previous item · Ctrl+G go to item · Ctrl+R outcome · Ctrl+T action from "
    "last note · Ctrl+K search · F11 full screen · Ctrl+W close",
)


KEY_SUMMARY = QT_TRANSLATE_NOOP(
    "Labels",
    "Enter save · Ctrl+Enter action item · Up/F2 correct a note · Ctrl+M mandate · "
    "F12 hide the mandate · F9 timer · Alt+↓/↑ item · Ctrl+K search · all keys: point here",
)


def build(self: LiveWindow) -> None:
    """The header, the capture box, the side panels and the key help."""
    m = self.meeting
    self.header = QLabel(self)
    self.header.setObjectName("liveMeeting")
    sub = " · ".join(x for x in (days(m.date, m.end_date), m.venue) if x)

    def show_header() -> None:
        self.header.setText(f"<b>{_esc(m.title)}</b> {theme.current().span('muted', _esc(sub))}")

    show_header()
    theme.watch(self.header, show_header)
    # A long title and venue are cut at the window's edge (in full in the tooltip), never
    # making the window wider than the screen.
    self.header.setToolTip(f"{m.title} · {sub}")
    self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    self.header.setMinimumWidth(160)
    self.clock = QLabel(self)
    self.clock.setObjectName("liveClock")
    self.clock.setStyleSheet("padding-left: 8px;")
    relative(self.clock, 1.25, bold=True)
    self.item_label = QLabel(self)
    self.item_label.setObjectName("liveItem")
    self.item_label.setWordWrap(True)
    self.item_label.setStyleSheet("padding: 2px 0;")
    tone(self.item_label, "heading")
    relative(self.item_label, 1.45, bold=True)
    self.item_sub = QLabel(self)
    self.item_sub.setObjectName("liveItemSub")
    tone(self.item_sub, "muted")
    self.jump = QLineEdit(self)
    self.jump.setObjectName("liveJump")
    a11y.name(
        self.jump,
        self.tr("Go to item"),
        self.tr("Type an item number and press Enter (Ctrl+G)"),
    )
    self.jump.setPlaceholderText(self.tr("Go to item (Ctrl+G): 4.1"))
    self.jump.setMaximumWidth(220)
    self.jump.setMinimumWidth(
        self.jump.fontMetrics().horizontalAdvance(self.jump.placeholderText()) + 16
    )
    self.jump.returnPressed.connect(self.panels.on_jump)
    # The jump box is transient: Esc or leaving it empties it (a failed number stays
    # selected while the box has the focus, to be typed over).
    self.jump.editingFinished.connect(self.panels.leave_jump_if_unfocused)
    add_shortcuts(
        self.jump,
        [("liveJumpCancel", ["Esc"], self.panels.cancel_jump)],
        Qt.ShortcutContext.WidgetShortcut,
    )

    self.capture = CaptureBox(self.services, self.state, self)
    self.capture.kind_chosen.connect(self.set_kind)
    self.capture.stance_chosen.connect(self.set_stance)
    self.capture.speaker.returnPressed.connect(self._on_speaker_return)
    self.capture.text.submitted.connect(self.save_note)
    self.capture.text.submitted_with_control.connect(lambda: self.save_note(as_action=True))
    self.capture.text.textChanged.connect(self._on_text_changed)
    # The capture box's widgets, by the names callers and tests know them.
    self.text = self.capture.text
    self.speaker = self.capture.speaker
    self.hint = self.capture.hint
    self.recent = self.capture.recent
    self.save_label = self.capture.save_label
    self.time_label = self.capture.time_label

    self.mandate = MandatePanel(self)
    self.points = PointsPanel(self)
    self.timer = TimerPanel(self)
    self.timer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    self.stances = StancesPanel(self)
    self.outcomes = OutcomesPanel(self)
    # The side column: the mandate on top, then our points, the timer, the stances and
    # the outcomes; ``LiveWindow.add_side_panel`` adds more (a speakers' queue) under them.
    side = QWidget(self)
    side.setObjectName("liveSide")
    sl = QVBoxLayout(side)
    sl.setContentsMargins(0, 0, 0, 0)
    sl.addWidget(self.mandate, 5)
    sl.addWidget(self.points, 3)
    sl.addWidget(self.timer)
    sl.addWidget(self.stances)
    sl.addWidget(self.outcomes)
    self.side_extra = QVBoxLayout()
    self.side_extra.setContentsMargins(0, 0, 0, 0)
    sl.addLayout(self.side_extra)
    self.side_layout = sl
    self.mandate.collapsed_changed.connect(
        lambda collapsed: sl.setStretchFactor(self.mandate, 0 if collapsed else 5)
    )

    left = QSplitter(Qt.Orientation.Vertical, self)  # the paragraph under negotiation below
    left.addWidget(self.capture)
    left.addWidget(self._build_text_panel())
    left.setStretchFactor(0, 1)
    left.setStretchFactor(1, 1)
    left.setSizes([300, 300])

    split = QSplitter(Qt.Orientation.Horizontal, self)
    split.addWidget(left)
    split.addWidget(side)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 1)
    split.setSizes([620, 580])

    top = QHBoxLayout()
    top.addWidget(self.header, 1)
    top.addWidget(self.jump)
    top.addWidget(self.clock)
    # One line of the keys used most; all of them in its tooltip (the screen is small).
    keys = QLabel(label_tr(KEY_SUMMARY), self)
    keys.setObjectName("liveKeys")
    keys.setToolTip(label_tr(KEY_HELP) + " · " + label_tr(TEXT_KEY_HELP))
    keys.setWordWrap(True)
    tone(keys, "muted")
    relative(keys, 0.9)
    layout = QVBoxLayout(self)
    layout.addLayout(top)
    layout.addWidget(self.item_label)
    layout.addWidget(self.item_sub)
    layout.addWidget(split, 1)
    layout.addWidget(keys)
    self.resize(1200, 760)


def _act(self: LiveWindow, name: str, keys: list[str], slot: Any, detail: str = "") -> QAction:
    """A live key, named for Help > Keyboard shortcuts (``live_keys``)."""
    text = live_key_text(name, detail)
    entry = (name, keys, slot, text)
    return add_shortcuts(self, [entry], Qt.ShortcutContext.WindowShortcut)[0]


def build_actions(self: LiveWindow) -> None:
    """Every key of live mode, as window actions (findable by name in tests)."""
    _act(self, "liveNext", ["Alt+Down", "Ctrl+PgDown"], lambda: self.step(1))
    _act(self, "livePrevious", ["Alt+Up", "Ctrl+PgUp"], lambda: self.step(-1))
    _act(self, "liveGoTo", ["Ctrl+G"], self.panels.focus_jump)
    for n, kind in enumerate(KIND_KEYS, 1):
        _act(
            self,
            f"liveKindKey{n}",
            [f"Ctrl+{n}"],
            lambda _c=False, k=kind: self.set_kind(k),
            label_tr(kind.label),
        )
    for key, stance in STANCE_KEYS.items():
        _act(
            self,
            f"liveStanceKey{key}",
            [f"Alt+{key}"],
            lambda _c=False, s=stance: self.set_stance(s),
            label_tr(stance.label),
        )
    _act(self, "liveStanceKey0", ["Alt+0"], lambda: self.set_stance(None))
    for n in range(1, 10):
        _act(
            self, f"livePoint{n}", [f"Alt+{n}"], lambda _c=False, i=n: self.toggle_point(i), str(n)
        )
    _act(self, "liveMandateKey", MANDATE_KEYS, self.mandate.toggle_collapsed)
    _act(self, "livePrivacyKey", PRIVACY_KEYS, self.mandate.toggle_private)
    _act(self, "liveCorrectNote", ["F2"], self.correction.edit)
    _act(self, "liveTimerKey", ["F9"], self.toggle_timer)
    _act(self, "liveOutcome", ["Ctrl+R"], self.record_outcome)
    _act(self, "liveActionFromLast", ["Ctrl+T"], self.action_from_last)
    _act(self, "liveSearch", ["Ctrl+K", "Ctrl+F"], self.searching.start)
    _act(self, "liveFullScreen", ["F11"], self._toggle_full_screen)
    _act(self, "liveClose", ["Ctrl+W"], self.close)
    self._text_actions(lambda name, keys, slot: _act(self, name, keys, slot, text_detail(name)))


def _esc(text: str) -> str:
    from ...domain.markup import escape_html

    return escape_html(text)
