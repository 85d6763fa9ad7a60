"""The timeline drawn with Qt: a bar per project over the years, milestones as diamonds
(filled: open, hollow: met), a red line for today.  Text is drawn by Qt (shaped in every
script); rows are as tall as the font needs (Myanmar and Khmer stack high).  The year
axis stays on top while the rows scroll."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QScrollBar, QToolTip, QWidget

from ...services.project_records import TimelineRow
from ..common import theme
from ..common.labels import label_tr
from .table_model import status_colour


def year_span(rows: Sequence[TimelineRow], today: date) -> tuple[int, int]:
    years = [today.year]
    for r in rows:
        years += [d.year for d in (r.start_date, r.end_date) if d]
        years += [m.due_date.year for m in r.milestones if m.due_date]
    return min(years), max(years)


class TimelineCanvas(QWidget):
    project_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.rows: list[TimelineRow] = []
        self.today = date.today()
        self.first = 0  # the first row shown (scrolling)
        self.selected: int | None = None
        self.span = (self.today.year, self.today.year)

    # geometry --------------------------------------------------------------
    def row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def axis_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def label_width(self) -> int:
        return max(160, int(self.width() * 0.34))

    def visible_rows(self) -> int:
        return max(1, (self.height() - self.axis_height()) // self.row_height())

    def x_of(self, d: date) -> float:
        first, last = self.span
        left, right = self.label_width() + 6, self.width() - 10
        total = (date(last + 1, 1, 1) - date(first, 1, 1)).days
        return left + (right - left) * (d - date(first, 1, 1)).days / total

    def set_rows(self, rows: Sequence[TimelineRow], today: date | None = None) -> None:
        self.rows = list(rows)
        self.today = today or date.today()
        self.span = year_span(self.rows, self.today)
        self.first = min(self.first, max(0, len(self.rows) - 1))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, self.axis_height() + self.row_height() * min(20, max(3, len(self.rows))))

    # painting --------------------------------------------------------------
    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        GRID, MUTED, TODAY = (theme.qcolor(r) for r in ("grid_line", "muted", "today"))
        axis, rh = self.axis_height(), self.row_height()
        first_year, last_year = self.span
        # years
        for year in range(first_year, last_year + 2):
            x = self.x_of(date(year, 1, 1))
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x, axis - 2), QPointF(x, self.height()))
            if year <= last_year:
                nxt = self.x_of(date(year + 1, 1, 1))
                p.setPen(MUTED)
                p.drawText(QRectF(x, 0, nxt - x, axis), Qt.AlignmentFlag.AlignCenter, str(year))
        p.setPen(QPen(GRID, 1))
        p.drawLine(0, axis - 1, self.width(), axis - 1)
        shown = self.rows[self.first : self.first + self.visible_rows() + 1]
        label_w = self.label_width()
        for n, r in enumerate(shown):
            y = axis + n * rh
            chosen = r.id == self.selected
            if chosen:  # the palette's selection, its text in the selection's text colour
                p.fillRect(QRectF(0, y, self.width(), rh), self.palette().highlight().color())
            p.setPen(
                self.palette().highlightedText().color()
                if chosen
                else self.palette().text().color()
            )
            code_w = fm.horizontalAdvance(r.code) + 8
            p.drawText(QRectF(4, y, code_w, rh), Qt.AlignmentFlag.AlignVCenter, r.code)
            title = fm.elidedText(
                r.title, Qt.TextElideMode.ElideRight, max(10, label_w - code_w - 8)
            )
            p.drawText(
                QRectF(4 + code_w, y, label_w - code_w, rh), Qt.AlignmentFlag.AlignVCenter, title
            )
            start = r.start_date or (r.end_date and date(r.end_date.year, 1, 1))
            end = r.end_date or (r.start_date and date(last_year, 12, 31))
            if start and end:
                x0, x1 = self.x_of(start), self.x_of(end)
                colour = status_colour(r.status.value)
                path = QPainterPath()
                path.addRoundedRect(QRectF(x0, y + 4, max(2.0, x1 - x0), rh - 8), 2, 2)
                p.fillPath(path, colour)
            half = (rh - 8) / 2
            for m in r.milestones:
                if not m.due_date:
                    continue
                x, cy = self.x_of(m.due_date), y + rh / 2
                diamond = QPolygonF(
                    [
                        QPointF(x, cy - half),
                        QPointF(x + half * 0.8, cy),
                        QPointF(x, cy + half),
                        QPointF(x - half * 0.8, cy),
                    ]
                )
                p.setPen(QPen(theme.qcolor("milestone"), 1))
                p.setBrush(theme.qcolor("milestone.done" if m.done_date else "milestone"))
                p.drawPolygon(diamond)
            p.setBrush(Qt.BrushStyle.NoBrush)
        if first_year <= self.today.year <= last_year:
            x = self.x_of(self.today)
            p.setPen(QPen(TODAY, 2))
            p.drawLine(QPointF(x, axis - 4), QPointF(x, self.height()))
        p.end()

    # interaction -----------------------------------------------------------
    def row_at(self, y: float) -> TimelineRow | None:
        n = int((y - self.axis_height()) // self.row_height())
        if y < self.axis_height() or not 0 <= self.first + n < len(self.rows):
            return None
        return self.rows[self.first + n]

    def mousePressEvent(self, event: Any) -> None:
        r = self.row_at(event.position().y())
        if r is not None:
            self.selected = r.id
            self.update()
            self.project_clicked.emit(r.id)

    def mouseMoveEvent(self, event: Any) -> None:
        r = self.row_at(event.position().y())
        if r is None:
            QToolTip.hideText()
            return
        x = event.position().x()
        near = [m for m in r.milestones if m.due_date and abs(self.x_of(m.due_date) - x) < 6]
        if near:
            m = near[0]
            text = f"{m.title}: {m.due_date}" + (
                self.tr(" (met %s)") % m.done_date if m.done_date else ""
            )
        else:
            text = f"{r.code} {r.title}\n{label_tr(r.status.label)}: {r.start_date or '?'} – {r.end_date or '?'}"
        QToolTip.showText(event.globalPosition().toPoint(), text, self)


class TimelineView(QWidget):
    """The canvas with its own scroll bar (the axis stays put)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackerTimeline")
        self.canvas = TimelineCanvas(self)
        self.bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.bar.valueChanged.connect(self._scrolled)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.bar)

    def set_rows(self, rows: Sequence[TimelineRow], today: date | None = None) -> None:
        self.canvas.set_rows(rows, today)
        self._update_bar()

    def _update_bar(self) -> None:
        extra = max(0, len(self.canvas.rows) - self.canvas.visible_rows())
        self.bar.setRange(0, extra)
        self.bar.setPageStep(self.canvas.visible_rows())
        self.bar.setVisible(extra > 0)

    def _scrolled(self, value: int) -> None:
        self.canvas.first = value
        self.canvas.update()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_bar()

    def wheelEvent(self, event: Any) -> None:
        steps = -event.angleDelta().y() // 120 * 3
        self.bar.setValue(self.bar.value() + steps)
