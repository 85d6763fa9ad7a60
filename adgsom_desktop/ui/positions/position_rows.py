"""Ordered, reorderable lists of the position editor: fallbacks, points to make,
their objectives and our response, defensive lines and Q&A.

Each row is a small widget with ``value()``/``set_value()`` and an ``edited``
signal; the list numbers the rows and moves them with buttons or Alt+Up /
Alt+Down (the row with focus), adds one after the current with Ctrl+Return,
and removes empty rows when the value is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.position_records import DefensiveLineRec, TheirObjectiveRec
from ...services.records import DelegationRec
from ..common import a11y
from ..common.markup_edit import MarkupEdit
from ..common.theme import tone


class RowWidget(QWidget):
    edited = Signal()

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def is_empty(self) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def editors(self) -> list[QWidget]:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_number(self, n: int, name: str) -> None:
        """The row is number ``n``, called ``name`` ("Fallback 2") to a screen reader."""
        self.editors()[0].setAccessibleName(name)

    def set_read_only(self, read_only: bool) -> None:
        for w in self.editors():
            if isinstance(w, MarkupEdit):
                w.setReadOnly(read_only)
            else:
                w.setEnabled(not read_only)


class TextRow(RowWidget):
    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = MarkupEdit(self, min_lines=1, max_height=220, placeholder=placeholder)
        self.edit.edited.connect(self.edited)
        self.note = QLabel(self)
        self.note.setObjectName("rowNote")
        tone(self.note, "ok")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)

    def value(self) -> str:
        return self.edit.markup()

    def set_value(self, value: str) -> None:
        self.edit.set_markup(value)

    def is_empty(self) -> bool:
        return not self.value().strip()

    def editors(self) -> list[QWidget]:
        return [self.edit]

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class TheirRow(RowWidget):
    """Another delegation's objective, and our response."""

    def __init__(self, delegations: list[DelegationRec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegation = QComboBox(self)
        self.delegation.addItem(self.tr("All / several"), "")
        for d in delegations:
            if not d.is_ours:
                self.delegation.addItem(f"{d.code} · {d.name}", d.code)
        self.delegation.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.theirs = MarkupEdit(
            self, min_lines=1, max_height=200, placeholder=self.tr("What they will want")
        )
        self.ours = MarkupEdit(
            self, min_lines=1, max_height=200, placeholder=self.tr("Our response")
        )
        self.theirs.edited.connect(self.edited)
        self.ours.edited.connect(self.edited)
        # Each box says what it holds (its placeholder goes once text is typed).
        self.theirs_label = QLabel(self.tr("Their objective"), self)
        self.theirs_label.setObjectName("theirObjectiveLabel")
        self.theirs_label.setBuddy(self.theirs)
        self.ours_label = QLabel(self.tr("Our response"), self)
        self.ours_label.setObjectName("ourResponseLabel")
        self.ours_label.setBuddy(self.ours)
        for label in (self.theirs_label, self.ours_label):
            tone(label, "muted")
        a11y.name(self.delegation, self.tr("Delegation"), self.tr("Whose objective this is"))
        self.theirs.setAccessibleName(self.tr("Their objective"))
        self.ours.setAccessibleName(self.tr("Our response"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.delegation, 0, 0, 1, 2)
        grid.addWidget(self.theirs_label, 1, 0)
        grid.addWidget(self.ours_label, 1, 1)
        grid.addWidget(self.theirs, 2, 0)
        grid.addWidget(self.ours, 2, 1)

    def value(self) -> TheirObjectiveRec:
        return TheirObjectiveRec(
            self.delegation.currentData() or "", self.theirs.markup(), self.ours.markup()
        )

    def set_value(self, value: TheirObjectiveRec) -> None:
        self.delegation.blockSignals(True)
        index = self.delegation.findData(value.delegation_code)
        if index < 0 and value.delegation_code:
            self.delegation.addItem(value.delegation_code, value.delegation_code)
            index = self.delegation.count() - 1
        self.delegation.setCurrentIndex(max(0, index))
        self.delegation.blockSignals(False)
        self.theirs.set_markup(value.their_objective)
        self.ours.set_markup(value.our_response)

    def is_empty(self) -> bool:
        v = self.value()
        return not (v.their_objective.strip() or v.our_response.strip())

    def editors(self) -> list[QWidget]:
        return [self.delegation, self.theirs, self.ours]

    def set_number(self, n: int, name: str) -> None:
        for w in self.editors():
            w.setAccessibleDescription(name)


class QARow(RowWidget):
    """A question we may face, and our answer (defensive line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = MarkupEdit(
            self, min_lines=1, max_height=160, placeholder=self.tr("Question or challenge")
        )
        self.answer = MarkupEdit(self, min_lines=1, max_height=220, placeholder=self.tr("Our line"))
        self.question.edited.connect(self.edited)
        self.answer.edited.connect(self.edited)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Q:"), self), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.question, 0, 1)
        grid.addWidget(QLabel(self.tr("A:"), self), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.answer, 1, 1)

    def value(self) -> DefensiveLineRec:
        return DefensiveLineRec(self.question.markup(), self.answer.markup())

    def set_value(self, value: DefensiveLineRec) -> None:
        self.question.set_markup(value.question)
        self.answer.set_markup(value.answer)

    def is_empty(self) -> bool:
        v = self.value()
        return not (v.question.strip() or v.answer.strip())

    def editors(self) -> list[QWidget]:
        return [self.question, self.answer]

    def set_number(self, n: int, name: str) -> None:
        self.question.setAccessibleName(name)
        self.answer.setAccessibleName(self.tr("Our line on question {0}").format(n))


class RowList(QWidget):
    edited = Signal()

    def __init__(
        self,
        make_row: Callable[[], RowWidget],
        add_text: str,
        parent: QWidget | None = None,
        item_name: str = "",
    ) -> None:
        super().__init__(parent)
        # What a row is called to a screen reader, with {n}: "Fallback {n}".
        self.item_name = item_name or self.tr("Row {n}")
        self._make_row = make_row
        self._rows: list[tuple[QWidget, RowWidget, QLabel]] = []
        self._read_only = False
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(4)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    # -- values ---------------------------------------------------------------------------
    def values(self) -> list[Any]:
        return [row.value() for _h, row, _n in self._rows if not row.is_empty()]

    def set_values(self, values: list[Any] | tuple[Any, ...]) -> None:
        values = list(values)
        while len(self._rows) > len(values):
            self._remove(len(self._rows) - 1, emit=False)
        while len(self._rows) < len(values):
            self.add_row(emit=False)
        for (_h, row, _n), value in zip(self._rows, values, strict=True):
            row.blockSignals(True)
            row.set_value(value)
            row.blockSignals(False)

    def rows(self) -> list[RowWidget]:
        return [row for _h, row, _n in self._rows]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for holder, row, _n in self._rows:
            row.set_read_only(read_only)
            for button in holder.findChildren(QToolButton):
                button.setEnabled(not read_only)

    # -- editing --------------------------------------------------------------------------
    def add_row(
        self, after: int | None = None, focus: bool = False, emit: bool = True
    ) -> RowWidget:
        holder = QWidget(self)
        number = QLabel(holder)
        number.setMinimumWidth(22)
        number.setContentsMargins(0, 6, 0, 0)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        row = self._make_row()
        row.setParent(holder)
        row.edited.connect(self.edited)
        buttons = QHBoxLayout()
        buttons.setSpacing(0)
        for text, tip, label, fn in (
            (
                "↑",
                self.tr("Move up (Alt+Up)"),
                self.tr("Move up"),
                lambda: self.move_row(self._index_of(row), -1),
            ),
            (
                "↓",
                self.tr("Move down (Alt+Down)"),
                self.tr("Move down"),
                lambda: self.move_row(self._index_of(row), 1),
            ),
            ("✕", self.tr("Remove"), self.tr("Remove"), lambda: self._remove(self._index_of(row))),
        ):
            b = QToolButton(holder)
            b.setText(text)
            b.setToolTip(tip)
            a11y.name(b, label)  # announced as words, not as the symbol
            b.setAutoRaise(True)
            b.clicked.connect(fn)
            b.setEnabled(not self._read_only)
            buttons.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(row, 1, Qt.AlignmentFlag.AlignTop)
        line.addLayout(buttons)
        line.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        for editor in row.editors():
            editor.installEventFilter(self)
        row.set_read_only(self._read_only)
        at = len(self._rows) if after is None else after + 1
        self._rows.insert(at, (holder, row, number))
        self._box.insertWidget(at, holder)
        holder.show()
        self._renumber()
        self._rechain()
        if focus:
            (row.editors()[1] if isinstance(row, TheirRow) else row.editors()[0]).setFocus()
        if emit:
            self.edited.emit()
        return row

    def move_row(self, index: int, step: int) -> None:
        target = index + step
        if self._read_only or not 0 <= index < len(self._rows) or not 0 <= target < len(self._rows):
            return
        entry = self._rows.pop(index)
        self._rows.insert(target, entry)
        self._box.removeWidget(entry[0])
        self._box.insertWidget(target, entry[0])
        entry[0].show()
        self._renumber()
        self._rechain()
        entry[1].editors()[0].setFocus()
        self.edited.emit()

    def _remove(self, index: int, emit: bool = True) -> None:
        if not 0 <= index < len(self._rows):
            return
        holder, _row, _n = self._rows.pop(index)
        self._box.removeWidget(holder)
        holder.hide()
        holder.deleteLater()
        self._renumber()
        if emit:
            self.edited.emit()

    def _index_of(self, row: RowWidget) -> int:
        return next((i for i, (_h, r, _n) in enumerate(self._rows) if r is row), -1)

    def _renumber(self) -> None:
        for n, (holder, row, label) in enumerate(self._rows, 1):
            label.setText(f"{n}.")
            name = self.item_name.format(n=n)
            row.set_number(n, name)
            buttons = holder.findChildren(QToolButton)
            if len(buttons) == 3:
                buttons[2].setAccessibleName(self.tr("Remove {0}").format(name))

    def _rechain(self) -> None:
        """Tab goes through the rows in their order, each row's fields then its ↑ ↓ ✕,
        and then to the add button (rows are created after the button)."""
        stops: list[QWidget] = []
        for holder, row, _n in self._rows:
            stops += [*row.editors(), *holder.findChildren(QToolButton)]
        a11y.chain_before(self.add_button, stops, self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = next((i for i, (_h, r, _n) in enumerate(self._rows) if obj in r.editors()), -1)
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
            if index >= 0 and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_row(index, -1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if index >= 0 and ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self._read_only:
                    self.add_row(after=index, focus=True)
                return True
        return super().eventFilter(obj, event)
