"""The lock screen: an opaque cover over a window, with the passphrase field to unlock.

One ``LockOverlay`` covers each visible window of the app (the main window,
and any dialog that was open) so no content shows; each carries the unlock
form, because a modal dialog left open blocks input to the windows under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common import theme
from ..common.fonts import relative


class PadlockIcon(QWidget):
    """A padlock drawn with the painter (no font or image needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(56, 64)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(theme.qcolor("lock.ring"), 6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        shackle = QPainterPath()
        shackle.moveTo(14, 30)
        shackle.lineTo(14, 20)
        shackle.arcTo(QRectF(14, 5, 28, 30), 180, -180)
        shackle.lineTo(42, 30)
        p.drawPath(shackle)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.qcolor("lock.ring"))
        p.drawRoundedRect(QRectF(4, 28, 48, 34), 6, 6)
        p.setBrush(theme.qcolor("lock.card"))
        p.drawEllipse(QRectF(24, 38, 8, 8))
        p.drawRect(QRectF(26.5, 44, 3, 9))
        p.end()


class LockOverlay(QFrame):
    """Covers ``window`` entirely (menus and status bar included) until removed."""

    unlock_requested = Signal(str)  # the passphrase typed ('' for a plain store)

    def __init__(self, window: QWidget, store_name: str, encrypted: bool) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        c = theme.current()
        self.setStyleSheet(
            f"#lockOverlay {{ background: {c['lock.backdrop']}; }}"
            f"#lockCard {{ background: {c['lock.card']}; border-radius: 10px; }}"
            f"#lockTitle {{ color: {c['lock.title']}; }}"
            f"#lockText {{ color: {c['lock.text']}; }}"
            f"#lockProblem {{ color: {c['error']}; }}"
        )
        self.encrypted = encrypted
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setMaximumWidth(420)
        self.card = card
        self.icon = icon = PadlockIcon(card)
        title = QLabel(self.tr("ADGSOM Desktop is locked"), card)
        title.setObjectName("lockTitle")
        relative(title, 1.5, bold=True)  # follows the font size setting
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if encrypted:
            text = self.tr("Enter the passphrase of %s to unlock.") % store_name
        else:
            text = (
                self.tr(
                    "%s is not encrypted: anyone who copies the file can read it. "
                    "Encrypt it (File > Encrypt this store) to require a passphrase here."
                )
                % store_name
            )
        self.info = info = QLabel(text, card)
        info.setObjectName("lockText")
        info.setWordWrap(True)
        info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(card)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setVisible(encrypted)
        self.passphrase.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("Unlock"), card)
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.problem = QLabel(card)
        self.problem.setObjectName("lockProblem")
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.hide()

        self.inner = inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(icon)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(title)
        inner.addWidget(info)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.problem)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 100)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self._fit(window.width(), window.height())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ChildAdded,
            QEvent.Type.Show,
        ):
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
                self._fit(parent.width(), parent.height())
            self.raise_()
        return False

    def _fit(self, width: int, height: int) -> None:
        """A small window (a message box) gets a compact card that still fits."""
        compact = height < 330 or width < 460
        self.icon.setVisible(not compact)
        self.info.setVisible(not compact)
        margin = 10 if compact else 28
        self.inner.setContentsMargins(margin, margin - 2, margin, margin - 2)
        self.inner.setSpacing(6 if compact else 12)
        self.card.setMinimumWidth(min(420, max(200, width - 24)))

    def focus(self) -> None:
        target = self.passphrase if self.encrypted else self.button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Checking…") if busy else self.tr("Unlock"))

    def show_problem(self, text: str) -> None:
        self.passphrase.clear()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.focus()

    def _submit(self) -> None:
        value = self.passphrase.text()
        if self.encrypted and not value:
            self.show_problem(self.tr("Enter the passphrase."))
            return
        self.unlock_requested.emit(value)

    def remove(self) -> None:
        self.passphrase.clear()
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()
