"""Shown when no store is open: open the demo, create or open a store, or a recent one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...domain.locator import Locator
from ..common import a11y
from ..common.resources import app_icon
from ..common.theme import tone


class WelcomePage(QWidget):
    open_demo = Signal()
    new_store = Signal()
    open_store = Signal()
    open_team_store = Signal()
    open_recent = Signal(object)  # a Locator: a store file or a team store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(72, 72))
        # A plain label with a large bold font looks like <h1> but needs no rich-text
        # document (about 7 ms before the first paint).
        self.title = title = QLabel(APP_NAME, self)
        title.setObjectName("welcomeTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        self._fit_title()
        subtitle = QLabel(
            self.tr(
                "Positions, live notes and briefing packs for your delegation at "
                "ADGSOM, ADGMIN and related meetings. Everything stays on this laptop."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        tone(subtitle, "muted")
        self.status = QLabel("", self)
        self.status.setObjectName("welcomeStatus")
        self.status.setStyleSheet("font-weight: bold;")
        tone(self.status, "heading")

        demo = QPushButton(self.tr("Open the demo store"), self)
        demo.setObjectName("openDemoButton")
        demo.clicked.connect(self.open_demo)
        new = QPushButton(self.tr("New store…"), self)
        new.setObjectName("newStoreButton")
        new.clicked.connect(self.new_store)
        open_ = QPushButton(self.tr("Open store…"), self)
        open_.setObjectName("openStoreButton")
        open_.clicked.connect(self.open_store)
        team = QPushButton(self.tr("Team store…"), self)
        team.setObjectName("openTeamStoreButton")
        team.setToolTip(self.tr("Open a team store on a PostgreSQL server"))
        team.clicked.connect(self.open_team_store)
        for b in (demo, new, open_, team):
            b.setMinimumHeight(34)
        demo.setDefault(True)

        self.recent = QListWidget(self)
        self.recent.setObjectName("recentStores")
        self.recent.itemActivated.connect(
            lambda item: self.open_recent.emit(Locator.parse(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent_label = QLabel(self.tr("Recent stores"), self)
        a11y.name(self.recent, self.recent_label.text())  # shown once a store was open

        head = QHBoxLayout()
        head.addWidget(icon)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(subtitle)
        head.addLayout(texts, 1)
        buttons = QHBoxLayout()
        for b in (demo, new, open_, team):
            buttons.addWidget(b)
        buttons.addStretch(1)

        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(760)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(14)
        inner.addLayout(head)
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row, 6)
        outer.addStretch(1)

    def _fit_title(self) -> None:
        big = self.font()  # twice the text size, bold, following Larger/Smaller text
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.title.setFont(big)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_title()
        super().changeEvent(event)

    def set_recent(self, stores: list[Locator]) -> None:
        self.recent.clear()
        for p in stores:
            where = p.path.parent if p.path is not None else self.tr("team store")
            item = QListWidgetItem(f"{p.name}   —   {where}")
            item.setData(Qt.ItemDataRole.UserRole, p.remembered)
            item.setToolTip(p.display)
            self.recent.addItem(item)
        self.recent.setVisible(bool(stores))
        self.recent_label.setVisible(bool(stores))

    def set_status(self, text: str) -> None:
        self.status.setText(text)
