"""The banner of Our delegation that chooses which delegation is ours: shown while the
store does not say, and after *Change…*."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DelegationKind
from ...services.records import DelegationRec
from ..common.theme import tone
from ..structure.event_dialog import host_label

BANNER_STYLE = "QFrame#ourUnset { border-radius: 4px; }"  # colours: the warn-banner tone


class OurDelegationBanner(QFrame):
    """A line of text, the delegations (member states first) and *Set as our delegation*
    (``btn_set``: the window connects it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ourUnset")
        self.setStyleSheet(BANNER_STYLE)
        tone(self, "warn-banner")
        self.text = QLabel(self)
        self.text.setObjectName("ourUnsetText")
        self.text.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setObjectName("ourChoice")
        self.btn_set = QPushButton(self.tr("Set as our delegation"), self)
        self.btn_set.setObjectName("ourSet")
        choose = QHBoxLayout()
        choose.addWidget(self.choice, 1)
        choose.addWidget(self.btn_set)
        banner = QVBoxLayout(self)
        banner.addWidget(self.text)
        banner.addLayout(choose)

    def offer(self, delegations: Sequence[DelegationRec], ours: DelegationRec | None) -> None:
        """The delegations to choose from, ours chosen; the text says what choosing does."""
        self.choice.clear()
        ranked = sorted(delegations, key=lambda d: d.kind is not DelegationKind.MEMBER_STATE)
        for d in ranked:
            self.choice.addItem(host_label(d), d.code)
        if ours is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(ours.code)))
            self.text.setText(
                self.tr(
                    "Choose the delegation this store works for. Its members stay listed "
                    "under %s (as counterparts) if you change it."
                )
                % ours.name
            )
        else:
            self.text.setText(
                self.tr(
                    "This store does not say which delegation is ours yet. Choose it: our "
                    "members approve positions and own the briefs, and the stance map shows "
                    "our own column first."
                )
            )
