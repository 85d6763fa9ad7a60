"""The side panels of live mode: our points to make, the speaking timer, stances, outcomes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Stance
from ...domain.markup import escape_html as esc
from ...domain.markup import to_plain
from ...services.room_records import LivePoint, ObservedStance, SpeakingTotals, format_duration
from ..common import theme
from ..common.fonts import relative
from ..common.theme import tone
from .room_common import utcnow, verb_labels

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Labels", "Observed stances"),
    QT_TRANSLATE_NOOP("Labels", "Outcomes (Ctrl+R records)"),
    QT_TRANSLATE_NOOP("Labels", "None yet."),
)


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: bold; margin-top: 6px;")
    tone(label, "heading")
    return label


class PointsPanel(QWidget):
    """Our points to make on the current item; Alt+1..9 ticks point n as delivered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[LivePoint] = []
        self.list = QListWidget(self)
        self.list.setObjectName("livePoints")
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No points to make on this item."), self)
        tone(self.empty, "muted")
        theme.watch(self, lambda: self.set_points(self.points))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Our points to make (Alt+1…9 ticks)"), self))
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def set_points(self, points: list[LivePoint]) -> None:
        self.points = points
        self.list.clear()
        for n, p in enumerate(points, 1):
            mark = "☑" if p.delivered else "☐"
            text = " ".join(to_plain(p.text).split())
            item = QListWidgetItem(f"{mark}  {n}. {text}")
            if p.delivered:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(theme.qcolor("muted"))
            item.setToolTip(text)
            self.list.addItem(item)
        self.list.setVisible(bool(points))
        self.empty.setVisible(not points)


class TimerPanel(QFrame):
    """Our speaking time: the running stretch, this item and the whole meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveTimer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.totals: SpeakingTotals | None = None
        self.item_id: int | None = None
        self._taken = utcnow()
        self.clock = QLabel("0:00", self)
        self.clock.setObjectName("liveTimerClock")
        relative(self.clock, 1.8, bold=True)
        self.state = QLabel(self)
        self.state.setObjectName("liveTimerState")
        self.sums = QLabel(self)
        self.sums.setObjectName("liveTimerSums")
        self.sums.setWordWrap(True)
        # Compact (the mandate above needs the height): the clock beside what it counts.
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setVerticalSpacing(0)
        layout.addWidget(_title(self.tr("Our speaking time (F9 start/stop)"), self), 0, 0, 1, 2)
        layout.addWidget(self.clock, 1, 0, 2, 1)
        layout.addWidget(self.state, 1, 1)
        layout.addWidget(self.sums, 2, 1)
        layout.setColumnStretch(1, 1)
        self.clock.setContentsMargins(0, 0, 10, 0)

    def set_totals(self, totals: SpeakingTotals, item_id: int | None) -> None:
        self.totals, self.item_id = totals, item_id
        self._taken = utcnow()
        self.refresh()

    def _now_offset(self) -> timedelta:
        return utcnow() - self._taken

    def seconds(self) -> tuple[float, float, float]:
        """(running stretch, this item, meeting) in seconds, as of now."""
        t = self.totals
        if t is None:
            return (0.0, 0.0, 0.0)
        extra = self._now_offset().total_seconds() if t.running else 0.0
        item = t.item_seconds(self.item_id)
        if t.running is not None and t.running.item_id == self.item_id:
            item += extra
        running = t.running.seconds(t.now) + extra if t.running else 0.0
        return (running, item, t.meeting_seconds + extra)

    def refresh(self) -> None:
        running, item, meeting = self.seconds()
        t = self.totals
        on = t is not None and t.running is not None
        self.clock.setText(format_duration(running if on else item))
        tone(self.clock, "error" if on else None)
        self.state.setText(
            self.tr("● Speaking") if on else self.tr("Not speaking · this item so far")
        )
        count = t.interventions if t else 0
        self.sums.setText(
            self.tr("This item %s · meeting %s · %d intervention(s)")
            % (format_duration(item), format_duration(meeting), count)
        )

    def running(self) -> bool:
        return self.totals is not None and self.totals.running is not None


class StancesPanel(QLabel):
    """Observed stances of other delegations on the current item (the stance map's row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveStances")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.stances: list[ObservedStance] = []
        theme.watch(self, lambda: self.set_stances(self.stances))

    def set_stances(self, stances: list[ObservedStance]) -> None:
        self.stances = stances
        observed = [s for s in stances if s.observed is not Stance.UNKNOWN]
        c = theme.current()
        head = f"<b style='color:{c['heading']}'>{esc(self.tr('Observed stances'))}</b><br>"
        if not observed:
            self.setText(head + c.span("muted", esc(self.tr("None yet."))))
            return
        chips = [
            c.span(
                f"stance.{s.observed.value}.ink", f"<b>{esc(s.code)}</b> {esc(s.observed.short)}"
            )
            for s in observed
        ]
        self.setText(head + " &nbsp; ".join(chips))

    def observed_codes(self) -> dict[str, Stance]:
        return {s.code: s.observed for s in self.stances if s.observed is not Stance.UNKNOWN}


class OutcomesPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveOutcomes")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMaximumHeight(96)
        self.setStyleSheet("background: transparent;")
        self.outcomes: list[Any] = []
        theme.watch(self, lambda: self.set_outcomes(self.outcomes))

    def setText(self, html: str) -> None:
        self.setHtml(html)

    def text(self) -> str:
        return self.toPlainText()

    def set_outcomes(self, outcomes: list[Any]) -> None:
        self.outcomes = outcomes
        c = theme.current()
        head = (
            f"<b style='color:{c['heading']}'>{esc(self.tr('Outcomes (Ctrl+R records)'))}</b><br>"
        )
        if not outcomes:
            self.setText(head + c.span("muted", esc(self.tr("None yet."))))
            return
        verbs = verb_labels()
        self.setText(
            head + "<br>".join(f"<b>{esc(verbs[o.verb])}</b>: {esc(o.text)}" for o in outcomes)
        )
