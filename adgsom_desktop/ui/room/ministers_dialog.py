"""Mark an outcome "for the Ministers' consideration": what the Ministers do with it (note,
endorse, adopt, task), in their words, and the item of their agenda it goes to."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import MinistersAction
from ...domain.markup import escape_html as esc
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.fit import long_choices
from ..common.save_state import SavingDialog
from ..common.theme import tone


def action_labels() -> dict[MinistersAction, str]:
    t = QCoreApplication.translate
    return {
        MinistersAction.NOTE: t("Ministers", "Note"),
        MinistersAction.ENDORSE: t("Ministers", "Endorse"),
        MinistersAction.ADOPT: t("Ministers", "Adopt"),
        MinistersAction.TASK: t("Ministers", "Task"),
    }


@dataclass(frozen=True)
class MinistersValues:
    for_ministers: bool = True
    action: MinistersAction = MinistersAction.ENDORSE
    text: str = ""
    item_id: int | None = None


class MinistersDialog(SavingDialog):
    def __init__(
        self,
        som_outcome: str,
        initial: MinistersValues,
        items: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ministersDialog")
        self.setWindowTitle(self.tr("For the Ministers' consideration"))
        source = QLabel(f"<i>{esc(som_outcome)}</i>", self)
        source.setWordWrap(True)
        self.marked = QCheckBox(self.tr("For the Ministers' consideration"), self)
        self.marked.setObjectName("ministersMarked")
        self.marked.setChecked(initial.for_ministers)
        self.action = QComboBox(self)
        self.action.setObjectName("ministersAction")
        for action, label in action_labels().items():
            self.action.addItem(label, action.value)
        self.action.setCurrentIndex(self.action.findData(initial.action.value))
        self.text = QLineEdit(initial.text, self)
        self.text.setObjectName("ministersText")
        self.text.setPlaceholderText(self.tr("the ASEAN Digital Masterplan 2026-2030"))
        self.item = QComboBox(self)
        self.item.setObjectName("ministersItem")
        self.item.addItem(self.tr("(no item of the Ministers' agenda)"), None)
        for item_id, label in items:
            self.item.addItem(label, item_id)
        if initial.item_id is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(initial.item_id)))
        long_choices(self.item)
        self.preview = QLabel(self)
        self.preview.setObjectName("ministersPreview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("font-weight: bold;")
        tone(self.preview, "heading")
        self.problem = problem_label(self)
        buttons = ok_cancel(self, QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(self.tr("The SOM's outcome"), source)
        form.addRow("", self.marked)
        form.addRow(self.tr("The Ministers"), self.action)
        form.addRow(self.tr("&What"), self.text)
        form.addRow(self.tr("On their &item"), self.item)
        form.addRow(self.tr("Reads"), self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_label)
        layout.addWidget(buttons)
        for signal in (self.text.textChanged, self.action.currentIndexChanged, self.marked.toggled):
            signal.connect(self._update)
        self._update()
        self.resize(640, 300)

    def _update(self, *_args: object) -> None:
        on = self.marked.isChecked()
        for w in (self.action, self.text, self.item):
            w.setEnabled(on)
        self.preview.setText(
            f"{self.action.currentText()} {self.text.text().strip()}" if on else self.tr("—")
        )

    def accept(self) -> None:
        if self.marked.isChecked() and not self.text.text().strip():
            self.problem.setText(self.tr("Say what the Ministers decide."))
            self.text.setFocus()
            return
        self.problem.setText("")
        self.save_and_accept()

    def values(self) -> MinistersValues:
        return MinistersValues(
            for_ministers=self.marked.isChecked(),
            action=MinistersAction(self.action.currentData()),
            text=self.text.text().strip(),
            item_id=self.item.currentData(),
        )
