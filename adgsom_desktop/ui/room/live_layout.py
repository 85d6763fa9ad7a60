"""Live mode's layout and keys (the window's widgets are built here; ``live_mode`` wires
them to the presenter)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QObject, Qt
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

MANDATE_SHARE = 62  # per cent of the side column's height the mandate starts with
QWIDGETSIZE_MAX = (1 << 24) - 1

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
    # The side column is what we want: the mandate on top, the larger part of its height
    # (a head glancing at the red line mid-session sees the ladder, the red line and the
    # authority without scrolling: review s30 F6), then our points, the stances observed
    # and the outcomes; ``LiveWindow.add_side_panel`` adds more under them.  Between the
    # mandate and the rest, a splitter the user may move (remembered).
    # At 1093x614 every line the panels under the mandate do not need goes to it: the
    # points list and the outcomes may shrink to two lines (they scroll).
    two_lines = 2 * self.fontMetrics().lineSpacing() + 8
    self.points.list.setMinimumHeight(two_lines)
    self.outcomes.setMinimumHeight(two_lines + self.fontMetrics().lineSpacing())
    side = QSplitter(Qt.Orientation.Vertical, self)
    side.setObjectName("liveSide")
    side.setChildrenCollapsible(False)
    rest = QWidget(side)
    rest.setObjectName("liveSideRest")
    sl = QVBoxLayout(rest)
    sl.setContentsMargins(0, 0, 0, 0)
    sl.addWidget(self.points, 1)
    sl.addWidget(self.stances)
    sl.addWidget(self.outcomes)
    self.side_extra = QVBoxLayout()
    self.side_extra.setContentsMargins(0, 0, 0, 0)
    sl.addLayout(self.side_extra)
    self.side_layout = sl
    side.addWidget(self.mandate)
    side.addWidget(rest)
    side.setStretchFactor(0, 3)
    side.setStretchFactor(1, 2)
    self.side_split = side

    # The left column is the room: what is said (the capture box, with the paragraph
    # under negotiation below it), then who has the floor and our speaking time
    # (``speakers_queue.attach`` puts the queue above the timer).
    left = QSplitter(Qt.Orientation.Vertical, self)
    left.addWidget(self.capture)
    left.addWidget(self._build_text_panel())
    left.setStretchFactor(0, 1)
    left.setStretchFactor(1, 1)
    left.setSizes([300, 300])
    room = QWidget(self)
    room.setObjectName("liveRoom")
    rl = QVBoxLayout(room)
    rl.setContentsMargins(0, 0, 0, 0)
    rl.addWidget(left, 1)
    rl.addWidget(self.timer)

    split = QSplitter(Qt.Orientation.Horizontal, self)
    split.setObjectName("liveSplit")
    split.addWidget(room)
    split.addWidget(side)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 1)
    split.setSizes([620, 580])
    self.split = split
    share = _Share(side, self.mandate)
    if _remember(self, [split, side]):
        share.stop()
    self.mandate.collapsed_changed.connect(share.fold)

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


def _remember(self: LiveWindow, splitters: list[QSplitter]) -> bool:
    """The user's splitter positions come back in the next live mode (machine preferences:
    the main window's, when live mode is opened from it); True if the side column's was
    restored."""
    prefs = getattr(self.parentWidget(), "preferences", None)
    if prefs is None:
        return False
    restored = False
    for splitter in splitters:
        name = splitter.objectName()
        state = prefs.splitter_state(name)
        if state and splitter.restoreState(QByteArray(state)):
            restored = restored or splitter is self.side_split
        splitter.splitterMoved.connect(
            lambda _pos, _i, s=splitter, n=name: prefs.set_splitter_state(
                n, bytes(s.saveState().data())
            )
        )
    return restored


class _Share(QObject):
    """The height the mandate gets in the side column.

    Until the user moves the splitter, the mandate keeps ``MANDATE_SHARE`` per cent of
    the column at every size of the window (the panels under it keep at least their
    minimum).  Ctrl+M folds it to its title line and gives its height to the panels under
    it; unfolded, it takes back the height it had."""

    def __init__(self, side: QSplitter, mandate: QWidget) -> None:
        super().__init__(side)
        self.side = side
        self.mandate = mandate
        self.sizes: list[int] = []
        side.installEventFilter(self)
        side.splitterMoved.connect(self.stop)

    def stop(self, *_: Any) -> None:
        self.side.removeEventFilter(self)

    def _share(self) -> list[int]:
        total = sum(self.side.sizes())
        share = total * MANDATE_SHARE // 100
        return [share, total - share]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.side
            and self.mandate.maximumHeight() == QWIDGETSIZE_MAX  # not folded (Ctrl+M)
        ):
            self.side.setSizes(self._share())
        return False

    def fold(self, folded: bool) -> None:
        side = self.side
        if folded:
            self.sizes = side.sizes()
            title = self.mandate.sizeHint().height()
            self.mandate.setMaximumHeight(title)
            side.setSizes([title, max(0, sum(self.sizes) - title)])
        else:
            self.mandate.setMaximumHeight(QWIDGETSIZE_MAX)
            side.setSizes(self.sizes or self._share())


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
