"""About box: version, what the app is, the stack and the fonts' licence."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ... import APP_NAME, __version__
from ..common import theme
from ..common.resources import app_icon

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (QT_TRANSLATE_NOOP("Labels", "Store"),)


class AboutDialog(QDialog):
    def __init__(self, engine: str = "", parent: QWidget | None = None, *, store: str = "") -> None:
        """``engine``: the open store's database engine and version ("SQLite 3.46.1",
        "PostgreSQL 15.18"; a bare version is SQLite's); ``store``: where it is."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %s") % APP_NAME)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text = QLabel(self)
        text.setObjectName("aboutText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if engine and engine[0].isdigit():
            engine = f"SQLite {engine}"
        stack = f" · {html.escape(engine)}" if engine else ""
        muted = theme.current()["muted"]
        where = (
            f"<p style='color:{muted}'>{html.escape(self.tr('Store'))}: {html.escape(store)}</p>"
            if store
            else ""
        )
        text.setText(
            f"<h2>{APP_NAME} {__version__}</h2>"
            + self.tr(
                "<p>Prepare positions, follow the room and print briefing packs for "
                "ASEAN digital meetings (ADGSOM, ADGMIN and related meetings), fully offline.</p>"
            )
            + f"<p style='color:{muted}'>"
            + self.tr("Python %1 · Qt for Python %2")
            .replace("%1", platform.python_version())
            .replace("%2", pyside_version)
            + f"{stack}</p>"
            + where
            + f"<p style='color:{muted}'>"
            + self.tr("Fonts: Noto Sans family, SIL Open Font Licence 1.1.")
            + "</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
