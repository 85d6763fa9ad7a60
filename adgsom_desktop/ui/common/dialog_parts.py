"""What many dialogs put under their form: the red line that says what is wrong, and the
OK (or Save…) and Cancel buttons wired to the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from .theme import tone

Button = QDialogButtonBox.StandardButton


def problem_label(
    parent: QWidget, name: str = "", text: str = "", *, hidden: bool = False
) -> QLabel:
    """The line under a form that says what is wrong: in the theme's error tone, wrapped,
    plain text (a message holding "<" is shown as it is); ``name`` is its object name."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    tone(label, "error")
    if hidden:
        label.hide()
    return label


def ok_cancel(
    dialog: QDialog,
    ok: QDialogButtonBox.StandardButton = Button.Ok,
    *,
    accept: Callable[[], object] | None = None,
    ok_text: str = "",
) -> QDialogButtonBox:
    """``ok`` (its text ``ok_text`` if given) and Cancel: ``ok`` calls ``accept`` (the
    dialog's own ``accept`` by default), Cancel rejects."""
    buttons = QDialogButtonBox(ok | Button.Cancel, dialog)
    if ok_text:
        buttons.button(ok).setText(ok_text)
    buttons.accepted.connect(accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
