"""Live mode's mandate panel: the objective, our stance, the ladder and the defensive Q&A of
the current item, at a glance beside the capture box.

Ctrl+M collapses it to its title line (and opens it again). F12 (or Ctrl+Shift+M) is the
privacy key: the mandate's text is taken off the screen at once (not just covered: the
panel holds none of it) until the key is pressed again; capture goes on meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..common import theme
from ..common.theme import tone
from .mandate import Mandate, mandate_html
from .room_common import stance_labels

MANDATE_KEYS = ["Ctrl+M"]
PRIVACY_KEYS = ["F12", "Ctrl+Shift+M"]


class MandatePanel(QFrame):
    """The mandate of the current item; collapsible (Ctrl+M), blanked for privacy (F12)."""

    collapsed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveMandate")
        self.mandate: Mandate | None = None
        self.collapsed = False
        self.private = False
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("liveMandateToggle")
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setStyleSheet("font-weight: bold;")
        tone(self.toggle, "heading")
        self.toggle.clicked.connect(self.toggle_collapsed)
        self.privacy = QToolButton(self)
        self.privacy.setObjectName("liveMandatePrivacy")
        self.privacy.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.privacy.setAutoRaise(True)
        self.privacy.clicked.connect(self.toggle_private)
        self.body = QTextBrowser(self)
        self.body.setObjectName("liveMandateBody")
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QFrame.Shape.StyledPanel)
        self.body.document().setDocumentMargin(4)
        self.body.setMinimumHeight(84)  # on a laptop screen the other panels give way
        self.hidden_note = QLabel(self)
        self.hidden_note.setObjectName("liveMandateHidden")
        self.hidden_note.setWordWrap(True)
        self.hidden_note.setStyleSheet("padding: 6px;")
        tone(self.hidden_note, "muted")
        theme.watch(self, self._show)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.toggle)
        head.addStretch(1)
        head.addWidget(self.privacy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hidden_note)
        self._show()

    def set_mandate(self, mandate: Mandate | None) -> None:
        self.mandate = mandate
        self._show()

    def toggle_collapsed(self) -> None:
        self.collapsed = not self.collapsed
        self._show()
        self.collapsed_changed.emit(self.collapsed)

    def toggle_private(self) -> None:
        self.private = not self.private
        self._show()

    def shown_text(self) -> str:
        """What the panel holds on screen now (tests check privacy with it)."""
        return self.body.toPlainText()

    def _show(self) -> None:
        arrow = "▸" if self.collapsed else "▾"
        self.toggle.setText(f"{arrow} " + self.tr("Mandate (Ctrl+M)"))
        self.privacy.setText(self.tr("Show (F12)") if self.private else self.tr("Hide now (F12)"))
        if self.private:
            self.body.clear()  # off the screen, not covered
            self.hidden_note.setText(
                self.tr("Mandate hidden. Capture goes on; F12 shows it again.")
            )
        else:
            labels = stance_labels()
            self.body.setHtml(
                mandate_html(self.mandate, self.tr, lambda s: labels[s], theme.current().colours)
            )
        self.body.setVisible(not self.collapsed and not self.private)
        self.hidden_note.setVisible(self.private and not self.collapsed)
        self.toggle.setToolTip(
            self.tr("Collapse the mandate (Ctrl+M)")
            if not self.collapsed
            else self.tr("Show the mandate (Ctrl+M)")
        )
        self.setAccessibleName(self.tr("Mandate"))
