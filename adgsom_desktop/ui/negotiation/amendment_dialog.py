"""Our amendment to a paragraph: our text (starting from the paragraph as it stands), the
change it makes shown word by word as you type, the reason, the agenda item and our
position it serves (with its red line, when one is recorded), and its state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import AmendmentState
from ...services.negotiation.words import diff
from ..common import theme
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.fit import long_choices
from ..common.save_state import SavingDialog
from ..common.text_entry import PlainTextEdit
from ..common.theme import tone
from .render import diff_html, esc

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (QT_TRANSLATE_NOOP("Labels", "The paragraph is deleted:"),)


def state_labels() -> dict[AmendmentState, str]:
    t = QCoreApplication.translate
    return {
        AmendmentState.TO_TABLE: t("Texts", "To table"),
        AmendmentState.TABLED: t("Texts", "Tabled"),
        AmendmentState.ACCEPTED: t("Texts", "Accepted"),
        AmendmentState.ACCEPTED_WITH_CHANGES: t("Texts", "Accepted with changes"),
        AmendmentState.REJECTED: t("Texts", "Rejected"),
        AmendmentState.WITHDRAWN: t("Texts", "Withdrawn"),
    }


@dataclass(frozen=True)
class AmendmentValues:
    text: str
    rationale: str = ""
    item_id: int | None = None
    state: AmendmentState = AmendmentState.TO_TABLE
    note: str = ""
    new_paragraph: bool = False


class AmendmentDialog(SavingDialog):
    def __init__(
        self,
        paragraph_label: str,
        current_text: str,
        initial: AmendmentValues,
        items: list[tuple[int, str]],
        *,
        red_line_of: Callable[[int], str] | None = None,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amendmentDialog")
        self.setWindowTitle(self.tr("Our amendment to %s") % paragraph_label)
        self.current_text = current_text
        self.red_line_of = red_line_of or (lambda _i: "")
        self.current = QLabel(esc(current_text) or self.tr("(no text)"), self)
        self.current.setObjectName("amendmentCurrent")
        self.current.setWordWrap(True)
        tone(self.current, "muted")
        self.new_paragraph = QCheckBox(self.tr("A new paragraph after this one"), self)
        self.new_paragraph.setObjectName("amendmentNewParagraph")
        self.new_paragraph.setChecked(initial.new_paragraph)
        self.new_paragraph.setEnabled(not editing)
        self.text = PlainTextEdit(self)
        self.text.setObjectName("amendmentText")
        self.text.setPlainText(initial.text)
        self.text.setTabChangesFocus(True)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("amendmentPreview")
        self.preview.setMaximumHeight(110)
        self.rationale = PlainTextEdit(self)
        self.rationale.setObjectName("amendmentRationale")
        self.rationale.setPlainText(initial.rationale)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMaximumHeight(70)
        self.item = QComboBox(self)
        self.item.setObjectName("amendmentItem")
        self.item.addItem(self.tr("(no agenda item)"), None)
        for item_id, label in items:
            self.item.addItem(label, item_id)
        if initial.item_id is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(initial.item_id)))
        long_choices(self.item)
        self.red_line = QLabel(self)
        self.red_line.setObjectName("amendmentRedLine")
        self.red_line.setWordWrap(True)
        self.red_line.setStyleSheet("padding: 4px;")
        tone(self.red_line, "error-banner")
        self.state = QComboBox(self)
        self.state.setObjectName("amendmentState")
        for state, label in state_labels().items():
            self.state.addItem(label, state.value)
        self.state.setCurrentIndex(self.state.findData(initial.state.value))
        self.note = QLineEdit(initial.note, self)
        self.note.setObjectName("amendmentNote")
        self.note.setPlaceholderText(self.tr("What happened to it (accepted as …, rejected by …)"))
        self.problem = problem_label(self, "amendmentProblem")
        buttons = ok_cancel(self, QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(self.tr("Paragraph now"), self.current)
        form.addRow("", self.new_paragraph)
        form.addRow(self.tr("&Our text"), self.text)
        form.addRow(self.tr("The change"), self.preview)
        form.addRow(self.tr("&Reason"), self.rationale)
        form.addRow(self.tr("Agenda &item"), self.item)
        form.addRow("", self.red_line)
        form.addRow(self.tr("&State"), self.state)
        form.addRow(self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_label)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self.text.textChanged.connect(self._timer.start)
        self.new_paragraph.toggled.connect(self.update_preview)
        self.item.currentIndexChanged.connect(self.update_red_line)
        self.update_preview()
        self.update_red_line()
        self.resize(720, 620)
        self.text.setFocus()

    def update_preview(self) -> None:
        ours = self.text.toPlainText().strip()
        if self.new_paragraph.isChecked():
            html = theme.current().span("ins", esc(ours), "text-decoration:underline;")
        elif not ours:
            html = f"<i>{esc(self.tr('The paragraph is deleted:'))}</i> " + diff_html(
                diff(self.current_text, "")
            )
        else:
            html = diff_html(diff(self.current_text, ours))
        self.preview.setHtml(html)

    def update_red_line(self) -> None:
        item_id = self.item.currentData()
        line = self.red_line_of(item_id) if item_id is not None else ""
        self.red_line.setText(self.tr("Red line on this item: %s") % line if line else "")
        self.red_line.setVisible(bool(line))

    def accept(self) -> None:
        ours = self.text.toPlainText().strip()
        if self.new_paragraph.isChecked() and not ours:
            self.problem.setText(self.tr("Write the new paragraph we propose."))
            return
        if not self.new_paragraph.isChecked() and ours == self.current_text.strip():
            self.problem.setText(
                self.tr("Our text is the paragraph as it stands: change some words.")
            )
            return
        self.problem.setText("")
        self.save_and_accept()

    def values(self) -> AmendmentValues:
        return AmendmentValues(
            text=self.text.toPlainText().strip(),
            rationale=self.rationale.toPlainText().strip(),
            item_id=self.item.currentData(),
            state=AmendmentState(self.state.currentData()),
            note=self.note.text().strip(),
            new_paragraph=self.new_paragraph.isChecked(),
        )
