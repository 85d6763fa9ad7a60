"""A date or a time that may be unknown ("to be confirmed"): a tick box and an editor.

Qt's date and time editors always hold a value; a meeting often has no time yet.
The tick box says whether the value is known; unticked, the editor is greyed
and ``value()`` is None.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QSizePolicy,
    QTimeEdit,
    QWidget,
)

from ..common import a11y


class _Optional(QWidget):
    changed = Signal()

    def __init__(self, editor: QDateEdit | QTimeEdit, label: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label, self)
        self.editor = editor
        editor.setParent(self)
        editor.setEnabled(False)
        self.known.toggled.connect(editor.setEnabled)
        self.known.toggled.connect(lambda _on: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(editor, 1)
        self.setFocusProxy(editor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_name(self, name: str) -> None:
        """What a screen reader calls the editor ("Day"), and its tick box ("Day known")."""
        a11y.name(self.editor, name)
        a11y.name(self.known, self.tr("{0} known").format(name))


class OptionalDate(_Optional):
    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setDate(QDate.currentDate())
        super().__init__(edit, label, parent)
        edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        d = self.editor.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None, fallback: date | None = None) -> None:
        """Show ``value``; when it is None, the editor offers ``fallback`` (greyed)."""
        shown = value or fallback
        if shown is not None:
            self.editor.setDate(QDate(shown.year, shown.month, shown.day))
        self.known.setChecked(value is not None)


class OptionalTime(_Optional):
    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setTime(QTime(9, 0))
        super().__init__(edit, label, parent)
        edit.timeChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> time | None:
        if not self.known.isChecked():
            return None
        t = self.editor.time()
        return time(t.hour(), t.minute())

    def set_value(self, value: time | None, fallback: time | None = None) -> None:
        shown = value or fallback
        if shown is not None:
            self.editor.setTime(QTime(shown.hour, shown.minute))
        self.known.setChecked(value is not None)
