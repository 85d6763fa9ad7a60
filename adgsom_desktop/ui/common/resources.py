"""Icons and fonts for the GUI, loaded through one small module."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ...resource_files import resource_path

# Qt's Python types are built on first use, with their enums: the window's icon is all
# the first paint needs from here (QPainter, QPixmap, QFontDatabase come later, #13).


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "app.svg")))


@cache
def dot_icon(color: str, size: int = 12) -> QIcon:
    """A filled circle (status markers beside a text label, never colour alone)."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap

    pix = QPixmap(QSize(size, size))
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pix)


def register_fonts() -> list[str]:
    """Add the bundled fonts (ASEAN scripts) to Qt; returns the family names added."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    folder = resource_path("fonts")
    if folder.is_dir():
        for path in sorted(folder.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id != -1:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
