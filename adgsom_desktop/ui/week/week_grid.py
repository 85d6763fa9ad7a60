"""The week drawn as a timetable: one column per day, hours down the side, each meeting
a block (side by side when meetings overlap) with our members at it, its programme
entries (breaks, lunch, bilaterals) as bands inside its lane; meetings of a day that
have no time sit in a strip under the day's name.  Click a meeting to choose it;
double-click (or Enter) to open it; right-click for its menu."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.week_records import Week, WeekBlock
from ..common import a11y, theme

HOUR_PX = 34  # at least; the hours stretch to fill the window
AXIS_W = 52
HEAD_H = 26
UNTIMED_ROW = 20
MIN_DAY_W = 150


@dataclass(frozen=True)
class Placed:
    rect: QRectF
    block: WeekBlock


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


class WeekGrid(QWidget):
    chosen = Signal(int)  # meeting id (a click)
    opened = Signal(int)  # meeting id (a double click, Enter)
    menu_asked = Signal(int, QPoint)  # meeting id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        a11y.name(
            self,
            self.tr("Week plan"),
            self.tr("Who of our delegation is in which meeting, each day of the week"),
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.week: Week | None = None
        self.placed: list[Placed] = []
        self.current: int | None = None

    # -- data ---------------------------------------------------------------------------
    def show_week(self, week: Week | None) -> None:
        self.week = week
        if week is None or self.current not in {b.meeting_id for b in self._meetings()}:
            self.current = None
        self.updateGeometry()
        self.adjustSize()
        self._place()
        self.update()

    def _meetings(self) -> list[WeekBlock]:
        if self.week is None:
            return []
        return [b for d in self.week.days for b in (*d.meetings, *d.untimed)]

    def _untimed_rows(self) -> int:
        if self.week is None:
            return 0
        return max((len(d.untimed) for d in self.week.days), default=0)

    def _top(self) -> int:
        return HEAD_H + self._untimed_rows() * UNTIMED_ROW + (4 if self._untimed_rows() else 0)

    def sizeHint(self) -> QSize:
        if self.week is None:
            return QSize(400, 200)
        hours = self.week.last_hour - self.week.first_hour
        return QSize(
            AXIS_W + MIN_DAY_W * max(1, len(self.week.days)), self._top() + hours * HOUR_PX + 8
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: object) -> None:
        self._place()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def day_width(self) -> float:
        n = len(self.week.days) if self.week else 1
        return max(MIN_DAY_W, (self.width() - AXIS_W) / max(1, n))

    def hour_height(self) -> float:
        if self.week is None:
            return HOUR_PX
        hours = max(1, self.week.last_hour - self.week.first_hour)
        return max(HOUR_PX, (self.height() - self._top() - 8) / hours)

    def _y(self, t: time) -> float:
        assert self.week is not None
        return self._top() + (_minutes(t) - self.week.first_hour * 60) * self.hour_height() / 60

    def _place(self) -> None:
        self.placed = []
        if self.week is None:
            return
        w = self.day_width()
        for col, day in enumerate(self.week.days):
            x0 = AXIS_W + col * w
            for row, b in enumerate(day.untimed):
                rect = QRectF(x0 + 2, HEAD_H + row * UNTIMED_ROW + 1, w - 4, UNTIMED_ROW - 2)
                self.placed.append(Placed(rect, b))
            for b in day.blocks:
                lane_w = (w - 6) / max(1, b.lanes)
                x = x0 + 3 + b.lane * lane_w
                top, bottom = self._y(b.start), self._y(b.end)
                if b.kind is None:
                    rect = QRectF(x, top, lane_w - 2, max(bottom - top, 18))
                else:  # a band inside the meeting's lane, indented so the meeting shows
                    rect = QRectF(x + 10, top, lane_w - 14, max(bottom - top, 14))
                self.placed.append(Placed(rect, b))

    def block_at(self, pos: QPoint) -> WeekBlock | None:
        """The meeting under ``pos`` (an entry's band counts as its meeting)."""
        for p in reversed(self.placed):
            if p.rect.contains(pos.toPointF()):
                return p.block
        return None

    def rect_of(self, meeting_id: int) -> QRect:
        """Where the meeting's first block is drawn (tests click there)."""
        for p in self.placed:
            if p.block.meeting_id == meeting_id and p.block.kind is None:
                return p.rect.toRect()
        return QRect()

    # -- input --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        b = self.block_at(event.position().toPoint())
        if b is not None:
            self.current = b.meeting_id
            self.update()
            self.chosen.emit(b.meeting_id)
            if event.button() == Qt.MouseButton.RightButton:
                self.menu_asked.emit(b.meeting_id, event.globalPosition().toPoint())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        b = self.block_at(event.position().toPoint())
        if b is not None:
            self.opened.emit(b.meeting_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = list(dict.fromkeys(b.meeting_id for b in self._meetings()))
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self.opened.emit(self.current)
            return
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        step = next((v for k, v in steps.items() if event.key() == k), 0)
        if step and ids:
            n = ids.index(self.current) if self.current in ids else -1
            self.current = ids[max(0, min(len(ids) - 1, n + step))]
            self.update()
            self.chosen.emit(self.current)
            return
        super().keyPressEvent(event)

    # -- drawing ------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if self.week is None:
            return
        text = pal.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        w = self.day_width()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        top = self._top()
        # hours
        p.setFont(small)
        for h in range(self.week.first_hour, self.week.last_hour + 1):
            y = top + (h - self.week.first_hour) * self.hour_height()
            p.setPen(QPen(grid))
            p.drawLine(AXIS_W - 4, int(y), self.width(), int(y))
            p.setPen(text)
            p.drawText(QRectF(0, y - 8, AXIS_W - 8, 16), Qt.AlignmentFlag.AlignRight, f"{h:02d}:00")
        # days
        for col, day in enumerate(self.week.days):
            x0 = AXIS_W + col * w
            p.setPen(QPen(grid))
            p.drawLine(int(x0), 0, int(x0), self.height())
            p.setPen(text)
            p.setFont(bold)
            p.drawText(
                QRectF(x0, 0, w, HEAD_H), Qt.AlignmentFlag.AlignCenter, f"{day.day:%a %d %b}"
            )
        for placed in self.placed:
            self._draw_block(p, placed, text, bold, small)
        p.end()

    def _draw_block(
        self, p: QPainter, placed: Placed, text: QColor, bold: QFont, small: QFont
    ) -> None:
        b, r = placed.block, placed.rect
        if b.kind is not None:
            p.setPen(QPen(theme.qcolor("programme.border"), 0.8))
            p.setBrush(theme.qcolor(f"programme.{b.kind.value}.bg"))
            p.drawRoundedRect(r, 3, 3)
            italic = QFont(small)
            italic.setItalic(True)
            p.setFont(italic)
            p.setPen(text)
            line = f"{b.slot}  {b.label}" if r.height() < 30 else f"{b.label}\n{b.slot}"
            p.drawText(r.adjusted(4, 1, -3, -1), Qt.TextFlag.TextWordWrap, line)
            return
        chosen = b.meeting_id == self.current
        # a meeting whose times come from the agenda or are guessed is paler
        colour = (
            "meeting.chosen.bg"
            if chosen
            else ("meeting.bg" if b.time_given else "meeting.guessed.bg")
        )
        border = "meeting.chosen.border" if chosen else "meeting.border"
        p.setPen(QPen(theme.qcolor(border), 2 if chosen else 1))
        p.setBrush(theme.qcolor(colour))
        p.drawRoundedRect(r, 4, 4)
        p.setPen(text)
        inner = r.adjusted(5, 3, -4, -2)
        p.setFont(bold)
        if r.height() < UNTIMED_ROW + 2:  # a day of the meeting without times
            line = self.tr("%s · no time given") % b.label
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
            p.drawText(r.adjusted(5, 0, -4, 0), int(flags), line)
            return
        p.drawText(inner, Qt.TextFlag.TextSingleLine, b.label)
        p.setFont(small)
        lines = [b.slot if b.time_given else f"{b.slot} (from the agenda)"]
        if b.members:
            lines.append(", ".join(b.members))
        if b.venue:
            lines.append(b.venue)
        lh = p.fontMetrics().lineSpacing()
        p.drawText(
            inner.adjusted(0, lh + 2, 0, 0),
            Qt.TextFlag.TextWordWrap,
            "\n".join(lines),
        )
