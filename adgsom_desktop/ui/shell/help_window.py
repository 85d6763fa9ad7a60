"""Help inside the app (#24 item 4): the guide and "What's new".

- ``GuideWindow``: ``resources/help/guide.html`` in a QTextBrowser, its sections listed
  beside it; ``show_section(anchor)`` brings one to the top. A translated guide
  (``guide.<language>.html``, e.g. ``guide.th.html``) is taken when there is one for the
  interface's language.
- ``section_for(widget)``: the section F1 opens, found from the widget with the focus up
  through its parents (a view is known by its object name or its class).
- ``WhatsNewDialog``: ``resources/help/whats_new.html``, shown once after an upgrade
  (``help_commands.show_whats_new_once``) and from *Help > What's new*.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...resource_files import resource_path
from ..common import a11y

# The view (object name, else class name) -> its section of the guide (an id in guide.html).
VIEW_SECTIONS: dict[str, str] = {
    "WelcomePage": "start",
    "NavigationPane": "navigation",
    "eventOverview": "event",
    "meetingOverview": "meeting",
    "itemOverview": "agenda",
    "agendaBuilder": "agenda",
    "positionEditor": "position",
    "stanceMap": "stance-map",
    "meetingNotes": "notes",
    "meetingActions": "actions",
    "itemOutcomes": "outcomes",
    "textsTab": "texts",
    "meetingAttachments": "documents",
    "itemAttachments": "documents",
    "itemProjects": "tracker",
    "trackerWindow": "tracker",
    "weekWindow": "week",
    "LiveWindow": "live",
    "counterpartsWindow": "people",
    "ourDelegationWindow": "people",
    # dialogs (F1 works in a modal dialog too: help_commands.ModalHelp)
    "outcomeDialog": "outcomes",
    "noteDialog": "notes",
    "actionDialog": "actions",
    "agendaImportDialog": "agenda",
    "agendaCopyDialog": "agenda",
    "packDialog": "packs",
    "reportDialog": "packs",
    "briefWordDialog": "packs",
    "registerDialog": "packs",
    "approveDialog": "position",
    "positionHistoryDialog": "position",
    "amendmentDialog": "texts",
    "textImportDialog": "texts",
    "matrixImportDialog": "tracker",
    "weekMembersDialog": "week",
    "securitySettingsDialog": "security",
    "passphraseChangeDialog": "security",
    "backupDialog": "security",
    "bundleOpenDialog": "sharing",
    "bundleSendDialog": "sharing",
    "teamStoreDialog": "sharing",
    "settingsDialog": "start",
    "shortcutsDialog": "keyboard",
}

_SECTION = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>', re.S)


def help_file(name: str, language: str | None = None) -> Path:
    """``resources/help/<name>.<language>.html`` when it exists, else the English one."""
    lang = language if language is not None else QLocale().name().split("_")[0]
    translated = resource_path("help", f"{name}.{lang}.html")
    return translated if translated.is_file() else resource_path("help", f"{name}.html")


def sections(html: str) -> list[tuple[str, str]]:
    """(id, title) of each section of a help page, in order."""
    return [(key, unescape(re.sub(r"<[^>]+>", "", title))) for key, title in _SECTION.findall(html)]


def section_for(widget: QWidget | None) -> str:
    """The section of the guide about ``widget``'s view ("start" when none is known)."""
    w = widget
    while w is not None:
        for key in (w.objectName(), type(w).__name__):
            if key in VIEW_SECTIONS:
                return VIEW_SECTIONS[key]
        if isinstance(w, QTabWidget):  # its tab bar has the focus: the tab shown
            page = w.currentWidget()
            if page is not None and page.objectName() in VIEW_SECTIONS:
                return VIEW_SECTIONS[page.objectName()]
        w = w.parentWidget()
    return "start"


class GuideWindow(QWidget):
    """The user guide: its sections on the left, the text on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Guide"))
        html = help_file("guide").read_text(encoding="utf-8")
        self.contents = QListWidget(self)
        self.contents.setObjectName("guideContents")
        a11y.name(self.contents, self.tr("Contents"), self.tr("The parts of the guide"))
        # a long title (Thai, Vietnamese) wraps onto a second line instead of being cut:
        # no sideways scrolling, each title whole, and its full text as its tooltip
        self.contents.setWordWrap(True)
        self.contents.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setResizeMode(QListView.ResizeMode.Adjust)
        self.contents.setSpacing(1)
        for key, title in sections(html):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(title)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._on_contents)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        a11y.name(self.browser, self.tr("Guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.resize(1000, 600)

    def _on_contents(self, item: QListWidgetItem | None, _old: object) -> None:
        if item is not None:
            self.show_section(str(item.data(Qt.ItemDataRole.UserRole)))

    def section_keys(self) -> list[str]:
        return [
            str(self.contents.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.contents.count())
        ]

    def show_section(self, key: str) -> None:
        """Bring section ``key`` to the top of the text (and choose it in the contents)."""
        keys = self.section_keys()
        if key not in keys:
            key = keys[0] if keys else key
        if key in keys and self.contents.currentRow() != keys.index(key):
            self.contents.setCurrentRow(keys.index(key))  # comes back here
            return
        self.browser.scrollToAnchor(key)

    def top_line(self) -> str:
        """The first line of text shown (what a reader sees at the top)."""
        return self.browser.cursorForPosition(QPoint(4, 4)).block().text()


class WhatsNewDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatsNewDialog")
        self.setWindowTitle(self.tr("What's new"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("whatsNewText")
        a11y.name(self.browser, self.tr("What's new"))
        self.browser.setHtml(help_file("whats_new").read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.resize(640, 480)
