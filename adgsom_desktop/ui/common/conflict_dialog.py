"""Two versions of one record side by side: keep mine, take theirs, or merge by hand.

Shown when a save met a version someone else saved meanwhile (a brief on a team
store), and built to be reused by the offline merge of trip copies: it takes a
``services.brief_conflict.ConflictView`` (sections of plain text with a word diff)
and hands a ``Resolution`` out.  Nothing is saved here, and the user's text is never
dropped by it: Cancel ("Not now") leaves the editor as it was, unsaved.

Each section that differs is a row: yours (the words only yours marked), theirs (the
words only theirs marked), and the merged text, which starts as yours and may be
edited (a section that is not free text offers yours or theirs).  Marks are a
colour *and* an underline or a strike, never a colour alone.  A brief's sections
come already merged three-way (``services.brief_merge``): only those both sides
changed are shown, and the default button (Enter) is "Not now", never a side.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import PositionStatus
from ...services.brief_conflict import Choice, ConflictSection, ConflictView, Resolution
from ..common.theme import tone
from . import a11y, theme
from .labels import label_tr


def mine_style() -> str:
    c = theme.current()
    return f"background:{c['diff_ins_bg']}; color:{c['diff_ins_fg']}; text-decoration: underline;"


def theirs_style() -> str:
    c = theme.current()
    return (
        f"background:{c['diff_del_bg']}; color:{c['diff_del_fg']}; text-decoration: line-through;"
    )


def segments_html(segments: tuple[object, ...], only: str, style: str, words: bool = False) -> str:
    """Escaped text with the segments of kind ``only`` marked (newlines kept); ``words``:
    a value picked whole (a brief's status), said as the app says it ("For review")."""
    out = []
    for seg in segments:
        said = value_words(seg.text) if words else seg.text  # type: ignore[attr-defined]
        text = html.escape(said).replace("\n", "<br>")
        out.append(f"<span style='{style}'>{text}</span>" if seg.kind == only else text)  # type: ignore[attr-defined]
    return "".join(out) or "<i>(empty)</i>"


def value_words(value: str) -> str:
    """A stored code word ("for_review") in the interface's words ("For review")."""
    try:
        return label_tr(PositionStatus(value).label)
    except ValueError:
        return value


class ConflictDialog(QDialog):
    def __init__(self, view: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self.view = view
        self._choice: Choice | None = None
        self.merged: dict[str, QPlainTextEdit] = {}
        self.picks: dict[str, QComboBox] = {}

        head = QLabel(view.explanation, self)
        head.setObjectName("conflictExplanation")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setStyleSheet("padding:8px; border-radius:4px;")
        tone(head, "error-banner")

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        for col, text in enumerate(
            (self.tr("Section"), view.mine_label, view.theirs_label, self.tr("Merged (edit it)"))
        ):
            label = QLabel(f"<b>{html.escape(text)}</b>", grid_host)
            label.setWordWrap(True)
            grid.addWidget(label, 0, col)
        for row, section in enumerate(view.sections, start=1):
            self._add_row(grid, row, section, grid_host)
            grid.setRowStretch(row, 1 if section.editable else 0)  # texts get the room
        grid.setRowStretch(len(view.sections) + 1, 1)
        scroll = QScrollArea(self)
        a11y.no_tab_stop(scroll)  # Tab goes through its fields
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)

        legend = QLabel(
            self.tr(
                "<span style='%s'>underlined</span>: only in yours · "
                "<span style='%s'>struck</span>: only in theirs. Both versions stay in the "
                "history whatever you choose."
            )
            % (mine_style(), theirs_style()),
            self,
        )
        tone(legend, "muted")

        buttons = QDialogButtonBox(self)
        self.btn_mine = self._button(buttons, self.tr("Keep mine"), Choice.MINE, "conflictMine")
        self.btn_theirs = self._button(
            buttons, self.tr("Take theirs"), Choice.THEIRS, "conflictTheirs"
        )
        self.btn_merged = self._button(
            buttons, self.tr("Save the merged text"), Choice.MERGED, "conflictMerged"
        )
        later = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("conflictLater")
        later.setToolTip(self.tr("Keep your text on screen, unsaved, and decide later"))
        # Enter never picks a side (G1, s31): each would drop someone's text in these
        # sections, so the default is the choice that drops nothing.
        for button in (self.btn_mine, self.btn_theirs, self.btn_merged):
            button.setAutoDefault(False)
        later.setDefault(True)
        self.btn_later = later
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(scroll, 1)
        layout.addWidget(legend)
        layout.addWidget(buttons)
        self.resize(1100, 640)

    def _button(self, box: QDialogButtonBox, text: str, choice: Choice, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        return button

    def _add_row(
        self, grid: QGridLayout, row: int, section: ConflictSection, host: QWidget
    ) -> None:
        label = QLabel(html.escape(label_tr(section.label)), host)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label, row, 0)
        sides = (
            (1, "mine", section.mine_segments, "added", mine_style()),
            (2, "theirs", section.theirs_segments, "removed", theirs_style()),
        )
        names = {
            "mine": self.tr("{0}: yours").format(section.label),
            "theirs": self.tr("{0}: theirs").format(section.label),
        }
        for col, side, segments, only, style in sides:
            shown = QTextBrowser(host)
            shown.setObjectName(f"conflict_{side}_{section.key}")
            a11y.name(shown, names[side])
            shown.setHtml(segments_html(segments, only, style, not section.editable))
            if section.editable:
                shown.setMinimumHeight(90)
            else:  # one value picked whole: a line, not a tall empty box
                shown.setFixedHeight(shown.fontMetrics().lineSpacing() * 2 + 12)
                shown.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            grid.addWidget(
                shown,
                row,
                col,
                Qt.AlignmentFlag.AlignTop if not section.editable else Qt.AlignmentFlag(0),
            )
        if section.editable:
            merged = QPlainTextEdit(section.mine, host)
            merged.setObjectName(f"conflict_merged_{section.key}")
            a11y.name(merged, self.tr("{0}: merged").format(section.label))
            merged.setMinimumHeight(90)
            self.merged[section.key] = merged
            grid.addWidget(merged, row, 3)
        else:
            pick = QComboBox(host)
            pick.setObjectName(f"conflict_pick_{section.key}")
            a11y.name(pick, self.tr("{0}: keep").format(section.label))
            pick.addItem(self.tr("Yours"), Choice.MINE.value)
            pick.addItem(self.tr("Theirs"), Choice.THEIRS.value)
            self.picks[section.key] = pick
            grid.addWidget(pick, row, 3, Qt.AlignmentFlag.AlignTop)

    def _choose(self, choice: Choice) -> None:
        self._choice = choice
        self.accept()

    def resolution(self) -> Resolution | None:
        """What the user chose (None: not now)."""
        if self._choice is None:
            return None
        if self._choice is not Choice.MERGED:
            return Resolution(self._choice)
        return Resolution(
            Choice.MERGED,
            picks={k: str(w.currentData()) for k, w in self.picks.items()},
            texts={k: w.toPlainText() for k, w in self.merged.items()},
        )
