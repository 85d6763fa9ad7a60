"""The member list's rows in Our delegation: two lines per member, the name, then role
and title in grey."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ..common import theme

DETAILS = Qt.ItemDataRole.UserRole + 2  # role and title, the row's second line


class MemberDelegate(QStyledItemDelegate):
    """Two lines per member: the name (bold for a head of delegation), then role and title
    in grey; each line is cut with "…" rather than wrapped (Thai names run long)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.height() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(6, 5, -6, -5)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.highlightedText() if selected else palette.text()
        painter.save()
        font = QFont(opt.font)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(text_color.color())
        top = rect.adjusted(0, 0, 0, -rect.height() // 2)
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        font.setBold(False)
        painter.setFont(font)
        details = str(index.data(DETAILS) or "")
        painter.setPen(text_color.color() if selected else theme.qcolor("muted"))
        bottom = rect.adjusted(0, rect.height() // 2, 0, 0)
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(font).elidedText(details, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
