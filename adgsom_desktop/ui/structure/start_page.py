"""What an open store with no event shows: the three steps that make it usable.

1. say which delegation is ours, 2. list our members (they approve positions and
own briefs), 3. create the first event.  Each step has its button; a step done
is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.markup import escape_html as esc
from ...services.records import DelegationRec
from ..common import theme
from ..common.theme import tone


def _done() -> str:
    return theme.current().span("ok", "✓", " font-size:150%")


def _step(n: int) -> str:
    return theme.current().span("heading", str(n), " font-size:150%; font-weight:bold")


class StartPage(QWidget):
    new_event = Signal()
    our_delegation = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("<h2 style='margin:0'>This store has no event yet</h2>"), self)
        intro = QLabel(
            self.tr(
                "An event is a meeting week in one city, such as “6th ADGMIN and related "
                "meetings, Hà Nội”. It holds the meetings of the week (ADGSOM, ADGMIN, "
                "meetings with dialogue partners), each with its agenda and our positions."
            ),
            self,
        )
        intro.setWordWrap(True)
        tone(intro, "muted")

        self.marks: list[QLabel] = []
        self.texts: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(16)
        self.btn_ours = QPushButton(self.tr("Set our delegation…"), self)
        self.btn_ours.setObjectName("startOurDelegation")
        self.btn_ours.clicked.connect(self.our_delegation)
        self.btn_members = QPushButton(self.tr("Add our members…"), self)
        self.btn_members.setObjectName("startMembers")
        self.btn_members.clicked.connect(self.our_delegation)
        self.btn_event = QPushButton(self.tr("Create your first event…"), self)
        self.btn_event.setObjectName("startNewEvent")
        self.btn_event.setDefault(True)
        self.btn_event.setMinimumHeight(36)
        self.btn_event.clicked.connect(self.new_event)
        for row, button in enumerate((self.btn_ours, self.btn_members, self.btn_event)):
            mark = QLabel(self)
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            mark.setMinimumWidth(28)
            text = QLabel(self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            self.marks.append(mark)
            self.texts.append(text)
            grid.addWidget(mark, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        then = QLabel(
            self.tr(
                "Then add the meetings of the event (File > New meeting…, Ctrl+Shift+M, or "
                "right-click the event on the left), build each agenda and draft the positions."
            ),
            self,
        )
        then.setWordWrap(True)
        tone(then, "muted")

        card = QFrame(self)
        card.setObjectName("startCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(760)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(grid)
        inner.addWidget(then)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 6)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.set_state(None, [], 0)
        theme.watch(self, lambda: self.set_state(*self._state))

    def set_state(self, ours: DelegationRec | None, heads: list[str], members: int) -> None:
        """Tick what is done: our delegation, our members (and who heads it)."""
        self._state = (ours, heads, members)
        if ours is None:
            self.marks[0].setText(_step(1))
            self.texts[0].setText(
                self.tr(
                    "<b>Our delegation</b><br>Not set yet: say which delegation this "
                    "store works for."
                )
            )
            self.btn_ours.setText(self.tr("Set our delegation…"))
        else:
            self.marks[0].setText(_done())
            self.texts[0].setText(
                self.tr("<b>Our delegation</b><br>%s") % esc(f"{ours.code} · {ours.display}")
            )
            self.btn_ours.setText(self.tr("Change…"))
        self.btn_members.setEnabled(ours is not None)
        if members:
            self.marks[1].setText(_done())
            head = (
                self.tr("head of delegation: %s") % esc(", ".join(heads))
                if heads
                else self.tr("no head of delegation listed yet")
            )
            self.texts[1].setText(self.tr("<b>Our members</b><br>%s listed · %s") % (members, head))
            self.btn_members.setText(self.tr("Our delegation…"))
        else:
            self.marks[1].setText(_step(2))
            self.texts[1].setText(
                self.tr(
                    "<b>Our members</b><br>The head of delegation approves positions; "
                    "the aides own the briefs."
                )
            )
            self.btn_members.setText(self.tr("Add our members…"))
        self.marks[2].setText(_step(3))
        self.texts[2].setText(
            self.tr(
                "<b>The first event</b><br>Its title, city, dates and time zone; the "
                "steering brief and logistics can come later."
            )
        )
