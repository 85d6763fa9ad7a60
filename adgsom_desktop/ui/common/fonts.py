"""Text that scales with the font size setting (View > Larger/Smaller text, Settings).

A widget given a font of its own (a heading 1.08x and bold, the live clock 1.25x) no
longer follows the application's font: Qt stops passing changes to it. ``relative``
sets such a font as a factor of the application's, and sets it again whenever the
application's font changes, so every heading, title and clock scales with the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget


class _Follower(QObject):
    def __init__(self, widget: QWidget, factor: float, bold: bool | None) -> None:
        super().__init__(widget)
        self.widget, self.factor, self.bold = widget, factor, bold
        app = QApplication.instance()
        if isinstance(app, QApplication):  # hidden widgets too (a tab not shown)
            app.fontChanged.connect(self.apply)
        self.apply()

    def apply(self, *_font: object) -> None:
        base = QApplication.font()
        font = QFont(self.widget.font())
        font.setPointSizeF(max(5.0, base.pointSizeF() * self.factor))
        if self.bold is not None:
            font.setBold(self.bold)
        self.widget.setFont(font)


def relative(widget: QWidget, factor: float, bold: bool | None = None) -> QWidget:
    """Give ``widget`` the application's font times ``factor`` (bold if asked), kept so."""
    old = widget.findChild(_Follower)
    if old is not None:
        old.factor, old.bold = factor, bold
        old.apply()
    else:
        _Follower(widget, factor, bold)
    return widget
