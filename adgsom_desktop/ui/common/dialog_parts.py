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


def intro_label(parent: QWidget, text: str, name: str = "") -> QLabel:
    """A dialog's opening paragraph: wrapped, plain text, its lines ending at least an em
    before the dialog's edge.  A Thai paragraph has no full stop and few spaces: a line
    that fills the width to the last pixel reads as cut at the right (s34), so the label
    keeps an em free on its right; its height follows the lines as drawn (Thai's)."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setContentsMargins(0, 0, label.fontMetrics().horizontalAdvance("M"), 0)
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
