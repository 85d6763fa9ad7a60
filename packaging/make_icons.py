"""Writes the Linux menu entry and the app icon at every size the desktops ask for.

``python packaging/make_icons.py OUT`` fills ``OUT/share/applications`` and
``OUT/share/icons/hicolor/<size>/apps`` from ``resources/icons/app.svg`` (drawn by Qt's
SVG renderer, so the PNGs match the icon the window shows).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent
APP_ID = "adgsom-desktop"


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    svg = ROOT / "resources" / "icons" / "app.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"error: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    icons = out / "share" / "icons" / "hicolor"
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            print(f"error: could not write {target}", file=sys.stderr)
            return 1
    scalable = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    applications = out / "share" / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "packaging" / f"{APP_ID}.desktop", applications / f"{APP_ID}.desktop")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
